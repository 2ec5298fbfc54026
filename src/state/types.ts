// The store's types: its state and actions, grouped in the slices that implement them
// (src/state/*-slice.ts, notices.ts), the ports it is built from, and what it needs of a story.
// In a module of their own so that the slices and the store that joins them need not import each other.

import type { StoreApi } from 'zustand/vanilla';
import type { StateStorage } from 'zustand/middleware';
import type { CompiledEncounter, EncounterEntry } from '../core/encounter/analysis.ts';
import type { StoryStep } from '../core/encounter/beats.ts';
import type { Catalogs } from '../core/encounter/catalog.ts';
import type { AppConfig } from '../core/config/config.ts';
import type { Debrief } from '../core/encounter/debrief.ts';
import type { EncounterState } from '../core/encounter/encounter.ts';
import type { AttemptRecord } from '../core/progress/history.ts';
import type { IncidentReport, Mode } from '../core/encounter/log.ts';
import type { ChecklistItem } from '../core/encounter/report.ts';
import type { TagContext } from '../core/tags/tags.ts';
import type { Decision } from '../story/driver.ts';
import type { HistoryPort } from './history.ts';
import type { Screen } from './keys.ts';
import type { LateKit } from './late-kit.ts';
import type { Lazy } from './lazy.ts';
import type { Notice, NoticeId, NoticeTexts } from './notices.ts';
import type { Settings } from './settings.ts';

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
  /** Optional: make the encounter's scenes known (their words, for the screen) without the engine. */
  scenes?(compiled: CompiledEncounter): Promise<void>;
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

/** What replaying the last attempt needs: its encounter, seed, mode and the choices taken in order. */
export interface LastAttempt {
  encounterId: string;
  contentHash: string;
  seed: number;
  mode: Mode;
  choices: number[];
}

/** Which screen is up, and what the learner is pointing at. */
export interface ViewSlice {
  screen: Screen;
  /** The encounter picked on the picker, shown with its content note before it starts. */
  selected: string | null;
  loading: boolean;
  /** The hotspot whose mirrored button has focus, for the scene to highlight. */
  focusedHotspot: string | null;
  /** Set while the learner has stepped out (paused). */
  steppedOut: boolean;
  goTo(screen: Screen): void;
  focusHotspot(id: string | null): void;
  stepOut(on: boolean): void;
}

export interface SettingsSlice {
  settings: Settings;
  setSettings(patch: Partial<Settings>): void;
}

/** Messages for the learner: a storage reset, a story that failed to load. */
export interface NoticesSlice {
  notices: Notice[];
  /**
   * Adds a message already in words (from the app, the LMS bridge, a configuration problem), with an
   * error's own text as its technical details when it reports one.
   */
  notify(message: string, detail?: string): void;
  /**
   * Adds one of the store's own notices, in the words of the texts it was given; for a text that
   * answers later (a promise), the promise of it being added.
   */
  tell<K extends NoticeId>(id: K, ...values: Parameters<NoticeTexts[K]>): void | Promise<void>;
  dismissNotice(index: number): void;
}

/** The encounter under way, and what the last one left behind. */
export interface SessionSlice {
  session: Session | null;
  lastDebrief: Debrief | null;
  lastAttempt: LastAttempt | null;
  /** Best percent per encounter id. */
  best: Record<string, number>;
  /** Unfinished sessions whose story has changed since: kept, never loaded wrongly, and exported. */
  setAside: Session[];
  /** The decision log of the attempt that just reached its debrief (for the LMS bridge; not saved). */
  lastLog: Session['state']['log'] | null;
  /** The learner's name as the LMS gives it; fills and locks the certificate name. */
  learnerName: string | null;
  select(encounterId: string): void;
  /** Starts the selected encounter; `seed` fixes the replay variant (for replays and tests). */
  start(mode?: Mode, seed?: number): Promise<void>;
  /** Practice mode: play the last attempt again, re-taking its first `step` choices, then hand over. */
  replayFrom(step: number): Promise<boolean>;
  resume(): Promise<boolean>;
  /** Takes one decision through the encounter driver (src/story/driver.ts). */
  decide(decision: Decision): void;
  choose(index: number): void;
  chooseHotspot(hotspot: string): void;
  submitReport(report: IncidentReport): void;
  abandon(): void;
}

/** Completed attempts: the progress page's data, export and import. */
export interface HistorySlice {
  /** Completed attempts, loaded from the history store for the progress page. */
  attempts: AttemptRecord[];
  /** Keeps a new attempt (in memory at once, in the history store when it answers). */
  addAttempt(record: AttemptRecord): void;
  /** Reads the attempt history into `attempts` (reporting any damaged record). */
  loadHistory(): Promise<void>;
  /** The history as an export file's text, with the learner's name or staff ID when given. */
  exportHistory(learner?: string): string;
  /** Adds the attempts in an export file; refuses a malformed or foreign file with the reason. */
  importHistory(name: string, text: string): Promise<boolean>;
}

type Slices = ViewSlice & SettingsSlice & NoticesSlice & SessionSlice & HistorySlice;
type ActionKeys = {
  [K in keyof Slices]: Slices[K] extends (...args: never[]) => unknown ? K : never;
}[keyof Slices];

export type AppState = Omit<Slices, ActionKeys>;
export type AppActions = Pick<Slices, ActionKeys>;
export type AppStore = StoreApi<AppState & AppActions>;

/** The store's own setState and getState, as each slice receives them. */
export type SetState = AppStore['setState'];
export type GetState = AppStore['getState'];

export interface StoreDeps {
  encounters: readonly EncounterEntry[];
  /** The catalogs: at hand, or loaded after the first choice is on screen (src/state/lazy.ts). */
  catalogs: Lazy<Catalogs>;
  /**
   * Checklist, debrief and attempt builders (src/state/late-kit.ts). Without it the store loads them
   * with the catalogs; tests pass them in, with the catalogs at hand, to keep every step synchronous.
   */
  kit?: Lazy<LateKit>;
  /**
   * The words of the store's own notices (src/ui/strings/strings-notices.ts): at hand, or loaded when
   * the first notice is raised (the browser; its notices then appear once their words are in).
   */
  texts: Lazy<NoticeTexts>;
  config: AppConfig;
  ctx: TagContext;
  opener: StoryOpener;
  storage?: StateStorage;
  /** Where completed attempts are kept (IndexedDB in the browser). */
  history?: Lazy<HistoryPort>;
  now?: () => number;
  randomSeed?: () => number;
  /** Adds programme fields (learner, assignment, passed) to each new attempt before it is saved. */
  decorateAttempt?: (record: AttemptRecord) => AttemptRecord;
  /** Resolves once the first screen is drawn (see SessionDeps.drawn); by default at once. */
  drawn?: () => Promise<void>;
}
