// The LMS bridge: loaded (lazily) only when the game runs from an LMS package. It resumes from the
// LMS's suspend data by replaying the recorded choices, then follows the store and writes the data
// model as the learner plays: one interaction per decision, the report after each debrief, the resume
// record after every step. The standards differ only in their Recorder (scorm.ts, cmi5.ts).

import {
  decodeSuspend,
  displayName,
  encodeSuspend,
  interactionsOf,
  heldAfter,
  lmsReport,
  neverLower,
  NOTHING_HELD,
  readLaunch,
  REPORT_STEP,
  stepsOf,
  COMPLETION,
  LMS_STANDARDS,
  type EncounterResult,
  type LmsHeld,
  type LmsLaunch,
  type SuspendState,
  SUSPEND_READ_LIMITS,
} from '../core/lms/lms.ts';
import { cleanLearnerName } from '../core/limits.ts';
import type { DecisionLog } from '../core/encounter/log.ts';
import { DataError } from '../core/validate.ts';
import { failureOf } from '../state/failure.ts';
import type { AppStore } from '../state/store.ts';
import type { LmsNoticeTexts } from '../state/lms-notices.ts';
import { replay, type Decision } from '../story/driver.ts';
import type { RecordLanguage, Recorder } from './recorder.ts';
import { STORAGE_KEYS } from '../core/storage-keys.ts';

export type { Recorder } from './recorder.ts';

/** Re-takes a suspended attempt's steps; false when the story no longer offers one of them. */
async function replaySession(
  store: AppStore,
  encounterId: string,
  session: NonNullable<SuspendState['session']>,
): Promise<boolean> {
  store.getState().select(encounterId);
  await store.getState().start(session.mode, session.seed);
  const decisions: Decision[] = [];
  for (const step of session.choices) {
    if (step !== REPORT_STEP) decisions.push({ choice: step });
    else if (session.report) decisions.push({ report: session.report });
    else break;
  }
  const taken = replay(
    decisions,
    () => store.getState().session?.state ?? null,
    (d) => store.getState().decide(d),
  );
  return taken === session.choices.length;
}

/** Where a copy of suspend data that could not be read is kept (localStorage), for support. */
export const DAMAGED_SUSPEND_KEY = STORAGE_KEYS.damagedSuspend;
/** How many distinct damaged copies are kept, newest last. */
const DAMAGED_COPIES = 3;

/** One kept copy of suspend data that could not be read. */
export interface DamagedSuspend {
  standard: string;
  /** When it was found (ISO 8601). */
  at: string;
  reason: string;
  data: string;
}

/** Keeps a copy of unreadable suspend data in `storage`; false when the storage refused it. */
export function keepDamagedSuspend(storage: Storage, copy: DamagedSuspend): boolean {
  try {
    let list: DamagedSuspend[] = [];
    try {
      const old: unknown = JSON.parse(storage.getItem(DAMAGED_SUSPEND_KEY) ?? '[]');
      if (Array.isArray(old)) list = old as DamagedSuspend[];
    } catch {
      // An unreadable list is replaced.
    }
    list = [...list.filter((c) => c?.data !== copy.data), copy].slice(-DAMAGED_COPIES);
    storage.setItem(DAMAGED_SUSPEND_KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

export interface BridgeOptions {
  /** The words of the learner's notices, in the language in use. */
  texts: LmsNoticeTexts;
  /** The records' words in every language, and the language in use (interaction descriptions). */
  language: Pick<RecordLanguage, 'words' | 'language' | 'optionTexts'>;
  now?: () => number;
  /** Keeps a copy of suspend data that could not be read; true when kept. */
  keepDamaged?: (copy: DamagedSuspend) => boolean;
}

/** The LMS's learner name as the app shows it: hidden controls removed, bounded, "Last, First" turned round. */
const shownName = (raw: string): string | null => displayName(cleanLearnerName(raw)) || null;

/** What the launch read from the LMS's suspend data. */
export interface SuspendRead {
  state: SuspendState;
  /** The data could not be read: nothing is written until the learner finishes an encounter. */
  unread: boolean;
  /** Why it could not be read, and whether a copy was kept (for the learner's notice). */
  damaged?: { reason: string; error: DataError | null; kept: boolean };
}

/**
 * Reads the recorder's suspend data: a fresh record when there is none, the decoded one (holding at
 * least the interactions the LMS counts) when it reads, else a fresh record marked unread, with a
 * copy of the data handed to `keepDamaged`.
 */
export function readSuspended(
  standard: LmsLaunch['standard'],
  rec: Pick<Recorder, 'suspendData' | 'interactionCount'>,
  now: () => number,
  keepDamaged?: BridgeOptions['keepDamaged'],
): SuspendRead {
  const fresh: SuspendState = { current: 0, results: [], interactions: rec.interactionCount };
  if (!rec.suspendData) return { state: fresh, unread: false };
  try {
    const state = decodeSuspend('suspend data', rec.suspendData, {
      maxLength: SUSPEND_READ_LIMITS[standard],
    });
    state.interactions = Math.max(state.interactions, rec.interactionCount);
    return { state, unread: false };
  } catch (e) {
    const error = e instanceof DataError ? e : null;
    const reason = error ? error.message : String(e);
    const copy = { standard, at: new Date(now()).toISOString(), reason, data: rec.suspendData };
    return { state: fresh, unread: true, damaged: { reason, error, kept: keepDamaged?.(copy) ?? false } };
  }
}

/** The index of the assignment's first encounter without a result (its length when all have one). */
export function nextUnfinished(encounters: readonly string[], results: readonly EncounterResult[]): number {
  const done = new Set(results.map((r) => r.encounterId));
  const i = encounters.findIndex((id) => !done.has(id));
  return i < 0 ? encounters.length : i;
}

/** What the bridge keeps while it runs, shared by its steps below. */
interface BridgeRun {
  store: AppStore;
  a: LmsLaunch['assignment'];
  rec: Recorder;
  opts: BridgeOptions;
  state: SuspendState;
  /** What the LMS holds; no report goes below it. */
  held: LmsHeld;
  /** True after a failed read: nothing is written until the learner finishes an encounter. */
  unread: boolean;
  /** The session (encounter and seed) whose interactions are being written, and how many are. */
  key: string;
  written: number;
  replaying: boolean;
}

const reportOf = (run: BridgeRun) => lmsReport(run.a, run.state.results);

function writeReport(run: BridgeRun): void {
  const r = neverLower(run.a, reportOf(run), run.held);
  run.held = heldAfter(run.held, r);
  run.rec.writeReport(r);
}

function save(run: BridgeRun, session?: SuspendState['session']): void {
  if (session) run.state.session = session;
  else delete run.state.session;
  run.rec.writeSuspend(encodeSuspend(run.state));
}

/** The interactions of `log`: the report's described in the language in use, the options in every one known. */
function interactionsIn(run: BridgeRun, encounterId: string, log: DecisionLog) {
  const { words, language, optionTexts } = run.opts.language;
  return interactionsOf(encounterId, log, words[language()].reportAction, optionTexts?.(encounterId, log));
}

/** Writes the interactions of `log` the LMS does not have yet. */
function sync(run: BridgeRun, encounterId: string, log: DecisionLog): void {
  const list = interactionsIn(run, encounterId, log);
  for (const i of list.slice(run.written)) run.rec.writeInteraction(run.state.interactions++, i);
  run.written = list.length;
}

/** Opens the encounter to play: the suspended one, replayed to where it was left, else the next. */
async function resume(run: BridgeRun): Promise<void> {
  const { store, state, a } = run;
  const next = state.session ? state.current : nextUnfinished(a.encounters, state.results);
  const id = a.encounters[next];
  if (state.session && id) {
    run.replaying = true;
    const ok = await replaySession(store, id, state.session).catch(() => false);
    run.replaying = false;
    const s = store.getState().session;
    if (!ok || !s) {
      store.getState().notify(run.opts.texts.changed());
      delete state.session;
    } else {
      run.key = `${s.encounterId}:${s.seed}`;
      run.written = interactionsIn(run, s.encounterId, s.state.log).length;
    }
  } else if (id) {
    store.getState().select(id);
  }
}

type AppState = ReturnType<AppStore['getState']>;

/** After a step in one of the assignment's encounters: its new interactions and the resume record. */
function afterStep(run: BridgeRun, s: AppState, prev: AppState): void {
  const session = s.session;
  if (run.unread || !session || session === prev.session || !run.a.encounters.includes(session.encounterId))
    return;
  const k = `${session.encounterId}:${session.seed}`;
  if (k !== run.key) {
    run.key = k;
    run.written = 0;
  }
  if (session.state.log === prev.session?.state.log) return;
  sync(run, session.encounterId, session.state.log);
  run.state.current = run.a.encounters.indexOf(session.encounterId);
  const steps = stepsOf(session.state.log);
  const rep = session.state.log.find((e) => e.kind === 'report');
  save(run, {
    seed: session.seed,
    mode: session.mode,
    choices: steps,
    ...(rep?.kind === 'report' ? { report: rep.report } : {}),
  });
  run.rec.commit();
}

/** After a debrief of one of the assignment's encounters: its result, the resume record, the report. */
function afterDebrief(run: BridgeRun, s: AppState, prev: AppState): void {
  const debrief = s.lastDebrief;
  if (
    !s.lastLog ||
    s.lastLog === prev.lastLog ||
    !debrief ||
    !run.a.encounters.includes(debrief.encounter.id)
  )
    return;
  // Finishing an encounter is what ends the wait after a failed read: from here on it all goes.
  run.unread = false;
  sync(run, debrief.encounter.id, s.lastLog);
  run.key = '';
  run.written = 0;
  const result: EncounterResult = {
    encounterId: debrief.encounter.id,
    percent: debrief.total.percent,
    dimensions: debrief.dimensions.map((d) => ({ id: d.id, name: d.name, score: d.score, max: d.max })),
  };
  run.state.results = [...run.state.results.filter((r) => r.encounterId !== result.encounterId), result];
  run.state.current = nextUnfinished(run.a.encounters, run.state.results);
  save(run);
  writeReport(run);
  run.rec.commit();
}

/**
 * Connects a Recorder to the store; returns a function that ends the session (as on page exit).
 *
 * What is written when: at launch, after a good read (or none to read), the report merged with what
 * the LMS holds; after every step the new interactions and the suspend data; after every debrief the
 * report (merged again). When the suspend data could not be read, nothing at all is written until the
 * learner finishes an encounter (the unreadable data stays in the LMS and a copy is kept locally).
 * A report never goes below what the LMS holds (neverLower in src/core/lms/lms.ts).
 */
export async function runBridge(
  store: AppStore,
  launch: LmsLaunch,
  rec: Recorder,
  opts: BridgeOptions,
): Promise<() => void> {
  const now = opts.now ?? (() => Date.now());
  const startedAt = now();
  rec.begin?.();
  if (rec.learnerName) store.setState({ learnerName: shownName(rec.learnerName) });
  const read = readSuspended(launch.standard, rec, now, opts.keepDamaged);
  if (read.damaged)
    store
      .getState()
      .notify(opts.texts.damaged(read.damaged.error, read.damaged.kept ? DAMAGED_SUSPEND_KEY : null));
  const run: BridgeRun = {
    store,
    a: launch.assignment,
    rec,
    opts,
    state: read.state,
    held: rec.held ?? NOTHING_HELD,
    unread: read.unread,
    key: '',
    written: 0,
    replaying: false,
  };
  // The LMS is the record under a package: a session left in this browser's storage is not resumed.
  if (store.getState().session) store.getState().abandon();

  await resume(run);
  if (!run.unread) {
    writeReport(run);
    rec.commit();
  }

  store.subscribe((s, prev) => {
    if (run.replaying) return;
    afterStep(run, s, prev);
    afterDebrief(run, s, prev);
    if (rec.errors.length > 0) {
      // Emptied before the notice: notifying changes the store, which calls this listener again.
      const refused = rec.errors.splice(0).join('\n');
      store.getState().notify(opts.texts.refused(), refused);
    }
  });

  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    rec.commit({ sessionMs: now() - startedAt, complete: reportOf(run).completion === COMPLETION.completed });
  };
}

export interface StartLmsOptions {
  /** The words of the bridge's notices, in the active language. */
  texts: LmsNoticeTexts;
  /** Names xAPI statements (cmi5). */
  uuid: () => string;
  /** The encounter ids of this library. */
  known: readonly string[];
  /** The words of every language for the records, the language in use, the encounters' titles. */
  language: RecordLanguage;
  /** Told the package's assignment, so the picker offers only its encounters and its mode. */
  onAssignment?: (assignment: LmsLaunch['assignment']) => void;
  /**
   * Told the package (its languages) and the learner's language preference the LMS gives ('' for
   * none) once the LMS is open, before the learner's place is restored: the app decides the language
   * (decideLocale in src/core/locale.ts) and switches to it, so the encounter resumes in it.
   */
  onLanguage?: (launch: LmsLaunch, preference: string) => Promise<void>;
}

/** Boot entry: reads lms.json's content, opens the standard's session and starts the bridge. */
export async function startLms(
  store: AppStore,
  raw: unknown,
  win: Window,
  opts: StartLmsOptions,
): Promise<void> {
  let launch: LmsLaunch;
  try {
    launch = readLaunch('lms.json', raw, opts.known);
  } catch (e) {
    const { text, detail } = opts.texts.badPackage(failureOf(e));
    store.getState().notify(text, detail);
    return;
  }
  let rec: Recorder | null;
  if (launch.standard === LMS_STANDARDS.cmi5) {
    const { openCmi5 } = await import('./cmi5.ts');
    rec = await openCmi5(win, launch, opts.uuid, opts.language).catch((e: unknown) => {
      const { text, detail } = opts.texts.launchFailed(failureOf(e));
      store.getState().notify(text, detail);
      return null;
    });
  } else {
    const { openScorm } = await import('./scorm.ts');
    rec = openScorm(win, launch.standard);
  }
  // A package's own language holds even without an LMS; with one, its preference counts too.
  await opts.onLanguage?.(launch, rec?.languagePreference ?? '');
  if (!rec) {
    store.getState().notify(opts.texts.noRuntime(launch.standard));
    return;
  }
  if (rec.passMark !== undefined)
    launch = { ...launch, assignment: { ...launch.assignment, passMark: rec.passMark } };
  opts.onAssignment?.(launch.assignment);
  const end = await runBridge(store, launch, rec, {
    texts: opts.texts,
    language: opts.language,
    keepDamaged: (copy) => {
      try {
        return keepDamagedSuspend(win.localStorage, copy);
      } catch {
        return false; // storage is not available to this frame
      }
    },
  });
  win.addEventListener('pagehide', end);
}
