// Programme results: one learner's attempts as a spreadsheet table, and an instructor's summary over
// many learners' history exports (completion, average score per dimension, miss rates per indicator
// and per setting). Definitions are in docs/programme.md; the figures are checked by hand in tests.

import { passes } from '../lms/assignment.ts';
import { toCsv } from '../csv.ts';
import type { AttemptRecord } from './history.ts';
import { readHistoryExport } from './history-read.ts';
import { FILE_LIMITS } from '../limits.ts';
import { DataError, SHOWN_PROBLEMS } from '../validate.ts';
import { SETTINGS, type Setting } from '../vocabulary.ts';

// ---------------------------------------------------------------------------------------------
// One learner's export as CSV: one row per attempt and measure (a tidy table for pivoting).

export const ATTEMPT_CSV_COLUMNS = [
  'learner',
  'attempt_id',
  'finished_at',
  'encounter_id',
  'encounter_title',
  'setting',
  'mode',
  'assignment_id',
  'assignment_title',
  'pass_mark',
  'passed',
  'measure',
  'item_id',
  'item_name',
  'value',
  'max',
] as const;
export type AttemptCsvColumn = (typeof ATTEMPT_CSV_COLUMNS)[number];

/**
 * The header row: each column's words in the reader's language, given by the caller (the interface's
 * catalogs); without them, the column ids. Only the header changes with the language: the columns'
 * order, and the ids in the cells (measures, tables, settings, statuses), stay the same, so files
 * exported in different languages line up.
 */
export type CsvHeader<C extends string> = Readonly<Record<C, string>>;

function headerRow<C extends string>(columns: readonly C[], words?: CsvHeader<C>): string[] {
  return columns.map((c) => words?.[c] || c);
}

/** The `measure` column of the attempts CSV. */
const MEASURES = {
  total: 'total_percent',
  dimension: 'dimension',
  indicator: 'indicator',
  critical: 'critical_error',
} as const;

export function attemptsCsv(
  learner: string,
  attempts: readonly AttemptRecord[],
  header?: CsvHeader<AttemptCsvColumn>,
): string {
  const rows = [...attempts]
    .sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))
    .flatMap((a) => {
      const who = learner || a.learner || '';
      const head = [
        who,
        a.id,
        a.finishedAt,
        a.encounterId,
        a.title,
        a.setting,
        a.mode,
        a.assignment?.id,
        a.assignment?.title,
        a.assignment?.passMark,
        a.passed,
      ];
      const missed = new Map(a.missed.map((m) => [m.id, m.description]));
      return [
        [...head, MEASURES.total, '', '', a.percent, 100],
        ...a.dimensions.map((d) => [...head, MEASURES.dimension, d.id, d.name, d.score, d.max]),
        // Noticed = 1, missed = 0; older records without `noticed` list only their misses.
        ...(a.noticed ?? []).map((id) => [...head, MEASURES.indicator, id, '', 1, 1]),
        ...[...missed].map(([id, description]) => [...head, MEASURES.indicator, id, description, 0, 1]),
        ...a.critical.map((id) => [...head, MEASURES.critical, id, '', 1, '']),
      ];
    });
  return toCsv(headerRow(ATTEMPT_CSV_COLUMNS, header), rows);
}

// ---------------------------------------------------------------------------------------------
// Reading many learners' exports.

export interface LearnerExport {
  file: string;
  learner: string;
  attempts: AttemptRecord[];
}

export interface RefusedFile {
  file: string;
  reason: string;
}

/** Reads each file on its own: a malformed or foreign file is refused with its reason; the rest load. */
export function readProgrammeFiles(files: readonly { name: string; text: string }[]): {
  loaded: LearnerExport[];
  refused: RefusedFile[];
} {
  const loaded: LearnerExport[] = [];
  const refused: RefusedFile[] = [];
  for (const [i, f] of files.entries()) {
    if (i >= FILE_LIMITS.programmeFiles) {
      refused.push({
        file: f.name,
        reason: `is one file too many (at most ${FILE_LIMITS.programmeFiles} at once)`,
      });
      continue;
    }
    try {
      const { learner, attempts } = readHistoryExport(f.name, f.text);
      if (attempts.length === 0) {
        refused.push({ file: f.name, reason: 'has no attempts in it' });
        continue;
      }
      loaded.push({ file: f.name, learner, attempts });
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      const more = e.problems.length - SHOWN_PROBLEMS;
      const reason = e.problems.slice(0, SHOWN_PROBLEMS).join('; ');
      refused.push({ file: f.name, reason: more > 0 ? `${reason}; and ${more} more problems` : reason });
    }
  }
  return { loaded, refused };
}

/** Who a file's attempts belong to: the file's learner, else the records', else the file name. */
function learnerOf(x: LearnerExport): string {
  return x.learner || x.attempts.find((a) => a.learner)?.learner || `(no name) ${x.file}`;
}

// ---------------------------------------------------------------------------------------------
// The instructor summary.

export const CELL = { passed: 'passed', notPassed: 'not-passed', notStarted: 'not-started' } as const;
export type Cell = (typeof CELL)[keyof typeof CELL];

export interface AssignmentCompletion {
  id: string;
  title: string;
  passMark: number;
  encounters: { id: string; title: string }[];
  learners: { name: string; cells: Cell[]; completed: number; passed: number }[];
}

export interface IndicatorRate {
  id: string;
  description: string;
  /** Attempts whose encounter showed it (noticed + missed). */
  shown: number;
  missed: number;
  /** missed ÷ shown (0–1). */
  rate: number;
}

export interface ProgrammeSummary {
  learners: { name: string; files: string[]; attempts: number; encounters: number }[];
  /** Distinct attempts counted. */
  attempts: number;
  /** Attempts seen more than once across the files (counted once). */
  duplicates: number;
  /** Attempts from older exports without `noticed`, left out of miss rates. */
  withoutNoticed: number;
  assignments: AssignmentCompletion[];
  encounters: { id: string; title: string; setting: Setting; learners: number; attempts: number }[];
  /** Mean over attempts of each dimension's percent (score ÷ max × 100, below 0 counted as 0). */
  dimensions: { id: string; name: string; attempts: number; average: number }[];
  /** Every indicator shown at least once, highest miss rate first. */
  indicators: IndicatorRate[];
  settings: {
    setting: Setting;
    attempts: number;
    /** Mean overall percent of the attempts in the setting. */
    average: number;
    shown: number;
    missed: number;
    rate: number;
  }[];
  /** Up to five indicators missed at least once, highest miss rate first. */
  mostMissed: IndicatorRate[];
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/** Names the files may not carry; without them, or for an unknown id, the id is shown. */
export interface SummaryNames {
  /** Titles of encounters nobody in the files has played yet (an assignment's untouched encounter). */
  encounter?: (id: string) => string | undefined;
  /** Descriptions of indicators that were only ever noticed (records carry descriptions of misses). */
  indicator?: (id: string) => string | undefined;
}

export function summariseProgramme(
  exports: readonly LearnerExport[],
  lookup: SummaryNames = {},
): ProgrammeSummary {
  const titleOf = lookup.encounter ?? (() => undefined);
  // Distinct attempts, each with its learner; a duplicate (the same file twice, overlapping exports)
  // is the same attempt id and counts once.
  const byId = new Map<string, { a: AttemptRecord; learner: string }>();
  const files = new Map<string, Set<string>>();
  let duplicates = 0;
  for (const x of exports) {
    const learner = learnerOf(x);
    files.set(learner, (files.get(learner) ?? new Set()).add(x.file));
    for (const a of x.attempts) {
      if (byId.has(a.id)) duplicates++;
      else byId.set(a.id, { a, learner });
    }
  }
  const all = [...byId.values()].sort((p, q) => p.a.finishedAt.localeCompare(q.a.finishedAt));
  const names = [...files.keys()].sort((p, q) => p.localeCompare(q));

  const learners = names.map((name) => {
    const mine = all.filter((x) => x.learner === name);
    return {
      name,
      files: [...(files.get(name) ?? [])],
      attempts: mine.length,
      encounters: new Set(mine.map((x) => x.a.encounterId)).size,
    };
  });

  const titles = new Map(all.map((x) => [x.a.encounterId, x.a.title]));

  const assignmentIds: string[] = [];
  for (const { a } of all)
    if (a.assignment && !assignmentIds.includes(a.assignment.id)) assignmentIds.push(a.assignment.id);
  const assignments = assignmentIds.map((id): AssignmentCompletion => {
    const under = all.filter((x) => x.a.assignment?.id === id);
    const info = under.at(-1)?.a.assignment ?? { id, title: id, passMark: 0, encounters: [] };
    const who = [...new Set(under.map((x) => x.learner))].sort((p, q) => p.localeCompare(q));
    return {
      id,
      title: info.title,
      passMark: info.passMark,
      encounters: info.encounters.map((e) => ({ id: e, title: titles.get(e) ?? titleOf(e) ?? e })),
      learners: who.map((name) => {
        const cells = info.encounters.map((e): Cell => {
          const tries = under.filter((x) => x.learner === name && x.a.encounterId === e);
          if (tries.length === 0) return CELL.notStarted;
          return tries.some((x) => x.a.passed ?? passes(info, x.a.percent)) ? CELL.passed : CELL.notPassed;
        });
        return {
          name,
          cells,
          completed: cells.filter((c) => c !== CELL.notStarted).length,
          passed: cells.filter((c) => c === CELL.passed).length,
        };
      }),
    };
  });

  const encounters = [...titles].map(([id, title]) => {
    const here = all.filter((x) => x.a.encounterId === id);
    return {
      id,
      title,
      setting: here[0]?.a.setting ?? SETTINGS[0],
      learners: new Set(here.map((x) => x.learner)).size,
      attempts: here.length,
    };
  });
  encounters.sort(
    (p, q) => SETTINGS.indexOf(p.setting) - SETTINGS.indexOf(q.setting) || p.title.localeCompare(q.title),
  );

  const dimNames = new Map<string, string>();
  const dimValues = new Map<string, number[]>();
  for (const { a } of all)
    for (const d of a.dimensions) {
      if (d.max <= 0) continue;
      dimNames.set(d.id, d.name);
      dimValues.set(d.id, [...(dimValues.get(d.id) ?? []), Math.max(0, (100 * d.score) / d.max)]);
    }
  const dimensions = [...dimNames].map(([id, name]) => {
    const values = dimValues.get(id) ?? [];
    return { id, name, attempts: values.length, average: mean(values) };
  });

  // Miss rates need `noticed` (the denominator); older records without it are left out.
  const rated = all.filter((x) => x.a.noticed !== undefined);
  const shown = new Map<string, number>();
  const missed = new Map<string, number>();
  const descriptions = new Map<string, string>();
  for (const { a } of rated) {
    for (const id of a.noticed ?? []) shown.set(id, (shown.get(id) ?? 0) + 1);
    for (const m of a.missed) {
      shown.set(m.id, (shown.get(m.id) ?? 0) + 1);
      missed.set(m.id, (missed.get(m.id) ?? 0) + 1);
      descriptions.set(m.id, m.description);
    }
  }
  for (const { a } of all)
    for (const m of a.missed) if (!descriptions.has(m.id)) descriptions.set(m.id, m.description);
  const indicators = [...shown]
    .map(([id, n]): IndicatorRate => {
      const miss = missed.get(id) ?? 0;
      const description = descriptions.get(id) ?? lookup.indicator?.(id) ?? id;
      return { id, description, shown: n, missed: miss, rate: ratio(miss, n) };
    })
    .sort((p, q) => q.rate - p.rate || q.missed - p.missed || p.id.localeCompare(q.id));

  const settings = SETTINGS.flatMap((setting) => {
    const here = all.filter((x) => x.a.setting === setting);
    if (here.length === 0) return [];
    const r = here.filter((x) => x.a.noticed !== undefined);
    const miss = r.reduce((s, x) => s + x.a.missed.length, 0);
    const seen = r.reduce((s, x) => s + x.a.missed.length + (x.a.noticed?.length ?? 0), 0);
    return [
      {
        setting,
        attempts: here.length,
        average: mean(here.map((x) => x.a.percent)),
        shown: seen,
        missed: miss,
        rate: ratio(miss, seen),
      },
    ];
  });

  return {
    learners,
    attempts: all.length,
    duplicates,
    withoutNoticed: all.length - rated.length,
    assignments,
    encounters,
    dimensions,
    indicators,
    settings,
    mostMissed: indicators.filter((i) => i.missed > 0).slice(0, 5),
  };
}

/** One decimal place, for display and the summary CSV. */
export const oneDecimal = (x: number): number => Math.round(x * 10) / 10;

export const SUMMARY_CSV_COLUMNS = [
  'table',
  'assignment',
  'learner',
  'item_id',
  'item_name',
  'measure',
  'value',
] as const;
export type SummaryCsvColumn = (typeof SUMMARY_CSV_COLUMNS)[number];

/** The summary as one tidy CSV table (see docs/programme.md for the tables and measures). */
export function summaryCsv(s: ProgrammeSummary, header?: CsvHeader<SummaryCsvColumn>): string {
  const rows: (string | number)[][] = [];
  for (const l of s.learners) {
    rows.push(['learners', '', l.name, '', '', 'attempts', l.attempts]);
    rows.push(['learners', '', l.name, '', '', 'encounters_completed', l.encounters]);
  }
  for (const a of s.assignments)
    for (const l of a.learners)
      a.encounters.forEach((e, i) =>
        rows.push(['completion', a.title, l.name, e.id, e.title, 'status', l.cells[i] ?? '']),
      );
  for (const d of s.dimensions) {
    rows.push(['dimension', '', '', d.id, d.name, 'attempts', d.attempts]);
    rows.push(['dimension', '', '', d.id, d.name, 'average_percent', oneDecimal(d.average)]);
  }
  for (const i of s.indicators) {
    rows.push(['indicator', '', '', i.id, i.description, 'shown', i.shown]);
    rows.push(['indicator', '', '', i.id, i.description, 'missed', i.missed]);
    rows.push(['indicator', '', '', i.id, i.description, 'miss_rate_percent', oneDecimal(100 * i.rate)]);
  }
  for (const x of s.settings) {
    rows.push(['setting', '', '', x.setting, '', 'attempts', x.attempts]);
    rows.push(['setting', '', '', x.setting, '', 'average_percent', oneDecimal(x.average)]);
    rows.push(['setting', '', '', x.setting, '', 'shown', x.shown]);
    rows.push(['setting', '', '', x.setting, '', 'missed', x.missed]);
    rows.push(['setting', '', '', x.setting, '', 'miss_rate_percent', oneDecimal(100 * x.rate)]);
  }
  return toCsv(headerRow(SUMMARY_CSV_COLUMNS, header), rows);
}
