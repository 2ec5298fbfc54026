// `check:stories --plain` over a corpus of small ink files written to exercise each of the checker's
// old defects (tests/fixtures/ink-corpus/): hubs, routes that meet again, RANDOM, shuffles,
// LIST_RANDOM, EXTERNAL with and without fallbacks, text and silent loops, tunnels, threads, a
// missing INCLUDE, endless recursion. Each file's endings are also found by an independent
// brute-force player (plain inkjs, ink's own save and load, every choice to a fixed depth), and the
// explorer must report exactly those.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Story } from 'inkjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/check/library.ts';
import type { PlainReport } from '../../scripts/check/check-plain.ts';
import { compileInk } from '../../src/story/checker/compile.ts';

const CORPUS = 'tests/fixtures/ink-corpus';

interface Expected {
  endings: string[];
  bounds?: string[];
  /** Every diagnostic, as `line: severity: message` patterns, in order. */
  diagnostics?: RegExp[];
  notFullyExplored?: string[];
  /** Choices deep enough for the brute-force player to meet every ending (absent: not run). */
  bruteDepth?: number;
}

const EXPECTED: Record<string, Expected> = {
  'counted-hub.ink': { endings: ['You thank the clerk.', 'You walk off.'], bruteDepth: 4 },
  'external-fallback.ink': { endings: ['The echo fades.'], bruteDepth: 2 },
  'external-missing.ink': {
    endings: [],
    diagnostics: [/^2: error: EXTERNAL "whisper" has no ink fallback/],
  },
  'hub.ink': { endings: ['The cab pulls away.', 'The clerk hands over a key.'], bruteDepth: 5 },
  'late-read.ink': {
    endings: ['Nothing yet.', 'You have waited long enough.'],
    bounds: ['counts'],
    diagnostics: [
      /^-: warning: exploration stopped at its bound \(a loop was judged on visit counts a later branch read\)/,
    ],
    bruteDepth: 3,
  },
  'list-random.ink': { endings: ['You cross the road.'], bruteDepth: 2 },
  'random.ink': { endings: ['Done with dice.'], bruteDepth: 2 },
  'reconverge.ink': { endings: ['The corridor ends at a door.'], bruteDepth: 13 },
  'recursion.ink': {
    endings: ['Fine.'],
    bounds: ['step'],
    diagnostics: [
      /^-: error: runtime error: the story ran for 2 s without producing a line or a choice .* \(after: Count\)$/,
      /^-: warning: exploration stopped at its bound \(a step never reached a choice\)/,
    ],
    notFullyExplored: ['count'],
  },
  'shuffle.ink': { endings: ['You leave the room.'], bruteDepth: 2 },
  'silent-loop.ink': {
    endings: ['You stop.'],
    bounds: ['step'],
    diagnostics: [/\(after: Go round\)$/, /^-: warning: exploration stopped at its bound/],
    notFullyExplored: ['a', 'b'],
  },
  'text-loop.ink': {
    endings: ['You stay where you are.'],
    bounds: ['step'],
    diagnostics: [
      /^-: error: runtime error: the story printed 5000 lines .* \(after: Walk the corridor\)$/,
      /^-: warning: exploration stopped at its bound/,
    ],
  },
  'threads.ink': { endings: ['You leave.'], bruteDepth: 4 },
  'tunnels.ink': { endings: ['You leave.', 'You sleep.'], bruteDepth: 4 },
};

/** Every ending within `depth` choices, by trying every sequence of choices with ink's own save. */
function bruteForce(json: string, depth: number): string[] {
  const story = new Story(json);
  story.allowExternalFunctionFallbacks = true;
  story.state.storySeed = 1;
  story.state.previousRandom = 0;
  const endings = new Set<string>();
  const run = (last: string): string => {
    let shown = last;
    while (story.canContinue) {
      const text = (story.Continue() ?? '').trim();
      if (text) shown = text;
    }
    return shown;
  };
  const walk = (last: string, left: number): void => {
    const shown = run(last);
    const n = story.currentChoices.length;
    if (n === 0) {
      endings.add(shown);
      return;
    }
    if (left === 0) return;
    const saved = story.state.ToJson();
    for (let i = 0; i < n; i++) {
      story.state.LoadJson(saved);
      story.ChooseChoiceIndex(i);
      walk(shown, left - 1);
    }
  };
  walk('', depth);
  return [...endings].sort();
}

describe('check:stories --plain over the ink corpus', () => {
  let files: PlainReport[] = [];
  let status: number | null = null;
  beforeAll(() => {
    const r = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(ROOT, 'scripts', 'check', 'check-stories.ts'),
        '--plain',
        '--json',
        CORPUS,
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    status = r.status;
    files = (JSON.parse(r.stdout) as { files: PlainReport[] }).files;
  }, 120_000);

  it('explores every file and fails on the broken ones', () => {
    expect(status).toBe(1);
    expect(files.map((f) => f.file.replace(`${CORPUS}/`, '')).sort()).toEqual(
      [...Object.keys(EXPECTED), 'missing-include.ink'].sort(),
    );
  });

  for (const [name, want] of Object.entries(EXPECTED)) {
    it(`${name}: ${want.endings.length} ending(s)${want.bounds ? `, incomplete (${want.bounds.join(', ')})` : ''}`, () => {
      const r = files.find((f) => f.file === `${CORPUS}/${name}`);
      expect(r?.result).toBeTruthy();
      const result = r!.result!;
      expect(result.endings).toEqual(want.endings);
      expect(result.bounds).toEqual(want.bounds ?? []);
      expect(result.truncated).toBe((want.bounds ?? []).length > 0);
      const printed = r!.diagnostics.map((d) => `${d.line ?? '-'}: ${d.severity}: ${d.message}`);
      const patterns = want.diagnostics ?? [];
      expect(printed, printed.join('\n')).toHaveLength(patterns.length);
      patterns.forEach((p, i) => expect(printed[i]).toMatch(p));
      expect(result.unexploredKnots).toEqual(want.notFullyExplored ?? []);
      if (!want.bounds) expect(result.unreachedKnots).toEqual([]);
    });
    if (want.bruteDepth !== undefined) {
      it(`${name}: the brute-force player finds the same endings`, () => {
        const json = compileInk(join(ROOT, CORPUS, name), undefined, ROOT).json!;
        expect(bruteForce(json, want.bruteDepth!)).toEqual(want.endings);
      });
    }
  }

  it('missing-include.ink: not explored, the missing file named at its line', () => {
    const r = files.find((f) => f.file === `${CORPUS}/missing-include.ink`);
    expect(r?.result).toBeNull();
    expect(r?.diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual([
      `2: INCLUDE: cannot find "${CORPUS}/parts/not-there.ink"`,
    ]);
  });
});
