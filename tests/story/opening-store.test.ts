// The store shows an encounter's opening before the story engine arrives (src/state/session-slice.ts):
// the learner reads and chooses at once; the engine, when it comes, must print what was shown, and a
// choice made meanwhile is taken then. Played through the real adapter with an opener whose engine
// arrives only when the test says so.

import { describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../../src/state/store.ts';
import { SCREENS } from '../../src/state/keys.ts';
import type { CompiledEncounter } from '../../src/core/encounter/analysis.ts';
import type { StoryHandle, StoryOpener } from '../../src/state/types.ts';
import { StoryRunner } from '../../src/story/runner.ts';
import { compiled, depsFor, memoryStorage, storyFile } from './harness.ts';

const PATH = storyFile('transit', 'last-train');

/** An opener whose engine arrives when `arrive()` is called (or fails with `fail()`). */
function slowOpener() {
  const calls: string[] = [];
  let arrive: () => void = () => undefined;
  let fail: (e: Error) => void = () => undefined;
  const opener: StoryOpener = {
    prepare: async () => {
      calls.push('prepare');
    },
    open: (c, variables, ctx) => {
      calls.push('open');
      return new Promise<StoryHandle>((resolve, reject) => {
        arrive = () => resolve(new StoryRunner(c.story, { ctx, variables }));
        fail = reject;
      });
    },
  };
  return { opener, calls, arrive: () => arrive(), fail: (e: Error) => fail(e) };
}

/** Lets pending promise callbacks run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

function storeWith(encounter: CompiledEncounter, slow: ReturnType<typeof slowOpener>, seed = 7) {
  const storage = memoryStorage();
  const store = createAppStore({ ...depsFor(encounter, storage, seed), opener: slow.opener });
  return { store, storage };
}

/** The same encounter started with the engine at hand (no opening), for comparison. */
async function withEngineAtOnce(encounter: CompiledEncounter, seed = 7): Promise<AppStore> {
  const { openings: _none, ...plain } = encounter;
  const store = createAppStore(depsFor(plain, memoryStorage(), seed));
  store.getState().select(plain.meta.id);
  await store.getState().start('practice');
  return store;
}

const texts = (store: AppStore) => store.getState().session?.state.transcript.map((l) => l.text) ?? [];
const choiceTexts = (store: AppStore) => store.getState().session?.state.choices.map((c) => c.text) ?? [];

describe('an encounter opening before the engine arrives', () => {
  it('shows the first lines and choices before the engine, then goes on as if the engine had been there', async () => {
    const encounter = compiled(PATH);
    const slow = slowOpener();
    const { store } = storeWith(encounter, slow);
    store.getState().select(encounter.meta.id);
    const started = store.getState().start('practice');
    await settle();
    expect(store.getState().screen).toBe(SCREENS.encounter);
    const reference = await withEngineAtOnce(encounter);
    expect(texts(store)).toEqual(texts(reference));
    expect(choiceTexts(store).length).toBeGreaterThan(1);
    expect(choiceTexts(store)).toEqual(choiceTexts(reference));
    // No save of the engine yet: there is no engine.
    expect(store.getState().session?.story).toBe('');
    slow.arrive();
    await started;
    expect(store.getState().session?.story).not.toBe('');
    expect(store.getState().session?.state.choices).toEqual(reference.getState().session?.state.choices);
  });

  it('shows the opening only once its scenes are known (their words describe the picture)', async () => {
    const encounter = compiled(PATH);
    const slow = slowOpener();
    let known: () => void = () => undefined;
    const scenes = (c: CompiledEncounter) => {
      slow.calls.push(`scenes ${c.meta.id}`);
      return new Promise<void>((resolve) => (known = resolve));
    };
    const { store } = storeWith(encounter, { ...slow, opener: { ...slow.opener, scenes } });
    store.getState().select(encounter.meta.id);
    const started = store.getState().start('practice');
    await settle();
    expect(slow.calls).toContain(`scenes ${encounter.meta.id}`);
    expect(store.getState().session).toBeNull();
    known();
    await settle();
    expect(store.getState().screen).toBe(SCREENS.encounter);
    expect(store.getState().session?.story).toBe('');
    slow.arrive();
    await started;
  });

  it('takes a choice made on the opening once the engine arrives, and only one', async () => {
    const encounter = compiled(PATH);
    const slow = slowOpener();
    const { store } = storeWith(encounter, slow);
    store.getState().select(encounter.meta.id);
    const started = store.getState().start('practice');
    await settle();
    const before = texts(store).length;
    const [first, second] = store.getState().session!.state.choices;
    store.getState().choose(first!.index);
    store.getState().choose(second!.index);
    expect(store.getState().loading).toBe(true);
    expect(texts(store)).toHaveLength(before);
    slow.arrive();
    await started;
    expect(store.getState().loading).toBe(false);
    const log = store.getState().session!.state.log.filter((e) => e.kind === 'choice');
    expect(log.map((e) => (e.kind === 'choice' ? e.index : -1))).toEqual([first!.index]);
    expect(texts(store).length).toBeGreaterThan(before);
    // The same as taking that choice with the engine there from the start.
    const reference = await withEngineAtOnce(encounter);
    reference.getState().choose(first!.index);
    expect(choiceTexts(store)).toEqual(choiceTexts(reference));
  });

  it('shows the engine’s own step when it differs from the opening, dropping a choice made on it', async () => {
    const encounter = compiled(PATH);
    const wrong: CompiledEncounter = {
      ...encounter,
      openings: encounter.openings!.map((o) =>
        o
          ? {
              ...o,
              step: { ...o.step, lines: [{ ...o.step.lines[0]!, text: 'A line the story never prints.' }] },
            }
          : o,
      ),
    };
    const slow = slowOpener();
    const { store } = storeWith(wrong, slow);
    store.getState().select(wrong.meta.id);
    const started = store.getState().start('practice');
    await settle();
    expect(texts(store)).toEqual(['A line the story never prints.']);
    store.getState().choose(store.getState().session!.state.choices[0]!.index);
    slow.arrive();
    await started;
    const reference = await withEngineAtOnce(encounter);
    expect(texts(store)).toEqual(texts(reference));
    expect(store.getState().session!.state.log.some((e) => e.kind === 'choice')).toBe(false);
  });

  it('drops the engine that arrives after the learner has left', async () => {
    const encounter = compiled(PATH);
    const slow = slowOpener();
    const { store } = storeWith(encounter, slow);
    store.getState().select(encounter.meta.id);
    const started = store.getState().start('practice');
    await settle();
    store.getState().abandon();
    slow.arrive();
    await started;
    expect(store.getState().session).toBeNull();
    expect(store.getState().screen).toBe(SCREENS.picker);
  });

  it('after a reload on the opening, starts again from it with the same variant', async () => {
    const encounter = compiled(PATH);
    const slow = slowOpener();
    const { store, storage } = storeWith(encounter, slow, 8);
    store.getState().select(encounter.meta.id);
    void store.getState().start('practice');
    await settle();
    const shown = texts(store);
    // The page reloads before the engine came: the saved session has no engine save.
    const again = createAppStore({ ...depsFor(encounter, storage, 99) });
    expect(again.getState().session?.story).toBe('');
    expect(await again.getState().resume()).toBe(true);
    expect(again.getState().session?.seed).toBe(8);
    expect(again.getState().session?.story).not.toBe('');
    expect(texts(again)).toEqual(shown);
  });

  it('waits for the first screen to be drawn before asking for the engine', async () => {
    const encounter = compiled(PATH);
    const slow = slowOpener();
    let drawn: () => void = () => undefined;
    const firstScreen = new Promise<void>((r) => (drawn = r));
    const store = createAppStore({
      ...depsFor(encounter, memoryStorage(), 7),
      opener: slow.opener,
      drawn: () => firstScreen,
    });
    store.getState().select(encounter.meta.id);
    const started = store.getState().start('practice');
    await settle();
    expect(store.getState().session?.state.choices.length).toBeGreaterThan(0);
    expect(slow.calls).toEqual([]);
    drawn();
    await settle();
    expect(slow.calls.sort()).toEqual(['open', 'prepare']);
    slow.arrive();
    await started;
    expect(store.getState().session?.story).not.toBe('');
  });

  it('goes back to the list, and says why, when the engine cannot be loaded', async () => {
    const encounter = compiled(PATH);
    const slow = slowOpener();
    const { store } = storeWith(encounter, slow);
    store.getState().select(encounter.meta.id);
    const started = store.getState().start('practice');
    await settle();
    slow.fail(new Error('runner-abc.js: 503'));
    await started;
    expect(store.getState().session).toBeNull();
    expect(store.getState().screen).toBe(SCREENS.picker);
    expect(
      store
        .getState()
        .notices.map((n) => `${n.text} ${n.detail ?? ''}`)
        .join(' '),
    ).toMatch(/503/);
  });
});
