// The options' words in every language for xAPI records (src/app/option-texts.ts): an encounter played
// in one language, its translation played alongside with the same seed and decisions, on the real
// English and Spanish stories; a translation that stops matching leaves the rest to the played language.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configIn, storyVariables } from '../../src/core/config/config.ts';
import type { CompiledEncounter, EncounterEntry } from '../../src/core/encounter/analysis.ts';
import { choicesOf, pathFacts, type DecisionLog } from '../../src/core/encounter/log.ts';
import type { Locale } from '../../src/core/locale.ts';
import { optionTexts, type ShadowOpener } from '../../src/app/option-texts.ts';
import { StoryRunner } from '../../src/story/runner.ts';
import { createAppStore } from '../../src/state/store.ts';
import { ROOT } from '../../scripts/check/library.ts';
import { compiled, depsFor, memoryStorage, PLAY_CONFIG } from './harness.ts';

const ENGLISH = join(ROOT, 'stories', 'hotel', 'night-lobby.ink');
const SPANISH = join(ROOT, 'stories', 'es-US', 'hotel', 'night-lobby.ink');

const open = async (): Promise<ShadowOpener> => (c, variables) => new StoryRunner(c.story, { variables });
const variablesIn = (locale: Locale) => storyVariables(configIn(PLAY_CONFIG, locale));

/** The encounter as the game lists it: English, with its Spanish translation. */
function entry(en: CompiledEncounter, es: CompiledEncounter): EncounterEntry {
  return {
    id: en.meta.id,
    meta: en.meta,
    load: async () => en,
    translations: { 'es-US': { meta: es.meta, load: async () => es } },
  };
}

/** Plays `story` with the real store to its end: the last option each time, the report with what was seen. */
async function played(story: CompiledEncounter, seed = 42): Promise<DecisionLog> {
  const store = createAppStore(depsFor(story, memoryStorage(), seed));
  store.getState().select(story.meta.id);
  await store.getState().start('practice', seed);
  for (let i = 0; i < 60; i++) {
    const s = store.getState().session;
    if (!s) break;
    if (s.state.awaitingReport)
      store.getState().submitReport({
        observed: [...pathFacts(s.state.log).seen],
        who: 'x',
        when: 'x',
        where: 'x',
        action: 'hotline',
        notes: '',
      });
    else store.getState().choose(s.state.choices.filter((c) => !c.tags.report).at(-1)!.index);
  }
  return store.getState().lastLog!;
}

/** The text of each option a log took, as the learner read it. */
const textsIn = (log: DecisionLog) => choicesOf(log).map((c) => c.text);

describe("the options' words in every language", () => {
  it('reads each option taken in English in the Spanish translation too, and the other way round', async () => {
    const en = compiled(ENGLISH);
    const es = compiled(SPANISH);
    const texts = optionTexts([entry(en, es)], variablesIn, open);
    await texts.prepare(en.meta.id);

    const inEnglish = await played(en, 7);
    const inSpanish = await played(es, 7);
    // The same decisions in both languages (same seed, same option positions): the Spanish log's words
    // are what the English one's options say in Spanish.
    expect(choicesOf(inSpanish).map((c) => c.choiceId)).toEqual(choicesOf(inEnglish).map((c) => c.choiceId));
    expect(choicesOf(inEnglish).length).toBeGreaterThan(4);

    const fromEnglish = texts.textsOf(en.meta.id, inEnglish);
    expect(fromEnglish.map((t) => t['en-US'])).toEqual(textsIn(inEnglish));
    expect(fromEnglish.map((t) => t['es-US'])).toEqual(textsIn(inSpanish));
    expect(fromEnglish.filter((t) => t['en-US'] !== t['es-US']).length).toBeGreaterThan(4);

    const fromSpanish = texts.textsOf(en.meta.id, inSpanish);
    expect(fromSpanish.map((t) => t['es-US'])).toEqual(textsIn(inSpanish));
    expect(fromSpanish.map((t) => t['en-US'])).toEqual(textsIn(inEnglish));
  });

  it('follows a log as it grows, and answers the played language alone before it is prepared', async () => {
    const en = compiled(ENGLISH);
    const es = compiled(SPANISH);
    const texts = optionTexts([entry(en, es)], variablesIn, open);
    const log = await played(en, 3);
    expect(texts.textsOf(en.meta.id, log)).toEqual(choicesOf(log).map(() => ({})));
    await texts.prepare(en.meta.id);
    const cut = log.indexOf(choicesOf(log)[2]!) + 1;
    const early = texts.textsOf(en.meta.id, log.slice(0, cut));
    expect(early).toHaveLength(3);
    const all = texts.textsOf(en.meta.id, log);
    expect(all.slice(0, 3)).toEqual(early);
    expect(all.every((t) => t['en-US'] && t['es-US'])).toBe(true);
  });

  it('leaves the rest to the played language where the translation stops matching', async () => {
    const en = compiled(ENGLISH);
    const es = compiled(SPANISH);
    const texts = optionTexts([entry(en, es)], variablesIn, open);
    await texts.prepare(en.meta.id);
    const log = await played(en, 11);
    // A log whose third choice names an option the translation does not have there.
    const third = choicesOf(log)[2]!;
    const changed = log.map((e) => (e === third ? { ...third, choiceId: 'elsewhere.0.c-9' } : e));
    const out = texts.textsOf(en.meta.id, changed);
    expect(out.slice(0, 2).every((t) => t['es-US'])).toBe(true);
    expect(out.slice(2).map((t) => t['es-US'])).toEqual(out.slice(2).map(() => undefined));
    expect(out.map((t) => t['en-US'])).toEqual(textsIn(changed));
  });
});
