// The learner's programme state: the name or staff ID they entered (exports carry it) and the
// assignment they are working through. Kept in its own small store and storage key, read back with
// validation: an assignment that no longer fits this library is dropped with a notice, never half-run.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StateStorage } from 'zustand/middleware';
import { assignmentId, passes, readAssignment, type Assignment } from '../core/lms/assignment.ts';
import type { AttemptRecord } from '../core/progress/history.ts';
import { cleanLearnerName } from '../core/limits.ts';
import { DataError } from '../core/validate.ts';
import { DATA_SOURCES } from '../core/reasons.ts';
import { STORAGE_KEYS } from '../core/storage-keys.ts';

export const PROGRAMME_KEY = STORAGE_KEYS.programme;

export interface ProgrammeState {
  learner: string;
  assignment: Assignment | null;
  setLearner(name: string): void;
  enterAssignment(a: Assignment): void;
  leaveAssignment(): void;
}

export type ProgrammeStore = StoreApi<ProgrammeState>;

/**
 * `known` are the encounter ids in this library. Problems reading the saved value are passed to
 * `report` (the app shows them as notices).
 */
/**
 * What can go wrong with the saved name and assignment: a saved assignment that cannot be used (with
 * the reason, or null when the save is not even JSON), or storage that refuses to save. The words are
 * in src/ui/strings/strings-notices.ts.
 */
export type ProgrammeProblem = { id: 'assignmentUnusable'; reason: DataError | null } | { id: 'notSaved' };

export function createProgrammeStore(
  known: readonly string[],
  storage?: Pick<StateStorage, 'getItem' | 'setItem'>,
  report: (problem: ProgrammeProblem) => void = () => undefined,
): ProgrammeStore {
  let learner = '';
  let assignment: Assignment | null = null;
  const raw = storage?.getItem(PROGRAMME_KEY);
  if (typeof raw === 'string') {
    try {
      const o = JSON.parse(raw) as Record<string, unknown>;
      if (typeof o['learner'] === 'string') learner = cleanLearnerName(o['learner']);
      if (o['assignment'] != null)
        assignment = readAssignment(DATA_SOURCES.savedAssignment, o['assignment'], known);
    } catch (e) {
      report({ id: 'assignmentUnusable', reason: e instanceof DataError ? e : null });
    }
  }
  const store = createStore<ProgrammeState>()((set) => ({
    learner,
    assignment,
    setLearner: (name) => set({ learner: cleanLearnerName(name) }),
    enterAssignment: (a) => set({ assignment: a }),
    leaveAssignment: () => set({ assignment: null }),
  }));
  store.subscribe((s) => {
    try {
      storage?.setItem(PROGRAMME_KEY, JSON.stringify({ learner: s.learner, assignment: s.assignment }));
    } catch {
      report({ id: 'notSaved' });
    }
  });
  return store;
}

/**
 * Adds the programme fields to a new attempt: the learner's name, and the assignment when the attempt
 * is one of its encounters played in its mode (with whether it reached the pass mark).
 */
export function stampAttempt(
  record: AttemptRecord,
  s: Pick<ProgrammeState, 'learner' | 'assignment'>,
): AttemptRecord {
  const out: AttemptRecord = { ...record };
  if (s.learner) out.learner = s.learner;
  const a = s.assignment;
  if (a && a.encounters.includes(record.encounterId) && a.mode === record.mode) {
    out.assignment = {
      id: assignmentId(a),
      title: a.title,
      passMark: a.passMark,
      encounters: [...a.encounters],
    };
    out.passed = passes(a, record.percent);
  }
  return out;
}

export const STATUS = { notStarted: 'not-started', passed: 'passed', notPassed: 'not-passed' } as const;
export type EncounterStatus = (typeof STATUS)[keyof typeof STATUS];

/** Status of one of the assignment's encounters from the learner's attempts under that assignment. */
export function encounterStatus(
  a: Assignment,
  encounterId: string,
  attempts: readonly AttemptRecord[],
): EncounterStatus {
  const id = assignmentId(a);
  const mine = attempts.filter((x) => x.encounterId === encounterId && x.assignment?.id === id);
  if (mine.length === 0) return STATUS.notStarted;
  return mine.some((x) => x.passed ?? passes(a, x.percent)) ? STATUS.passed : STATUS.notPassed;
}
