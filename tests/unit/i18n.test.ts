// The message catalogs (docs/i18n.md): compiled modules fresh, every translation the same keys and
// arguments as English, bad ICU syntax named by file and key, language negotiation, and the live
// switch between languages.

import { existsSync, readFileSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CatalogError,
  catalogFiles,
  compareCatalogs,
  generateAll,
  leaves,
  MESSAGES_DIR,
  messageArgs,
  readCatalog,
  SOURCE_LOCALE,
} from '../../scripts/i18n/i18n-compile.ts';
import { LOCALES, matchLocale, negotiateLocale } from '../../src/core/locale.ts';
import { activeLocale, useLocale } from '../../src/i18n/messages.ts';
import { PICKER_STRINGS } from '../../src/ui/strings/strings-picker.ts';
import { sourceFiles } from './import-graph.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('message catalogs', () => {
  it('has every generated module up to date (run npm run i18n after editing a catalog)', () => {
    for (const [path, text] of generateAll(ROOT)) {
      const full = join(ROOT, path);
      expect(existsSync(full), `${path} is missing`).toBe(true);
      expect(readFileSync(full, 'utf8'), `${path} is stale`).toBe(text);
    }
  });

  it('has a folder for every locale the game offers, each with the same namespaces as English', () => {
    const files = catalogFiles(ROOT);
    expect([...files.keys()].sort()).toEqual([...LOCALES].sort());
    const english = files.get(SOURCE_LOCALE) ?? [];
    expect(english.length).toBeGreaterThan(0);
    for (const [locale, namespaces] of files) expect(namespaces, locale).toEqual(english);
  });

  it('has every translation with the same keys and arguments as English', () => {
    const problems = [];
    for (const [locale, namespaces] of catalogFiles(ROOT)) {
      if (locale === SOURCE_LOCALE) continue;
      for (const ns of namespaces) {
        const file = join(MESSAGES_DIR, locale, `${ns}.json`);
        const en = readCatalog(join(ROOT, MESSAGES_DIR, SOURCE_LOCALE, `${ns}.json`));
        problems.push(...compareCatalogs(en, readCatalog(join(ROOT, file)), file));
      }
    }
    expect(problems).toEqual([]);
  });

  it('names the file and key of a missing, extra or differently shaped message', () => {
    const en = { a: 'One', b: { c: '{n, plural, one {# day} other {# days}}' } };
    const es = { b: { c: '{dias} días' }, z: 'Extra' };
    expect(compareCatalogs(en, es, 'es.json')).toEqual([
      { file: 'es.json', key: 'a', message: 'is missing (English has it)' },
      { file: 'es.json', key: 'b.c', message: 'takes {dias:string} but English takes {n:number}' },
      { file: 'es.json', key: 'z', message: 'is not in English (remove it, or add it to English first)' },
    ]);
  });

  it('refuses bad ICU syntax, naming the file and the key', () => {
    let error: unknown;
    try {
      generateAll(join(ROOT, 'tests', 'fixtures', 'i18n', 'bad'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CatalogError);
    const problems = (error as CatalogError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key: 'group.broken' });
    expect(problems[0]?.file).toMatch(/en-US[\\/]demo\.json$/);
  });

  it('types arguments: numbers for plurals and number formats, text otherwise', () => {
    expect(Object.fromEntries(messageArgs('{n, plural, one {# x} other {# xs}} by {who}'))).toEqual({
      n: 'number',
      who: 'string',
    });
    expect(Object.fromEntries(messageArgs('{p, number, percent} {role, select, a {A} other {B}}'))).toEqual({
      p: 'number',
      role: 'string',
    });
  });
});

describe('choosing a language', () => {
  it('matches exact tags, then by language, and ignores what it cannot read', () => {
    expect(matchLocale('es-US')).toBe('es-US');
    expect(matchLocale('es-MX')).toBe('es-US');
    expect(matchLocale('ES')).toBe('es-US');
    expect(matchLocale('en-GB')).toBe('en-US');
    expect(matchLocale('fr-CA')).toBeNull();
    expect(matchLocale('<script>')).toBeNull();
    expect(matchLocale('')).toBeNull();
  });

  it('takes the first candidate the game speaks, else US English', () => {
    expect(negotiateLocale([null, 'fr', 'es-419', 'en-US'])).toBe('es-US');
    expect(negotiateLocale(['de-DE', 'fr'])).toBe('en-US');
    expect(negotiateLocale([])).toBe('en-US');
  });
});

describe('switching the interface language', () => {
  it('fills the live messages in place, and back', async () => {
    const S = PICKER_STRINGS;
    expect(S.heading).toBe('Choose an encounter');
    expect(S.minutes({ n: 1 })).toBe('About 1 minute');
    await useLocale('es-US');
    expect(activeLocale()).toBe('es-US');
    expect(S.heading).toBe('Elija un encuentro');
    expect(S.minutes({ n: 12 })).toBe('Aproximadamente 12 minutos');
    await useLocale('en-US');
    expect(S.heading).toBe('Choose an encounter');
    expect(S.minutes({ n: 12 })).toBe('About 12 minutes');
  });
});

/**
 * The catalog keys no code reads, as "file: key". A namespace's code is the module that registers
 * it (`localized('ns', en)`) and every file importing that module; a key is read when its last
 * segment appears there as a property (`.key`, `['key']`, `'key':`), or a group above it is read
 * whole or by index (`STRINGS.phases[phase]`, `Object.values(words.body)`).
 */
export function unusedKeys(root: string): string[] {
  const files = sourceFiles(root, 'src')
    .filter((f) => !f.split(sep).join('/').startsWith('src/i18n/'))
    .map((f) => ({ path: f, text: readFileSync(join(root, f), 'utf8') }));
  const out: string[] = [];
  for (const ns of catalogFiles(root).get(SOURCE_LOCALE) ?? []) {
    const owner = files.find((f) => new RegExp(`localized\\(\\s*'${ns}'`).test(f.text));
    const file = join(MESSAGES_DIR, SOURCE_LOCALE, `${ns}.json`);
    if (!owner) {
      out.push(`${file}: (namespace) is registered by no module (localized('${ns}', en))`);
      continue;
    }
    const base = basename(owner.path);
    const readers = files.filter((f) => f === owner || f.text.includes(`/${base}'`));
    const code = readers.map((f) => f.text).join('\n');
    for (const [key] of leaves(readCatalog(join(root, file)))) {
      const path = key.split('.');
      const leaf = path.pop() ?? key;
      if (path.some((group) => new RegExp(`\\.${group}\\b(?![.\\w-])`).test(code))) continue;
      const e = leaf.replace(/[$-]/g, '\\$&');
      if (!new RegExp(`\\.${e}\\b|\\[\\s*'${e}'\\s*\\]|'${e}'|\\b${e}:`).test(code))
        out.push(`${file}: ${key} is not used (remove it from every locale, or use it)`);
    }
  }
  return out;
}

describe('unused messages', () => {
  it('has no catalog key that no code reads (named by file and key)', () => {
    expect(unusedKeys(ROOT)).toEqual([]);
  });

  it('names the file and key of a message nothing reads', () => {
    const problems = unusedKeys(join(ROOT, 'tests', 'fixtures', 'i18n', 'unused'));
    expect(problems).toEqual([
      `${join(MESSAGES_DIR, SOURCE_LOCALE, 'demo.json')}: group.forgotten is not used (remove it from every locale, or use it)`,
    ]);
  });
});
