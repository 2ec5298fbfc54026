// TEMPORARY harness for src/scenes/stage.ts — delete after use.
import { createStore } from 'zustand/vanilla';
import { readSceneManifest, type SceneManifest } from './src/core/scene-manifest.ts';
import { startEncounter } from './src/core/encounter.ts';
import type { StoryChoice } from './src/core/beats.ts';
import type { AppState, AppActions, AppStore } from './src/state/store.ts';
import { DEFAULT_SETTINGS } from './src/state/settings.ts';
import { mountStage } from './src/scenes/stage.ts';

const files = import.meta.glob<unknown>('/assets/scenes/*.json', { eager: true, import: 'default' });
const urls = import.meta.glob<string>('/assets/**/*', { query: '?url', import: 'default', eager: true });
const scenes = new Map<string, SceneManifest>();
for (const [p, d] of Object.entries(files)) { const m = readSceneManifest(p, d); scenes.set(m.id, m); }
const manifest = scenes.get('hotel_lobby_night')!;
const choices: StoryChoice[] = manifest.hotspots.map((h, i) => ({
  index: i, id: `lobby.c-${i}`, text: h.label,
  tags: { observe: h.id, reveals: null, scores: [], critical: [] } as unknown as StoryChoice['tags'],
}));
const base = startEncounter({ encounterId: 'x', contentHash: 'h', seed: 1, mode: 'practice' }, 0);
const chosen: string[] = [];
const store = createStore<AppState & AppActions>()((set, get) => ({
  screen: 'encounter', selected: null, lastDebrief: null, best: {}, notices: [], loading: false,
  focusedHotspot: null, steppedOut: false, settings: { ...DEFAULT_SETTINGS },
  session: { encounterId: 'x', contentHash: 'h', seed: 1, mode: 'practice', story: '', checklist: [],
    state: { ...base, choices, staging: { bg: 'hotel_lobby_night', ambience: null, sounds: [],
      cast: { dana: 'calm', mara: 'anxious', victor: 'calm', kos: 'guarded' } } } },
  chooseHotspot: (id) => { chosen.push(id); const s = get().session!; set({ session: { ...s, state: { ...s.state, choices: s.state.choices.filter((c) => c.tags.observe !== id) } } }); },
  focusHotspot: (id) => set({ focusedHotspot: id }),
  goTo() {}, select() {}, start: async () => {}, resume: async () => false, choose() {}, submitReport() {},
  setSettings: (p) => set({ settings: { ...get().settings, ...p } }), stepOut() {}, dismissNotice() {}, notify() {}, abandon() {},
})) as AppStore;
const assetUrl = (file: string) => { for (const [p, u] of Object.entries(urls)) if (p.endsWith('/' + file)) return u; throw new Error(file); };
const w = window as unknown as Record<string, unknown>;
w['store'] = store; w['chosen'] = chosen;
const t0 = performance.now();
mountStage(document.getElementById('host')!, store, scenes, assetUrl).then((stage) => {
  w['stage'] = stage; w['readyMs'] = performance.now() - t0; w['ready'] = true;
}, (e) => { w['error'] = String(e); console.error(e); });
