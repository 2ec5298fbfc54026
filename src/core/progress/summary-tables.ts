// The instructor summary's tables, one function each, over the distinct attempts of many learners'
// history exports. src/core/progress/programme.ts puts them together (summariseProgramme); the
// definitions are in docs/programme.md.

import { passes } from '../lms/assignment.ts';
import type { AttemptRecord } from './history.ts';
import { SETTINGS, type Setting } from '../vocabulary.ts';

export interface LearnerExport {
  file: string;
  learner: string;
  attempts: AttemptRecord[];
}

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

/** One distinct attempt with the learner it belongs to. */
export interface Played {
  a: AttemptRecord;
  learner: string;
}

/** Who a file's attempts belong to: the file's learner, else the records', else the file name. */
function learnerOf(x: LearnerExport): string {
  return x.learner || x.attempts.find((a) => a.learner)?.learner || `(no name) ${x.file}`;
}

/**
 * Distinct attempts, each with its learner, oldest first; a duplicate (the same file twice,
 * overlapping exports) is the same attempt id and counts once. Also each learner's files.
 */
export function distinctAttempts(exports: readonly LearnerExport[]): {
  all: Played[];
  files: Map<string, Set<string>>;
  duplicates: number;
} {
  const byId = new Map<string, Played>();
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
  return { all, files, duplicates };
}

/** One row per learner (by name), with their files, attempts and distinct encounters. */
export function learnerRows(
  all: readonly Played[],
  files: ReadonlyMap<string, Set<string>>,
): ProgrammeSummary['learners'] {
  const names = [...files.keys()].sort((p, q) => p.localeCompare(q));
  return names.map((name) => {
    const mine = all.filter((x) => x.learner === name);
    return {
      name,
      files: [...(files.get(name) ?? [])],
      attempts: mine.length,
      encounters: new Set(mine.map((x) => x.a.encounterId)).size,
    };
  });
}

/**
 * Each assignment met in the attempts (in order of first attempt), as it was last recorded, with
 * every learner's status on each of its encounters.
 */
export function assignmentCompletions(
  all: readonly Played[],
  titles: ReadonlyMap<string, string>,
  titleOf: (id: string) => string | undefined,
): AssignmentCompletion[] {
  const assignmentIds: string[] = [];
  for (const { a } of all)
    if (a.assignment && !assignmentIds.includes(a.assignment.id)) assignmentIds.push(a.assignment.id);
  return assignmentIds.map((id): AssignmentCompletion => {
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
}

/** One row per encounter played, by setting then title. */
export function encounterRows(
  all: readonly Played[],
  titles: ReadonlyMap<string, string>,
): ProgrammeSummary['encounters'] {
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
  return encounters;
}

/** Each dimension's mean percent over the attempts that scored it (a max of 0 is left out). */
export function dimensionAverages(all: readonly Played[]): ProgrammeSummary['dimensions'] {
  const dimNames = new Map<string, string>();
  const dimValues = new Map<string, number[]>();
  for (const { a } of all)
    for (const d of a.dimensions) {
      if (d.max <= 0) continue;
      dimNames.set(d.id, d.name);
      dimValues.set(d.id, [...(dimValues.get(d.id) ?? []), Math.max(0, (100 * d.score) / d.max)]);
    }
  return [...dimNames].map(([id, name]) => {
    const values = dimValues.get(id) ?? [];
    return { id, name, attempts: values.length, average: mean(values) };
  });
}

/**
 * Every indicator shown at least once, highest miss rate first. Miss rates need `noticed` (the
 * denominator); older records without it are left out, but still name what they missed.
 */
export function indicatorRates(
  all: readonly Played[],
  describe?: (id: string) => string | undefined,
): IndicatorRate[] {
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
  return [...shown]
    .map(([id, n]): IndicatorRate => {
      const miss = missed.get(id) ?? 0;
      const description = descriptions.get(id) ?? describe?.(id) ?? id;
      return { id, description, shown: n, missed: miss, rate: ratio(miss, n) };
    })
    .sort((p, q) => q.rate - p.rate || q.missed - p.missed || p.id.localeCompare(q.id));
}

/** One row per setting with attempts: mean percent, and misses over indicators shown. */
export function settingRates(all: readonly Played[]): ProgrammeSummary['settings'] {
  return SETTINGS.flatMap((setting) => {
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
}
