import { LATE_KIT } from '../../src/state/late-kit.ts';
import { later, ready } from '../../src/state/lazy.ts';
import { NOTICE_TEXTS } from '../../src/ui/strings/strings-notices.ts';
import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import {
  createAppStore,
  PERSIST_KEY,
  PERSIST_VERSION,
  versionCopyKey,
  type Session,
  type StoreDeps,
} from '../../src/state/store.ts';
import type { Debrief } from '../../src/core/encounter/debrief.ts';
import { DEFAULT_SETTINGS } from '../../src/state/settings.ts';
import { SCREENS } from '../../src/state/keys.ts';
import { defaultConfig, realCatalogs, v1ConfigFile } from './helpers.ts';
import { readConfig } from '../../src/core/config/config.ts';
import type { EncounterEntry } from '../../src/core/encounter/analysis.ts';

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
    catalogs: ready(realCatalogs()),
    kit: ready(LATE_KIT),
    texts: ready(NOTICE_TEXTS),
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
    expect(
      store
        .getState()
        .notices.map((n) => n.text)
        .join(' '),
    ).toMatch(/could not be read and were reset/);
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
    expect(s.notices.map((n) => n.text).join(' ')).toMatch(/older version/);
  });

  it('clamps settings to their range', () => {
    const store = createAppStore(deps(memory()));
    store.getState().setSettings({ master: 7, effects: -1 });
    expect(store.getState().settings.master).toBe(1);
    expect(store.getState().settings.effects).toBe(0);
  });

  it('keeps a save from a newer version as a copy before resetting, and says it is newer (audit L2)', () => {
    const saved = JSON.stringify({
      state: { settings: { master: 0.1 }, best: { a: 90 } },
      version: PERSIST_VERSION + 1,
    });
    const storage = memory(saved);
    const s = createAppStore(deps(storage)).getState();
    expect(s.settings.master).toBe(DEFAULT_SETTINGS.master);
    const copy = versionCopyKey(PERSIST_KEY, PERSIST_VERSION + 1);
    expect(copy).toBe(`second-look.v${PERSIST_VERSION + 1}`);
    expect(storage.data.get(copy)).toBe(saved);
    expect(s.notices.map((n) => n.text).join(' ')).toMatch(/newer version/);
    expect(s.notices.map((n) => n.text).join(' ')).not.toMatch(/older/);
    expect(s.notices.map((n) => n.text).join(' ')).toContain(copy);
  });

  it('keeps a save from an older version as a copy too (audit L2)', () => {
    const saved = JSON.stringify({ state: { settings: { master: 0.1 } }, version: 0 });
    const storage = memory(saved);
    const s = createAppStore(deps(storage)).getState();
    expect(storage.data.get('second-look.v0')).toBe(saved);
    expect(s.notices.map((n) => n.text).join(' ')).toMatch(/older version/);
  });
});

/** A debrief with every field the debrief screen reads (the content does not matter here). */
const DEBRIEF: Debrief = {
  encounter: { id: 'e', title: 'E', setting: 'hotel', situation: 'none', minor: false },
  mode: 'practice',
  ending: { id: 'x', title: 'X' },
  critical: [],
  dimensions: [{ id: 'd', name: 'D', group: 'g', description: '', score: 1, max: 2 }],
  total: { score: 1, max: 2, percent: 50 },
  noticed: [
    { id: 'i', description: '', why: '', sources: [], places: [{ via: 'line', text: 't' }], seen: true },
  ],
  missed: [],
  notSeen: [],
  wronglyFlagged: [],
  decisions: [{ step: 0, text: 'Go', why: undefined, points: 1, critical: false, better: undefined }],
  action: { chosen: 'supervisor', required: 'supervisor', verdict: 'right' },
  recommended: [],
  myths: [],
  contactsReviewed: true,
};

const SESSION: Session = {
  encounterId: 'e',
  contentHash: 'h',
  seed: 1,
  mode: 'practice',
  state: {
    encounterId: 'e',
    phase: 'talk',
    transcript: [],
    choices: [],
    staging: { bg: null, cast: {}, ambience: null, sounds: [] },
    log: [],
    awaitingReport: false,
  },
  story: '{}',
  checklist: [],
};

describe('persisted debrief and set-aside attempts (audit L3)', () => {
  const saved = (state: Record<string, unknown>) =>
    memory(JSON.stringify({ state: { settings: {}, ...state }, version: PERSIST_VERSION }));

  it('keeps a sound last debrief and set-aside attempts as they were', () => {
    const s = createAppStore(deps(saved({ lastDebrief: DEBRIEF, setAside: [SESSION] }))).getState();
    expect(s.lastDebrief).toEqual(JSON.parse(JSON.stringify(DEBRIEF)));
    // The scoring table's row by id, and a critical error the report caused (no place in the scene).
    const filed: Debrief = {
      ...DEBRIEF,
      action: { chosen: 'police', required: 'supervisor', verdict: 'over', outcome: 'over_police' },
      critical: [{ id: 'c', title: 'T', explanation: 'E', instead: 'I', source: 'S' }],
    };
    const kept = createAppStore(deps(saved({ lastDebrief: filed }))).getState();
    expect(kept.lastDebrief).toEqual(JSON.parse(JSON.stringify(filed)));
    expect(s.setAside).toEqual([SESSION]);
    expect(s.notices).toEqual([]);
  });

  it('drops a damaged last debrief with a notice, instead of offering it', () => {
    const oldRow = { ...DEBRIEF, action: { ...DEBRIEF.action, outcome: { case: 'right', when: 'w' } } };
    for (const bad of [{}, { ...DEBRIEF, noticed: 'x' }, { ...DEBRIEF, total: null }, oldRow, 'debrief', 7]) {
      const s = createAppStore(deps(saved({ lastDebrief: bad }))).getState();
      expect(s.lastDebrief, JSON.stringify(bad)).toBeNull();
      expect(s.notices.map((n) => n.text).join(' ')).toMatch(/last debrief could not be read/);
    }
  });

  it('drops only the damaged set-aside attempts, with a notice', () => {
    const storage = saved({ setAside: [{}, SESSION, { ...SESSION, state: null }, 'x'] });
    const s = createAppStore(deps(storage)).getState();
    expect(s.setAside).toEqual([SESSION]);
    expect(s.notices.map((n) => n.text).join(' ')).toMatch(
      /3 set-aside unfinished attempts could not be read/,
    );
  });
});

describe("the configuration's words in a story", () => {
  it("are given to the story in the story's own language", async () => {
    const given: Record<string, string | number>[] = [];
    const c = { meta: { id: 'x' }, contentHash: 'h', variants: [], scenes: [], locale: 'es-US' };
    const store = createAppStore({
      ...deps(memory()),
      // A version 1 configuration: no jurisdiction, so the story's fallback is used.
      config: readConfig('config.json', v1ConfigFile()),
      encounters: [{ id: 'x', meta: c.meta, load: async () => c } as unknown as EncounterEntry],
      opener: {
        open: (_c, variables) => {
          given.push(variables);
          return Promise.reject(new Error('stop here'));
        },
      },
    });
    store.getState().select('x');
    await expect(store.getState().start('practice')).rejects.toThrow('stop here');
    expect(given[0]?.['org_jurisdiction']).toBe('su zona');
    expect(given[0]?.['child_protection_name']).toBe('los servicios de protección de menores');
  });
});

describe('notice words that load with the first notice (the browser)', () => {
  it('gives a damaged save’s notice once the words are in, and loads them once', async () => {
    let loads = 0;
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const texts = later(async () => {
      loads += 1;
      await gate;
      return NOTICE_TEXTS;
    });
    const store = createAppStore({ ...deps(memory('{"state": {"settings": ')), texts });
    // Nothing worded yet: the words are still loading.
    expect(store.getState().notices).toEqual([]);
    const told = store.getState().tell('replayChanged');
    release();
    await told;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(
      store
        .getState()
        .notices.map((n) => n.text)
        .join(' '),
    ).toMatch(/could not be read and were reset/);
    expect(store.getState().notices).toContainEqual({ text: NOTICE_TEXTS.replayChanged() });
    expect(loads).toBe(1);
  });

  it('gives a notice at once when the words are at hand', () => {
    const store = createAppStore(deps(memory()));
    expect(store.getState().tell('replayChanged')).toBeUndefined();
    expect(store.getState().notices).toEqual([{ text: NOTICE_TEXTS.replayChanged() }]);
  });
});
