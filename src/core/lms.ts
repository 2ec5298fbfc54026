// LMS reporting, standard-neutral: what an assignment's attempts mean for an LMS (completion, success,
// score, one objective per scoring dimension, one interaction per decision) and the compact resume
// record. The SCORM 1.2 / 2004 and cmi5 bridges in src/lms/ only translate this into each data model.
//
// Scoring a set: every assigned encounter weighs the same. An encounter's result is the percent of its
// debrief (its latest attempt under the LMS); the set's score is the mean of those percents, counting an
// encounter not yet finished as 0. Success is only decided once every encounter is finished: passed when
// the score reaches the assignment's pass mark. A dimension's objective is the sum of its points over
// the finished encounters against the sum of their maxima, as a percent.

import type { Assignment } from './assignment.ts';
import { passes, readAssignment } from './assignment.ts';
import { LMS_FORMAT, LMS_STANDARDS, type LmsStandard } from './lms-launch.ts';
import { ACTION_RANK, pathFacts, type DecisionLog, type IncidentReport, type Mode } from './log.ts';
import { MODES } from './log.ts';
import { DataError, Reader } from './validate.ts';
import * as lzModule from 'lz-string';
import { decompressBounded, TooLargeError } from './lz-bounded.ts';
import { REPORT_ACTIONS, type ReportAction } from './vocabulary.ts';

export { LMS_FILE, LMS_FORMAT, LMS_STANDARDS, type LmsStandard } from './lms-launch.ts';

export interface LmsLaunch {
  format: typeof LMS_FORMAT;
  standard: LmsStandard;
  assignment: Assignment;
}

/** Reads lms.json; a broken file is a DataError naming the field. */
export function readLaunch(source: string, value: unknown, known?: readonly string[]): LmsLaunch {
  const r = new Reader(source);
  const o = r.object(value, '') ?? {};
  r.onlyKeys(o, ['format', 'standard', 'assignment'], '');
  if (o['format'] !== LMS_FORMAT) r.fail('format', `must be "${LMS_FORMAT}"`);
  const standard = r.oneOf(o, 'standard', Object.values(LMS_STANDARDS), '');
  r.done();
  return {
    format: LMS_FORMAT,
    standard,
    assignment: readAssignment(`${source}: assignment`, o['assignment'], known),
  };
}

/** SCORM 1.2 LMSs give "Last, First"; the certificate reads better as "First Last". */
export function displayName(lmsName: string): string {
  const parts = lmsName.split(',').map((p) => p.trim());
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : lmsName.trim();
}

/** What one finished encounter contributes: the fields of its attempt record the report needs. */
export interface EncounterResult {
  encounterId: string;
  percent: number;
  dimensions: { id: string; name: string; score: number; max: number }[];
}

export const COMPLETION = { completed: 'completed', incomplete: 'incomplete' } as const;
export type Completion = (typeof COMPLETION)[keyof typeof COMPLETION];
export const SUCCESS = { passed: 'passed', failed: 'failed', unknown: 'unknown' } as const;
export type Success = (typeof SUCCESS)[keyof typeof SUCCESS];

export interface LmsScore {
  raw: number;
  min: number;
  max: number;
  /** raw / max, 0–1. */
  scaled: number;
}

export interface LmsObjective {
  /** The dimension id as an LMS identifier. */
  id: string;
  description: string;
  score: LmsScore;
  completion: Completion;
}

export interface LmsReport {
  completion: Completion;
  success: Success;
  score: LmsScore;
  /** Finished encounters out of the assigned ones, 0–1. */
  progress: number;
  objectives: LmsObjective[];
}

function percentScore(raw: number): LmsScore {
  const r = Math.max(0, Math.min(100, Math.round(raw)));
  return { raw: r, min: 0, max: 100, scaled: r / 100 };
}

/** The standard-neutral report of an assignment from the results of its finished encounters. */
export function lmsReport(assignment: Assignment, results: readonly EncounterResult[]): LmsReport {
  const byId = new Map(results.map((r) => [r.encounterId, r]));
  const finished = assignment.encounters.filter((id) => byId.has(id));
  const total = assignment.encounters.reduce((s, id) => s + (byId.get(id)?.percent ?? 0), 0);
  const score = percentScore(total / Math.max(1, assignment.encounters.length));
  const completion =
    finished.length === assignment.encounters.length ? COMPLETION.completed : COMPLETION.incomplete;
  const success =
    completion === COMPLETION.completed
      ? passes(assignment, score.raw)
        ? SUCCESS.passed
        : SUCCESS.failed
      : SUCCESS.unknown;
  const dims = new Map<string, { name: string; score: number; max: number }>();
  for (const id of finished)
    for (const d of byId.get(id)?.dimensions ?? []) {
      const sum = dims.get(d.id) ?? { name: d.name, score: 0, max: 0 };
      sum.score += d.score;
      sum.max += d.max;
      dims.set(d.id, sum);
    }
  const objectives = [...dims].map(([id, d]) => ({
    id: lmsIdentifier(id),
    description: d.name,
    score: percentScore(d.max > 0 ? (100 * d.score) / d.max : 0),
    completion,
  }));
  return {
    completion,
    success,
    score,
    progress: finished.length / Math.max(1, assignment.encounters.length),
    objectives,
  };
}

// ---------------------------------------------------------------------------------------------
// What the LMS already holds, and the rule that the game never lowers it. A learner's record in the
// LMS may be older than this browser, this package or this suspend data (damaged data, a newer
// format, an LMS that dropped it): whatever the game writes is first merged with what the LMS holds,
// so a completion, a pass, a score or an objective's score can only stay or rise.

export interface HeldObjective {
  id: string;
  /** 0–100; null when the LMS holds no score for it. */
  score: number | null;
  completion: Completion;
}

/** What the LMS holds for the learner: read at launch, then raised by every report the game writes. */
export interface LmsHeld {
  completion: Completion;
  success: Success;
  /** 0–100; null when the LMS holds no score. */
  score: number | null;
  /** 0–1; null when the LMS holds none. */
  progress: number | null;
  objectives: HeldObjective[];
}

export const NOTHING_HELD: LmsHeld = {
  completion: COMPLETION.incomplete,
  success: SUCCESS.unknown,
  score: null,
  progress: null,
  objectives: [],
};

/** A number the data model holds, or null when it is empty or not a number in range. */
function heldNumber(text: string, min: number, max: number): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

/** A raw score as 0–100, using the min and max the LMS holds when they are not 0 and 100. */
function heldPercent(raw: string, min: string, max: string): number | null {
  const r = heldNumber(raw, -Infinity, Infinity);
  if (r === null) return null;
  const lo = heldNumber(min, -Infinity, Infinity) ?? 0;
  const hi = heldNumber(max, -Infinity, Infinity) ?? 100;
  const p = hi > lo ? ((r - lo) * 100) / (hi - lo) : r;
  return Math.max(0, Math.min(100, p));
}

/** A score held as scaled (−1…1) when there is one, else as raw against min and max, as 0–100. */
function heldScaledOrRaw(get: (element: string) => string, prefix: string): number | null {
  const scaled = heldNumber(get(`${prefix}score.scaled`), -1, 1);
  if (scaled !== null) return Math.max(0, scaled * 100);
  return heldPercent(get(`${prefix}score.raw`), get(`${prefix}score.min`), get(`${prefix}score.max`));
}

function heldObjectives(
  get: (element: string) => string,
  read: (prefix: string) => Omit<HeldObjective, 'id'>,
): HeldObjective[] {
  const count = heldNumber(get('cmi.objectives._count'), 0, 10_000) ?? 0;
  const out: HeldObjective[] = [];
  for (let n = 0; n < count; n++) {
    const id = get(`cmi.objectives.${n}.id`);
    if (id) out.push({ id, ...read(`cmi.objectives.${n}.`) });
  }
  return out;
}

/** What a SCORM 1.2 LMS holds: cmi.core.lesson_status, cmi.core.score and the objectives. */
export function heldFromScorm12(get: (element: string) => string): LmsHeld {
  const status = get('cmi.core.lesson_status');
  const done = ['passed', 'failed', 'completed'];
  const score = heldPercent(get('cmi.core.score.raw'), get('cmi.core.score.min'), get('cmi.core.score.max'));
  return {
    completion: done.includes(status) ? COMPLETION.completed : COMPLETION.incomplete,
    success: status === 'passed' ? SUCCESS.passed : status === 'failed' ? SUCCESS.failed : SUCCESS.unknown,
    score,
    progress: null,
    objectives: heldObjectives(get, (p) => ({
      score: heldPercent(get(`${p}score.raw`), get(`${p}score.min`), get(`${p}score.max`)),
      completion: done.includes(get(`${p}status`)) ? COMPLETION.completed : COMPLETION.incomplete,
    })),
  };
}

/** What a SCORM 2004 LMS holds: completion and success status, score, progress, the objectives. */
export function heldFromScorm2004(get: (element: string) => string): LmsHeld {
  const success = get('cmi.success_status');
  return {
    completion: get('cmi.completion_status') === 'completed' ? COMPLETION.completed : COMPLETION.incomplete,
    success: success === 'passed' ? SUCCESS.passed : success === 'failed' ? SUCCESS.failed : SUCCESS.unknown,
    score: heldScaledOrRaw(get, 'cmi.'),
    progress: heldNumber(get('cmi.progress_measure'), 0, 1),
    objectives: heldObjectives(get, (p) => ({
      score: heldScaledOrRaw(get, p),
      completion: get(`${p}completion_status`) === 'completed' ? COMPLETION.completed : COMPLETION.incomplete,
    })),
  };
}

const higher = (mine: number, held: number | null) => (held !== null && held > mine ? held : mine);
const scoreOf = (percent: number): LmsScore => ({ raw: percent, min: 0, max: 100, scaled: percent / 100 });

/**
 * The report to write, given what the LMS holds: never a lower status or score. Completed stays
 * completed; passed stays passed (and is reached when the assignment is complete and the kept score
 * meets the pass mark); failed is never written over passed, and stays until passed; the score,
 * progress and every objective's score keep the higher of the two.
 */
export function neverLower(assignment: Assignment, report: LmsReport, held: LmsHeld): LmsReport {
  const completed = report.completion === COMPLETION.completed || held.completion === COMPLETION.completed;
  const raw = higher(report.score.raw, held.score);
  const score = raw === report.score.raw ? report.score : scoreOf(raw);
  const success =
    report.success === SUCCESS.passed ||
    held.success === SUCCESS.passed ||
    (report.completion === COMPLETION.completed && passes(assignment, raw))
      ? SUCCESS.passed
      : report.success === SUCCESS.failed || held.success === SUCCESS.failed
        ? SUCCESS.failed
        : SUCCESS.unknown;
  const heldObjectives = new Map(held.objectives.map((o) => [o.id, o]));
  return {
    completion: completed ? COMPLETION.completed : COMPLETION.incomplete,
    success,
    score,
    progress: completed ? 1 : Math.max(report.progress, held.progress ?? 0),
    objectives: report.objectives.map((o) => {
      const h = heldObjectives.get(o.id);
      if (!h) return o;
      const r = higher(o.score.raw, h.score);
      return {
        ...o,
        score: r === o.score.raw ? o.score : scoreOf(r),
        completion:
          o.completion === COMPLETION.completed || h.completion === COMPLETION.completed
            ? COMPLETION.completed
            : COMPLETION.incomplete,
      };
    }),
  };
}

/** What the LMS holds once `written` (a report that went through neverLower) has been written. */
export function heldAfter(held: LmsHeld, written: LmsReport): LmsHeld {
  const ids = new Set(written.objectives.map((o) => o.id));
  return {
    completion: written.completion,
    success: written.success,
    score: written.score.raw,
    progress: written.progress,
    objectives: [
      ...held.objectives.filter((o) => !ids.has(o.id)),
      ...written.objectives.map((o) => ({ id: o.id, score: o.score.raw, completion: o.completion })),
    ],
  };
}

/** Characters every standard accepts in an identifier (SCORM 1.2 CMIIdentifier is the strictest). */
export function lmsIdentifier(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 250) || '_';
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export const RESULTS = { correct: 'correct', incorrect: 'incorrect', neutral: 'neutral' } as const;
export type InteractionResult = (typeof RESULTS)[keyof typeof RESULTS];

export interface LmsInteraction {
  id: string;
  type: 'choice';
  /** The chosen option's identifier (for the report: the reporting action chosen). */
  response: string;
  /** The option judged best at the same point, when one was better than the others. */
  correctResponse: string | undefined;
  /**
   * The same two as single letters (a = the first option on offer), the form SCORM 1.2 requires for
   * choice responses.
   */
  letters: { response: string; correct: string | undefined };
  result: InteractionResult;
  description: string;
  /** When the decision was taken (ms since the epoch). */
  at: number;
  /** Time since what the learner was answering appeared, in ms. */
  latencyMs: number;
}

/**
 * One interaction per decision, in order: every choice, then the incident report. A choice that
 * commits a critical error, or loses points, is incorrect; the best-scoring option at its point is
 * correct; anything else (or a point where every option scores the same) is neutral. The report is
 * correct when its action is the one the situation required, incorrect when less urgent, neutral
 * when more urgent (safe, but it spends help needed elsewhere).
 */
export function interactionsOf(encounterId: string, log: DecisionLog): LmsInteraction[] {
  const out: LmsInteraction[] = [];
  let since = log[0]?.at ?? 0;
  let n = 0;
  for (const e of log) {
    if (e.kind === 'choice') {
      n += 1;
      const points = e.tags.scores.reduce((s, x) => s + x.value, 0);
      const chosen = e.options.find((o) => o.id === e.choiceId);
      const mine = chosen?.total ?? points;
      const critical = e.tags.critical.length > 0 || Boolean(chosen?.critical);
      const totals = e.options.filter((o) => !o.critical).map((o) => o.total);
      const best = totals.length > 0 ? Math.max(...totals) : mine;
      const allSame = e.options.every((o) => o.total === best && !o.critical);
      const bestOption = allSame ? undefined : e.options.find((o) => !o.critical && o.total === best);
      const result: InteractionResult =
        critical || mine < 0
          ? RESULTS.incorrect
          : allSame
            ? RESULTS.neutral
            : mine >= best
              ? RESULTS.correct
              : RESULTS.neutral;
      const letter = (id: string) =>
        LETTERS[e.options.findIndex((o) => o.id === id)] ?? LETTERS[e.index] ?? 'z';
      out.push({
        id: lmsIdentifier(`${encounterId}.${n}.${e.choiceId}`),
        type: 'choice',
        response: lmsIdentifier(e.choiceId),
        correctResponse: bestOption ? lmsIdentifier(bestOption.id) : undefined,
        letters: { response: letter(e.choiceId), correct: bestOption ? letter(bestOption.id) : undefined },
        result,
        description: e.text,
        at: e.at,
        latencyMs: Math.max(0, e.at - since),
      });
      since = e.at;
    } else if (e.kind === 'report') {
      n += 1;
      const required = pathFacts(log.slice(0, log.indexOf(e))).required;
      const gap = ACTION_RANK[e.report.action] - ACTION_RANK[required];
      out.push({
        id: lmsIdentifier(`${encounterId}.${n}.report`),
        type: 'choice',
        response: e.report.action,
        correctResponse: required,
        letters: {
          response: LETTERS[REPORT_ACTIONS.indexOf(e.report.action)] ?? 'z',
          correct: LETTERS[REPORT_ACTIONS.indexOf(required)],
        },
        result: gap === 0 ? RESULTS.correct : gap < 0 ? RESULTS.incorrect : RESULTS.neutral,
        description: 'Incident report: the action taken',
        at: e.at,
        latencyMs: Math.max(0, e.at - since),
      });
      since = e.at;
    } else if (e.kind === 'shown') {
      since = e.at;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Suspend data: where the learner is in the assignment, small enough for SCORM 1.2's 4,096 characters.
// Not ink's state (far too big): resume restarts the encounter with its seed and re-takes the choices.

/**
 * The format of the packed record. 1 is the first; a later format adds an entry to SUSPEND_UPGRADES
 * that turns the packed list of the format before it into its own, so every older record still reads.
 *
 * Format 2 (for libraries past about eighteen encounters): each dimension's id and name are written
 * once, in a table, and every finished encounter is one flat list — its id, its percent, which table
 * entries it scored (a bit mask, or a list of table indexes when its order is not the table's) and
 * then a score and maximum per entry. Format 1 repeated every dimension's id and name in every result.
 */
export const SUSPEND_VERSION = 2;
/**
 * Turns a packed record of format n (the key) into format n + 1. A record of a format with no way up
 * (or a newer one) is refused like damaged data, and nothing is written over it.
 */
export const SUSPEND_UPGRADES: Readonly<Record<number, (packed: unknown[]) => unknown[]>> = {
  1: (packed) => {
    const [v, current, results, ...rest] = packed;
    if (!Array.isArray(results)) return [v, current, [], results, ...rest];
    // A result that is not format 1's [id, percent, [[id, name, score, max]…]] becomes null, which
    // the reader refuses by its index, as it would have before.
    const read = results.map((x: unknown) =>
      Array.isArray(x) &&
      typeof x[0] === 'string' &&
      typeof x[1] === 'number' &&
      Array.isArray(x[2]) &&
      (x[2] as unknown[]).every(
        (d) =>
          Array.isArray(d) &&
          typeof d[0] === 'string' &&
          typeof d[1] === 'string' &&
          typeof d[2] === 'number' &&
          typeof d[3] === 'number',
      )
        ? {
            encounterId: x[0],
            percent: x[1],
            dimensions: (x[2] as [string, string, number, number][]).map(([id, name, score, max]) => ({
              id,
              name,
              score,
              max,
            })),
          }
        : null,
    );
    const table = dimensionTable(read.filter((r) => r !== null));
    return [v, current, table.list, read.map((r) => (r ? packResult(r, table) : null)), ...rest];
  },
};
/** SCORM 1.2's limit on cmi.suspend_data; the strictest of the three standards. */
export const SUSPEND_LIMIT = 4096;
/**
 * The longest suspend data read back, per standard: what the standard lets an LMS hold (SCORM 1.2:
 * 4,096 characters; SCORM 2004 4th edition: 64,000; cmi5's activity state has no limit, so the 2004
 * one). The game itself writes at most SUSPEND_LIMIT; anything longer is refused before decompressing.
 */
export const SUSPEND_READ_LIMITS: Readonly<Record<LmsStandard, number>> = {
  scorm12: 4096,
  scorm2004: 64000,
  cmi5: 64000,
};
/** Decompressing stops, and the record is refused, past this many characters (about 1 MB). */
export const SUSPEND_DECOMPRESSED_LIMIT = 1_000_000;
/** In `choices`, this marks where the incident report was submitted. */
export const REPORT_STEP = -1;
/** Free text in a saved report is cut to this length so the record stays within the limit. */
export const REPORT_TEXT_LIMIT = 160;

export interface SuspendState {
  /** Index in the assignment's encounters of the one being played (or next to play). */
  current: number;
  /** The encounter in progress, if any. */
  session?: {
    seed: number;
    mode: Mode;
    /** Choice indices taken in order; REPORT_STEP where the report was submitted. */
    choices: number[];
    report?: IncidentReport;
  };
  /** Results of the finished encounters. */
  results: EncounterResult[];
  /** How many interactions have been written to the LMS so far (so a resume appends, not rewrites). */
  interactions: number;
}

/** A dimension as the table of format 2 holds it, once for the whole record. */
type PackedDimension = [id: string, name: string];
/**
 * A finished encounter in format 2: its id, its percent, the table entries it scored (a bit mask when
 * they follow the table's order, else a list of table indexes) and a score and maximum for each.
 */
type PackedResult = [encounterId: string, percent: number, dims: number | number[], ...pairs: number[]];

type Packed = [
  v: number,
  current: number,
  dimensions: PackedDimension[],
  results: PackedResult[],
  interactions: number,
  session?: [
    seed: number,
    mode: number,
    choices: number[],
    report?: [string[], string, string, string, number, string],
  ],
];

/** A bit mask stays exact up to this many table entries; past it a result lists its indexes. */
const MASK_BITS = 30;

interface DimensionTable {
  list: PackedDimension[];
  index: Map<string, number>;
}

/** Every dimension (id and name) the results score, in the order they first appear. */
function dimensionTable(results: readonly EncounterResult[]): DimensionTable {
  const list: PackedDimension[] = [];
  const index = new Map<string, number>();
  for (const r of results)
    for (const d of r.dimensions) {
      const key = JSON.stringify([d.id, d.name]);
      if (!index.has(key)) {
        index.set(key, list.length);
        list.push([d.id, d.name]);
      }
    }
  return { list, index };
}

function packResult(r: EncounterResult, table: DimensionTable): PackedResult {
  const at = r.dimensions.map((d) => table.index.get(JSON.stringify([d.id, d.name])) ?? 0);
  const inTableOrder = at.every((n, i) => n < MASK_BITS && (i === 0 || n > at[i - 1]!));
  const dims = inTableOrder ? at.reduce((mask, n) => mask | (1 << n), 0) : at;
  return [r.encounterId, r.percent, dims, ...r.dimensions.flatMap((d) => [d.score, d.max])];
}

/** The table indexes a packed result scored, in its order, or null when they are not well formed. */
function unpackIndexes(dims: unknown, tableSize: number): number[] | null {
  if (typeof dims === 'number') {
    if (!Number.isInteger(dims) || dims < 0 || dims >= 2 ** Math.min(tableSize, MASK_BITS)) return null;
    const out: number[] = [];
    for (let n = 0; n < MASK_BITS; n++) if (dims & (1 << n)) out.push(n);
    return out;
  }
  if (!Array.isArray(dims)) return null;
  return dims.every((n) => Number.isInteger(n) && (n as number) >= 0 && (n as number) < tableSize)
    ? (dims as number[])
    : null;
}

const cut = (s: string) => s.slice(0, REPORT_TEXT_LIMIT);

export interface Codec {
  compress(s: string): string;
  /** null (or a throw) for data it cannot read; throws TooLargeError past `maxOutput` characters. */
  decompress(s: string, maxOutput: number): string | null;
}

// lz-string is CommonJS: under Node's ESM its functions sit on `default`, under Vite on the namespace.
const lz = ((lzModule as unknown as { default?: typeof lzModule }).default ?? lzModule) as typeof lzModule;

/**
 * lz-string with its URI-safe alphabet: plain ASCII that any LMS stores unchanged. Decompression is
 * the bounded port in lz-bounded.ts (lz-string's own has no output limit).
 */
export const LZ_CODEC: Codec = {
  compress: (s) => lz.compressToEncodedURIComponent(s),
  decompress: (s, maxOutput) => decompressBounded(s, maxOutput),
};

/** The steps that replay an attempt: choice indices, REPORT_STEP where the report was submitted. */
export function stepsOf(log: DecisionLog): number[] {
  return log.flatMap((e) => (e.kind === 'choice' ? [e.index] : e.kind === 'report' ? [REPORT_STEP] : []));
}

export function encodeSuspend(state: SuspendState, codec: Codec = LZ_CODEC): string {
  const s = state.session;
  const r = s?.report;
  const table = dimensionTable(state.results);
  const packed: Packed = [
    SUSPEND_VERSION,
    state.current,
    table.list,
    state.results.map((x) => packResult(x, table)),
    state.interactions,
  ];
  if (s)
    packed.push([
      s.seed,
      MODES.indexOf(s.mode),
      s.choices,
      ...(r
        ? [
            [
              r.observed,
              cut(r.who),
              cut(r.when),
              cut(r.where),
              SUSPEND_ACTION_CODES.indexOf(r.action),
              cut(r.notes),
            ] as [string[], string, string, string, number, string],
          ]
        : []),
    ] as NonNullable<Packed[5]>);
  return codec.compress(JSON.stringify(packed));
}

/**
 * How suspend data numbers a report's action. Fixed for good: codes 0–4 are the five actions of
 * the first ladder (1, "document", is now `log`) and new actions take new codes, so suspend data an
 * LMS kept from before the ladder changed still means what the learner chose.
 */
export const SUSPEND_ACTION_CODES: readonly ReportAction[] = [
  'none',
  'log',
  'supervisor',
  'hotline',
  'emergency',
  'police',
];

export interface DecodeOptions {
  /** Longer text is refused before decompressing (default: the largest of SUSPEND_READ_LIMITS). */
  maxLength?: number;
  /** Decompressing stops past this many characters (default SUSPEND_DECOMPRESSED_LIMIT). */
  maxDecompressed?: number;
  codec?: Codec;
}

/**
 * Reads suspend data back; anything damaged, too long, or of a format this version cannot read is a
 * DataError naming the field (the caller writes nothing over it). Records of an older format are
 * brought up to date through SUSPEND_UPGRADES.
 */
export function decodeSuspend(source: string, text: string, opts: DecodeOptions = {}): SuspendState {
  const maxLength = opts.maxLength ?? Math.max(...Object.values(SUSPEND_READ_LIMITS));
  const maxDecompressed = opts.maxDecompressed ?? SUSPEND_DECOMPRESSED_LIMIT;
  const codec = opts.codec ?? LZ_CODEC;
  if (text.length > maxLength)
    throw new DataError(source, [
      `is too long (${text.length.toLocaleString('en')} characters; at most ${maxLength.toLocaleString('en')} are read)`,
    ]);
  let value: unknown;
  try {
    const json = codec.decompress(text, maxDecompressed);
    if (!json) throw new Error('empty');
    if (json.length > maxDecompressed) throw new TooLargeError(maxDecompressed);
    value = JSON.parse(json);
  } catch (e) {
    throw new DataError(source, [
      e instanceof TooLargeError
        ? `is damaged (it ${e.message})`
        : 'is damaged (it could not be decompressed)',
    ]);
  }
  if (!Array.isArray(value)) throw new DataError(source, ['must be a packed list']);
  let packed = value as unknown[];
  const from = packed[0];
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1)
    throw new DataError(source, [`version: must be a format number (got ${JSON.stringify(from)})`]);
  if (from > SUSPEND_VERSION)
    throw new DataError(source, [
      `version: was saved by a newer version of the game (format ${from}; this one reads up to ${SUSPEND_VERSION})`,
    ]);
  for (let v = from; v < SUSPEND_VERSION; v++) {
    const up = SUSPEND_UPGRADES[v];
    if (!up) throw new DataError(source, [`version: format ${from} can no longer be read`]);
    packed = up(packed);
  }
  const r = new Reader(source);
  const [, current, dimensions, results, interactions, session] = packed;
  const int = (x: unknown, field: string, min = 0): number => {
    if (typeof x !== 'number' || !Number.isInteger(x) || x < min) {
      r.fail(field, `must be a whole number from ${min}`);
      return min;
    }
    return x;
  };
  const state: SuspendState = {
    current: int(current, 'current'),
    results: [],
    interactions: int(interactions, 'interactions'),
  };
  const table: PackedDimension[] = [];
  if (!Array.isArray(dimensions)) r.fail('dimensions', 'must be a list');
  else
    dimensions.forEach((d: unknown, i) => {
      if (Array.isArray(d) && d.length === 2 && typeof d[0] === 'string' && typeof d[1] === 'string')
        table.push([d[0], d[1]]);
      else r.fail(`dimensions[${i}]`, 'must be [id, name]');
    });
  if (!Array.isArray(results)) r.fail('results', 'must be a list');
  else
    results.forEach((x: unknown, i) => {
      const at = Array.isArray(x) ? unpackIndexes(x[2], table.length) : null;
      const pairs = Array.isArray(x) ? (x.slice(3) as unknown[]) : [];
      if (
        !Array.isArray(x) ||
        typeof x[0] !== 'string' ||
        typeof x[1] !== 'number' ||
        !at ||
        pairs.length !== 2 * at.length ||
        !pairs.every((n) => typeof n === 'number')
      ) {
        r.fail(`results[${i}]`, 'must be [encounter, percent, dimensions, scores…]');
        return;
      }
      state.results.push({
        encounterId: x[0],
        percent: x[1],
        dimensions: at.map((n, k) => {
          const [id, name] = table[n]!;
          return { id, name, score: pairs[2 * k] as number, max: pairs[2 * k + 1] as number };
        }),
      });
    });
  if (session !== undefined) {
    if (!Array.isArray(session)) r.fail('session', 'must be a packed list');
    else {
      const [seed, mode, choices, report] = session as unknown[];
      const modeName = MODES[int(mode, 'session.mode')];
      if (!modeName) r.fail('session.mode', `must be 0–${MODES.length - 1}`);
      if (
        !Array.isArray(choices) ||
        !choices.every((c) => Number.isInteger(c) && (c as number) >= REPORT_STEP)
      )
        r.fail('session.choices', 'must be a list of choice indices');
      state.session = {
        seed: int(seed, 'session.seed', -(2 ** 53)),
        mode: modeName ?? 'practice',
        choices: Array.isArray(choices) ? (choices as number[]) : [],
      };
      if (report !== undefined) {
        const p = report as unknown[];
        const action = SUSPEND_ACTION_CODES[Array.isArray(p) ? (p[4] as number) : -1];
        if (
          !Array.isArray(p) ||
          !Array.isArray(p[0]) ||
          !(p[0] as unknown[]).every((x) => typeof x === 'string') ||
          [1, 2, 3, 5].some((k) => typeof p[k] !== 'string') ||
          !action
        )
          r.fail('session.report', 'must be [observed, who, when, where, action, notes]');
        else
          state.session.report = {
            observed: p[0] as string[],
            who: p[1] as string,
            when: p[2] as string,
            where: p[3] as string,
            action: action as ReportAction,
            notes: p[5] as string,
          };
      }
    }
  }
  r.done();
  return state;
}
