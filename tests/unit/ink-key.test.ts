// The explorer's state keys on JSON written here (src/story/ink-key.ts): equal for equal JSON in any
// member order or thread numbering, different otherwise. Keys of real ink states against ink's own
// saves are proved in tests/story/ink-state.test.ts.

import { describe, expect, it } from 'vitest';
import { countsKey, jsonKey, stateKey } from '../../src/story/ink-key.ts';

const save = (threads: number[], counter: number, visits: Record<string, number>) =>
  JSON.stringify({
    flows: {
      DEFAULT_FLOW: {
        callstack: { threads: threads.map((threadIndex) => ({ threadIndex })), threadCounter: counter },
        currentChoices: threads.map((originalThreadIndex) => ({ originalThreadIndex, text: 'Go' })),
      },
    },
    visitCounts: visits,
    turnIdx: 3,
  });

describe('state keys', () => {
  it('are 32 hex digits, equal whatever order an object’s members come in', () => {
    const key = jsonKey('{"a":1,"b":[1,2],"c":{"x":"y","z":null}}');
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(jsonKey('{"c":{"z":null,"x":"y"},"b":[1,2],"a":1}')).toBe(key);
  });

  it('tell apart arrays in another order, strings from numbers, and objects from arrays', () => {
    expect(jsonKey('[1,2]')).not.toBe(jsonKey('[2,1]'));
    expect(jsonKey('{"a":"1"}')).not.toBe(jsonKey('{"a":1}'));
    expect(jsonKey('{"0":1}')).not.toBe(jsonKey('[1]'));
    expect(jsonKey('{"a":{"b":1}}')).not.toBe(jsonKey('{"b":{"a":1}}'));
  });

  it('ignore the thread counter and how threads are numbered, not which thread is which', () => {
    const key = jsonKey(save([4, 9], 10, { k: 1 }));
    expect(jsonKey(save([0, 1], 2, { k: 1 }))).toBe(key);
    expect(jsonKey(save([9, 4], 10, { k: 1 }))).toBe(key);
    expect(jsonKey(save([4, 4], 10, { k: 1 }))).not.toBe(key);
  });

  it('leave out the top-level members asked for', () => {
    const a = save([0], 1, { k: 1 });
    const b = a.replace('"turnIdx":3', '"turnIdx":4');
    expect(jsonKey(a)).not.toBe(jsonKey(b));
    expect(jsonKey(a, ['turnIdx'])).toBe(jsonKey(b, ['turnIdx']));
  });

  it('hash a writer’s calls the same as the JSON they write', () => {
    const written = stateKey(
      {
        WriteJson(w: unknown) {
          const writer = w as Record<string, (...args: unknown[]) => void>;
          writer['WriteObjectStart']?.();
          writer['WriteIntProperty']?.('turnIdx', 3);
          writer['WriteProperty']?.('name', 'lobby');
          writer['WriteObjectEnd']?.();
        },
      },
      true,
    );
    expect(written).toBe(jsonKey('{"name":"lobby","turnIdx":3}'));
    const noTurns = stateKey(
      {
        WriteJson(w: unknown) {
          const writer = w as Record<string, (...args: unknown[]) => void>;
          writer['WriteObjectStart']?.();
          writer['WriteIntProperty']?.('turnIdx', 3);
          writer['WriteObjectEnd']?.();
        },
      },
      false,
    );
    expect(noTurns).toBe(jsonKey('{}'));
  });
});

describe('visit-count keys', () => {
  it('do not depend on the order counts were added in', () => {
    const a = countsKey(
      new Map([
        ['x', 1],
        ['y', 2],
      ]),
    );
    expect(
      countsKey(
        new Map([
          ['y', 2],
          ['x', 1],
        ]),
      ),
    ).toBe(a);
    expect(
      countsKey(
        new Map([
          ['x', 2],
          ['y', 1],
        ]),
      ),
    ).not.toBe(a);
    expect(countsKey(new Map([['x', 1]]))).not.toBe(a);
  });
});
