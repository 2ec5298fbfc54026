// The instructor summary's tables one at a time (src/core/progress/summary-tables.ts), on small
// attempt lists built here; summariseProgramme over real export files is tested in programme.test.ts.

import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../../src/core/progress/history.ts';
import {
  assignmentCompletions,
  CELL,
  dimensionAverages,
  distinctAttempts,
  encounterRows,
  indicatorRates,
  learnerRows,
  settingRates,
  type Played,
} from '../../src/core/progress/summary-tables.ts';

function attempt(over: Partial<AttemptRecord> & Pick<AttemptRecord, 'id'>): AttemptRecord {
  return {
    encounterId: 'hotel.night_lobby',
    title: 'Night lobby',
    setting: 'hotel',
    mode: 'practice',
    finishedAt: `2026-01-01T00:00:0${over.id.length % 10}Z`,
    percent: 50,
    dimensions: [],
    missed: [],
    critical: [],
    ...over,
  };
}

describe('distinct attempts', () => {
  it('counts a repeated attempt id once, sorts by finish time and names a file without a learner', () => {
    const a = attempt({ id: 'a', finishedAt: '2026-02-01T00:00:00Z' });
    const b = attempt({ id: 'b', finishedAt: '2026-01-01T00:00:00Z', learner: 'Bo' });
    const { all, files, duplicates } = distinctAttempts([
      { file: 'one.json', learner: 'Ann', attempts: [a] },
      { file: 'two.json', learner: 'Ann', attempts: [a] },
      { file: 'x.json', learner: '', attempts: [b] },
    ]);
    expect(duplicates).toBe(1);
    expect(all.map((p) => `${p.a.id}:${p.learner}`)).toEqual(['b:Bo', 'a:Ann']);
    expect([...files].map(([k, v]) => [k, [...v]])).toEqual([
      ['Ann', ['one.json', 'two.json']],
      ['Bo', ['x.json']],
    ]);
  });

  it('gives each learner their attempts and distinct encounters, by name', () => {
    const all: Played[] = [
      { a: attempt({ id: '1' }), learner: 'Zed' },
      { a: attempt({ id: '2' }), learner: 'Zed' },
      { a: attempt({ id: '3', encounterId: 'store.x' }), learner: 'Zed' },
      { a: attempt({ id: '4' }), learner: 'Amy' },
    ];
    const files = new Map([
      ['Zed', new Set(['z.json'])],
      ['Amy', new Set(['a.json'])],
    ]);
    expect(learnerRows(all, files)).toEqual([
      { name: 'Amy', files: ['a.json'], attempts: 1, encounters: 1 },
      { name: 'Zed', files: ['z.json'], attempts: 3, encounters: 2 },
    ]);
  });
});

describe('assignment completion', () => {
  const assignment = { id: 'a-1', title: 'Set', passMark: 70, encounters: ['e1', 'e2', 'e3'] };
  it('marks passed, not passed and not started per learner, titles from attempts or the lookup', () => {
    const all: Played[] = [
      { a: attempt({ id: '1', encounterId: 'e1', title: 'One', percent: 80, assignment }), learner: 'Ann' },
      { a: attempt({ id: '2', encounterId: 'e2', percent: 90, passed: false, assignment }), learner: 'Ann' },
      { a: attempt({ id: '3', encounterId: 'e1', percent: 10, assignment }), learner: 'Bo' },
      { a: attempt({ id: '4', encounterId: 'e1', percent: 100 }), learner: 'Cy' },
    ];
    const [row, ...rest] = assignmentCompletions(all, new Map([['e1', 'One']]), (id) =>
      id === 'e2' ? 'Two' : undefined,
    );
    expect(rest).toEqual([]);
    expect(row?.encounters).toEqual([
      { id: 'e1', title: 'One' },
      { id: 'e2', title: 'Two' },
      { id: 'e3', title: 'e3' },
    ]);
    expect(row?.learners).toEqual([
      { name: 'Ann', cells: [CELL.passed, CELL.notPassed, CELL.notStarted], completed: 2, passed: 1 },
      { name: 'Bo', cells: [CELL.notPassed, CELL.notStarted, CELL.notStarted], completed: 1, passed: 0 },
    ]);
  });
});

describe('encounters, dimensions, indicators and settings', () => {
  it('orders encounters by setting, then title', () => {
    const all: Played[] = [
      { a: attempt({ id: '1', encounterId: 's', title: 'B', setting: 'store' }), learner: 'A' },
      { a: attempt({ id: '2', encounterId: 'h2', title: 'Z' }), learner: 'A' },
      { a: attempt({ id: '3', encounterId: 'h1', title: 'M' }), learner: 'B' },
      { a: attempt({ id: '4', encounterId: 'h1', title: 'M' }), learner: 'A' },
    ];
    const titles = new Map(all.map((x) => [x.a.encounterId, x.a.title]));
    expect(encounterRows(all, titles).map((e) => [e.id, e.learners, e.attempts])).toEqual([
      ['h1', 2, 2],
      ['h2', 1, 1],
      ['s', 1, 1],
    ]);
  });

  it('averages dimension percents, counting a negative score as 0 and skipping a max of 0', () => {
    const dim = (score: number, max: number) => [{ id: 'd', name: 'Dim', score, max }];
    const all: Played[] = [
      { a: attempt({ id: '1', dimensions: dim(3, 4) }), learner: 'A' },
      { a: attempt({ id: '2', dimensions: dim(-2, 4) }), learner: 'A' },
      { a: attempt({ id: '3', dimensions: dim(1, 0) }), learner: 'A' },
    ];
    expect(dimensionAverages(all)).toEqual([{ id: 'd', name: 'Dim', attempts: 2, average: 37.5 }]);
  });

  it('rates misses over shown, leaving older records out but keeping their descriptions', () => {
    const all: Played[] = [
      { a: attempt({ id: '1', noticed: ['x'], missed: [{ id: 'y', description: 'Why' }] }), learner: 'A' },
      { a: attempt({ id: '2', noticed: ['x', 'y', 'z'] }), learner: 'A' },
      { a: attempt({ id: '3', missed: [{ id: 'z', description: 'Zed' }] }), learner: 'A' },
    ];
    expect(indicatorRates(all, (id) => (id === 'x' ? 'Ex' : undefined))).toEqual([
      { id: 'y', description: 'Why', shown: 2, missed: 1, rate: 0.5 },
      { id: 'x', description: 'Ex', shown: 2, missed: 0, rate: 0 },
      { id: 'z', description: 'Zed', shown: 1, missed: 0, rate: 0 },
    ]);
  });

  it('gives each setting with attempts its mean percent and miss rate', () => {
    const all: Played[] = [
      {
        a: attempt({ id: '1', percent: 40, noticed: ['x'], missed: [{ id: 'y', description: '' }] }),
        learner: 'A',
      },
      { a: attempt({ id: '2', percent: 80 }), learner: 'A' },
    ];
    expect(settingRates(all)).toEqual([
      { setting: 'hotel', attempts: 2, average: 60, shown: 2, missed: 1, rate: 0.5 },
    ]);
  });
});
