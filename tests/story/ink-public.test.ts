// `check:stories --plain` over public ink (tests/fixtures/ink-public/, licences in its README): each
// story's endings must be exactly those an independent brute-force player finds (plain inkjs, ink's
// own save and load at every choice, no merging, every path to a fixed depth). Where the player's
// depth leaves paths open (a story that loops), its endings must be among the explorer's, and the
// explorer must say how it decided: an exploration cut at a bound says so (truncated, with the bound),
// a loop with no way out is an error.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/check/library.ts';
import type { PlainReport } from '../../scripts/check/check-plain.ts';
import { compileInk } from '../../src/story/checker/compile.ts';
import { bruteForce } from './brute-force.ts';

const CORPUS = 'tests/fixtures/ink-public';
const TESTS = `${CORPUS}/inkjs-tests`;

interface Expected {
  /** Choices deep enough for the brute-force player to finish every path, or to show a loop. */
  depth: number;
  /** The bounds the explorer must report (absent: a complete exploration). */
  bounds?: string[];
  /** The story can never end from its start or some state: an error, whatever the player's depth. */
  neverEnds?: boolean;
}

const EXPECTED: Record<string, Expected> = {
  // Prints TURNS() on every visit: no state repeats, so only a bound can stop the search.
  'builtins__turns.ink': { depth: 6, bounds: ['depth'] },
  'builtins__visit_counts_when_choosing.ink': { depth: 6 },
  'choices__choice_thread_forking.ink': { depth: 6 },
  'choices__conditional_choices.ink': { depth: 6 },
  // A fallback choice (`* ->`) is never offered; the explorer once counted it as one.
  'choices__default_choices.ink': { depth: 8 },
  'choices__fallback_choice_on_thread.ink': { depth: 6 },
  'choices__nested_choice.ink': { depth: 6 },
  'choices__once_only_choices_can_link_back_to_self.ink': { depth: 6 },
  'choices__once_only_choices_with_own_content.ink': { depth: 8 },
  // Sticky choices that always lead back: a loop with no ending.
  'choices__sticky_choices_stay_sticky.ink': { depth: 6, neverEnds: true },
  'diverts__path_to_self.ink': { depth: 6, neverEnds: true },
  'diverts__tunnel_vs_thread_behaviour.ink': { depth: 6 },
  'knots__knot_thread_interaction.ink': { depth: 6 },
  'sequences__shuffle_stack_muddying.ink': { depth: 6 },
  'threads__multi_thread.ink': { depth: 6 },
  'variables__variable_get_set_api.ink': { depth: 6 },
  'weaves__unbalanced_weave_indentation.ink': { depth: 6 },
  'weaves__weave_gathers.ink': { depth: 6 },
};

describe('check:stories --plain over public ink, against a brute-force player', () => {
  let files: PlainReport[] = [];
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
    files = (JSON.parse(r.stdout) as { files: PlainReport[] }).files;
  }, 120_000);

  it('explores every story in the folder', () => {
    expect(files.map((f) => f.file.replace(`${TESTS}/`, '')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, want] of Object.entries(EXPECTED)) {
    it(`${name}: the endings the brute-force player finds${want.bounds ? `, incomplete (${want.bounds.join(', ')})` : ''}`, () => {
      const r = files.find((f) => f.file === `${TESTS}/${name}`);
      const result = r?.result;
      expect(result, `${name} was not explored`).toBeTruthy();
      const json = compileInk(join(ROOT, TESTS, name), undefined, ROOT).json!;
      const brute = bruteForce(json, want.depth);
      expect(brute.failed).toBe(false);
      const messages = r!.diagnostics.map((d) => `${d.severity}: ${d.message}`);
      expect(result!.bounds).toEqual(want.bounds ?? []);
      expect(result!.truncated).toBe(want.bounds !== undefined);
      if (!brute.cut) {
        // Every path finished within the depth: the explorer must find exactly these endings.
        expect(result!.endings).toEqual(brute.endings);
        expect(
          messages.filter((m) => m.startsWith('error')),
          messages.join('\n'),
        ).toEqual([]);
        return;
      }
      // Paths still open at the player's depth: its endings are a floor.
      for (const e of brute.endings) expect(result!.endings).toContain(e);
      if (want.neverEnds) {
        expect(result!.endings).toEqual(brute.endings);
        expect(
          messages.some((m) => /^error: from here the story can never end/.test(m)),
          messages.join('\n'),
        ).toBe(true);
      } else {
        expect(want.bounds, `${name} loops but the explorer claimed a complete result`).toBeDefined();
        expect(
          messages.some((m) => /^warning: exploration stopped at its bound/.test(m)),
          messages.join('\n'),
        ).toBe(true);
      }
    });
  }
});
