// The bundled encounter list (src/app/encounter-list.ts): ids and loaders at once, every header later.
// A direct link's first choice reads only its own encounter's header, which comes with its story; any
// other header read before the headers chunk arrives is a mistake that must show, not a blank title.

import { describe, expect, it } from 'vitest';
import { encounterList } from '../../src/app/encounter-list.ts';
import {
  entryId,
  everyVersion,
  type CompiledEncounter,
  type EncounterHeaders,
  type EncounterIndexEntry,
} from '../../src/core/encounter/analysis.ts';
import type { EncounterMeta } from '../../src/core/tags/tags.ts';

const meta = (id: string, title: string) => ({ id, title }) as EncounterMeta;
const compiled = (m: EncounterMeta, hash: string) => ({ meta: m, contentHash: hash }) as CompiledEncounter;

const INDEX: EncounterIndexEntry[] = [
  { id: 'hotel.a', load: async () => compiled(meta('hotel.a', 'A, from its story'), 'a') },
  {
    id: 'hotel.b',
    load: async () => compiled(meta('hotel.b', 'B'), 'b-en'),
    translations: { 'es-US': async () => compiled(meta('hotel.b', 'B en español'), 'b-es') },
  },
];
const HEADERS: EncounterHeaders = {
  'hotel.a': { 'en-US': meta('hotel.a', 'A') },
  'hotel.b': { 'en-US': meta('hotel.b', 'B'), 'es-US': meta('hotel.b', 'B en español') },
};

function list(locale = 'en-US') {
  let asked = 0;
  let current = locale;
  const made = encounterList(
    INDEX,
    async () => {
      asked++;
      return HEADERS;
    },
    () => current,
  );
  return { made, asked: () => asked, speak: (l: string) => (current = l) };
}

describe('the bundled encounter list', () => {
  it('gives ids without reading any header, and refuses a header not loaded yet', () => {
    const { made, asked } = list();
    expect(made.ids).toEqual(['hotel.a', 'hotel.b']);
    expect(made.entries.map(entryId)).toEqual(['hotel.a', 'hotel.b']);
    expect(() => made.entries[0]!.meta).toThrow(/hotel\.a/);
    expect(asked()).toBe(0);
  });

  it('says which language each loaded story is written in', async () => {
    const { made, speak } = list();
    expect((await made.entries[0]!.load()).locale).toBe('en-US');
    expect((await made.entries[1]!.load()).locale).toBe('en-US');
    speak('es-US');
    expect((await made.entries[1]!.load()).locale).toBe('es-US');
    // Not translated: the English story, and so English.
    expect((await made.entries[0]!.load()).locale).toBe('en-US');
  });

  it('knows an encounter’s header once its story has loaded, before the others', async () => {
    const { made } = list();
    await made.entries[0]!.load();
    expect(made.entries[0]!.meta.title).toBe('A, from its story');
    expect(() => made.entries[1]!.meta).toThrow(/hotel\.b/);
  });

  it('loads every header once, in the language in use, following a change of language', async () => {
    const { made, asked, speak } = list('es-US');
    await Promise.all([made.headers(), made.headers()]);
    expect(asked()).toBe(1);
    expect(made.entries[0]!.meta.title).toBe('A');
    expect(made.entries[1]!.meta.title).toBe('B en español');
    expect((await made.entries[1]!.load()).contentHash).toBe('b-es');
    speak('en-US');
    expect(made.entries[1]!.meta.title).toBe('B');
    expect((await made.entries[1]!.load()).contentHash).toBe('b-en');
  });

  it('offers every version of a translated encounter for resuming a session', async () => {
    const { made } = list('es-US');
    const hashes = await Promise.all(
      everyVersion(made.entries[1]!).map(async (load) => (await load()).contentHash),
    );
    expect([...new Set(hashes)].sort()).toEqual(['b-en', 'b-es']);
  });

  it('asks again after a failed attempt to load the headers', async () => {
    let attempt = 0;
    const made = encounterList(
      INDEX,
      async () => {
        if (attempt++ === 0) throw new Error('offline');
        return HEADERS;
      },
      () => 'en-US',
    );
    await expect(made.headers()).rejects.toThrow('offline');
    await made.headers();
    expect(made.entries[1]!.meta.title).toBe('B');
  });

  it("takes the page's early request for a linked encounter once, in its language only", async () => {
    let loads = 0;
    const index: EncounterIndexEntry[] = [
      {
        id: 'hotel.b',
        load: async () => {
          loads++;
          return compiled(meta('hotel.b', 'B'), 'b-en');
        },
        translations: { 'es-US': async () => compiled(meta('hotel.b', 'B en español'), 'b-es') },
      },
    ];
    const early = {
      id: 'hotel.b',
      locale: 'en-US',
      compiled: Promise.resolve(compiled(meta('hotel.b', 'B'), 'early')),
    };
    let current = 'es-US';
    const made = encounterList(
      index,
      async () => HEADERS,
      () => current,
      early,
    );
    // Not taken by the Spanish version: it was asked for in English.
    expect((await made.entries[0]!.load()).contentHash).toBe('b-es');
    current = 'en-US';
    const first = await made.entries[0]!.load();
    expect(first.contentHash).toBe('early');
    expect(first.locale).toBe('en-US');
    expect(loads).toBe(0);
    // A later load asks again.
    expect((await made.entries[0]!.load()).contentHash).toBe('b-en');
    expect(loads).toBe(1);
  });

  it('keeps a prefetch for the next load in the same language, and asks again after a failure', async () => {
    let loads = 0;
    let fail = false;
    const index: EncounterIndexEntry[] = [
      {
        id: 'hotel.b',
        load: async () => {
          loads++;
          if (fail) throw new Error('offline');
          return compiled(meta('hotel.b', 'B'), `b-en-${loads}`);
        },
        translations: { 'es-US': async () => compiled(meta('hotel.b', 'B en español'), 'b-es') },
      },
    ];
    let current = 'en-US';
    const made = encounterList(
      index,
      async () => HEADERS,
      () => current,
    );
    const entry = made.entries[0]!;
    entry.prefetch?.();
    expect(loads).toBe(1);
    expect((await entry.load()).contentHash).toBe('b-en-1');
    expect(loads).toBe(1);
    // Taken once: the next load asks again.
    expect((await entry.load()).contentHash).toBe('b-en-2');
    // A prefetch in English is not what a start in Spanish plays.
    entry.prefetch?.();
    current = 'es-US';
    expect((await entry.load()).contentHash).toBe('b-es');
    current = 'en-US';
    expect((await entry.load()).contentHash).toBe('b-en-3');
    // A prefetch that failed is asked again by the load that takes it.
    fail = true;
    entry.prefetch?.();
    await Promise.resolve();
    fail = false;
    expect((await entry.load()).contentHash).toBe('b-en-5');
  });
});
