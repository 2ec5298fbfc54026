// The floors of docs/architecture.md hold for every import, dynamic `import()` and type-only ones
// included (lint sees static imports only), and no module in src/ or scripts/ is part of an import
// cycle. The floors are the ones eslint.config.js enforces.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the lint configuration is plain JavaScript, without type declarations.
import { ZONES, importProblem, zoneOf } from '../../eslint.config.js';
import { cycles, importGraph, importsOf, sourceFiles } from './import-graph.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const files = [...sourceFiles(ROOT, 'src'), ...sourceFiles(ROOT, 'scripts'), ...sourceFiles(ROOT, 'server')];

interface Zone {
  dir: string;
  may: string[];
}
const zones = ZONES as Zone[];
const problem = importProblem as (from: string, to: string) => string;
const zone = zoneOf as (file: string) => Zone | undefined;

describe('the import-graph walker', () => {
  it('reads static, re-exported, type-only and dynamic imports, not commented ones', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from '../b.ts';",
      "export { c } from './c.ts';",
      "import './side.css';",
      "const d = await import('./d.ts');",
      "// import { e } from './e.ts';",
      "/* import { f } from './f.ts'; */",
      "const url = 'http://example.org/x'; // from './g.ts'",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a.ts', '../b.ts', './c.ts', './side.css', './d.ts']);
  });

  it('finds a cycle, a longer one and a self-import, and nothing in a tree', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['a', 'c']],
      ['c', []],
      ['x', ['y']],
      ['y', ['z']],
      ['z', ['x']],
      ['s', ['s']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b'], ['s'], ['x', 'y', 'z']]);
    expect(
      cycles(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('the floors', () => {
  const graph = importGraph(ROOT, files, sourceFiles(ROOT, 'tests'));

  it('has no import cycle in src/ or scripts/', () => {
    const found = cycles(graph).map((c) => [...c, c[0]].join(' → '));
    expect(found, `import cycles:\n${found.join('\n')}`).toEqual([]);
  });

  it('imports nothing from a zone above (or beside) its own, dynamic imports included', () => {
    const wrong: string[] = [];
    for (const [from, targets] of graph)
      for (const to of targets) {
        const why = problem(from, to);
        if (why) wrong.push(`${from} → ${to}: ${why}`);
      }
    expect(wrong, `imports against docs/architecture.md:\n${wrong.join('\n')}`).toEqual([]);
  });

  it('puts every module in a zone, and every zone is a folder with code in it', () => {
    expect(files.filter((f) => !zone(f))).toEqual([]);
    for (const z of zones)
      expect(
        files.some((f) => zone(f) === z),
        z.dir,
      ).toBe(true);
  });

  it('refuses an import up, beside or into the tests, and allows one down', () => {
    expect(problem('src/core/encounter/log.ts', 'src/core/lms/lms.ts')).toMatch(
      /does not import src\/core\/lms/,
    );
    expect(problem('src/core/lms/lms.ts', 'src/core/encounter/log.ts')).toBe('');
    expect(problem('src/ui/learner/picker.ts', 'src/app/boot.ts')).toMatch(
      /src\/ui\/ does not import src\/app/,
    );
    expect(problem('src/scenes/stage.ts', 'src/audio/audio.ts')).not.toBe('');
    expect(problem('scripts/check/library.ts', 'tests/unit/helpers.ts')).toMatch(/test code/);
    expect(problem('src/app/boot.ts', 'src/core/tags/tags.ts')).toBe('');
    expect(problem('src/story/runner.ts', 'src/story/checker/explore.ts')).not.toBe('');
  });
});

describe('the encounter driver', () => {
  /**
   * Where src/ may call `choose` on a story (the store's own `choose` action aside): the driver, the
   * runner that is the story, the explorer's hook that the driver calls, the presenter's handle that
   * wraps a story and passes the call on; and the plain explorer, which plays any ink with no
   * encounter around it (`check:stories --plain`).
   */
  const ALLOWED = new Set([
    'src/story/driver.ts',
    'src/story/runner.ts',
    'src/story/checker/explore-variant.ts',
    'src/story/checker/plain-explore.ts',
    'src/state/presenter.ts',
  ]);
  /**
   * A call of `choose` or ink's `ChooseChoiceIndex` on anything but the store (`getState()` / `get()`)
   * or a string table (`C.choose(n)`, an upper-case name).
   */
  const STORY_CHOOSE = /(?<!getState\(\)|\bget\(\)|\b[A-Z][A-Z0-9_]*)\.(?:choose|ChooseChoiceIndex)\(/;

  it('tells a story choice from a store action', () => {
    expect(STORY_CHOOSE.test('story.choose(1)')).toBe(true);
    expect(STORY_CHOOSE.test('this.story.ChooseChoiceIndex(i)')).toBe(true);
    expect(STORY_CHOOSE.test('store.getState().choose(1)')).toBe(false);
    expect(STORY_CHOOSE.test('get().choose(choice.index)')).toBe(false);
    expect(STORY_CHOOSE.test('C.choose(n)')).toBe(false);
  });

  it('is the only way a decision reaches a story in src/', () => {
    const callers = sourceFiles(ROOT, 'src').filter((f) =>
      readFileSync(join(ROOT, f), 'utf8')
        .split('\n')
        .some((line) => !/^\s*(\/\/|\*)/.test(line) && STORY_CHOOSE.test(line)),
    );
    expect(callers.filter((f) => !ALLOWED.has(f))).toEqual([]);
  });
});
