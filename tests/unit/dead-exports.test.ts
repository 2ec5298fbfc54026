// No dead exports in src/ (issue #14 item 8): a function, constant or class that src/ exports is
// imported somewhere else — by another module, a script, the server or a test. A value used only in
// its own file is not exported; one used nowhere is deleted. Exported types are not counted: a
// type often names a parameter or result of an exported function, and costs nothing at runtime.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './import-graph.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EXPORTED_VALUE = /^export (?:async )?(?:function\*? |const |let |class |enum )(\w+)/gm;

/** `file: name` for every exported value of `owners` that no other source text names. */
function deadExports(owners: readonly string[], texts: ReadonlyMap<string, string>): string[] {
  const dead: string[] = [];
  for (const file of owners) {
    const text = texts.get(file) ?? '';
    for (const m of text.matchAll(EXPORTED_VALUE)) {
      const name = m[1] ?? '';
      const word = new RegExp(`\\b${name}\\b`);
      const used = [...texts].some(([other, t]) => other !== file && word.test(t));
      if (!used) dead.push(`${file}: ${name}`);
    }
  }
  return dead;
}

describe('dead exports', () => {
  it('finds an export nothing else names, and not one that is imported', () => {
    const texts = new Map([
      ['a.ts', 'export function used() {}\nexport const lonely = 1;\nexport type T = number;\n'],
      ['b.ts', "import { used } from './a.ts';\n"],
    ]);
    expect(deadExports(['a.ts'], texts)).toEqual(['a.ts: lonely']);
  });

  it('has none in src/', () => {
    const owners = sourceFiles(ROOT, 'src').filter((f) => !f.includes('/generated/'));
    const readers = [
      ...owners,
      ...sourceFiles(ROOT, 'scripts'),
      ...sourceFiles(ROOT, 'server'),
      ...sourceFiles(ROOT, 'tests'),
      'vite.config.ts',
      'vitest.config.ts',
    ];
    const texts = new Map(readers.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));
    const dead = deadExports(owners, texts);
    expect(
      dead,
      `exported but used nowhere else (drop the export, or the code):\n${dead.join('\n')}`,
    ).toEqual([]);
  });
});
