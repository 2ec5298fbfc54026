import { LATE_KIT } from '../../src/state/late-kit.ts';
import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { createAppStore, PERSIST_KEY, PERSIST_VERSION, type StoreDeps } from '../../src/state/store.ts';
import { DEFAULT_SETTINGS } from '../../src/state/settings.ts';
import { SCREENS } from '../../src/state/keys.ts';
import { defaultConfig, realCatalogs } from './helpers.ts';

function memory(initial?: string): StateStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  if (initial !== undefined) data.set(PERSIST_KEY, initial);
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

function deps(storage: StateStorage): StoreDeps {
  return {
    encounters: [],
    catalogs: realCatalogs(),
    kit: LATE_KIT,
    config: defaultConfig(),
    ctx: {},
    opener: {
      open: () => {
        throw new Error('not used');
      },
    },
    storage,
  };
}

describe('persistence', () => {
  it('keeps settings across a reload', () => {
    const storage = memory();
    const a = createAppStore(deps(storage));
    a.getState().setSettings({ textSize: 'larger', highContrast: true, master: 0.3 });
    const b = createAppStore(deps(storage));
    expect(b.getState().settings).toMatchObject({ textSize: 'larger', highContrast: true, master: 0.3 });
    expect(b.getState().notices).toEqual([]);
  });

  it('reports a corrupt stored value and resets it, without crashing', () => {
    const storage = memory('{"state": {"settings": ');
    const store = createAppStore(deps(storage));
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
    expect(store.getState().notices.join(' ')).toMatch(/could not be read and were reset/);
    expect(store.getState().screen).toBe(SCREENS.picker);
  });

  it('replaces bad field values with defaults, field by field', () => {
    const storage = memory(
      JSON.stringify({
        state: {
          settings: { master: 'loud', textSize: 'huge', captions: false },
          best: { x: 'a', y: 80 },
          session: { nope: 1 },
        },
        version: PERSIST_VERSION,
      }),
    );
    const s = createAppStore(deps(storage)).getState();
    expect(s.settings.master).toBe(DEFAULT_SETTINGS.master);
    expect(s.settings.textSize).toBe('normal');
    expect(s.settings.captions).toBe(false);
    expect(s.best).toEqual({ y: 80 });
    expect(s.session).toBeNull();
  });

  it('resets data saved by an older version, and says so', () => {
    const storage = memory(JSON.stringify({ state: { settings: { master: 0.1 } }, version: 0 }));
    const s = createAppStore(deps(storage)).getState();
    expect(s.settings.master).toBe(DEFAULT_SETTINGS.master);
    expect(s.notices.join(' ')).toMatch(/older version/);
  });

  it('clamps settings to their range', () => {
    const store = createAppStore(deps(memory()));
    store.getState().setSettings({ master: 7, effects: -1 });
    expect(store.getState().settings.master).toBe(1);
    expect(store.getState().settings.effects).toBe(0);
  });
});
