// Attempt history: one record per completed debrief, and the export file's format. Reading files
// back (validated, with reasons) is in history-read.ts and the progress summary in
// history-summary.ts, so the game's first download carries neither.

import type { Debrief } from '../encounter/debrief.ts';
import type { Mode } from '../encounter/log.ts';
import type { Setting } from '../vocabulary.ts';

export const HISTORY_FORMAT = 'second-look-history';
export const HISTORY_VERSION = 1;

export interface AttemptRecord {
  id: string;
  encounterId: string;
  title: string;
  setting: Setting;
  mode: Mode;
  /** ISO date and time the debrief was reached. */
  finishedAt: string;
  percent: number;
  dimensions: { id: string; name: string; score: number; max: number }[];
  /** Missed indicators, with their description so the progress page needs no catalog. */
  missed: { id: string; description: string }[];
  critical: string[];
  // Programme fields (added later; older records and exports lack them and stay readable).
  /** Indicators noticed and reported, so a miss rate has a denominator (noticed + missed = shown). */
  noticed?: string[];
  /** Who played: the name or staff ID the learner entered. */
  learner?: string;
  /** The assignment the attempt was played under. */
  assignment?: AttemptAssignment;
  /** Whether the attempt reached the assignment's pass mark (only with `assignment`). */
  passed?: boolean;
}

export interface AttemptAssignment {
  id: string;
  title: string;
  passMark: number;
  /** The assignment's encounters in order, so completion can be shown from attempts alone. */
  encounters: string[];
}

export function attemptFromDebrief(d: Debrief, finishedAt: Date, id: string): AttemptRecord {
  return {
    id,
    encounterId: d.encounter.id,
    title: d.encounter.title,
    setting: d.encounter.setting as Setting,
    mode: d.mode,
    finishedAt: finishedAt.toISOString(),
    percent: d.total.percent,
    dimensions: d.dimensions.map((x) => ({ id: x.id, name: x.name, score: x.score, max: x.max })),
    missed: d.missed.map((m) => ({ id: m.id, description: m.description })),
    critical: d.critical.map((c) => c.id),
    noticed: d.noticed.map((n) => n.id),
  };
}

export interface HistoryFile {
  format: typeof HISTORY_FORMAT;
  version: number;
  exportedAt: string;
  /** The learner's name or staff ID, when they entered one (programme results group by it). */
  learner?: string;
  attempts: AttemptRecord[];
}

export function historyFile(attempts: AttemptRecord[], at: Date, learner?: string): HistoryFile {
  return {
    format: HISTORY_FORMAT,
    version: HISTORY_VERSION,
    exportedAt: at.toISOString(),
    ...(learner ? { learner } : {}),
    attempts,
  };
}
