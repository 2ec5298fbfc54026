// The explorer's fast state handling (src/story/ink-state.ts) against ink's own save and load:
// on every state of several stories, a snapshot restores to exactly the state ink's LoadJson
// restores, and two states get the same key exactly when ink's saves are the same JSON. Then whole explorations, fast and
// reference, must agree on everything they report.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/check/library.ts';
import { STORY_VARIABLES } from '../../src/core/config/config.ts';
import { compileInk } from '../../src/story/checker/compile.ts';
import { exploreStory, readsTurns } from '../../src/story/checker/explore.ts';
import { canonicalJson, StoryRunner } from '../../src/story/runner.ts';
import {
  countsKey,
  jsonKey,
  restoreState,
  snapshotState,
  stateKey as inkStateKey,
  type StateSnapshot,
} from '../../src/story/ink-state.ts';
import { canonicalThreads } from '../../src/story/thread-numbers.ts';
import { library } from './harness.ts';

const FIXTURES = join(ROOT, 'tests', 'fixtures');
const compile = (path: string) => {
  const json = compileInk(path, undefined, ROOT).json;
  if (!json) throw new Error(`${path} does not compile`);
  return json;
};

// The explorer's way of saving, restoring and keying a runner's state.
const takeSnapshot = (r: StoryRunner) => snapshotState(r.inkState);
const restoreSnapshot = (r: StoryRunner, s: StateSnapshot) => {
  restoreState(r.inkState, s);
  r.markStarted();
};
const stateKey = (r: StoryRunner, keepTurns: boolean) => inkStateKey(r.inkState, keepTurns);

/** The obvious key: ink's JSON save, parsed, threads renumbered, turn counters dropped, printed with sorted keys. */
function referenceKey(saved: string, keepTurns: boolean): string {
  const obj = JSON.parse(saved) as Record<string, unknown>;
  canonicalThreads(obj);
  if (!keepTurns) {
    delete obj['turnIdx'];
    delete obj['turnIndices'];
  }
  return canonicalJson(obj);
}

/**
 * Walks every distinct state of the story (up to `limit`) with two runners in step: one saves and
 * restores with snapshots, the other with ink's JSON. Returns how many states it compared.
 */
function walk(json: string, variables: Record<string, string | number>, limit: number): number {
  const opts = { ctx: library().ctx, variables };
  const fast = new StoryRunner(json, opts);
  const slow = new StoryRunner(json, opts);
  // Each story picks a random seed when it is made; both runners start from the same state.
  expect(fast.continue().lines).toEqual(slow.continue().lines);
  fast.restore(slow.save());
  const seen = new Set<string>();
  // Reference key → fast key and back, for every state met: each must map to exactly one other.
  const toFast = new Map<string, string>();
  const toReference = new Map<string, string>();
  const visit = (depth: number): void => {
    const saved = slow.save();
    expect(fast.save()).toBe(saved);
    for (const keepTurns of [false, true]) {
      const reference = `${keepTurns}:${referenceKey(saved, keepTurns)}`;
      const key = `${keepTurns}:${stateKey(fast, keepTurns)}`;
      expect(toFast.get(reference) ?? key).toBe(key);
      expect(toReference.get(key) ?? reference).toBe(reference);
      toFast.set(reference, key);
      toReference.set(key, reference);
      // The key hashes nothing but the JSON ink saves (less the turn counters, when unread).
      expect(jsonKey(saved, keepTurns ? [] : ['turnIdx', 'turnIndices'])).toBe(stateKey(fast, keepTurns));
    }
    const key = referenceKey(saved, true);
    if (seen.has(key) || seen.size >= limit || depth > 60) return;
    seen.add(key);
    const snapshot = takeSnapshot(fast);
    // What the restored state offers, before any choice is taken.
    restoreSnapshot(fast, snapshot);
    slow.restore(saved);
    const offered = slow.load(saved);
    expect(fast.continue()).toEqual(offered);
    for (const choice of offered.choices) {
      restoreSnapshot(fast, snapshot);
      slow.restore(saved);
      expect(fast.save()).toBe(saved);
      if (choice.tags.report) {
        fast.setVariable(STORY_VARIABLES.reportAction, 'supervisor');
        slow.setVariable(STORY_VARIABLES.reportAction, 'supervisor');
      }
      let expected: unknown;
      try {
        expected = slow.choose(choice.index);
      } catch (e) {
        expect(() => fast.choose(choice.index)).toThrow((e as Error).message);
        continue;
      }
      expect(fast.choose(choice.index)).toEqual(expected);
      visit(depth + 1);
    }
  };
  visit(0);
  return seen.size;
}

describe('the state key', () => {
  it('ignores the order of object members and nothing else', () => {
    expect(jsonKey('{"a":1,"b":[1,2],"c":{"x":"y","z":null}}')).toBe(
      jsonKey('{"c":{"z":null,"x":"y"},"b":[1,2],"a":1}'),
    );
    const base = '{"a":1,"b":[1,2],"c":{"x":"y"}}';
    const differs = [
      '{"a":1,"b":[2,1],"c":{"x":"y"}}', // array order
      '{"a":"1","b":[1,2],"c":{"x":"y"}}', // string, not number
      '{"a":1,"b":[1,2],"c":{"y":"x"}}', // name and value swapped
      '{"a":1,"b":[1,2,null],"c":{"x":"y"}}', // one more item
      '{"a":1,"b":[1,2],"c":{"x":"y"},"d":{}}', // one more member
      '{"a":1,"b":[[1],2],"c":{"x":"y"}}', // nesting
      '{"a":1,"c":[1,2],"b":{"x":"y"}}', // values moved between names
      '{"a":2,"b":[1,2],"c":{"x":"y"}}', // a count one higher
      '{"a":1,"b":[1,2],"c":{"x":"y "}}', // one character more
    ];
    const keys = new Set([jsonKey(base), ...differs.map((d) => jsonKey(d))]);
    expect(keys.size).toBe(differs.length + 1);
    for (const k of keys) expect(k).toMatch(/^[0-9a-f]{32}$/);
  });

  it('keys visit counts whatever order they were added in, and tells any difference', () => {
    const one = new Map([
      ['start', 1],
      ['start.0.c-0', 1],
      ['lobby', 2],
    ]);
    const same = new Map([
      ['lobby', 2],
      ['start', 1],
      ['start.0.c-0', 1],
    ]);
    expect(countsKey(one)).toBe(countsKey(same));
    const others = [
      new Map([...one, ['lobby', 3]]),
      new Map([...one, ['start.0.c-1', 1]]),
      new Map([...one].filter(([k]) => k !== 'start')),
      new Map([
        ['start', 2],
        ['start.0.c-0', 1],
        ['lobby', 1],
      ]),
      new Map<string, number>(),
    ];
    const keys = new Set([countsKey(one), ...others.map(countsKey)]);
    expect(keys.size).toBe(others.length + 1);
  });

  it('leaves out the top-level members it is told to, and only at the top', () => {
    expect(jsonKey('{"a":1,"turnIdx":5}', ['turnIdx'])).toBe(jsonKey('{"a":1}'));
    expect(jsonKey('{"a":{"turnIdx":5}}', ['turnIdx'])).not.toBe(jsonKey('{"a":{}}'));
  });

  it('gives ten thousand visit-count maps that differ in one count ten thousand keys', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 10000; i++) {
      const counts: Record<string, number> = {};
      for (let k = 0; k < 20; k++)
        counts[`knot_${k}.0.c-${k % 3}`] = k === i % 20 ? 2 + Math.floor(i / 20) : 1;
      keys.add(jsonKey(JSON.stringify({ visitCounts: counts })));
    }
    expect(keys.size).toBe(10000);
  });
});

describe('fast story state save, restore and key', () => {
  const cases: [string, string, number][] = [
    ['hub', join(FIXTURES, 'stories', 'hub.ink'), 1],
    ['mini', join(FIXTURES, 'stories', 'mini.ink'), 1],
    ['variants', join(FIXTURES, 'stories', 'variants.ink'), 2],
    ['late-check-in (tunnels, contacts, report)', join(ROOT, 'stories', 'hotel', 'late-check-in.ink'), 1],
    ['night-lobby (tunnels)', join(ROOT, 'stories', 'hotel', 'night-lobby.ink'), 2],
  ];
  for (const [name, path, variant] of cases) {
    it(`equal ink's own JSON save and load on every state: ${name}`, () => {
      const json = compile(path);
      const variables = { ...library().variables, [STORY_VARIABLES.variant]: variant };
      const states = walk(json, variables, 400);
      expect(states).toBeGreaterThan(2);
    }, 60_000);
  }

  it('restores the same snapshot any number of times, after the story has moved on', () => {
    const runner = new StoryRunner(compile(join(FIXTURES, 'stories', 'hub.ink')), { ctx: library().ctx });
    const first = runner.continue();
    const snapshot = takeSnapshot(runner);
    const saved = runner.save();
    const after: string[] = [];
    for (const c of first.choices) {
      restoreSnapshot(runner, snapshot);
      runner.choose(c.index);
      after.push(runner.save());
      expect(runner.save()).not.toBe(saved);
    }
    restoreSnapshot(runner, snapshot);
    expect(runner.save()).toBe(saved);
    // Taking the same choice again from the restored snapshot leads to the same state.
    runner.choose(first.choices[0]!.index);
    expect(runner.save()).toBe(after[0]);
  });
});

describe('the explorer, fast and reference', () => {
  const files = [
    join(FIXTURES, 'stories', 'hub.ink'),
    join(FIXTURES, 'stories', 'mini.ink'),
    join(FIXTURES, 'stories', 'variants.ink'),
    join(FIXTURES, 'stories', 'counts.ink'),
    join(FIXTURES, 'broken', 'never-ends.ink'),
    join(FIXTURES, 'broken', 'bad-hotspot-and-why.ink'),
    join(FIXTURES, 'broken', 'unreached-knot.ink'),
    join(ROOT, 'stories', 'hotel', 'late-check-in.ink'),
  ];
  for (const file of files) {
    it(`report the same analysis, diagnostics and unreached knots: ${file.slice(ROOT.length + 1)}`, () => {
      const lib = library();
      const json = compile(file);
      const opts = {
        ctx: lib.ctx,
        scenes: lib.scenes,
        variables: lib.variables,
        dimensions: [...lib.catalogs.dimensions.keys()],
        file,
      };
      const fast = exploreStory(json, opts);
      const reference = exploreStory(json, { ...opts, reference: true });
      expect(fast.analysis.states).toBeGreaterThan(0);
      expect(fast).toEqual(reference);
    }, 60_000);
  }

  it('the bound on states cuts both at the same place', () => {
    const lib = library();
    const json = compile(join(ROOT, 'stories', 'hotel', 'late-check-in.ink'));
    const opts = { ctx: lib.ctx, scenes: lib.scenes, variables: lib.variables, maxStates: 20 };
    const fast = exploreStory(json, opts);
    expect(fast.analysis.truncated).toBe(true);
    expect(fast).toEqual(exploreStory(json, { ...opts, reference: true }));
  }, 60_000);
});

describe('sharing results between states that differ only in unread visit counts', () => {
  const lib = () => library();
  const explore = (file: string, merge: boolean) => {
    const l = lib();
    return exploreStory(compile(file), {
      ctx: l.ctx,
      scenes: l.scenes,
      variables: l.variables,
      dimensions: [...l.catalogs.dimensions.keys()],
      file,
      merge,
    });
  };
  /** Everything but the count of states explored. */
  const outcome = (r: ReturnType<typeof exploreStory>) => ({
    ...r,
    analysis: { ...r.analysis, states: 0 },
    byVariant: r.byVariant.map((a) => ({ ...a, states: 0 })),
  });

  const files = [
    join(FIXTURES, 'stories', 'counts.ink'),
    join(FIXTURES, 'stories', 'hub.ink'),
    join(FIXTURES, 'stories', 'mini.ink'),
    join(FIXTURES, 'broken', 'unreached-knot.ink'),
    join(ROOT, 'stories', 'hotel', 'late-check-in.ink'),
    join(ROOT, 'stories', 'transit', 'last-train.ink'),
    join(ROOT, 'stories', 'hospital', 'night-visitor.ink'),
  ];
  for (const file of files) {
    it(`changes nothing the explorer reports: ${file.slice(ROOT.length + 1)}`, () => {
      const shared = explore(file, true);
      const separate = explore(file, false);
      expect(outcome(shared)).toEqual(outcome(separate));
      expect(shared.analysis.states).toBeLessThanOrEqual(separate.analysis.states);
    }, 60_000);
  }

  it('knows which stories read turn counters (TURNS_SINCE, TURNS)', () => {
    expect(readsTurns(compile(join(FIXTURES, 'stories', 'counts.ink')))).toBe(true);
    expect(readsTurns(compile(join(FIXTURES, 'stories', 'mini.ink')))).toBe(false);
    // Words in the story's text are not commands.
    expect(readsTurns('{"root":["^It was her turns to speak, her turn.","\\n"]}')).toBe(false);
  });

  it('explores far fewer states when early choices are never looked at again', () => {
    const file = join(ROOT, 'stories', 'transit', 'last-train.ink');
    expect(explore(file, true).analysis.states * 10).toBeLessThan(explore(file, false).analysis.states);
  }, 60_000);

  it('keeps apart states whose futures read a count differently', () => {
    // In counts.ink the side room and the desk lead to the same corridor, but a later choice is
    // offered only to those who saw the side room, and the tunnel's once-only choices are offered
    // again on the way out: the best and worst scores depend on both.
    const r = explore(join(FIXTURES, 'stories', 'counts.ink'), true);
    expect(r.diagnostics).toEqual([]);
    expect(r.analysis.max['safety']).toBe(1); // look closely once (+2), then glance (-1) or walk past (-2)
    expect(r.analysis.min['safety']).toBe(-4); // walk past twice
    expect(r.analysis.max['document']).toBe(4); // the side-room note (+1) on top of the report
    expect(r.analysis.max['trust']).toBe(1); // a long look needs more than three turns: TURNS_SINCE
  }, 60_000);
});
