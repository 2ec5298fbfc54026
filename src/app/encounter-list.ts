// The bundled encounters as the game lists them: ids and loaders at once (virtual:second-look/encounters,
// in the page's first script), every header in every language later, from a chunk of its own. A link
// straight into an encounter draws its first choice without waiting for the other encounters'
// headers: the story it opens brings its own. Every other first screen waits for them.

import {
  inLanguage,
  type CompiledEncounter,
  type EncounterEntry,
  type EncounterHeaders,
  type EncounterIndexEntry,
} from '../core/encounter/analysis.ts';
import type { EncounterMeta } from '../core/tags/tags.ts';
import { DEFAULT_LOCALE } from '../core/locale.ts';

export interface EncounterList {
  /** Every encounter, shown and played in the language `current()` names where translated. */
  entries: EncounterEntry[];
  ids: string[];
  /** Loads every header once; from then on every entry's `meta` can be read. */
  headers: () => Promise<void>;
}

/** An encounter the page's first script asked for already (a direct link), in one language. */
export interface EarlyEncounter {
  id: string;
  locale: string;
  compiled: Promise<CompiledEncounter>;
}

export function encounterList(
  index: readonly EncounterIndexEntry[],
  loadHeaders: () => Promise<EncounterHeaders>,
  current: () => string,
  early?: EarlyEncounter,
): EncounterList {
  let all: EncounterHeaders | null = null;
  let pending: Promise<void> | null = null;
  /** Headers that came with a loaded story, by id and locale, until all have loaded. */
  const known = new Map<string, EncounterMeta>();
  const version = (
    id: string,
    locale: string,
    load: () => Promise<CompiledEncounter>,
    translations?: EncounterEntry['translations'],
  ): EncounterEntry => {
    const fresh = (from: Promise<CompiledEncounter> = load()) =>
      from.then((c) => {
        known.set(`${id} ${locale}`, c.meta);
        // The story's language, for the words the configuration puts into it (storyVariables).
        return { ...c, locale };
      });
    /**
     * A load started ahead, kept for the next `load()`: the page's early request if it is for this
     * version (each version is made once), or a prefetch.
     */
    let ahead = early?.id === id && early.locale === locale ? fresh(early.compiled) : null;
    ahead?.catch(() => undefined);
    return {
      id,
      get meta(): EncounterMeta {
        const meta = all?.[id]?.[locale] ?? known.get(`${id} ${locale}`);
        if (!meta) throw new Error(`encounter-list: ${id}.meta before load`);
        return meta;
      },
      prefetch: () => {
        ahead ??= fresh();
        ahead.catch(() => undefined);
      },
      // What was loaded ahead is taken once; if it failed, this load asks again.
      load: () => {
        const kept = ahead;
        ahead = null;
        return kept ? kept.catch(() => fresh()) : fresh();
      },
      ...(translations ? { translations } : {}),
    };
  };
  const entries = index.map((e) => {
    const translated = Object.entries(e.translations ?? {});
    if (translated.length === 0) return version(e.id, DEFAULT_LOCALE, e.load);
    const translations = Object.fromEntries(translated.map(([l, load]) => [l, version(e.id, l, load)]));
    return inLanguage(version(e.id, DEFAULT_LOCALE, e.load, translations), current);
  });
  return {
    entries,
    ids: index.map((e) => e.id),
    headers: () =>
      (pending ??= loadHeaders().then(
        (h) => {
          all = h;
        },
        (e: unknown) => {
          pending = null;
          throw e;
        },
      )),
  };
}
