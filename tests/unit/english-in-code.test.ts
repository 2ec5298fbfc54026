// No English sentence in the interface's code (issue #13): every learner-facing word comes from a
// message catalog (src/i18n/messages/), so a translation is complete when its catalogs are. This reads
// every string and template literal in src/ui, src/app and src/state and fails on one that reads like
// English words for people, naming file, line and text. Files other namespaces are still converting
// would be listed in WAITING, which is empty now and may only shrink: no file may join it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './import-graph.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SCANNED = ['src/ui/', 'src/app/', 'src/state/', 'src/lms/'];

/**
 * Files allowed to hold English while they are moved into catalogs. Empty since issue #13's last
 * files (configuration notices, the relay feed, presenter state, file reading) were converted; it
 * may only shrink, so nothing may join it.
 */
const WAITING: readonly string[] = [];

/** Words that are names, not sentences: the game's name, each language's own name, a font. */
const ALLOWED = new Set(['Second Look', 'English', 'Español', 'OpenDyslexic']);

/**
 * Whether a literal's text reads like English for people: two or more words that start with a capital
 * ("Start the encounter") or end like a sentence ("… try again."), or four lowercase words in a row.
 * Class lists ("card resume"), ids, selectors, CSS and keys do not.
 */
export function looksLikeEnglish(text: string): boolean {
  const t = text.trim();
  if (ALLOWED.has(t)) return false;
  if (/[{};]|^[\w-]+:\s*\S/.test(t) && !/\s[a-z]+\s[a-z]+/.test(t)) return false; // CSS, selectors
  const words = t.match(/[A-Za-z][a-z']+/g) ?? [];
  if (words.length < 2) return false;
  if (/^[A-Z][a-z']+\s+[a-z']+/.test(t)) return true;
  if (/[a-z]{2,}\s+[a-z']+[.?!:]$/.test(t)) return true;
  return /\b[a-z']{2,}\s+[a-z']{2,}\s+[a-z']{2,}\s+[a-z']{2,}\b/.test(t);
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Attributes read to the learner even when a single word: `'aria-label': 'Phases'`. */
const READ_ALOUD = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt']);
function isReadAloud(node: ts.Node): boolean {
  const p = node.parent;
  return (
    ts.isPropertyAssignment(p) &&
    p.initializer === node &&
    (ts.isStringLiteral(p.name) || ts.isIdentifier(p.name)) &&
    READ_ALOUD.has(p.name.text)
  );
}

/** The text of literals a reader could see: not imports, not console output, not type positions. */
export function englishLiterals(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: Finding[] = [];
  const add = (node: ts.Node, text: string) => {
    if (
      looksLikeEnglish(text) ||
      (isReadAloud(node) && /[A-Za-z]{2}/.test(text) && !ALLOWED.has(text.trim()))
    )
      found.push({
        file,
        line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
        text: text.trim(),
      });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node)) return;
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.expression.getText(sf) === 'console'
    )
      return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
    else if (ts.isTemplateExpression(node))
      add(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('{}'));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function scan(): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const dir of SCANNED)
    for (const path of sourceFiles(ROOT, dir)) {
      const file = path.split('\\').join('/');
      const found = englishLiterals(file, readFileSync(join(ROOT, path), 'utf8'));
      if (found.length > 0) out.set(file, found);
    }
  return out;
}

describe('English in code', () => {
  const found = scan();

  it('finds no English sentence outside the message catalogs (except files still WAITING)', () => {
    const problems = [...found]
      .filter(([file]) => !WAITING.includes(file))
      .flatMap(([, list]) => list.map((f) => `${f.file}:${f.line}: "${f.text}" (move it to a catalog)`));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('lists in WAITING only files that still have English (the list may only shrink)', () => {
    const clean = WAITING.filter((file) => !found.has(file));
    expect(clean, `${clean.join(', ')}: no English left, remove from WAITING`).toEqual([]);
  });

  it('tells English sentences from ids, class lists and CSS', () => {
    expect(looksLikeEnglish('Start the encounter')).toBe(true);
    expect(looksLikeEnglish('could not be read, so try again.')).toBe(true);
    expect(looksLikeEnglish('this is four words')).toBe(true);
    expect(looksLikeEnglish('card resume')).toBe(false);
    expect(looksLikeEnglish('button.vote-option')).toBe(false);
    expect(looksLikeEnglish('second-look.locale')).toBe(false);
    expect(looksLikeEnglish('Second Look')).toBe(false);
    expect(looksLikeEnglish('Español')).toBe(false);
  });

  it('names the file and line of a sentence in code, and skips imports and console output', () => {
    const source = [
      "import x from 'some module path here';",
      "console.warn('The scene art could not be drawn');",
      "const a = h('p', { class: 'lead hint' }, 'Pick two attempts of the same encounter.');",
      'const b = `Imported ${n} attempts from the file`;',
      "const c = h('ol', { class: 'phases', 'aria-label': 'Phases' });",
    ].join('\n');
    expect(englishLiterals('x.ts', source)).toEqual([
      { file: 'x.ts', line: 3, text: 'Pick two attempts of the same encounter.' },
      { file: 'x.ts', line: 4, text: 'Imported {} attempts from the file' },
      { file: 'x.ts', line: 5, text: 'Phases' },
    ]);
  });
});
