// The application store (zustand, vanilla), made of slices behind the typed ports in
// src/state/types.ts: view, settings, notices, session (the encounter under way, through the
// encounter driver) and history. Views subscribe to it and send actions; they hold no rules.
// Persistence (what is saved, how a save is checked) is in src/state/persist.ts.

import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import type { HistoryPort } from './history.ts';
import { historySlice } from './history-slice.ts';
import type { LateKit } from './late-kit.ts';
import { both, cached, later } from './lazy.ts';
import { noticesSlice, wordNotice, type NoticeTexts } from './notices.ts';
import { persistOptions, type PersistProblem } from './persist.ts';
import { sessionSlice } from './session-slice.ts';
import type { AppActions, AppState, AppStore, GetState, SetState, StoreDeps } from './types.ts';
import { settingsSlice, viewSlice } from './view-slice.ts';

export type {
  AppActions,
  AppState,
  AppStore,
  LastAttempt,
  Session,
  StoreDeps,
  StoryHandle,
  StoryOpener,
} from './types.ts';
export { DAMAGED_SUFFIX, PERSIST_KEY, PERSIST_VERSION, readPersisted, versionCopyKey } from './persist.ts';

const LATE_KIT = later((): Promise<LateKit> => import('./late-kit.ts').then((m) => m.LATE_KIT));

export function createAppStore(deps: StoreDeps): AppStore {
  const now = deps.now ?? (() => Date.now());
  const session = sessionSlice({
    encounters: deps.encounters,
    config: deps.config,
    ctx: deps.ctx,
    opener: deps.opener,
    late: cached(both(deps.catalogs, deps.kit ?? LATE_KIT)),
    now,
    randomSeed: deps.randomSeed ?? (() => Math.floor(Math.random() * 2 ** 31)),
    ...(deps.decorateAttempt ? { decorateAttempt: deps.decorateAttempt } : {}),
    ...(deps.drawn ? { drawn: deps.drawn } : {}),
  });
  const history = historySlice(deps.history ? cached<HistoryPort>(deps.history) : null, now);
  const texts = cached<NoticeTexts>(deps.texts);
  const notices = noticesSlice(texts);

  const initializer = (set: SetState, get: GetState): AppState & AppActions => ({
    ...viewSlice(set),
    ...settingsSlice(set, get),
    ...notices(set, get),
    ...session(set, get),
    ...history(set, get),
  });

  if (!deps.storage) return createStore<AppState & AppActions>()(initializer);
  const problems: PersistProblem[] = [];
  const store = createStore<AppState & AppActions>()(
    persist(initializer, persistOptions(deps.storage, problems)),
  );
  for (const problem of problems) void wordNotice(texts, problem, store.getState().notify);
  return store;
}
