// Programme results: one learner's attempts as a spreadsheet table, and an instructor's summary over
// many learners' history exports (completion, average score per dimension, miss rates per indicator
// and per setting). Definitions are in docs/programme.md; the figures are checked by hand in tests.

import { toCsv } from '../csv.ts';
import type { AttemptRecord } from './history.ts';
import { readHistoryExport } from './history-read.ts';
import { FILE_LIMITS } from '../limits.ts';
import { DataError, SHOWN_PROBLEMS } from '../validate.ts';
import { fileProblem, problemEnglish, type DataProblem } from '../reasons.ts';
import {
  assignmentCompletions,
  dimensionAverages,
  distinctAttempts,
  encounterRows,
  indicatorRates,
  learnerRows,
  settingRates,
  type LearnerExport,
  type ProgrammeSummary,
  type SummaryNames,
} from './summary-tables.ts';

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

export interface RefusedFile {
  file: string;
  /** Why, in English (logs and tools); `problems` holds the same as codes for the interface. */
  reason: string;
  problems: readonly DataProblem[];
}

/** A refused file with its problems, and their English as `reason`. */
export function refusedFile(file: string, problems: readonly DataProblem[]): RefusedFile {
  const english = problems.slice(0, SHOWN_PROBLEMS).map(problemEnglish).join('; ');
  const more = problems.length - SHOWN_PROBLEMS;
  return { file, problems, reason: more > 0 ? `${english}; and ${more} more problems` : english };
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
      refused.push(refusedFile(f.name, [fileProblem('oneFileTooMany', { max: FILE_LIMITS.programmeFiles })]));
      continue;
    }
    try {
      const { learner, attempts } = readHistoryExport(f.name, f.text);
      if (attempts.length === 0) {
        refused.push(refusedFile(f.name, [fileProblem('noAttempts')]));
        continue;
      }
      loaded.push({ file: f.name, learner, attempts });
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      refused.push(refusedFile(f.name, e.reasons));
    }
  }
  return { loaded, refused };
}

// ---------------------------------------------------------------------------------------------
// The instructor summary: its tables are built one by one in summary-tables.ts.

export {
  CELL,
  type AssignmentCompletion,
  type Cell,
  type IndicatorRate,
  type LearnerExport,
  type ProgrammeSummary,
  type SummaryNames,
} from './summary-tables.ts';

export function summariseProgramme(
  exports: readonly LearnerExport[],
  lookup: SummaryNames = {},
): ProgrammeSummary {
  const { all, files, duplicates } = distinctAttempts(exports);
  const titles = new Map(all.map((x) => [x.a.encounterId, x.a.title]));
  const indicators = indicatorRates(all, lookup.indicator);
  return {
    learners: learnerRows(all, files),
    attempts: all.length,
    duplicates,
    withoutNoticed: all.filter((x) => x.a.noticed === undefined).length,
    assignments: assignmentCompletions(all, titles, lookup.encounter ?? (() => undefined)),
    encounters: encounterRows(all, titles),
    dimensions: dimensionAverages(all),
    indicators,
    settings: settingRates(all),
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
