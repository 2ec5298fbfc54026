// The debrief's sections, each a titled <section>: critical errors, indicators (noticed, missed,
// not seen, wrongly flagged), decisions (with replay in practice mode), the report against policy,
// the recommended response, and misconceptions. The scores are in debrief-scores.ts.

import type { IndicatorPlace } from '../../core/encounter/analysis.ts';
import type { Debrief, DebriefIndicator } from '../../core/encounter/debrief.ts';
import type { SceneManifest } from '../../core/encounter/scene-manifest.ts';
import { formatPoints } from '../../i18n/format.ts';
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { policyNote } from '../instructor/org-view.ts';
import { DEBRIEF_STRINGS as D } from '../strings/strings-debrief.ts';
import { actionLabel } from './report-form.ts';
import type { LadderRowCase } from '../../core/encounter/ladder.ts';
import { expectedWords, LADDER_ROWS, ladderWords, stepWords } from './debrief-words.ts';

export function section(id: string, title: string, ...body: (Node | null)[]): HTMLElement {
  return h(
    'section',
    { class: `debrief-section ${id}`, 'aria-labelledby': `db-${id}` },
    h('h3', { id: `db-${id}` }, title),
    ...body,
  );
}

/** Sources are citations of English-language guidance: marked as English, so a screen reader says them so. */
const sourceLine = (label: string, sources: string): HTMLElement =>
  h('p', { class: 'source' }, `${label} `, h('span', { lang: 'en' }, sources));

function list(items: HTMLElement[]): HTMLElement {
  return items.length > 0 ? h('ul', {}, items) : h('p', {}, D.none);
}

/** A section's title with how many it lists. */
export const counted = (title: string, n: number): string => `${title} (${n})`;

export function criticalSection(d: Debrief): HTMLElement {
  const critical = section(
    'critical',
    counted(D.critical, d.critical.length),
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
              h('p', {}, h('strong', {}, `${D.criticalWhere} `), c.where ?? D.reportWhere),
              h('p', {}, c.explanation),
              h('p', {}, h('strong', {}, `${D.criticalInstead} `), c.instead),
              sourceLine(D.source, c.source),
            ),
          ),
        ),
  );
  if (d.critical.length > 0) critical.classList.add('has-errors');
  return critical;
}

type Scenes = ReadonlyMap<string, SceneManifest>;

/** A place's words: a hotspot named as its scene names it now (in the language in use), else its text. */
export function placeText(p: IndicatorPlace, scenes: Scenes): string {
  const hotspot =
    p.scene && p.hotspot ? scenes.get(p.scene)?.hotspots.find((x) => x.id === p.hotspot) : undefined;
  return hotspot?.label ?? p.text;
}

/** Where a missed indicator could have been seen: each place's words quoted, joined by semicolons. */
export const placesLine = (places: readonly IndicatorPlace[], scenes: Scenes = new Map()): string =>
  places.map((p) => `“${placeText(p, scenes)}”`).join('; ');

function indicatorItem(i: DebriefIndicator, showPlaces: boolean, scenes: Scenes): HTMLElement {
  return h(
    'li',
    { class: 'indicator' },
    h('p', { class: 'indicator-desc' }, i.description),
    showPlaces ? h('p', { class: 'seen-note' }, i.seen ? D.seenNotReported : D.notLooked) : null,
    i.why ? h('p', {}, i.why) : null,
    showPlaces && i.places.length > 0
      ? h('p', { class: 'where' }, `${D.missedWhere} `, placesLine(i.places, scenes))
      : null,
    i.sources.length > 0 ? sourceLine(D.source, i.sources.join('; ')) : null,
  );
}

/** Noticed, missed, not seen (only when there are any) and wrongly flagged. */
export function indicatorSections(d: Debrief, scenes: Scenes = new Map()): (HTMLElement | null)[] {
  return [
    section(
      'noticed',
      counted(D.noticed, d.noticed.length),
      list(d.noticed.map((i) => indicatorItem(i, false, scenes))),
    ),
    section(
      'missed',
      counted(D.missed, d.missed.length),
      list(d.missed.map((i) => indicatorItem(i, true, scenes))),
    ),
    d.notSeen.length > 0
      ? section('not-seen', D.notSeen, list(d.notSeen.map((i) => indicatorItem(i, true, scenes))))
      : null,
    section(
      'flagged',
      counted(D.flagged, d.wronglyFlagged.length),
      list(
        d.wronglyFlagged.map((f) =>
          h('li', {}, h('p', { class: 'indicator-desc' }, f.label), h('p', {}, f.explanation)),
        ),
      ),
    ),
  ];
}

/** Whether the decisions offer replay: a practice debrief of the attempt the store can replay. */
export function canReplayFrom(
  d: Pick<Debrief, 'mode'> & { encounter: { id: string } },
  last: { encounterId: string; mode: string } | null,
): boolean {
  return d.mode === 'practice' && last?.encounterId === d.encounter.id && last.mode === 'practice';
}

/** Each decision with its points, rationale and a better alternative; `replay` (if given) replays from it. */
export function decisionsSection(d: Debrief, replay: ((step: number) => void) | null): HTMLElement {
  return section(
    'decisions',
    D.decisions,
    list(
      d.decisions.map((x) =>
        h(
          'li',
          { class: x.critical ? 'decision critical-choice' : 'decision' },
          h(
            'p',
            { class: 'decision-text' },
            h('strong', {}, x.text),
            ` (${D.points({ shown: formatPoints(x.points), n: x.points })})`,
          ),
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
          replay
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'link no-print',
                  'aria-label': `${D.replayFrom}: ${x.text}`,
                  onclick: () => replay(x.step),
                },
                D.replayFrom,
              )
            : null,
        ),
      ),
    ),
  );
}

function ladderTable(mine: LadderRowCase | undefined): HTMLElement {
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
      LADDER_ROWS.map((row) => {
        const words = ladderWords(row);
        return h(
          'tr',
          row === mine ? { class: 'mine', 'aria-current': 'true' } : {},
          h(
            'th',
            { scope: 'row' },
            words.when,
            row === mine ? h('span', { class: 'tag' }, ` ${D.ladderMine}`) : null,
          ),
          h('td', {}, words.points),
          h('td', {}, words.why),
        );
      }),
    ),
  );
}

/** The action chosen and the one required; when they differ, what policy expected and why. */
export function reportSection(d: Debrief, ctx: UiContext): HTMLElement | null {
  const a = d.action;
  if (!a) return null;
  return section(
    'report',
    D.yourReport,
    h('p', {}, h('strong', {}, `${D.chosen} `), actionLabel(a.chosen, ctx)),
    h('p', {}, h('strong', {}, `${D.required} `), actionLabel(a.required, ctx)),
    a.verdict !== 'right'
      ? h(
          'div',
          { class: 'policy-expected' },
          h('h4', {}, D.expectedHeading),
          h('p', {}, expectedWords(a.required, d.encounter.minor, ctx.config)),
          a.outcome
            ? h(
                'p',
                { class: 'ladder-outcome' },
                h('strong', {}, `${D.yourAction} `),
                `${ladderWords(a.outcome).points}. ${ladderWords(a.outcome).why}`,
              )
            : null,
          ladderTable(a.outcome),
        )
      : null,
  );
}

export function recommendedSection(d: Debrief, ctx: UiContext): HTMLElement {
  return section(
    'recommended',
    D.recommended,
    h(
      'ol',
      {},
      d.recommended.map((s) => h('li', {}, stepWords(s, ctx.config))),
    ),
    policyNote(ctx.config, 'debrief', 'h4'),
    d.contactsReviewed ? null : h('p', { class: 'notice' }, D.reviewNotice),
  );
}

export function mythsSection(d: Debrief): HTMLElement | null {
  if (d.myths.length === 0) return null;
  return section(
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
          sourceLine(D.source, m.source),
        ),
      ),
    ),
  );
}
