// The presenter controller: runs one encounter for a class. It owns a store of its own (nothing is
// persisted, nothing goes into the learner's history), drives it with the ordinary store actions
// (select, start, choose, submitReport) and keeps the class session beside it: votes, pauses at
// the story's discussion prompts, the reveal flag. Consoles talk to it with typed commands.

import type { VoteFeed } from '../core/classroom/classroom.ts';
import type { EncounterEntry } from '../core/encounter/analysis.ts';
import type { StoryStep } from '../core/encounter/beats.ts';
import { choicesOf, type DecisionLog } from '../core/encounter/log.ts';
import {
  askClass,
  createClassSession,
  decide,
  openDecision,
  passDiscussion,
  pauseFor,
  PresenterError,
  presenterError,
  reveal,
  setHands,
  setPhones,
  takeMajority,
  voteQuestion,
  type ClassSession,
  type PresenterProblem,
} from '../core/classroom/presenter.ts';
import {
  MSG,
  type Command,
  type PresenterLine,
  type PresenterSnapshot,
} from '../core/classroom/presenter-protocol.ts';
import { SPEAKER_NARRATOR, SPEAKER_OFFICER } from '../core/vocabulary.ts';
import { DEFAULT_LOCALE, type Locale } from '../core/locale.ts';
import {
  createAppStore,
  type AppStore,
  type StoreDeps,
  type StoryHandle,
  type StoryOpener,
} from './store.ts';

/** How many of the newest story lines the console shows. */
const CONSOLE_LINES = 4;

export interface PresenterDeps extends Omit<StoreDeps, 'storage' | 'history' | 'opener'> {
  opener: StoryOpener;
  encounterId: string;
  /** The phone-voting relay, when it runs. */
  feed?: VoteFeed | null;
  /** Names for speakers in console lines. */
  officerName?: string;
  /** The class's language to begin with (the projector's); a console may change it. */
  lang?: Locale;
}

export interface Presenter {
  store: AppStore;
  session(): ClassSession;
  /** The decision log of the class's path (kept after the story ends, for the class debrief). */
  log(): DecisionLog;
  snapshot(): PresenterSnapshot;
  subscribe(listener: () => void): () => void;
  start(): Promise<void>;
  /** Applies a console command; a refused command is kept as `problem` in the next snapshot. */
  command(cmd: Command): void;
  /** True once the instructor has ended the session. */
  ended(): boolean;
  dispose(): void;
}

function discussionsIn(step: StoryStep): string[] {
  return step.lines.flatMap((l) => (l.tags.discuss ? [l.tags.discuss] : []));
}

/** Wraps an opener so every step the story takes passes its discussion prompts to `heard`. */
function listeningOpener(inner: StoryOpener, heard: string[]): StoryOpener {
  const see = (step: StoryStep): StoryStep => {
    heard.push(...discussionsIn(step));
    return step;
  };
  const opener: StoryOpener = {
    open: async (compiled, variables, ctx) => {
      const story = await inner.open(compiled, variables, ctx);
      const handle: StoryHandle = {
        continue: () => see(story.continue()),
        choose: (i) => see(story.choose(i)),
        save: () => story.save(),
        load: (s) => see(story.load(s)),
        setVariable: (n, v) => story.setVariable(n, v),
      };
      return handle;
    },
  };
  if (inner.prepare) opener.prepare = () => inner.prepare?.() ?? Promise.resolve();
  return opener;
}

/** The newest story lines with speakers named, as the console shows them. */
function consoleLines(
  store: AppStore,
  entry: EncounterEntry | undefined,
  officerName: string | undefined,
): PresenterLine[] {
  const s = store.getState().session;
  const names = new Map(entry?.meta.characters.map((c) => [c.id, c.name]));
  return (s?.state.transcript ?? []).slice(-CONSOLE_LINES).map((l) => ({
    speaker:
      l.speaker === SPEAKER_OFFICER
        ? (officerName ?? 'You')
        : l.speaker === SPEAKER_NARRATOR
          ? ''
          : (names.get(l.speaker) ?? l.speaker),
    text: l.text,
  }));
}

/** What a console command does: the new class session, and the option the story takes, if any. */
interface CommandEffect {
  session: ClassSession;
  choose?: number;
  report?: Extract<Command, { type: typeof MSG.report }>['report'];
}

/**
 * Works out one console command's effect on the class session. The caller stores the session first
 * and only then moves the story, so the story's next decision is asked of the updated session.
 * A command the story cannot take now throws a PresenterError.
 */
function commandEffect(session: ClassSession, cmd: Command, awaitingReport: boolean): CommandEffect {
  switch (cmd.type) {
    case MSG.hello:
    case MSG.language:
    case MSG.end:
      return { session };
    case MSG.hands:
      return { session: setHands(session, cmd.key, cmd.index, cmd.count) };
    case MSG.takeMajority: {
      const taken = takeMajority(session, cmd.key);
      return { session: taken.session, choose: taken.index };
    }
    case MSG.choose:
      return { session: decide(session, cmd.key, cmd.index), choose: cmd.index };
    case MSG.continue:
      return { session: passDiscussion(session) };
    case MSG.reveal:
      return { session: reveal(session) };
    case MSG.report:
      if (!awaitingReport) throw presenterError('notAwaitingReport');
      if (session.pending.length > 0) throw presenterError('discussionPending');
      return { session, report: cmd.report };
  }
}

export function createPresenter(deps: PresenterDeps): Presenter {
  const heard: string[] = [];
  const opener = listeningOpener(deps.opener, heard);
  const store = createAppStore({ ...deps, opener });
  const entry = deps.encounters.find((e) => e.meta.id === deps.encounterId);
  const feed = deps.feed ?? null;
  let session = createClassSession(deps.encounterId);
  let log: DecisionLog = [];
  let problem: PresenterProblem | null = null;
  let stopped = false;
  let feedOpenKey: string | null = null;
  /** The class's language: the projector and the phones follow it (the console sets it). */
  let lang: Locale = deps.lang ?? DEFAULT_LOCALE;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of listeners) l();
  };

  const syncFeed = () => {
    if (!feed) return;
    const open = openDecision(session);
    const want = open && session.pending.length === 0 ? open.key : null;
    if (want === feedOpenKey) return;
    if (feedOpenKey) feed.close();
    feedOpenKey = want;
    if (open && want) feed.open(voteQuestion(open, lastLine()?.text ?? entry?.meta.title ?? '', lang));
  };

  const lines = () => consoleLines(store, entry, deps.officerName);
  const lastLine = () => lines().at(-1);

  /** Folds what the story just did into the class session: pauses, then the next decision. */
  const follow = () => {
    const s = store.getState().session;
    if (s) log = s.state.log;
    const step = choicesOf(log).length;
    if (heard.length > 0) session = pauseFor(session, step, heard.splice(0));
    if (s && !s.state.awaitingReport) {
      const options = s.state.choices
        .filter((c) => !c.tags.report)
        .map((c) => ({ index: c.index, text: c.text }));
      if (options.length > 0) session = askClass(session, step, options);
    }
    syncFeed();
    notify();
  };
  const unsubscribe = store.subscribe(follow);

  const offFeed = feed?.onTally((key, tally, voters) => {
    session = setPhones(session, key, tally, voters);
    notify();
  });
  const offStatus = feed?.onStatus(() => notify());

  return {
    store,
    session: () => session,
    log: () => log,
    ended: () => stopped,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async start() {
      store.getState().select(deps.encounterId);
      await store.getState().start('assessment');
      follow();
    },
    command(cmd) {
      problem = null;
      try {
        const effect = commandEffect(session, cmd, store.getState().session?.state.awaitingReport ?? false);
        session = effect.session;
        if (cmd.type === MSG.end) stopped = true;
        if (cmd.type === MSG.language) lang = cmd.lang;
        if (effect.choose !== undefined) store.getState().choose(effect.choose);
        if (effect.report) store.getState().submitReport(effect.report);
      } catch (e) {
        if (!(e instanceof PresenterError)) throw e;
        problem = e.problem;
      }
      syncFeed();
      notify();
    },
    snapshot() {
      const state = store.getState();
      const s = state.session;
      const open = openDecision(session);
      return {
        encounterId: deps.encounterId,
        title: entry?.meta.title ?? deps.encounterId,
        phase: s?.state.phase ?? (state.lastDebrief ? 'debrief' : 'briefing'),
        lines: lines(),
        options: open ? open.options : [],
        awaitingReport: s?.state.awaitingReport ?? false,
        checklist: s?.checklist ?? [],
        ended: !s && state.lastDebrief?.encounter.id === deps.encounterId,
        session,
        feed: feed ? { status: feed.status(), join: feed.join() } : null,
        problem,
        lang,
      };
    },
    dispose() {
      unsubscribe();
      offFeed?.();
      offStatus?.();
      if (feedOpenKey) feed?.close();
      listeners.clear();
    },
  };
}
