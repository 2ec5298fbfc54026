// The debrief screen: critical errors first, then scores per dimension, indicators noticed, missed
// and wrongly flagged, each decision with its rationale and a better alternative, the report,
// the recommended response with the configured contacts, misconceptions, and play again.

import type { Debrief, DebriefIndicator } from '../../core/encounter/debrief.ts';
import { SCREENS } from '../../state/keys.ts';
import { assignmentResult } from '../instructor/assignment.ts';
import type { UiContext, View } from '../context.ts';
import { h } from '../dom.ts';
import { policyNote } from '../instructor/org-view.ts';
import { actionLabel } from './report-form.ts';
import { STRINGS } from '../strings/strings.ts';
import { DEBRIEF_STRINGS } from '../strings/strings-debrief.ts';

const D = DEBRIEF_STRINGS;

function section(id: string, title: string, ...body: (Node | null)[]): HTMLElement {
  return h(
    'section',
    { class: `debrief-section ${id}`, 'aria-labelledby': `db-${id}` },
    h('h3', { id: `db-${id}` }, title),
    ...body,
  );
}

function indicatorItem(i: DebriefIndicator, showPlaces: boolean): HTMLElement {
  return h(
    'li',
    { class: 'indicator' },
    h('p', { class: 'indicator-desc' }, i.description),
    showPlaces ? h('p', { class: 'seen-note' }, i.seen ? D.seenNotReported : D.notLooked) : null,
    i.why ? h('p', {}, i.why) : null,
    showPlaces && i.places.length > 0
      ? h('p', { class: 'where' }, `${D.missedWhere} `, i.places.map((p) => `“${p.text}”`).join('; '))
      : null,
    i.sources.length > 0 ? h('p', { class: 'source' }, `${D.source} ${i.sources.join('; ')}`) : null,
  );
}

/**
 * A dimension's score as a bar on a scale from the lowest of zero and the score to the highest of
 * the maximum and the score, with zero marked: a negative score is drawn to the left of zero, in
 * its own colour, and what the path allowed as an outline. The numbers beside it carry the meaning.
 */
function scoreBar(score: number, path: number | undefined, max: number): HTMLElement {
  const lo = Math.min(0, score);
  const hi = Math.max(1, max, score, path ?? 0);
  const at = (v: number) => `${((100 * (v - lo)) / (hi - lo)).toFixed(1)}%`;
  const width = (a: number, b: number) => `${((100 * Math.abs(b - a)) / (hi - lo)).toFixed(1)}%`;
  return h(
    'span',
    { class: 'score-bar', 'aria-hidden': 'true' },
    path !== undefined && path > 0
      ? h('span', { class: 'bar-path', style: `left:${at(0)};width:${width(0, path)}` })
      : null,
    score !== 0
      ? h('span', {
          class: score < 0 ? 'bar-fill bar-negative' : 'bar-fill',
          style: `left:${at(Math.min(0, score))};width:${width(0, score)}`,
        })
      : null,
    h('span', { class: 'bar-zero', style: `left:${at(0)}` }),
  );
}

function ladderTable(rows: NonNullable<Debrief['action']>['table'], mine: string | undefined): HTMLElement {
  return h(
    'table',
    { class: 'ladder-table' },
    h('caption', {}, D.ladderCaption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, D.ladderWhen),
        h('th', { scope: 'col' }, D.ladderPoints),
        h('th', { scope: 'col' }, D.ladderWhy),
      ),
    ),
    h(
      'tbody',
      {},
      (rows ?? []).map((r) =>
        h(
          'tr',
          r.case === mine ? { class: 'mine', 'aria-current': 'true' } : {},
          h(
            'th',
            { scope: 'row' },
            r.when,
            r.case === mine ? h('span', { class: 'tag' }, ` ${D.ladderMine}`) : null,
          ),
          h('td', {}, r.points),
          h('td', {}, r.why),
        ),
      ),
    ),
  );
}

function list(items: HTMLElement[]): HTMLElement {
  return items.length > 0 ? h('ul', {}, items) : h('p', {}, D.none);
}

export function renderDebrief(d: Debrief, ctx: UiContext): HTMLElement {
  const { store } = ctx;
  const critical = section(
    'critical',
    `${D.critical} (${d.critical.length})`,
    d.critical.length === 0
      ? h('p', { class: 'ok' }, D.criticalNone)
      : h(
          'ol',
          { class: 'critical-list' },
          d.critical.map((c) =>
            h(
              'li',
              { class: 'critical' },
              h('h4', {}, c.title),
              h('p', {}, h('strong', {}, `${D.criticalWhere} `), c.where),
              h('p', {}, c.explanation),
              h('p', {}, h('strong', {}, `${D.criticalInstead} `), c.instead),
              h('p', { class: 'source' }, `${D.source} ${c.source}`),
            ),
          ),
        ),
  );
  if (d.critical.length > 0) critical.classList.add('has-errors');

  const scores = section(
    'scores',
    D.scores,
    h('p', { class: 'total' }, D.total(d.total.score, d.total.max, d.total.percent)),
    d.total.path !== undefined ? h('p', { class: 'total-path' }, D.totalPath(d.total.path)) : null,
    h(
      'table',
      { class: 'score-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, D.colDimension),
          h('th', { scope: 'col' }, D.colScore),
          h('th', { scope: 'col' }, D.colPath),
          h('th', { scope: 'col' }, D.colMax),
        ),
      ),
      h(
        'tbody',
        {},
        d.dimensions.map((dim) =>
          h(
            'tr',
            { class: dim.score < 0 ? 'dim negative' : 'dim' },
            h(
              'th',
              { scope: 'row' },
              h('span', {}, dim.name),
              h('span', { class: 'dim-desc' }, dim.description),
            ),
            h('td', {}, scoreBar(dim.score, dim.path, dim.max), ` ${D.signed(dim.score)}`),
            h('td', {}, dim.path === undefined ? '–' : String(dim.path)),
            h('td', {}, String(dim.max)),
          ),
        ),
      ),
    ),
    h('p', { class: 'hint' }, D.scoreKey),
  );

  const last = store.getState().lastAttempt;
  const canReplay = d.mode === 'practice' && last?.encounterId === d.encounter.id && last.mode === 'practice';
  const decisions = section(
    'decisions',
    D.decisions,
    list(
      d.decisions.map((x) =>
        h(
          'li',
          { class: x.critical ? 'decision critical-choice' : 'decision' },
          h('p', { class: 'decision-text' }, h('strong', {}, x.text), ` (${D.points(x.points)})`),
          x.why ? h('p', {}, x.why) : null,
          x.better
            ? h(
                'p',
                { class: 'better' },
                h('strong', {}, `${D.better} `),
                x.better.text,
                x.better.why ? ` — ${x.better.why}` : '',
              )
            : null,
          canReplay
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'link no-print',
                  'aria-label': `${D.replayFrom}: ${x.text}`,
                  onclick: () => void store.getState().replayFrom(x.step),
                },
                D.replayFrom,
              )
            : null,
        ),
      ),
    ),
  );

  const a = d.action;
  const report = a
    ? section(
        'report',
        D.yourReport,
        h('p', {}, h('strong', {}, `${D.chosen} `), actionLabel(a.chosen, ctx)),
        h('p', {}, h('strong', {}, `${D.required} `), actionLabel(a.required, ctx)),
        a.verdict !== 'right' && a.expected
          ? h(
              'div',
              { class: 'policy-expected' },
              h('h4', {}, D.expectedHeading),
              h('p', {}, a.expected),
              a.outcome
                ? h(
                    'p',
                    { class: 'ladder-outcome' },
                    h('strong', {}, `${D.yourAction} `),
                    `${a.outcome.points}. ${a.outcome.why}`,
                  )
                : null,
              a.table ? ladderTable(a.table, a.outcome?.case) : null,
            )
          : null,
      )
    : null;

  const recommended = section(
    'recommended',
    D.recommended,
    h(
      'ol',
      {},
      d.recommended.map((s) => h('li', {}, s)),
    ),
    policyNote(ctx.config, 'debrief', 'h4'),
    d.contactsReviewed ? null : h('p', { class: 'notice' }, D.reviewNotice),
  );

  return h(
    'section',
    { class: 'screen debrief', 'aria-labelledby': 'debrief-heading' },
    h('h2', { id: 'debrief-heading', tabindex: '-1' }, `${D.heading}: ${d.encounter.title}`),
    h(
      'div',
      { class: 'debrief-summary card' },
      h(
        'p',
        {},
        h('strong', {}, `${D.situation}: `),
        `${STRINGS.situation[d.encounter.situation]}${d.encounter.minor ? ' (a young person under 18 was involved)' : ''}.`,
      ),
      d.ending ? h('p', {}, h('strong', {}, `${D.ending}: `), d.ending.title) : null,
      h('p', { class: 'meta' }, D.mode(d.mode)),
    ),
    assignmentResult(d, ctx),
    critical,
    scores,
    section(
      'noticed',
      `${D.noticed} (${d.noticed.length})`,
      list(d.noticed.map((i) => indicatorItem(i, false))),
    ),
    section('missed', `${D.missed} (${d.missed.length})`, list(d.missed.map((i) => indicatorItem(i, true)))),
    d.notSeen.length > 0
      ? section('not-seen', D.notSeen, list(d.notSeen.map((i) => indicatorItem(i, true))))
      : null,
    section(
      'flagged',
      `${D.flagged} (${d.wronglyFlagged.length})`,
      list(
        d.wronglyFlagged.map((f) =>
          h('li', {}, h('p', { class: 'indicator-desc' }, f.label), h('p', {}, f.explanation)),
        ),
      ),
    ),
    decisions,
    report,
    recommended,
    d.myths.length > 0
      ? section(
          'myths',
          D.myths,
          h(
            'ul',
            {},
            d.myths.map((m) =>
              h(
                'li',
                {},
                h('p', { class: 'myth' }, `“${m.myth}”`),
                h('p', {}, m.correction),
                h('p', { class: 'source' }, `${D.source} ${m.source}`),
              ),
            ),
          ),
        )
      : null,
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
