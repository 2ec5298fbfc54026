// The learner's programme state: name and assignment kept across reloads (validated when read back),
// attempts stamped with the assignment only when they count for it, and each encounter's status.

import { describe, expect, it } from 'vitest';
import { assignmentId, type Assignment } from '../../src/core/lms/assignment.ts';
import type { AttemptRecord } from '../../src/core/progress/history.ts';
import { programmeProblemText } from '../../src/ui/strings/strings-notices.ts';
import { dataErrorText } from '../../src/ui/strings/strings-validation.ts';
import {
  createProgrammeStore,
  encounterStatus,
  PROGRAMME_KEY,
  stampAttempt,
  STATUS,
} from '../../src/state/programme.ts';

const KNOWN = ['hotel.night_lobby', 'store.busy_saturday'];
const set: Assignment = {
  format: 'second-look-assignment',
  version: 1,
  title: 'Refresher',
  encounters: ['store.busy_saturday', 'hotel.night_lobby'],
  mode: 'assessment',
  passMark: 60,
};

function memory(initial?: string) {
  const data = new Map<string, string>(initial === undefined ? [] : [[PROGRAMME_KEY, initial]]);
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

function attempt(over: Partial<AttemptRecord>): AttemptRecord {
  return {
    id: 'x',
    encounterId: 'hotel.night_lobby',
    title: 'Night shift: the lobby',
    setting: 'hotel',
    mode: 'assessment',
    finishedAt: '2026-03-01T10:00:00.000Z',
    percent: 59,
    dimensions: [],
    missed: [],
    critical: [],
    noticed: [],
    ...over,
  };
}

describe('the programme store', () => {
  it('keeps the learner and the assignment across a reload', () => {
    const storage = memory();
    const first = createProgrammeStore(KNOWN, storage);
    first.getState().setLearner('  Sam Rivera ');
    first.getState().enterAssignment(set);
    const second = createProgrammeStore(KNOWN, storage);
    expect(second.getState().learner).toBe('Sam Rivera');
    expect(second.getState().assignment).toEqual(set);
    second.getState().leaveAssignment();
    expect(createProgrammeStore(KNOWN, storage).getState().assignment).toBeNull();
  });

  it('drops a saved assignment that is damaged or no longer fits the library, with a reason, keeping the name', () => {
    const problems: string[] = [];
    const stale = JSON.stringify({ learner: 'Sam', assignment: { ...set, encounters: ['hotel.gone'] } });
    const s = createProgrammeStore(KNOWN, memory(stale), (p) =>
      problems.push(programmeProblemText(p, dataErrorText)),
    );
    expect(s.getState().assignment).toBeNull();
    expect(s.getState().learner).toBe('Sam');
    expect(problems[0]).toContain('saved assignment: encounters[0]: "hotel.gone" is not in this library');
    const broken = createProgrammeStore(KNOWN, memory('{not json'), (p) =>
      problems.push(programmeProblemText(p, dataErrorText)),
    );
    expect(broken.getState().assignment).toBeNull();
    expect(problems[1]).toContain('it is damaged');
  });
});

describe('stamping attempts', () => {
  it('adds the learner and the assignment with pass or fail against the mark', () => {
    const failed = stampAttempt(attempt({ percent: 59 }), { learner: 'Sam', assignment: set });
    expect(failed).toMatchObject({
      learner: 'Sam',
      passed: false,
      assignment: { id: assignmentId(set), title: 'Refresher', passMark: 60, encounters: set.encounters },
    });
    expect(stampAttempt(attempt({ percent: 60 }), { learner: '', assignment: set }).passed).toBe(true);
  });

  it('leaves out the assignment for another encounter or another mode', () => {
    const other = stampAttempt(attempt({ encounterId: 'hotel.other' }), { learner: 'Sam', assignment: set });
    expect(other.assignment).toBeUndefined();
    expect(other.passed).toBeUndefined();
    expect(
      stampAttempt(attempt({ mode: 'practice' }), { learner: '', assignment: set }).assignment,
    ).toBeUndefined();
    expect('learner' in stampAttempt(attempt({}), { learner: '', assignment: null })).toBe(false);
  });

  it('gives each encounter its status from the attempts under this assignment only', () => {
    const under = (percent: number) => stampAttempt(attempt({ percent }), { learner: '', assignment: set });
    expect(encounterStatus(set, 'hotel.night_lobby', [])).toBe(STATUS.notStarted);
    expect(encounterStatus(set, 'hotel.night_lobby', [attempt({ percent: 100 })])).toBe(STATUS.notStarted);
    expect(encounterStatus(set, 'hotel.night_lobby', [under(40)])).toBe(STATUS.notPassed);
    expect(encounterStatus(set, 'hotel.night_lobby', [under(40), under(75)])).toBe(STATUS.passed);
  });
});
