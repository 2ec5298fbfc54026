// The catalogs in another language: a translation names every id and only the words a learner
// reads; what it lacks or adds is named by file, id and field; the words follow the language in use.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_FILES, loadCatalogs, type Catalogs } from '../../src/core/encounter/catalog.ts';
import {
  catalogsInLanguage,
  checkCatalogTranslation,
  TRANSLATED_FIELDS,
  type RawCatalogTranslation,
} from '../../src/core/encounter/catalog-language.ts';

const DIR = join(import.meta.dirname, '..', '..', 'stories', 'catalog');
const read = (file: string): unknown => JSON.parse(readFileSync(join(DIR, file), 'utf8'));
const english: Catalogs = loadCatalogs({
  indicators: read(CATALOG_FILES.indicators),
  dimensions: read(CATALOG_FILES.dimensions),
  criticalErrors: read(CATALOG_FILES.criticalErrors),
  misconceptions: read(CATALOG_FILES.misconceptions),
  distractors: read(CATALOG_FILES.distractors),
});

/** A complete translation that marks every field "[es] …". */
function complete(): Record<string, Record<string, Record<string, string>>> {
  const out: Record<string, Record<string, Record<string, string>>> = {};
  for (const [name, fields] of Object.entries(TRANSLATED_FIELDS)) {
    const entries: Record<string, Record<string, string>> = {};
    for (const [id, entry] of english[name as keyof Catalogs] as unknown as ReadonlyMap<
      string,
      Record<string, string>
    >)
      entries[id] = Object.fromEntries(fields.map((f) => [f, `[es] ${entry[f]}`]));
    out[name] = entries;
  }
  return out;
}

describe('catalog translations', () => {
  it('accepts a complete translation', () => {
    expect(checkCatalogTranslation(english, complete(), 'stories/catalog/es-US').problems).toEqual([]);
  });

  it('names a missing entry, an extra id, a missing field, an untranslatable field and an empty one', () => {
    const raw = complete();
    const [first, second, third] = [...english.indicators.keys()];
    delete raw['indicators']![first!];
    raw['indicators']!['hotel.made_up'] = { description: 'x', why: 'y' };
    delete raw['indicators']![second!]!['why'];
    raw['indicators']![third!]!['sources'] = 'z';
    const dim = [...english.dimensions.keys()][0]!;
    raw['dimensions']![dim]!['name'] = ' ';
    delete raw['distractors'];
    const { problems } = checkCatalogTranslation(
      english,
      raw as RawCatalogTranslation,
      'stories/catalog/es-US',
    );
    expect(problems.sort()).toEqual(
      [
        'stories/catalog/es-US/indicators.json: hotel.made_up: no entry with this id in the English catalog',
        `stories/catalog/es-US/indicators.json: ${first}: not translated`,
        `stories/catalog/es-US/indicators.json: ${second}: "why" is missing`,
        `stories/catalog/es-US/indicators.json: ${third}: "sources" is not translated (only description, why)`,
        `stories/catalog/es-US/dimensions.json: ${dim}: "name" must be text`,
        'stories/catalog/es-US/distractors.json: missing (every catalog is translated, or none is)',
      ].sort(),
    );
  });

  it('gives the words in the language in use, ids and sources unchanged, English where not translated', () => {
    const raw = complete();
    const id = [...english.misconceptions.keys()][0]!;
    const untranslated = [...english.misconceptions.keys()][1]!;
    delete raw['misconceptions']![untranslated];
    const { translation } = checkCatalogTranslation(english, raw, 'x');
    let locale = 'es-US';
    const catalogs = catalogsInLanguage(english, { 'es-US': translation }, () => locale);
    const myth = catalogs.misconceptions.get(id)!;
    expect(myth.myth).toBe(`[es] ${english.misconceptions.get(id)!.myth}`);
    expect(myth.source).toBe(english.misconceptions.get(id)!.source);
    expect(myth.id).toBe(id);
    expect(catalogs.misconceptions.get(untranslated)!.myth).toBe(
      english.misconceptions.get(untranslated)!.myth,
    );
    locale = 'en-US';
    expect(myth.myth).toBe(english.misconceptions.get(id)!.myth);
    expect(JSON.parse(JSON.stringify(myth))).toEqual(english.misconceptions.get(id));
  });
});
