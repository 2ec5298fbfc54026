// The explorer's fast state handling (src/story/ink-state.ts) against ink's own save and load:
// on every state of several stories, a snapshot restores to exactly the state ink's LoadJson
// restores, and the key is the canonical JSON of ink's save. Then whole explorations, fast and
// reference, must agree on everything they report.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/library.ts';
import { STORY_VARIABLES } from '../../src/core/config.ts';
import { compileInk } from '../../src/story/compile.ts';
import { exploreStory } from '../../src/story/explore.ts';
import { canonicalJson, StoryRunner } from '../../src/story/runner.ts';
import {
  canonicalStateJson,
  restoreState,
  snapshotState,
  type StateSnapshot,
} from '../../src/story/ink-state.ts';
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
const stateKey = (r: StoryRunner, keepTurns: boolean) => canonicalStateJson(r.inkState, keepTurns);

/** The obvious key: ink's JSON save, parsed, turn counters dropped, printed with sorted keys. */
function referenceKey(saved: string, keepTurns: boolean): string {
  const obj = JSON.parse(saved) as Record<string, unknown>;
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
  const visit = (depth: number): void => {
    const saved = slow.save();
    expect(fast.save()).toBe(saved);
    for (const keepTurns of [false, true])
      expect(stateKey(fast, keepTurns)).toBe(referenceKey(saved, keepTurns));
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
    const opts = { ctx: lib.ctx, scenes: lib.scenes, variables: lib.variables, maxStates: 300 };
    const fast = exploreStory(json, opts);
    expect(fast.analysis.truncated).toBe(true);
    expect(fast).toEqual(exploreStory(json, { ...opts, reference: true }));
  }, 60_000);
});
