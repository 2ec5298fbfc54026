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
import { passes } from './assignment.ts';
import { ACTION_RANK, pathFacts, type DecisionLog } from '../encounter/log.ts';
import { REPORT_ACTIONS } from '../vocabulary.ts';
import type { EncounterResult } from './suspend.ts';
import type { Locale } from '../locale.ts';

export { LMS_FILE, LMS_FORMAT, LMS_STANDARDS, type LmsStandard } from './lms-launch.ts';

/** SCORM 1.2 LMSs give "Last, First"; the certificate reads better as "First Last". */
export function displayName(lmsName: string): string {
  const parts = lmsName.split(',').map((p) => p.trim());
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : lmsName.trim();
}

export const COMPLETION = { completed: 'completed', incomplete: 'incomplete' } as const;
export type Completion = (typeof COMPLETION)[keyof typeof COMPLETION];
const SUCCESS = { passed: 'passed', failed: 'failed', unknown: 'unknown' } as const;
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
function lmsIdentifier(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 250) || '_';
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const RESULTS = { correct: 'correct', incorrect: 'incorrect', neutral: 'neutral' } as const;
export type InteractionResult = (typeof RESULTS)[keyof typeof RESULTS];

export interface LmsInteraction {
  id: string;
  /** The encounter, and the decision's place in it (1 = the first), the same in every language. */
  encounterId: string;
  n: number;
  /** True for the incident report, false for a choice. */
  report: boolean;
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
  /** The option's text as the learner read it (for the report, the words given for it). */
  description: string;
  /** The option's text in every language where it is known, when the caller knows them (xAPI maps). */
  texts?: Readonly<Partial<Record<Locale, string>>>;
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
export function interactionsOf(
  encounterId: string,
  log: DecisionLog,
  /** The report interaction's description ("Incident report: the action taken"), from the catalogs. */
  reportDescription: string,
  /** Each choice's text per language, in the log's order, where the caller knows them. */
  optionTexts: readonly Readonly<Partial<Record<Locale, string>>>[] = [],
): LmsInteraction[] {
  const out: LmsInteraction[] = [];
  let since = log[0]?.at ?? 0;
  let n = 0;
  let choices = 0;
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
        encounterId,
        n,
        report: false,
        type: 'choice',
        response: lmsIdentifier(e.choiceId),
        correctResponse: bestOption ? lmsIdentifier(bestOption.id) : undefined,
        letters: { response: letter(e.choiceId), correct: bestOption ? letter(bestOption.id) : undefined },
        result,
        description: e.text,
        ...(optionTexts[choices] ? { texts: optionTexts[choices] } : {}),
        at: e.at,
        latencyMs: Math.max(0, e.at - since),
      });
      since = e.at;
      choices += 1;
    } else if (e.kind === 'report') {
      n += 1;
      const required = pathFacts(log.slice(0, log.indexOf(e))).required;
      const gap = ACTION_RANK[e.report.action] - ACTION_RANK[required];
      out.push({
        id: lmsIdentifier(`${encounterId}.${n}.report`),
        encounterId,
        n,
        report: true,
        type: 'choice',
        response: e.report.action,
        correctResponse: required,
        letters: {
          response: LETTERS[REPORT_ACTIONS.indexOf(e.report.action)] ?? 'z',
          correct: LETTERS[REPORT_ACTIONS.indexOf(required)],
        },
        result: gap === 0 ? RESULTS.correct : gap < 0 ? RESULTS.incorrect : RESULTS.neutral,
        description: reportDescription,
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

// Suspend data (the resume record) lives in suspend.ts, lms.json in launch-file.ts; their names are
// part of this module's surface.
export * from './suspend.ts';
export * from './launch-file.ts';
