// The floors of docs/architecture.md hold for every import, dynamic `import()` and type-only ones
// included (lint sees static imports only), and no module in src/ or scripts/ is part of an import
// cycle. The floors are the ones eslint.config.js enforces.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the lint configuration is plain JavaScript, without type declarations.
import { FLOORS, FOLDERS } from '../../eslint.config.js';
import { cycles, importGraph, importsOf, sourceFiles } from './import-graph.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const files = [...sourceFiles(ROOT, 'src'), ...sourceFiles(ROOT, 'scripts')];

interface Floor {
  files: string[];
  below: string[];
  node?: boolean;
}

/** The src/ folder a module is in ('app' for the entry points), or 'scripts'. */
function folderOf(file: string): string {
  if (file.startsWith('scripts/')) return 'scripts';
  if (file.startsWith('tests/')) return 'tests';
  const parts = file.split('/');
  return parts.length > 2 ? (parts[1] ?? '') : 'app';
}

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

  it('imports nothing from a floor above (or beside) its own, dynamic imports included', () => {
    const floors = FLOORS as Floor[];
    const allowed = (from: string): string[] => {
      const folder = folderOf(from);
      const floor = floors.find((f) =>
        f.files.some((g) => g.startsWith(folder === 'scripts' ? 'scripts/' : `src/${folder}/`) || g === from),
      );
      return [...(floor?.below ?? []), folder === 'scripts' ? 'scripts' : folder];
    };
    const wrong: string[] = [];
    for (const [from, targets] of graph) {
      const ok = allowed(from);
      for (const to of targets) {
        const target = folderOf(to);
        if (!ok.includes(target)) wrong.push(`${from} → ${to}`);
      }
    }
    expect(wrong, `imports against docs/architecture.md:\n${wrong.join('\n')}`).toEqual([]);
    // Every folder of src/ has a floor.
    for (const f of FOLDERS as string[]) expect(allowed(`src/${f}/x.ts`), f).toContain(f);
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
    'src/story/explore.ts',
    'src/story/plain-explore.ts',
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
