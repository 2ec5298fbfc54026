// An encounter in the learner's language: the header and the story of its translation when there is
// one, English otherwise, read at each use; and every version of it, for resuming a saved session in
// the language it was played in.

import { describe, expect, it } from 'vitest';
import {
  everyVersion,
  inLanguage,
  type CompiledEncounter,
  type EncounterEntry,
} from '../../src/core/encounter/analysis.ts';
import type { EncounterMeta } from '../../src/core/tags/tags.ts';

const meta = (title: string) => ({ id: 'hotel.x', title }) as EncounterMeta;
const compiled = (hash: string) => ({ contentHash: hash }) as CompiledEncounter;

const english: EncounterEntry = { meta: meta('The late guest'), load: async () => compiled('en') };
const withSpanish: EncounterEntry = {
  ...english,
  translations: { 'es-US': { meta: meta('La huésped tardía'), load: async () => compiled('es') } },
};

describe('an encounter in the learner’s language', () => {
  it('shows and loads the translation in its language, and English in any other', async () => {
    let locale = 'es-US';
    const entry = inLanguage(withSpanish, () => locale);
    expect(entry.meta.title).toBe('La huésped tardía');
    expect((await entry.load()).contentHash).toBe('es');
    locale = 'en-US';
    expect(entry.meta.title).toBe('The late guest');
    expect((await entry.load()).contentHash).toBe('en');
    expect(entry.meta.id).toBe('hotel.x');
  });

  it('leaves an untranslated encounter as it is', async () => {
    const entry = inLanguage(english, () => 'es-US');
    expect(entry).toBe(english);
    expect((await entry.load()).contentHash).toBe('en');
  });

  it('lists every version, so a session saved in one language resumes after a switch', async () => {
    const entry = inLanguage(withSpanish, () => 'es-US');
    const hashes = await Promise.all(everyVersion(entry).map(async (load) => (await load()).contentHash));
    expect(new Set(hashes)).toEqual(new Set(['es', 'en']));
    expect(hashes[0]).toBe('es');
  });
});
