// The session slice: the encounter under way. Every decision goes through the encounter driver
// (src/story/driver.ts); this slice adds what the game needs around it: opening and resuming the
// story, the report checklist (once the catalogs are at hand), and at the end the debrief, the
// attempt record and the best score.

import {
  entryId,
  analysisFor,
  everyVersion,
  type CompiledEncounter,
  type EncounterEntry,
} from '../core/encounter/analysis.ts';
import type { Catalogs } from '../core/encounter/catalog.ts';
import { storyVariables, STORY_VARIABLES, variantOf, type AppConfig } from '../core/config/config.ts';
import { startEncounter, type EncounterState } from '../core/encounter/encounter.ts';
import type { AttemptRecord } from '../core/progress/history.ts';
import type { Mode } from '../core/encounter/log.ts';
import type { TagContext } from '../core/tags/tags.ts';
import { decide, offered, receive, replay, type Decision } from '../story/driver.ts';
import { fillOpening, sameStep } from '../core/encounter/opening.ts';
import type { StoryStep } from '../core/encounter/beats.ts';
import { failureOf } from './failure.ts';
import { SCREENS } from './keys.ts';
import type { LateKit } from './late-kit.ts';
import type { Cached } from './lazy.ts';
import type {
  GetState,
  LastAttempt,
  Session,
  SessionSlice,
  SetState,
  StoryHandle,
  StoryOpener,
} from './types.ts';

/** What the session slice is built from. */
export interface SessionDeps {
  encounters: readonly EncounterEntry[];
  config: AppConfig;
  ctx: TagContext;
  opener: StoryOpener;
  /** The catalogs with the late kit, loaded together. */
  late: Cached<[Catalogs, LateKit]>;
  now: () => number;
  randomSeed: () => number;
  decorateAttempt?: (record: AttemptRecord) => AttemptRecord;
  /**
   * Resolves once the view has drawn the first screen. An encounter's opening is shown before the
   * story engine loads, and the engine is asked for only after this, so its download never delays
   * that screen. By default at once.
   */
  drawn?: () => Promise<void>;
}

/** The story being played, and the encounter it was compiled from. */
interface Running {
  story: StoryHandle;
  compiled: CompiledEncounter;
}

/** The choices of a finished session, in order (for "replay from here"). */
function lastAttemptOf(session: Session): LastAttempt {
  return {
    encounterId: session.encounterId,
    contentHash: session.contentHash,
    seed: session.seed,
    mode: session.mode,
    choices: session.state.log.flatMap((e) => (e.kind === 'choice' ? [e.index] : [])),
  };
}

/** The report checklist needs the catalogs; they may still be loading after the first choice. */
function withChecklist(
  session: Session,
  c: CompiledEncounter,
  [catalogs, kit]: [Catalogs, LateKit],
): Session {
  if (session.checklist.length > 0) return session;
  const analysis = analysisFor(c, variantOf(session.seed, c.meta.variants));
  return { ...session, checklist: kit.buildChecklist(c.meta, analysis, catalogs, session.seed) };
}

/** What the session slice's steps share: its dependencies, the store, and the story being played. */
interface Ctx {
  deps: SessionDeps;
  set: SetState;
  get: GetState;
  running: Running | null;
  /** Counts starts and leavings: an opening whose engine arrives after either is dropped. */
  generation: number;
  /** A decision taken on the opening before the engine arrived, taken once it does. */
  early: Decision | null;
}

const entryOf = (ctx: Ctx, id: string) => ctx.deps.encounters.find((e) => entryId(e) === id);

/** The configuration's words for `c`, in the language the story is written in. */
const variablesFor = (ctx: Ctx, c: CompiledEncounter) => storyVariables(ctx.deps.config, c.locale);

/** The debrief, the attempt record and the best score, once the story has ended. */
function finish(
  ctx: Ctx,
  session: Session,
  c: CompiledEncounter,
  [catalogs, kit]: [Catalogs, LateKit],
): void {
  const { deps, set, get } = ctx;
  const analysis = analysisFor(c, variantOf(session.seed, c.meta.variants));
  const debrief = kit.buildDebrief(session.state.log, c.meta, analysis, catalogs, deps.config);
  const plain = kit.attemptFromDebrief(
    debrief,
    new Date(deps.now()),
    `${session.encounterId}-${session.seed}-${deps.now()}`,
  );
  get().addAttempt(deps.decorateAttempt?.(plain) ?? plain);
  const best = Math.max(get().best[session.encounterId] ?? 0, debrief.total.percent);
  set({
    session: null,
    lastDebrief: debrief,
    lastAttempt: lastAttemptOf(session),
    best: { ...get().best, [session.encounterId]: best },
    screen: SCREENS.debrief,
    lastLog: session.state.log,
  });
}

/** Publishes the state after a step (with ink's save), or finishes the encounter. */
function publish(ctx: Ctx, state: EncounterState, session: Session): void {
  if (!ctx.running) return;
  const { deps, set, get } = ctx;
  const { compiled: c, story } = ctx.running;
  const next: Session = { ...session, state, story: story.save() };
  const late = deps.late.current();
  if (state.phase === 'debrief') {
    if (late) finish(ctx, next, c, late);
    else void deps.late.load().then((l) => finish(ctx, next, c, l));
    return;
  }
  if (late) {
    set({ session: withChecklist(next, c, late) });
    return;
  }
  set({ session: next });
  // Asked for in a later task, so the request starts after whatever is drawing this step.
  setTimeout(() => {
    void deps.late.load().then((l) => {
      const current = get().session;
      if (current && current.encounterId === next.encounterId) set({ session: withChecklist(current, c, l) });
    });
  }, 0);
}

async function loadCompiled(ctx: Ctx, id: string): Promise<CompiledEncounter | null> {
  const entry = entryOf(ctx, id);
  if (!entry) {
    ctx.get().tell('unknownEncounter', id);
    return null;
  }
  ctx.set({ loading: true });
  try {
    return await entry.load();
  } catch (e) {
    ctx.get().tell('encounterNotLoaded', failureOf(e));
    return null;
  } finally {
    ctx.set({ loading: false });
  }
}

/**
 * Shows the encounter's opening (built ahead, src/core/encounter/opening.ts) while the engine is still
 * to load; returns the step shown, or null when there is none for this variant and configuration.
 */
function showOpening(
  ctx: Ctx,
  c: CompiledEncounter,
  session: Session,
  variables: Record<string, string | number>,
): StoryStep | null {
  const opening = c.openings?.[variantOf(session.seed, c.meta.variants) - 1];
  const step = opening ? fillOpening(opening, variables) : null;
  if (!step) return null;
  ctx.early = null;
  ctx.set({
    screen: SCREENS.encounter,
    steppedOut: false,
    session: { ...session, state: receive(session.state, step, ctx.deps.now()) },
  });
  return step;
}

/**
 * The engine has arrived under an opening: when it prints what was shown, the session goes on from
 * there (with ink's save) and takes the decision made meanwhile, if any; otherwise the engine's
 * step replaces the opening (nothing was decided on it that the log keeps).
 */
function attach(ctx: Ctx, shownStep: StoryStep, engineStep: StoryStep, begun: Session): void {
  const shown = ctx.get().session;
  const early = ctx.early;
  ctx.early = null;
  ctx.set({ loading: false });
  if (!shown || !sameStep(shownStep, engineStep)) {
    publish(ctx, receive(begun.state, engineStep, ctx.deps.now()), begun);
    return;
  }
  publish(ctx, shown.state, shown);
  if (early)
    replay(
      [early],
      () => ctx.get().session?.state ?? null,
      (d) => ctx.get().decide(d),
    );
}

async function start(ctx: Ctx, mode: Mode, fixedSeed: number | undefined): Promise<void> {
  const { deps, set, get } = ctx;
  const id = get().selected;
  if (!id) return;
  const generation = ++ctx.generation;
  const c = await loadCompiled(ctx, id);
  if (!c) return;
  const seed = fixedSeed ?? deps.randomSeed();
  const variables = {
    ...variablesFor(ctx, c),
    [STORY_VARIABLES.variant]: variantOf(seed, c.meta.variants),
  };
  const session: Session = {
    encounterId: c.meta.id,
    contentHash: c.contentHash,
    seed,
    mode,
    state: startEncounter({ encounterId: c.meta.id, contentHash: c.contentHash, seed, mode }, deps.now()),
    story: '',
    checklist: [],
  };
  ctx.running = null;
  // An opening is drawn with its scene described: the scenes are made known before it shows.
  if (c.openings) await deps.opener.scenes?.(c);
  if (generation !== ctx.generation) return;
  const opening = showOpening(ctx, c, session, variables);
  if (opening) await (deps.drawn?.() ?? Promise.resolve());
  let story: StoryHandle;
  try {
    story = await deps.opener.open(c, variables, deps.ctx);
  } catch (e) {
    if (!opening) throw e;
    // The opening is on screen but the engine cannot be had: back to the list, and say why.
    if (generation === ctx.generation) set({ session: null, screen: SCREENS.picker, loading: false });
    get().tell('encounterNotLoaded', failureOf(e));
    return;
  }
  // Left, or started again, while the engine loaded: this start is over.
  if (generation !== ctx.generation) return;
  ctx.running = { story, compiled: c };
  const step = story.continue();
  if (opening) {
    attach(ctx, opening, step, session);
    return;
  }
  set({ screen: SCREENS.encounter, steppedOut: false });
  publish(ctx, receive(session.state, step, deps.now()), session);
}

async function replayFrom(ctx: Ctx, step: number): Promise<boolean> {
  const { set, get } = ctx;
  const last = get().lastAttempt;
  if (!last || last.mode !== 'practice') return false;
  set({ selected: last.encounterId });
  await get().start('practice', last.seed);
  const session = get().session;
  if (!session || session.contentHash !== last.contentHash) {
    if (session) get().tell('replayChanged');
    return false;
  }
  const decisions = last.choices.slice(0, Math.max(0, step)).map((choice): Decision => ({ choice }));
  replay(
    decisions,
    () => get().session?.state ?? null,
    (d) => get().decide(d),
  );
  return true;
}

/** The version of an encounter (in another language) whose content hash is `hash`, if one is. */
async function versionWithHash(ctx: Ctx, id: string, hash: string): Promise<CompiledEncounter | null> {
  const entry = entryOf(ctx, id);
  for (const load of entry ? everyVersion(entry) : []) {
    const c = await load().catch(() => null);
    if (c?.contentHash === hash) return c;
  }
  return null;
}

async function resume(ctx: Ctx): Promise<boolean> {
  const { deps, set, get } = ctx;
  const saved = get().session;
  if (!saved) return false;
  if (saved.story === '') {
    // Saved while its opening was on screen, before the engine came: nothing was decided yet, so it
    // starts again from the opening, with the same seed (the same variant) and mode.
    set({ selected: saved.encounterId });
    await start(ctx, saved.mode, saved.seed);
    return get().session !== null;
  }
  const current = await loadCompiled(ctx, saved.encounterId);
  if (!current) return false;
  const c =
    current.contentHash === saved.contentHash
      ? current
      : await versionWithHash(ctx, saved.encounterId, saved.contentHash);
  if (!c) {
    get().tell('sessionChanged');
    set({ session: null, setAside: [...get().setAside, saved] });
    return false;
  }
  const story = await deps.opener.open(c, variablesFor(ctx, c), deps.ctx);
  ctx.running = { story, compiled: c };
  try {
    story.load(saved.story);
  } catch (e) {
    get().tell('sessionNotRestored', failureOf(e));
    set({ session: null });
    return false;
  }
  set({ screen: SCREENS.encounter, selected: saved.encounterId, steppedOut: false });
  return true;
}

export function sessionSlice(deps: SessionDeps) {
  return (set: SetState, get: GetState): SessionSlice => {
    const ctx: Ctx = { deps, set, get, running: null, generation: 0, early: null };
    return {
      session: null,
      lastDebrief: null,
      lastAttempt: null,
      best: {},
      setAside: [],
      lastLog: null,
      learnerName: null,

      select: (encounterId) => {
        // Fetch the story and the adapter while the learner reads the content note (once the first
        // screen is drawn: a link straight into an encounter shows its opening first).
        void (deps.drawn?.() ?? Promise.resolve()).then(() => deps.opener.prepare?.()).catch(() => undefined);
        // Kept for the start (in the language then in use); a list without prefetch just warms up.
        const entry = entryOf(ctx, encounterId);
        if (entry?.prefetch) entry.prefetch();
        else void entry?.load().catch(() => undefined);
        set({ selected: encounterId, screen: SCREENS.contentNote });
      },
      start: (mode = 'practice', seed?: number) => start(ctx, mode, seed),
      replayFrom: (step) => replayFrom(ctx, step),
      resume: () => resume(ctx),
      decide: (decision) => {
        const session = get().session;
        if (!session) return;
        if (!ctx.running) {
          // The opening is on screen and the engine is on its way: the first decision waits for it.
          if (ctx.early === null && offered(session.state, decision)) {
            ctx.early = decision;
            set({ loading: true });
          }
          return;
        }
        let next: EncounterState;
        try {
          next = decide(ctx.running.story, session.state, decision, deps.now).state;
        } catch (e) {
          // The story failed on this decision (it looped past its step limits, or the engine
          // failed): the learner keeps everything up to here, and the story goes back to it.
          if (session.story) ctx.running.story.load(session.story);
          get().tell('storyStopped', failureOf(e));
          return;
        }
        publish(ctx, next, session);
      },
      choose: (index) => get().decide({ choice: index }),
      chooseHotspot: (hotspot) => {
        const choice = get().session?.state.choices.find((c) => c.tags.observe === hotspot);
        if (choice) get().choose(choice.index);
      },
      submitReport: (report) => get().decide({ report }),
      abandon: () => {
        ctx.running = null;
        ctx.generation++;
        ctx.early = null;
        set({ session: null, screen: SCREENS.picker, steppedOut: false });
      },
    };
  };
}
