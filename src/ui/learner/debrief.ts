// The debrief screen: critical errors first, then scores per dimension, indicators noticed, missed
// and wrongly flagged, each decision with its rationale and a better alternative, the report,
// the recommended response with the configured contacts, misconceptions, and play again. The sections
// are built in debrief-sections.ts and debrief-scores.ts.

import type { Debrief } from '../../core/encounter/debrief.ts';
import { SCREENS } from '../../state/keys.ts';
import { assignmentResult } from '../instructor/assignment.ts';
import type { UiContext, View } from '../context.ts';
import { h } from '../dom.ts';
import { scoresSection } from './debrief-scores.ts';
import {
  canReplayFrom,
  criticalSection,
  decisionsSection,
  indicatorSections,
  mythsSection,
  recommendedSection,
  reportSection,
} from './debrief-sections.ts';
import { STRINGS } from '../strings/strings.ts';
import { DEBRIEF_STRINGS } from '../strings/strings-debrief.ts';

const D = DEBRIEF_STRINGS;

/** What was going on, how it ended, and the attempt's mode. */
function summaryCard(d: Debrief): HTMLElement {
  const situation = STRINGS.situation[d.encounter.situation];
  return h(
    'div',
    { class: 'debrief-summary card' },
    h(
      'p',
      {},
      h('strong', {}, `${D.situation}: `),
      (d.encounter.minor ? D.minorInvolved : D.situationOnly)({ situation }),
    ),
    d.ending ? h('p', {}, h('strong', {}, `${D.ending}: `), d.ending.title) : null,
    h('p', { class: 'meta' }, D.mode({ mode: d.mode })),
  );
}

function renderDebrief(d: Debrief, ctx: UiContext): HTMLElement {
  const { store } = ctx;
  const replay = canReplayFrom(d, store.getState().lastAttempt)
    ? (step: number) => void store.getState().replayFrom(step)
    : null;
  return h(
    'section',
    { class: 'screen debrief', 'aria-labelledby': 'debrief-heading' },
    h('h2', { id: 'debrief-heading', tabindex: '-1' }, `${D.heading}: ${d.encounter.title}`),
    summaryCard(d),
    assignmentResult(d, ctx),
    criticalSection(d),
    scoresSection(d),
    ...indicatorSections(d, ctx.scenes),
    decisionsSection(d, replay),
    reportSection(d, ctx),
    recommendedSection(d, ctx),
    mythsSection(d),
    h(
      'div',
      { class: 'row actions-row no-print' },
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          onclick: () => {
            store.getState().select(d.encounter.id);
          },
        },
        D.playAgain,
      ),
      h('button', { type: 'button', onclick: () => store.getState().goTo(SCREENS.picker) }, D.another),
      h('button', { type: 'button', onclick: () => window.print() }, D.print),
    ),
  );
}

export function debriefView(ctx: UiContext): View {
  const d = ctx.store.getState().lastDebrief;
  if (!d) {
    ctx.store.getState().goTo(SCREENS.picker);
    return { el: h('section', {}), destroy: () => undefined };
  }
  return { el: renderDebrief(d, ctx), destroy: () => undefined };
}
