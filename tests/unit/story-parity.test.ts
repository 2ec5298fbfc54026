// Translation parity (issue #13): a faithful translation passes; a missing choice, a reordered choice,
// a changed tag and a stale translation each give one diagnostic naming the line in both files.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkParity, formatParityProblem, type ParityProblem } from '../../src/core/tags/story-parity.ts';
import { storySkeleton, structuralTag } from '../../src/core/tags/story-skeleton.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'parity');
const SOURCE = readFileSync(join(DIR, 'source.ink'), 'utf8');
const HASH = 'sha256:0123abcd';
const TRANSLATION = readFileSync(join(DIR, 'translation.ink'), 'utf8').replace('HASH', HASH);

function check(translationText: string, sourceHash = HASH): ParityProblem[] {
  return checkParity({
    sourceFile: 'stories/hotel/parity.ink',
    sourceText: SOURCE,
    sourceHash,
    translationFile: 'stories/es-US/hotel/parity.ink',
    translationText,
  });
}

/** The 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`no line with ${needle}`);
  return i + 1;
}

/** The translation with one line replaced (the line must exist). */
function edit(from: string, to: string): string {
  expect(TRANSLATION).toContain(from);
  return TRANSLATION.replace(from, to);
}

describe('translation parity', () => {
  it('passes a faithful translation whose words, line breaks and display tags differ', () => {
    expect(check(TRANSLATION)).toEqual([]);
  });

  it('reports a missing choice with its line in the source', () => {
    const text = edit(
      '* [Desearle buenas noches # score: trust +1 # why: Amable, y no pregunta nada.]\n  —Gracias —dice. # speaker: ana\n',
      '',
    );
    const problems = check(text);
    expect(problems.map(formatParityProblem)).toEqual([
      `stories/hotel/parity.ink:${lineOf(SOURCE, 'Wish her a good night')}: knot talk: choice "* # score: trust +1 # why: …" is missing from the translation`,
      `stories/hotel/parity.ink:${lineOf(SOURCE, '"Thanks," she says.')}: knot talk: tag "# speaker: ana" is missing from the translation`,
    ]);
  });

  it('reports a reordered choice with its line in both files', () => {
    const ask =
      '* [Preguntarle cuánto tiempo se queda # resolves: hotel.few_possessions_long_stay # score: trust +1 # why: Una pregunta normal.]\n  ~ asked = true\n  —Solo esta noche —dice. # speaker: ana\n';
    const wish =
      '* [Desearle buenas noches # score: trust +1 # why: Amable, y no pregunta nada.]\n  —Gracias —dice. # speaker: ana\n';
    const text = edit(ask + wish, wish + ask);
    const problems = check(text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.message.startsWith('knot talk:'))).toBe(true);
    const moved = problems.find((p) => p.message.includes('moved'));
    expect(moved?.source).toMatch(/^stories\/hotel\/parity\.ink:\d+$/);
    expect(moved?.translation).toMatch(/^stories\/es-US\/hotel\/parity\.ink:\d+$/);
  });

  it('reports a changed tag with its line in both files', () => {
    const text = edit(
      '# score: trust +1 # why: Una pregunta normal.]',
      '# score: trust +2 # why: Una pregunta normal.]',
    );
    expect(check(text).map(formatParityProblem)).toEqual([
      `stories/hotel/parity.ink:${lineOf(SOURCE, 'Ask how long')} ↔ stories/es-US/hotel/parity.ink:${lineOf(text, 'Preguntarle')}: knot talk: choice differs: "* # resolves: hotel.few_possessions_long_stay # score: trust +1 # why: …" in the source, "* # resolves: hotel.few_possessions_long_stay # score: trust +2 # why: …" in the translation`,
    ]);
  });

  it('reports a changed ending id, but not a translated ending title', () => {
    expect(check(edit('# ending: noted; Anotado', '# ending: noted; Otra cosa'))).toEqual([]);
    const problems = check(edit('# ending: noted; Anotado', '# ending: logged; Anotado'));
    expect(problems.map((p) => p.message)).toEqual([
      'knot done: tag differs: "# ending: noted; …" in the source, "# ending: logged; …" in the translation',
    ]);
  });

  it('reports a stale translation by its content hash, and one that does not say what it translates', () => {
    expect(check(TRANSLATION, 'sha256:ffff9999').map(formatParityProblem)).toEqual([
      'stories/hotel/parity.ink:1 ↔ stories/es-US/hotel/parity.ink:1: stale: translated from source sha256:0123abcd, but the source is now sha256:ffff9999; bring the translation up to date, then update its translation-of: line',
    ]);
    const unmarked = TRANSLATION.replace(`// translation-of: ${HASH}\n`, '');
    expect(check(unmarked).map((p) => p.message)).toEqual([
      `does not say which version of the source it translates: start it with "// translation-of: ${HASH}"`,
    ]);
  });

  it('reports a changed variable, a missing knot and a changed divert', () => {
    expect(check(edit('VAR asked = false', 'VAR asked = true')).map((p) => p.message)).toEqual([
      'the start of the story: variable differs: "VAR asked = false" in the source, "VAR asked = true" in the translation',
    ]);
    expect(
      check(edit('+ [Hablar con Ana] -> talk', '+ [Hablar con Ana] -> done')).map((p) => p.message),
    ).toEqual(['knot start: choice differs: "+ -> talk" in the source, "+ -> done" in the translation']);
    expect(check(edit('- {asked:', '- {not asked:')).map((p) => p.message)).toEqual([
      'knot talk: logic line differs: "{asked:" in the source, "{not asked:" in the translation',
    ]);
    const noDone = TRANSLATION.slice(0, TRANSLATION.indexOf('=== done ==='));
    expect(check(noDone).map((p) => p.message)).toContain('knot done is missing from the translation');
  });

  it('ends a tag inside a conditional at the end of its branch, so each branch’s words translate', () => {
    const source =
      '=== a ===\n{variant == 2: Hi there. # speaker: ana|Good evening. # speaker: ana}\n-> END\n';
    const parity = (translationText: string) =>
      checkParity({
        sourceFile: 's.ink',
        sourceText: source,
        sourceHash: HASH,
        translationFile: 't.ink',
        translationText: `// translation-of: ${HASH}\n${translationText}`,
      }).map((p) => p.message);
    expect(parity(source.replace('Hi there.', 'Hola.').replace('Good evening.', 'Buenas noches.'))).toEqual(
      [],
    );
    expect(parity(source.replace('Good evening. # speaker: ana', 'Buenas noches. # speaker: bo'))).toEqual([
      'knot a: tag differs: "# speaker: ana" in the source, "# speaker: bo" in the translation',
    ]);
  });

  it('keeps ids and drops display text from tags, as the tag rule table says', () => {
    expect(structuralTag(' why: Because. ')).toBe('why: …');
    expect(structuralTag('character: ana; Ana; A guest')).toBe('character: ana; …');
    expect(structuralTag('score: trust +1')).toBe('score: trust +1');
    expect(structuralTag('report')).toBe('report');
  });

  it('reads choices, gathers, labels, conditions and branches into the skeleton', () => {
    const talk = storySkeleton(SOURCE).find((s) => s.name === 'talk');
    expect(talk?.items.map((i) => `${i.kind} ${i.key}`)).toEqual([
      'tag # phase: talk',
      'choice * # resolves: hotel.few_possessions_long_stay # score: trust +1 # why: …',
      'logic ~ asked = true',
      'tag # speaker: ana',
      'choice * # score: trust +1 # why: …',
      'tag # speaker: ana',
      'gather -',
      'logic {asked:',
      'gather branch else',
      'logic }',
      'divert -> done',
    ]);
  });
  it('ends a tag inside {…} text at the next | or }, as ink does, so the other branch is text', () => {
    const line = (a: string, b: string): string =>
      `=== k ===\n{variant == 2: ${a} # speaker: cole|${b} # speaker: {who}} # indicator: x\n-> END\n`;
    const source = line('Big night.', 'Dream job.');
    const items = storySkeleton(source)
      .find((s) => s.name === 'k')
      ?.items.map((i) => `${i.kind} ${i.key}`);
    expect(items).toEqual([
      'logic {variant == 2:',
      'tag # speaker: cole',
      'tag # speaker: {who}',
      'tag # indicator: x',
      'divert -> END',
    ]);
    const translated = (a: string, b: string) => ({
      sourceFile: 's.ink',
      sourceText: source,
      sourceHash: HASH,
      translationFile: 't.ink',
      translationText: `// translation-of: ${HASH}\n${line(a, b)}`,
    });
    expect(checkParity(translated('Gran noche.', 'Trabajo soñado.'))).toEqual([]);
    expect(
      checkParity({
        ...translated('x', 'y'),
        translationText: translated('x', 'y').translationText.replace('{who}', 'ana'),
      }).map((p) => p.message),
    ).toEqual(['knot k: tag differs: "# speaker: {who}" in the source, "# speaker: ana" in the translation']);
  });
});
