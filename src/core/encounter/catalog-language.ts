// The catalogs in other languages (issue #13). A translation is a file per catalog beside the
// English one, stories/catalog/<locale>/<file>.json, holding only the words a learner reads, by id:
// `{ "hotel.cash_prepaid_multiple_rooms": { "description": "…", "why": "…" } }`. Ids, settings,
// categories and sources never change with the language. `checkCatalogTranslation` names every
// missing, extra or empty entry and field; `catalogsInLanguage` gives catalogs whose words follow the
// language in use, falling back to English for anything not translated.

import { CATALOG_FILES, type Catalogs } from './catalog.ts';
import { withLiveWords } from '../live-words.ts';

/** The fields of each catalog that are words for the learner, and so translated. */
export const TRANSLATED_FIELDS = {
  indicators: ['description', 'why'],
  dimensions: ['name', 'description'],
  criticalErrors: ['title', 'explanation', 'instead'],
  misconceptions: ['myth', 'correction'],
  distractors: ['label', 'explanation'],
} as const satisfies Record<keyof Catalogs, readonly string[]>;

type CatalogName = keyof typeof TRANSLATED_FIELDS;

/** One language's translations of the catalogs, as read from its files (unchecked). */
export type RawCatalogTranslation = Partial<Record<CatalogName, unknown>>;

/** Checked translations: catalog → id → field → words. */
export type CatalogTranslation = Partial<
  Record<CatalogName, ReadonlyMap<string, Readonly<Record<string, string>>>>
>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Checks one language's catalog translations against the English catalogs. Returns the usable part
 * and every problem, as "file: id: message" (`dir` is the folder the files are in, for messages).
 */
export function checkCatalogTranslation(
  catalogs: Catalogs,
  raw: RawCatalogTranslation,
  dir: string,
): { translation: CatalogTranslation; problems: string[] } {
  const problems: string[] = [];
  const translation: CatalogTranslation = {};
  for (const name of Object.keys(TRANSLATED_FIELDS) as CatalogName[]) {
    const file = `${dir}/${CATALOG_FILES[name]}`;
    const fields: readonly string[] = TRANSLATED_FIELDS[name];
    const source = catalogs[name] as ReadonlyMap<string, unknown>;
    const data = raw[name];
    if (data === undefined) {
      problems.push(`${file}: missing (every catalog is translated, or none is)`);
      continue;
    }
    if (!isRecord(data)) {
      problems.push(`${file}: must be an object of entries by id`);
      continue;
    }
    const entries = new Map<string, Record<string, string>>();
    for (const [id, entry] of Object.entries(data)) {
      if (!source.has(id)) {
        problems.push(`${file}: ${id}: no entry with this id in the English catalog`);
        continue;
      }
      if (!isRecord(entry)) {
        problems.push(`${file}: ${id}: must be an object of ${fields.join(', ')}`);
        continue;
      }
      const words: Record<string, string> = {};
      for (const [field, value] of Object.entries(entry)) {
        if (!fields.includes(field))
          problems.push(`${file}: ${id}: "${field}" is not translated (only ${fields.join(', ')})`);
        else if (typeof value !== 'string' || value.trim() === '')
          problems.push(`${file}: ${id}: "${field}" must be text`);
        else words[field] = value;
      }
      for (const field of fields)
        if (!(field in entry)) problems.push(`${file}: ${id}: "${field}" is missing`);
      entries.set(id, words);
    }
    for (const id of source.keys()) if (!(id in data)) problems.push(`${file}: ${id}: not translated`);
    translation[name] = entries;
  }
  return { translation, problems };
}

/**
 * The catalogs with their words in the language `current()` names, where a translation has them;
 * ids and everything else as in English. Each entry reads the language when a field is read.
 */
export function catalogsInLanguage(
  catalogs: Catalogs,
  translations: Readonly<Record<string, CatalogTranslation>>,
  current: () => string,
): Catalogs {
  const out: Record<string, ReadonlyMap<string, unknown>> = {};
  for (const name of Object.keys(TRANSLATED_FIELDS) as CatalogName[]) {
    const source = catalogs[name] as unknown as ReadonlyMap<string, Record<string, unknown>>;
    const entries = new Map<string, unknown>();
    for (const [id, entry] of source)
      entries.set(
        id,
        withLiveWords(
          entry,
          TRANSLATED_FIELDS[name],
          (field) => translations[current()]?.[name]?.get(id)?.[field],
        ),
      );
    out[name] = entries;
  }
  return out as unknown as Catalogs;
}
