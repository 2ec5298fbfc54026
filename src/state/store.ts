// The application store (zustand, vanilla). It holds the session, the settings and the last
// debrief, and turns learner intents into calls on the story adapter and the core reducers.
// Views subscribe to it and send actions; they hold no rules.

import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist, createJSONStorage, type StateStorage } from 'zustand/middleware';
import { analysisFor, type CompiledEncounter, type EncounterEntry } from '../core/analysis.ts';
import type { StoryStep } from '../core/beats.ts';
import type { Catalogs } from '../core/catalog.ts';
import { storyVariables, STORY_VARIABLES, variantOf, type AppConfig } from '../core/config.ts';
import type { Debrief } from '../core/debrief.ts';
import {
  receiveStep,
  recordChoice,
  recordReport,
  startEncounter,
  type EncounterState,
} from '../core/encounter.ts';
import { upgradeDebriefActions, upgradeLog, type IncidentReport, type Mode } from '../core/log.ts';
import type { ChecklistItem } from '../core/report.ts';
import type { TagContext } from '../core/tags.ts';
import { SCREENS, type Screen } from './keys.ts';
import type { HistoryPort } from './history.ts';
import { historyFile, type AttemptRecord } from '../core/history.ts';
import type { LateKit } from './late-kit.ts';
import { DataError } from '../core/validate.ts';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings.ts';

/** What the store needs from the story adapter; the real one wraps inkjs, tests may use it directly. */
export interface StoryHandle {
  continue(): StoryStep;
  choose(index: number): StoryStep;
  save(): string;
  load(state: string): StoryStep;
  setVariable(name: string, value: string | number): boolean;
}

export interface StoryOpener {
  /** Optional: start fetching the adapter early (when an encounter is picked), so starting is instant. */
  prepare?(): Promise<unknown>;
  open(
    compiled: CompiledEncounter,
    variables: Record<string, string | number>,
    ctx: TagContext,
  ): StoryHandle | Promise<StoryHandle>;
}

export interface Session {
  encounterId: string;
  contentHash: string;
  seed: number;
  mode: Mode;
  state: EncounterState;
  /** ink's own save of the story, taken at the last choice point. */
  story: string;
  checklist: ChecklistItem[];
}

export interface AppState {
  screen: Screen;
  /** The encounter picked on the picker, shown with its content note before it starts. */
  selected: string | null;
  session: Session | null;
  lastDebrief: Debrief | null;
  /** What replaying the last attempt needs: its encounter, seed, mode and the choices taken in order. */
  lastAttempt: {
    encounterId: string;
    contentHash: string;
    seed: number;
    mode: Mode;
    choices: number[];
  } | null;
  /** Best percent per encounter id. */
  best: Record<string, number>;
  settings: Settings;
  /** Messages for the learner: a storage reset, a story that failed to load. */
  notices: string[];
  loading: boolean;
  /** The hotspot whose mirrored button has focus, for the scene to highlight. */
  focusedHotspot: string | null;
  /** Set while the learner has stepped out (paused). */
  steppedOut: boolean;
  /** Completed attempts, loaded from the history store for the progress page. */
  attempts: AttemptRecord[];
  /** Unfinished sessions whose story has changed since: kept, never loaded wrongly, and exported. */
  setAside: Session[];
  /** The decision log of the attempt that just reached its debrief (for the LMS bridge; not saved). */
  lastLog: Session['state']['log'] | null;
  /** The learner's name as the LMS gives it; fills and locks the certificate name. */
  learnerName: string | null;
}

export interface AppActions {
  goTo(screen: Screen): void;
  select(encounterId: string): void;
  /** Starts the selected encounter; `seed` fixes the replay variant (for replays and tests). */
  start(mode?: Mode, seed?: number): Promise<void>;
  /** Practice mode: play the last attempt again, re-taking its first `step` choices, then hand over. */
  replayFrom(step: number): Promise<boolean>;
  resume(): Promise<boolean>;
  choose(index: number): void;
  chooseHotspot(hotspot: string): void;
  submitReport(report: IncidentReport): void;
  setSettings(patch: Partial<Settings>): void;
  focusHotspot(id: string | null): void;
  stepOut(on: boolean): void;
  dismissNotice(index: number): void;
  notify(message: string): void;
  abandon(): void;
  /** Reads the attempt history into `attempts` (reporting any damaged record). */
  loadHistory(): Promise<void>;
  /** The history as an export file's text, with the learner's name or staff ID when given. */
  exportHistory(learner?: string): string;
  /** Adds the attempts in an export file; refuses a malformed or foreign file with the reason. */
  importHistory(name: string, text: string): Promise<boolean>;
}

export type AppStore = StoreApi<AppState & AppActions>;

export interface StoreDeps {
  encounters: readonly EncounterEntry[];
  /** The catalogs, or a loader: the game loads them after the first choice is on screen. */
  catalogs: Catalogs | (() => Promise<Catalogs>);
  /**
   * Checklist, debrief and attempt builders, or a loader (src/state/late-kit.ts). Without it the
   * store loads them with the catalogs; tests pass them in to keep every step synchronous.
   */
  kit?: LateKit | (() => Promise<LateKit>);
  config: AppConfig;
  ctx: TagContext;
  opener: StoryOpener;
  storage?: StateStorage;
  /** Where completed attempts are kept (IndexedDB in the browser). */
  history?: HistoryPort | (() => Promise<HistoryPort>);
  now?: () => number;
  randomSeed?: () => number;
  /** Adds programme fields (learner, assignment, passed) to each new attempt before it is saved. */
  decorateAttempt?: (record: AttemptRecord) => AttemptRecord;
}

export const PERSIST_KEY = 'second-look';
export const PERSIST_VERSION = 1;
/** Where a save that could not be read is kept, beside the fresh one. */
export const DAMAGED_SUFFIX = '.damaged';

type Persisted = Pick<AppState, 'settings' | 'lastDebrief' | 'best' | 'lastAttempt' | 'setAside'> & {
  session: Session | null;
};

/** Checks a persisted value's shape; anything unexpected is reported and reset, never trusted. */
export function readPersisted(value: unknown): Persisted {
  const o = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const session = o['session'] as Session | null | undefined;
  const okSession =
    session &&
    typeof session === 'object' &&
    typeof session.encounterId === 'string' &&
    typeof session.story === 'string' &&
    typeof session.state === 'object' &&
    Array.isArray(session.state?.log) &&
    Array.isArray(session.state?.transcript);
  const best = o['best'];
  return {
    settings: readSettings(o['settings']),
    lastDebrief: upgradeStoredDebrief(o['lastDebrief']),
    best:
      typeof best === 'object' && best !== null
        ? Object.fromEntries(Object.entries(best).filter(([, v]) => typeof v === 'number'))
        : {},
    session: okSession ? upgradeSession(session) : null,
    lastAttempt: readAttempt(o['lastAttempt']),
    setAside: Array.isArray(o['setAside']) ? (o['setAside'] as Session[]).map(upgradeSession) : [],
  };
}

/** A saved session from an earlier version, with its log's action ids as the current ladder names them. */
function upgradeSession(s: Session): Session {
  const log = Array.isArray(s?.state?.log) ? upgradeLog(s.state.log) : s?.state?.log;
  return log === s?.state?.log ? s : { ...s, state: { ...s.state, log } };
}

function upgradeStoredDebrief(value: unknown): Debrief | null {
  const d = value as Debrief | null | undefined;
  return d && typeof d === 'object' ? upgradeDebriefActions(d) : null;
}

function readAttempt(value: unknown): AppState['lastAttempt'] {
  const a = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const ok =
    typeof a['encounterId'] === 'string' &&
    typeof a['contentHash'] === 'string' &&
    typeof a['seed'] === 'number' &&
    (a['mode'] === 'practice' || a['mode'] === 'assessment') &&
    Array.isArray(a['choices']) &&
    a['choices'].every((n) => Number.isInteger(n));
  return ok ? (a as unknown as AppState['lastAttempt']) : null;
}

export function createAppStore(deps: StoreDeps): AppStore {
  const now = deps.now ?? (() => Date.now());
  const randomSeed = deps.randomSeed ?? (() => Math.floor(Math.random() * 2 ** 31));
  const variables = storyVariables(deps.config);
  let story: StoryHandle | null = null;
  let compiled: CompiledEncounter | null = null;
  const storageProblems: string[] = [];

  const safeStorage: StateStorage | undefined = deps.storage && {
    getItem: (name) => {
      const raw = deps.storage?.getItem(name) as string | null;
      if (raw === null || raw === undefined) return null;
      try {
        JSON.parse(raw);
        return raw;
      } catch {
        // Keep the damaged text (it may be recoverable by hand) before starting afresh.
        deps.storage?.setItem(`${name}${DAMAGED_SUFFIX}`, raw);
        storageProblems.push(
          `Your saved settings could not be read and were reset to the defaults. A copy of the damaged save was kept in this browser under "${name}${DAMAGED_SUFFIX}".`,
        );
        deps.storage?.removeItem(name);
        return null;
      }
    },
    setItem: (name, value) => deps.storage?.setItem(name, value),
    removeItem: (name) => deps.storage?.removeItem(name),
  };

  const findEntry = (id: string) => deps.encounters.find((e) => e.meta.id === id);

  let catalogs: Catalogs | null = typeof deps.catalogs === 'function' ? null : deps.catalogs;
  let kit: LateKit | null = deps.kit && typeof deps.kit !== 'function' ? deps.kit : null;
  const loadKit =
    typeof deps.kit === 'function' ? deps.kit : () => import('./late-kit.ts').then((m) => m.LATE_KIT);
  let catalogsLoading: Promise<Catalogs> | null = null;
  const ensureCatalogs = (): Promise<Catalogs> => {
    if (catalogs && kit) return Promise.resolve(catalogs);
    const loadCatalogs = deps.catalogs as () => Promise<Catalogs>;
    catalogsLoading ??= Promise.all([
      catalogs ? Promise.resolve(catalogs) : loadCatalogs(),
      kit ? Promise.resolve(kit) : loadKit(),
    ]).then(([c, k]) => {
      kit = k;
      catalogs = c;
      return c;
    });
    return catalogsLoading;
  };

  let historyPort: Promise<HistoryPort | null> | null = null;
  const history = (): Promise<HistoryPort | null> => {
    const h = deps.history;
    historyPort ??= !h ? Promise.resolve(null) : typeof h === 'function' ? h() : Promise.resolve(h);
    return historyPort;
  };

  const initializer = (
    set: StoreApi<AppState & AppActions>['setState'],
    get: StoreApi<AppState & AppActions>['getState'],
  ): AppState & AppActions => {
    const finish = (session: Session, c: CompiledEncounter, cat: Catalogs): void => {
      const analysis = analysisFor(c, variantOf(session.seed, c.meta.variants));
      const debrief = (kit as LateKit).buildDebrief(session.state.log, c.meta, analysis, cat, deps.config);
      const plain = (kit as LateKit).attemptFromDebrief(
        debrief,
        new Date(now()),
        `${session.encounterId}-${session.seed}-${now()}`,
      );
      const record = deps.decorateAttempt?.(plain) ?? plain;
      set({ attempts: [...get().attempts, record] });
      void history()
        .then((h) => h?.add([record]))
        .catch((e: unknown) =>
          get().notify(`This attempt could not be saved to your history (${(e as Error).message}).`),
        );
      const best = Math.max(get().best[session.encounterId] ?? 0, debrief.total.percent);
      set({
        session: null,
        lastDebrief: debrief,
        lastAttempt: {
          encounterId: session.encounterId,
          contentHash: session.contentHash,
          seed: session.seed,
          mode: session.mode,
          choices: session.state.log.flatMap((e) => (e.kind === 'choice' ? [e.index] : [])),
        },
        best: { ...get().best, [session.encounterId]: best },
        screen: SCREENS.debrief,
        lastLog: session.state.log,
      });
    };

    /** The report checklist needs the catalogs; they may still be loading after the first choice. */
    const withChecklist = (session: Session, c: CompiledEncounter, cat: Catalogs): Session =>
      session.checklist.length > 0
        ? session
        : {
            ...session,
            checklist: (kit as LateKit).buildChecklist(
              c.meta,
              analysisFor(c, variantOf(session.seed, c.meta.variants)),
              cat,
              session.seed,
            ),
          };

    const apply = (step: StoryStep, session: Session): void => {
      const state = receiveStep(session.state, step, now());
      const next: Session = { ...session, state, story: story?.save() ?? session.story };
      const c = compiled;
      if (!c) return;
      if (state.phase === 'debrief') {
        if (catalogs && kit) finish(next, c, catalogs);
        else void ensureCatalogs().then((cat) => finish(next, c, cat));
        return;
      }
      if (catalogs && kit) {
        set({ session: withChecklist(next, c, catalogs) });
        return;
      }
      set({ session: next });
      // Asked for in a later task, so the request starts after whatever is drawing this step.
      setTimeout(() => {
        void ensureCatalogs().then((cat) => {
          const current = get().session;
          if (current && current.encounterId === next.encounterId)
            set({ session: withChecklist(current, c, cat) });
        });
      }, 0);
    };

    const loadCompiled = async (id: string): Promise<CompiledEncounter | null> => {
      const entry = findEntry(id);
      if (!entry) {
        get().notify(`The encounter "${id}" is not in this library.`);
        return null;
      }
      set({ loading: true });
      try {
        return await entry.load();
      } catch (e) {
        get().notify(`The encounter could not be loaded: ${(e as Error).message}`);
        return null;
      } finally {
        set({ loading: false });
      }
    };

    return {
      screen: SCREENS.picker,
      selected: null,
      session: null,
      lastDebrief: null,
      lastAttempt: null,
      best: {},
      settings: { ...DEFAULT_SETTINGS },
      notices: [],
      loading: false,
      focusedHotspot: null,
      steppedOut: false,
      attempts: [],
      setAside: [],
      lastLog: null,
      learnerName: null,

      goTo: (screen) => set({ screen, focusedHotspot: null }),
      select: (encounterId) => {
        // Fetch the story and the adapter while the learner reads the content note.
        void deps.opener.prepare?.().catch(() => undefined);
        void findEntry(encounterId)
          ?.load()
          .catch(() => undefined);
        set({ selected: encounterId, screen: SCREENS.contentNote });
      },
      notify: (message) => set({ notices: [...get().notices, message] }),
      dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
      focusHotspot: (id) => set({ focusedHotspot: id }),
      stepOut: (on) => set({ steppedOut: on }),
      setSettings: (patch) => set({ settings: readSettings({ ...get().settings, ...patch }) }),

      start: async (mode = 'practice', fixedSeed?: number) => {
        const id = get().selected;
        if (!id) return;
        const c = await loadCompiled(id);
        if (!c) return;
        compiled = c;
        const seed = fixedSeed ?? randomSeed();
        const variant = variantOf(seed, c.meta.variants);
        story = await deps.opener.open(c, { ...variables, [STORY_VARIABLES.variant]: variant }, deps.ctx);
        const session: Session = {
          encounterId: c.meta.id,
          contentHash: c.contentHash,
          seed,
          mode,
          state: startEncounter({ encounterId: c.meta.id, contentHash: c.contentHash, seed, mode }, now()),
          story: '',
          checklist: [],
        };
        set({ screen: SCREENS.encounter, steppedOut: false });
        apply(story.continue(), session);
      },

      replayFrom: async (step) => {
        const last = get().lastAttempt;
        if (!last || last.mode !== 'practice') return false;
        set({ selected: last.encounterId });
        await get().start('practice', last.seed);
        const session = get().session;
        if (!session || session.contentHash !== last.contentHash) {
          if (session)
            get().notify('The encounter has changed since that attempt, so it starts from the beginning.');
          return false;
        }
        for (const index of last.choices.slice(0, Math.max(0, step))) {
          const current = get().session;
          if (
            !current ||
            current.state.awaitingReport ||
            !current.state.choices.some((c) => c.index === index)
          )
            break;
          get().choose(index);
        }
        return true;
      },

      resume: async () => {
        const saved = get().session;
        if (!saved) return false;
        const c = await loadCompiled(saved.encounterId);
        if (!c) return false;
        if (c.contentHash !== saved.contentHash) {
          get().notify(
            'The encounter you were playing has been updated since you left, so your place in it could not be restored. Your unfinished attempt was set aside (it is included when you export your history). Start it again from the beginning.',
          );
          set({ session: null, setAside: [...get().setAside, saved] });
          return false;
        }
        compiled = c;
        story = await deps.opener.open(c, variables, deps.ctx);
        try {
          story.load(saved.story);
        } catch (e) {
          get().notify(`Your place in the encounter could not be restored (${(e as Error).message}).`);
          set({ session: null });
          return false;
        }
        set({ screen: SCREENS.encounter, selected: saved.encounterId, steppedOut: false });
        return true;
      },

      choose: (index) => {
        const session = get().session;
        if (!session || !story) return;
        const state = recordChoice(session.state, index, now());
        apply(story.choose(index), { ...session, state });
      },

      chooseHotspot: (hotspot) => {
        const session = get().session;
        const choice = session?.state.choices.find((c) => c.tags.observe === hotspot);
        if (choice) get().choose(choice.index);
      },

      submitReport: (report) => {
        const session = get().session;
        if (!session || !story) return;
        const { state, choiceIndex } = recordReport(session.state, report, now());
        story.setVariable(STORY_VARIABLES.reportAction, report.action);
        apply(story.choose(choiceIndex), { ...session, state });
      },

      loadHistory: async () => {
        const h = await history().catch(() => null);
        if (!h) return;
        try {
          const { attempts, damaged } = await h.list();
          set({ attempts });
          if (damaged > 0)
            get().notify(`${damaged} saved attempt(s) could not be read and were left out of your progress.`);
        } catch (e) {
          get().notify(`Your attempt history could not be read (${(e as Error).message}).`);
        }
      },

      exportHistory: (learner) =>
        JSON.stringify(
          { ...historyFile(get().attempts, new Date(now()), learner), setAside: get().setAside },
          null,
          2,
        ),

      importHistory: async (name, text) => {
        let incoming: AttemptRecord[];
        // Reading a file is rare: its validation loads only when a file is imported.
        const { readHistoryFile } = await import('../core/history-read.ts');
        try {
          incoming = readHistoryFile(name, text);
        } catch (e) {
          if (!(e instanceof DataError)) throw e;
          get().notify(`The file was not imported: ${e.message}. Nothing already saved was changed.`);
          return false;
        }
        const known = new Set(get().attempts.map((a) => a.id));
        const fresh = incoming.filter((a) => !known.has(a.id));
        const h = await history();
        await h?.add(fresh);
        set({ attempts: [...get().attempts, ...fresh] });
        get().notify(`Imported ${fresh.length} attempt(s) from ${name}.`);
        return true;
      },

      abandon: () => {
        story = null;
        compiled = null;
        set({ session: null, screen: SCREENS.picker, steppedOut: false });
      },
    };
  };

  if (!safeStorage) return createStore<AppState & AppActions>()(initializer);

  const store = createStore<AppState & AppActions>()(
    persist(initializer, {
      name: PERSIST_KEY,
      version: PERSIST_VERSION,
      storage: createJSONStorage(() => safeStorage),
      partialize: (s): Persisted => ({
        settings: s.settings,
        lastDebrief: s.lastDebrief,
        lastAttempt: s.lastAttempt,
        setAside: s.setAside,
        best: s.best,
        session: s.session,
      }),
      migrate: (persisted, version) => {
        if (version !== PERSIST_VERSION) {
          storageProblems.push('Saved data from an older version was reset.');
          return readPersisted({});
        }
        return readPersisted(persisted);
      },
      merge: (persisted, current) => ({ ...current, ...readPersisted(persisted) }),
    }),
  );
  for (const message of storageProblems) store.getState().notify(message);
  return store;
}
