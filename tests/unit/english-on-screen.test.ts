// The judge of English on a Spanish screen (tests/browser/english-on-screen.ts), held to real words:
// no message of the Spanish catalogs, stories, scenes or captions is taken for English, and nearly
// every message of the English catalogs is.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishOnScreen, englishWords, withoutAllowed } from '../browser/english-on-screen.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every string in a JSON value, depth first. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const json = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const filesIn = (dir: string, ext: string): string[] =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(ext))
    .map((f) => `${dir}/${f}`);

/**
 * An ICU message as a reader sees it: each `{argument}` a space, each plural or select branch's words
 * kept (`{n, plural, one {# minute} other {# minutes}}` reads "# minute # minutes").
 */
function icuText(message: string): string {
  let out = '';
  let i = 0;
  const argument = (): string => {
    // At the character after "{": the argument's name, its type, and for plural or select its branches.
    const head = /^\s*\w+\s*(?:,\s*(\w+)\s*(?:,\s*[\w-]*\s*)?)?/.exec(message.slice(i))!;
    i += head[0].length;
    const type = head[1];
    let words = ' ';
    if (type === 'plural' || type === 'select' || type === 'selectordinal') {
      while (i < message.length && message[i] !== '}') {
        const key = /^[^{}]*\{/.exec(message.slice(i));
        if (!key) break;
        i += key[0].length;
        words += `${branch()} `;
      }
    } else while (i < message.length && message[i] !== '}') i++;
    i++; // the closing brace
    return words;
  };
  const branch = (): string => {
    let text = '';
    while (i < message.length && message[i] !== '}') {
      if (message[i] === '{') {
        i++;
        text += argument();
      } else text += message[i++];
    }
    i++;
    return text;
  };
  while (i < message.length) {
    if (message[i] === '{') {
      i++;
      out += argument();
    } else out += message[i++];
  }
  return out.replace(/#/g, ' ');
}

/** Each namespace's messages in `locale`, as `{ text, where: "namespace.json" }`. */
function catalogMessages(locale: string): { text: string; where: string }[] {
  return filesIn(`src/i18n/messages/${locale}`, '.json').flatMap((file) =>
    strings(json(file)).map((m) => ({ text: icuText(m), where: file })),
  );
}

/** The lines and choices a story file shows, and its characters' names. */
function storyTexts(path: string): { names: string[]; texts: { text: string; where: string }[] } {
  const names: string[] = [];
  const texts: { text: string; where: string }[] = [];
  readFileSync(join(ROOT, path), 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const character = /^# character: [\w-]+; ([^;]+);/.exec(raw);
      if (character) names.push(character[1]!.trim());
      const line = raw.replace(/\/\/.*$/, '').trim();
      // Not a line: knots, logic, includes, tags, diverts, conditions ("- saw_it || asked:").
      if (!line || /^(=|~|INCLUDE|VAR|CONST|LIST|->|#)/.test(line)) return;
      if (/^-\s*(->|\(\w+\)\s*$|[\w\s=!<>"|&().]+:\s*$)/.test(line)) return;
      const text = line
        .replace(/->\s*[\w.]+/g, '')
        .replace(/^[*+-](\s*[*+-])*\s*(\([\w]+\))?/, '')
        .replace(/#[^\]|]*/g, '')
        .replace(/\{[^}]*\}/g, ' ')
        .replace(/[[\]]/g, '');
      if (text.trim()) texts.push({ text, where: `${path}:${i + 1}` });
    });
  return { names, texts };
}

const GAME_NAME = 'Second Look';

describe('englishWords', () => {
  it('finds function words, screen words and English word shapes, not Spanish ones', () => {
    expect(englishWords('Back to the scenarios')).toEqual(['back', 'to', 'the', 'scenarios']);
    expect(englishWords('Settings')).toEqual(['settings']);
    expect(englishWords("Don't confront anyone")).toEqual(["don't"]);
    expect(englishWords('A short description of the situation')).toEqual([
      'description',
      'of',
      'the',
      'situation',
    ]);
    expect(englishWords('organisation.logo: no se pudo leer')).toEqual([]);
    expect(englishWords('Volver a los escenarios')).toEqual([]);
    expect(englishWords('No hay nada que informar: siga con la ronda')).toEqual([]);
    expect(englishWords('La situación, la sesión y la emoción')).toEqual([]);
  });

  it('takes allowed names and contacts out first, whole words only and ignoring case', () => {
    const allowed = ['National Human Trafficking Hotline', 'the manager on duty', 'Shawn'];
    expect(englishWords('Llame a la National Human Trafficking Hotline', allowed)).toEqual([]);
    expect(englishWords('Avise a THE MANAGER ON DUTY', allowed)).toEqual([]);
    expect(withoutAllowed('Shawn y Shawna', ['Shawn'])).toBe('  y Shawna');
    // Without the allowance the contact is English.
    expect(englishWords('Llame a the manager on duty')).toEqual(['the', 'on']);
  });
});

describe('englishOnScreen', () => {
  it('reports a text of two English words or more, or all English, with where it is', () => {
    const found = englishOnScreen([
      { text: 'Start the encounter', where: 'button.start' },
      { text: 'Print', where: 'button' },
      { text: 'Empezar el encuentro', where: 'button.start' },
      { text: 'El huésped hizo el check-in a las dos', where: 'p.line' },
      { text: 'Dana', where: 'span.speaker' },
    ]);
    expect(found).toEqual([
      { text: 'Start the encounter', where: 'button.start', words: ['start', 'the', 'encounter'] },
      { text: 'Print', where: 'button', words: ['print'] },
    ]);
  });

  it('lets one English loanword stand inside a Spanish sentence', () => {
    expect(englishOnScreen([{ text: 'Revise el parking de atrás', where: 'p' }])).toEqual([]);
    expect(englishOnScreen([{ text: 'Parking', where: 'p' }])).toHaveLength(1);
  });

  it('flags no message of the Spanish catalogs', () => {
    const messages = catalogMessages('es-US');
    expect(messages.length).toBeGreaterThan(300);
    expect(englishOnScreen(messages, [GAME_NAME])).toEqual([]);
  });

  it('flags nearly every message of the English catalogs', () => {
    const messages = catalogMessages('en-US').filter((m) => /\p{L}{2}/u.test(m.text.replace(GAME_NAME, '')));
    const flagged = englishOnScreen(messages, [GAME_NAME]);
    expect(flagged.length / messages.length).toBeGreaterThan(0.9);
  });

  it('flags no word of the Spanish story catalogs, scenes or sound captions', () => {
    const files = [
      ...filesIn('stories/catalog/es-US', '.json'),
      ...filesIn('assets/scenes/es-US', '.json'),
      ...filesIn('assets/audio/es-US', '.json'),
    ];
    const texts = files.flatMap((file) => strings(json(file)).map((text) => ({ text, where: file })));
    expect(texts.length).toBeGreaterThan(100);
    expect(englishOnScreen(texts, [GAME_NAME])).toEqual([]);
  });

  it('flags no line of the Spanish stories (their characters named)', () => {
    const found: string[] = [];
    for (const setting of readdirSync(join(ROOT, 'stories/es-US'))) {
      for (const file of filesIn(`stories/es-US/${setting}`, '.ink')) {
        const { names, texts } = storyTexts(file);
        for (const f of englishOnScreen(texts, [GAME_NAME, ...names]))
          found.push(`${f.where}: ${f.text} [${f.words.join(', ')}]`);
      }
    }
    expect(found).toEqual([]);
  });

  it('flags most lines of the English stories', () => {
    let lines = 0;
    let flagged = 0;
    for (const file of filesIn('stories/hotel', '.ink')) {
      const { names, texts } = storyTexts(file);
      const long = texts.filter((t) => t.text.split(/\s+/).length >= 6);
      lines += long.length;
      flagged += englishOnScreen(long, names).length;
    }
    expect(lines).toBeGreaterThan(300);
    expect(flagged / lines).toBeGreaterThan(0.97);
  });
});
