// The program summary as the instructor reads it: the overview, completion per assignment, average
// per dimension and per setting, the most-missed signs and the miss rate per sign. Numbers and
// percents are written with Intl in the interface's language, and encounters, dimensions and signs
// are named in it by id (the learners' exports carry the words of the language they played in).

import { CELL, oneDecimal, type Cell, type ProgrammeSummary } from '../../core/progress/programme.ts';
import { activeLocale } from '../../i18n/messages.ts';
import { h } from '../dom.ts';
import { PROGRAMME_STRINGS } from '../strings/strings-programme.ts';
import { STRINGS } from '../strings/strings.ts';
import { formatList } from '../../i18n/format.ts';

const P = PROGRAMME_STRINGS;

/** Names by id in the interface's language; undefined where this library does not know the id. */
export interface ShownNames {
  encounter: (id: string) => string | undefined;
  dimension: (id: string) => string | undefined;
  indicator: (id: string) => string | undefined;
}

/** A whole number in the interface's language: "1,234", "1234" or "1 234". */
const whole = (x: number) => new Intl.NumberFormat(activeLocale()).format(x);

/** A percent (0–100) in the interface's language, to one decimal place: "42.5%", "42,5 %". */
const percent = (x: number) =>
  new Intl.NumberFormat(activeLocale(), { style: 'percent', maximumFractionDigits: 1 }).format(
    oneDecimal(x) / 100,
  );

/** A completion cell's words, read when shown (the language may have changed since the screen loaded). */
function cellText(c: Cell): string {
  const status = STRINGS.assignment.status;
  return c === CELL.passed
    ? status.passed
    : c === CELL.notPassed
      ? status['not-passed']
      : status['not-started'];
}

function table(caption: string, head: string[], rows: (string | number)[][], cls = ''): HTMLElement {
  return h(
    'table',
    { class: `score-table ${cls}` },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        head.map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map(([first, ...rest]) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, String(first)),
          rest.map((c) => h('td', {}, typeof c === 'number' ? whole(c) : c)),
        ),
      ),
    ),
  );
}

export function summaryNodes(s: ProgrammeSummary, names: ShownNames): (HTMLElement | null)[] {
  const sign = (i: { id: string; description: string }) => names.indicator(i.id) ?? i.description;
  return [
    h(
      'p',
      { class: 'overview' },
      P.overview({ learners: s.learners.length, attempts: s.attempts }),
      s.duplicates > 0 ? ` ${P.duplicates({ n: s.duplicates })}` : '',
    ),
    s.withoutNoticed > 0 ? h('p', { class: 'hint' }, P.oldExports({ n: s.withoutNoticed })) : null,
    table(
      P.learners,
      [P.learner, P.files, P.attempts, P.encountersDone],
      s.learners.map((l) => [l.name, formatList(l.files), l.attempts, l.encounters]),
      'programme-learners',
    ),
    ...s.assignments.map((a) =>
      table(
        P.completion({ title: a.title, mark: a.passMark / 100 }),
        [P.learner, ...a.encounters.map((e) => names.encounter(e.id) ?? e.title), P.passedCount],
        a.learners.map((l) => [
          l.name,
          ...l.cells.map((c) => cellText(c)),
          P.passedOf({ passed: l.passed, total: a.encounters.length }),
        ]),
        'programme-completion',
      ),
    ),
    table(
      P.dimensions,
      [P.dimension, P.attempts, P.average],
      s.dimensions.map((d) => [names.dimension(d.id) ?? d.name, d.attempts, percent(d.average)]),
      'programme-dimensions',
    ),
    table(
      P.settings,
      [P.setting, P.attempts, P.averageOverall, P.shown, P.missed, P.missRate],
      s.settings.map((x) => [
        STRINGS.settingNames[x.setting],
        x.attempts,
        percent(x.average),
        x.shown,
        x.missed,
        x.shown ? percent(100 * x.rate) : '–',
      ]),
      'programme-settings',
    ),
    h('h4', {}, P.mostMissed),
    h(
      'ol',
      { class: 'programme-most-missed' },
      s.mostMissed.map((i) =>
        h(
          'li',
          {},
          h('span', {}, sign(i)),
          ' ',
          h(
            'span',
            { class: 'meta' },
            P.missedOf({ missed: i.missed, shown: i.shown, rate: percent(100 * i.rate) }),
          ),
        ),
      ),
    ),
    h(
      'details',
      {},
      h('summary', {}, P.indicators),
      table(
        P.indicators,
        [P.sign, P.shown, P.missed, P.missRate],
        s.indicators.map((i) => [sign(i), i.shown, i.missed, percent(100 * i.rate)]),
        'programme-indicators',
      ),
    ),
  ];
}
