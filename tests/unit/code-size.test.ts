// Issue #14's size floor: no file in src/ over about 400 lines, no function over about 120. The
// ones still over it are listed below with their size today; a listed one may shrink (then lower or
// remove its entry), never grow, and nothing new may join the list.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './import-graph.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 120;

/** Still over the floor, waiting to be split along their sections: "file" or "file name" → lines today. */
const WAITING: Record<string, number> = {};

/** Files over MAX_FILE_LINES and named functions over MAX_FUNCTION_LINES, with their lengths. */
function oversized(sources: ReadonlyMap<string, string>): Map<string, number> {
  const found = new Map<string, number>();
  for (const [file, text] of sources) {
    const lines = text.split('\n').length;
    if (lines > MAX_FILE_LINES) found.set(file, lines);
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node): void => {
      if (ts.isFunctionLike(n) && 'body' in n && n.body) {
        const from = sf.getLineAndCharacterOfPosition(n.getStart()).line;
        const to = sf.getLineAndCharacterOfPosition(n.getEnd()).line;
        const length = to - from + 1;
        if (length > MAX_FUNCTION_LINES) {
          const p = n.parent;
          const name =
            (ts.isFunctionDeclaration(n) && n.name?.getText()) ||
            ((ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p)) && p.name.getText()) ||
            `(anonymous, line ${from + 1})`;
          const key = `${file} ${name}`;
          found.set(key, Math.max(found.get(key) ?? 0, length));
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return found;
}

describe('code size', () => {
  it('keeps files under ~400 lines and functions under ~120, except the ones waiting to be split', () => {
    const files = sourceFiles(ROOT, 'src');
    const found = oversized(new Map(files.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')])));
    const problems: string[] = [];
    for (const [key, lines] of found) {
      const allowed = WAITING[key];
      if (allowed === undefined) problems.push(`${key}: ${lines} lines (split it along its sections)`);
      else if (lines > allowed) problems.push(`${key}: grew from ${allowed} to ${lines} lines`);
    }
    for (const [key, lines] of Object.entries(WAITING))
      if (!found.has(key))
        problems.push(`${key} is under the floor now (was ${lines}): remove it from WAITING`);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('measures a long function and a long file', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const x${i} = ${i};`).join('\n');
    const found = oversized(
      new Map([
        ['short.ts', `export function fine() {\n${body(50)}\n}\n`],
        [
          'long.ts',
          `export function long() {\n${body(130)}\n}\nconst arrow = () => {\n${body(121)}\n};\n${'\n'.repeat(200)}`,
        ],
      ]),
    );
    expect([...found]).toEqual([
      ['long.ts', 456],
      ['long.ts long', 132],
      ['long.ts arrow', 123],
    ]);
  });
});
