// The explorer's proof on ink beyond tree-shaped stories (issue #15, section 1): loops found as
// loops, whatever ink's thread counter says; every bound an explicit, named incompleteness; fixed
// random draws; EXTERNAL fallbacks; step limits; engine failures as diagnostics on their path; one
// line per problem with a path count; INCLUDE errors give no story.

import { join } from 'node:path';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../scripts/check/check-file.ts';
import { ROOT } from '../../scripts/check/library.ts';
import { formatDiagnostic } from '../../src/core/encounter/diagnostics.ts';
import { compileInk } from '../../src/story/checker/compile.ts';
import { exploreStory } from '../../src/story/checker/explore.ts';
import { stateKey } from '../../src/story/ink-state.ts';
import { explorePlain } from '../../src/story/checker/plain-explore.ts';
import { StepLimitError, StoryRunner, STEP_LIMITS } from '../../src/story/runner.ts';
import { library } from './harness.ts';

const CORPUS = join(ROOT, 'tests', 'fixtures', 'ink-corpus');
const STORIES = join(ROOT, 'tests', 'fixtures', 'stories');
const LIMITS = { maxStates: 50000, maxMs: 60000, maxDepth: 400 };
const compile = (path: string, source?: string) => {
  const json = compileInk(path, source, ROOT).json;
  if (!json) throw new Error(`${path} does not compile`);
  return json;
};

describe('state keys and loops', () => {
  it('keys a hub the same when the player comes back, though ink numbers its threads anew', () => {
    const runner = new StoryRunner(compile(join(CORPUS, 'hub.ink')));
    runner.continue();
    runner.choose(1); // to the desk
    const first = runner.save();
    const key = stateKey(runner.inkState, false, false);
    runner.choose(1); // back to the lobby
    runner.choose(1); // to the desk again
    // ink saves the two differently (its thread counter has grown)…
    expect(runner.save()).not.toBe(first);
    expect(JSON.parse(runner.save()).flows.DEFAULT_FLOW.callstack.threadCounter).toBeGreaterThan(
      JSON.parse(first).flows.DEFAULT_FLOW.callstack.threadCounter,
    );
    // …but they are the same state apart from visit counts.
    expect(stateKey(runner.inkState, false, false)).toBe(key);
  });

  it('finds a waiting hub as a loop, and both endings two choices away, with a complete proof', () => {
    const r = exploreStory(compile(join(STORIES, 'wait-hub.ink')), { ctx: library().ctx });
    expect(r.analysis.truncated).toBe(false);
    expect(r.analysis.bounds).toEqual([]);
    expect(r.analysis.endings.map((e) => e.id).sort()).toEqual(['desk', 'street']);
    expect(r.analysis.longestPath).toBeLessThan(5);
    expect(r.diagnostics).toEqual([]);
  });

  it('explores routes that meet again once', () => {
    const r = explorePlain(compile(join(CORPUS, 'reconverge.ink')), 'reconverge.ink', LIMITS);
    expect(r.truncated).toBe(false);
    // Twelve two-way choices: 4,096 routes, one state per corridor section.
    expect(r.states).toBeLessThan(30);
  });
});

describe('bounds', () => {
  it('makes a cut-off result incomplete and says which bound: an error for the project, stated for --lenient', () => {
    const json = compile(join(STORIES, 'hub.ink'));
    const strict = exploreStory(json, { ctx: library().ctx, maxStates: 3 });
    expect(strict.analysis.truncated).toBe(true);
    expect(strict.analysis.bounds).toEqual(['states']);
    const incomplete = strict.diagnostics.find((d) => d.message.includes('stopped at its bound'));
    expect(incomplete?.severity).toBe('error');
    expect(incomplete?.message).toMatch(/3 states\); results cover only the 3 states explored/);
    const lenient = exploreStory(json, { ctx: library().ctx, maxStates: 3, lenient: true });
    expect(lenient.diagnostics.find((d) => d.message.includes('stopped at its bound'))?.severity).toBe(
      'warning',
    );
    // Knots past the cut are not said to be unreachable.
    expect(strict.unreachedKnots).toEqual([]);
    expect(strict.unexploredKnots).toContain('done');
  });

  it('cuts a path past the depth bound and says so, instead of failing every state after it', () => {
    const r = exploreStory(compile(join(STORIES, 'wait-hub.ink')), { ctx: library().ctx, maxDepth: 1 });
    expect(r.analysis.truncated).toBe(true);
    expect(r.analysis.bounds).toEqual(['depth']);
    expect(r.diagnostics.map((d) => d.message).join('\n')).not.toMatch(/can never end|dead end/);
  });
});

describe('random draws', () => {
  it('fixes the seed per variant, so a story with RANDOM reports the same every run', () => {
    const json = compile(join(CORPUS, 'random.ink'));
    const lines = (seedless: StoryRunner) => seedless.continue().lines.map((l) => l.text);
    const a = lines(new StoryRunner(json, { variables: { variant: 1 } }));
    for (let i = 0; i < 5; i++)
      expect(lines(new StoryRunner(json, { variables: { variant: 1 } }))).toEqual(a);
    expect(new StoryRunner(json).inkState.storySeed).toBe(1);
    expect(new StoryRunner(json, { variables: { variant: 3 } }).inkState.storySeed).toBe(3);
    // The whole analysis is the same run to run.
    const once = JSON.stringify(explorePlain(json, 'random.ink', LIMITS));
    expect(JSON.stringify(explorePlain(json, 'random.ink', LIMITS))).toBe(once);
  });
});

describe('faults become diagnostics on their path', () => {
  it('runs an EXTERNAL through its ink fallback', () => {
    const r = explorePlain(compile(join(CORPUS, 'external-fallback.ink')), 'x.ink', LIMITS);
    expect(r.diagnostics).toEqual([]);
    expect(r.endings).toEqual(['The echo fades.']);
  });

  it('names an EXTERNAL with no fallback, placed at its declaration, and keeps other diagnostics', () => {
    const dir = join(ROOT, 'tests', 'fixtures', 'broken');
    const report = checkFile(join(dir, 'external-missing.ink'), library());
    const lines = report.diagnostics.map(formatDiagnostic);
    expect(lines).toContain(
      'tests/fixtures/broken/external-missing.ink:11: error: EXTERNAL "whisper" has no ink fallback (a function of the same name), so the story cannot run it',
    );
    expect(lines.some((l) => l.includes('could not be checked'))).toBe(false);
    // The tag problem further on is still reported.
    expect(lines.some((l) => /unknown tag "colour"/.test(l))).toBe(true);
  });

  it('stops a divert loop that keeps printing at the step limit, as an error on its path', () => {
    const started = Date.now();
    const r = explorePlain(compile(join(CORPUS, 'text-loop.ink')), 'text-loop.ink', LIMITS);
    expect(Date.now() - started).toBeLessThan(STEP_LIMITS.ms * 3);
    expect(r.diagnostics.map((d) => d.message)).toContain(
      `runtime error: the story printed ${STEP_LIMITS.lines} lines without offering a choice or ending (a divert loop that prints text?) (after: Walk the corridor)`,
    );
    expect(r.bounds).toEqual(['step']);
    // The other choice is still explored.
    expect(r.endings).toEqual(['You stay where you are.']);
  });

  it('turns an exception inside inkjs into a diagnostic on the path that caused it', () => {
    const json = compile(join(CORPUS, 'tunnels.ink'));
    const proto = Story.prototype as unknown as { ChooseChoiceIndex(i: number): void };
    const original = proto.ChooseChoiceIndex;
    proto.ChooseChoiceIndex = function (this: Story, i: number) {
      if (this.currentChoices[i]?.text === 'Go upstairs') throw new TypeError('x is undefined');
      original.call(this, i);
    };
    try {
      const r = explorePlain(json, 'tunnels.ink', LIMITS);
      expect(r.diagnostics.map((d) => d.message)).toEqual([
        'the ink engine failed: TypeError: x is undefined (after: Go upstairs)',
      ]);
      expect(r.endings).toEqual(['You leave.']);
    } finally {
      proto.ChooseChoiceIndex = original;
    }
  });

  it('prints a problem met on many paths once, with the number of paths', () => {
    const source = [
      'VAR x = 0',
      '-> a',
      '=== a ===',
      '+ [Left]',
      '  ~ x = x * 2',
      '  -> b',
      '+ [Right]',
      '  ~ x = x * 2 + 1',
      '  -> b',
      '=== b ===',
      '+ [Left]',
      '  ~ x = x * 2',
      '  -> bad',
      '+ [Right]',
      '  ~ x = x * 2 + 1',
      '  -> bad',
      '=== bad ===',
      '~ temp r = RANDOM(5, 1)',
      'Never shown.',
      '-> END',
    ].join('\n');
    const r = explorePlain(compile(join(CORPUS, 'many.ink'), source), 'many.ink', LIMITS);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]?.message).toMatch(
      /^runtime error: .*RANDOM.* \(after: Left → Left\) \[on 4 paths\]$/,
    );
  });
});

describe('compiling', () => {
  it('gives no story JSON when an INCLUDE is missing, and names the file and line', () => {
    const r = compileInk(join(CORPUS, 'missing-include.ink'), undefined, ROOT);
    expect(r.json).toBeNull();
    expect(r.diagnostics.map(formatDiagnostic)).toContain(
      'tests/fixtures/ink-corpus/missing-include.ink:2: error: INCLUDE: cannot find "tests/fixtures/ink-corpus/parts/not-there.ink"',
    );
  });
});

describe('the step limit in the runner', () => {
  it('throws a StepLimitError for a loop that prints nothing, within the time limit', () => {
    const runner = new StoryRunner(compile(join(CORPUS, 'silent-loop.ink')));
    runner.continue();
    const started = Date.now();
    expect(() => runner.choose(0)).toThrow(StepLimitError);
    expect(Date.now() - started).toBeLessThan(STEP_LIMITS.ms + 1500);
  });
});
