// The LMS bridge's launch read and resume position on their own (src/lms/bridge.ts); the bridge on
// the real store and a real story is tested in tests/story/lms-bridge.test.ts.

import { describe, expect, it } from 'vitest';
import { encodeSuspend, type SuspendState } from '../../src/core/lms/lms.ts';
import { nextUnfinished, readSuspended, type DamagedSuspend } from '../../src/lms/bridge.ts';

const saved: SuspendState = {
  current: 1,
  results: [{ encounterId: 'a', percent: 80, dimensions: [] }],
  interactions: 4,
};
const at = () => Date.UTC(2026, 0, 2);

describe('reading the suspend data at launch', () => {
  it('starts fresh, holding the LMS count, when there is nothing to read', () => {
    expect(readSuspended('scorm12', { suspendData: '', interactionCount: 7 }, at)).toEqual({
      state: { current: 0, results: [], interactions: 7 },
      unread: false,
    });
  });

  it('reads a good record and never counts fewer interactions than the LMS holds', () => {
    const data = encodeSuspend(saved);
    expect(readSuspended('scorm2004', { suspendData: data, interactionCount: 2 }, at).state).toEqual(saved);
    const more = readSuspended('scorm2004', { suspendData: data, interactionCount: 9 }, at);
    expect(more).toEqual({ state: { ...saved, interactions: 9 }, unread: false });
  });

  it('marks damaged data unread, hands a copy to keep and says whether it was kept', () => {
    const copies: DamagedSuspend[] = [];
    const read = readSuspended('cmi5', { suspendData: 'not a record', interactionCount: 3 }, at, (c) => {
      copies.push(c);
      return true;
    });
    expect(read.unread).toBe(true);
    expect(read.state).toEqual({ current: 0, results: [], interactions: 3 });
    expect(read.damaged?.kept).toBe(true);
    expect(copies).toEqual([
      {
        standard: 'cmi5',
        at: '2026-01-02T00:00:00.000Z',
        reason: read.damaged?.reason,
        data: 'not a record',
      },
    ]);
    expect(read.damaged?.reason).toMatch(/^suspend data/);
    const unkept = readSuspended('cmi5', { suspendData: 'x', interactionCount: 0 }, at);
    expect(unkept.damaged?.kept).toBe(false);
  });

  it('refuses data longer than the standard lets an LMS hold', () => {
    const long = encodeSuspend({ ...saved, results: [] }) + ' '.repeat(5000);
    expect(readSuspended('scorm12', { suspendData: long, interactionCount: 0 }, at).unread).toBe(true);
  });
});

describe('the next encounter to play', () => {
  it('is the first without a result, or past the end when all have one', () => {
    const r = (encounterId: string) => ({ encounterId, percent: 0, dimensions: [] });
    expect(nextUnfinished(['a', 'b', 'c'], [])).toBe(0);
    expect(nextUnfinished(['a', 'b', 'c'], [r('a'), r('c')])).toBe(1);
    expect(nextUnfinished(['a', 'b'], [r('b'), r('a')])).toBe(2);
  });
});
