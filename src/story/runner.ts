// The story adapter: the only module in the browser build that imports inkjs. It runs a compiled
// story and hands out plain, serialisable beats (src/core/encounter/beats.ts); it offers choose / save / load.
// Public inkjs API only.

import { Story } from 'inkjs';
import type { StoryChoice, StoryLine, StoryStep } from '../core/encounter/beats.ts';
import { STORY_VARIABLES } from '../core/config/config.ts';
import {
  parseChoiceTags,
  parseGlobalTags,
  parseLineTags,
  type ChoiceTags,
  type EncounterMeta,
  type LineTags,
  type TagContext,
  type TagProblem,
  type TagResult,
} from '../core/tags/tags.ts';
import { EngineError, SavedStateError, StepLimitError, StoryError } from './errors.ts';
import type { InkState } from './ink-state.ts';

export { EngineError, SavedStateError, StepLimitError, StoryError };

/** Joins a tag list into a memo key (a trimmed ink tag never holds this character). */
const TAG_SEPARATOR = '\u0000';
/** Distinct tag lists remembered per runner before the memo starts again (stories have far fewer). */
const TAG_MEMO_LIMIT = 20000;

/**
 * What one step (from a choice to the next choice or the end) may take before the runner gives up
 * on it as an endless loop: a divert loop may print nothing (one line never ends) or keep printing
 * (the step never ends). The same limits hold in the checker and in a learner's tab.
 */
export const STEP_LIMITS = { ms: 2000, lines: 5000 } as const;
const SLICE_MS = 250;

/**
 * RANDOM, shuffles and LIST_RANDOM draw from ink's seed, which inkjs takes from the clock. The
 * runner fixes it instead: seed = the replay variant (1 when the story has none), so the game and
 * the checker see the same draws, and the checker proves exactly what a learner can meet
 * (docs/checker.md). Exploration caches include this scheme in their key.
 */
export const SEED_SCHEME = 'variant';

/** The knot part of an ink path ("knot.stitch.0" → "knot"), without splitting the whole path. */
function knotOf(path: string): string {
  const dot = path.indexOf('.');
  return dot < 0 ? path : path.slice(0, dot);
}

export interface RunnerOptions {
  ctx?: TagContext;
  /** Ink variables to set before the story starts (contacts from the configuration). */
  variables?: Record<string, string | number>;
  /** The seed of ink's random draws; by default the variant (SEED_SCHEME). */
  seed?: number;
}

/** Removes the global tags ink repeats on the first line. */
function withoutGlobals(tags: readonly string[], globals: readonly string[]): string[] {
  const left = [...globals];
  return tags.filter((t) => {
    const i = left.indexOf(t);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/** JSON with object keys sorted, so equal states give equal strings whatever order ink wrote them in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

export class StoryRunner {
  private readonly story: Story;
  private readonly ctx: TagContext;
  private readonly globals: string[];
  private readonly errors: string[] = [];
  private started = false;
  readonly meta: EncounterMeta;
  readonly metaProblems: TagProblem[];

  constructor(json: string | object, opts: RunnerOptions = {}) {
    this.story = new Story(typeof json === 'string' ? json : JSON.stringify(json));
    // An EXTERNAL function runs its ink fallback (a function of the same name); one without a
    // fallback stops the story at its first step with a runtime error naming it.
    this.story.allowExternalFunctionFallbacks = true;
    this.story.state.storySeed = opts.seed ?? Number(opts.variables?.[STORY_VARIABLES.variant] ?? 1);
    this.story.state.previousRandom = 0;
    this.story.onError = (message: string) => {
      this.errors.push(message);
    };
    this.globals = (this.story.globalTags ?? []).map((t) => t.trim());
    const global = parseGlobalTags(this.globals, opts.ctx);
    this.meta = global.value;
    this.metaProblems = global.problems;
    this.ctx = { ...opts.ctx, characters: new Set(this.meta.characters.map((c) => c.id)) };
    for (const [name, value] of Object.entries(opts.variables ?? {})) this.setVariable(name, value);
  }

  /** Sets an ink variable if the story declares it; returns whether it did. */
  setVariable(name: string, value: string | number): boolean {
    const vs = this.story.variablesState;
    if (vs.$(name) === undefined || vs.$(name) === null) return false;
    vs.$(name, value);
    return true;
  }

  getVariable(name: string): unknown {
    return this.story.variablesState.$(name);
  }

  private check(): void {
    if (this.errors.length > 0) {
      const message = this.errors.splice(0).join('; ');
      throw new StoryError(message);
    }
  }

  /**
   * One line of output, with a time limit: ink can divert in a circle without ever producing text or
   * a choice, and plain Continue() would never return.
   */
  /** How many lines this runner has produced (each one an ink Continue); the benchmark reads it. */
  continues = 0;

  private nextLine(stepStarted: number, lines: number): string {
    this.continues++;
    if (lines >= STEP_LIMITS.lines)
      throw new StepLimitError(
        `the story printed ${STEP_LIMITS.lines} lines without offering a choice or ending (a divert loop that prints text?)`,
      );
    do {
      this.engine(() => this.story.ContinueAsync(SLICE_MS));
      this.check();
      if (this.story.asyncContinueComplete) return (this.story.currentText ?? '').trim();
    } while (Date.now() - stepStarted < STEP_LIMITS.ms);
    this.settle();
    throw new StepLimitError(
      `the story ran for ${STEP_LIMITS.ms / 1000} s without producing a line or a choice (a divert loop with no choice?)`,
    );
  }

  /** Runs inkjs; anything it throws becomes a StoryError (EngineError when not the story's fault). */
  private engine(work: () => void): void {
    try {
      work();
    } catch (e) {
      this.settle();
      if (e instanceof StoryError) throw e;
      const err = e as Error;
      // ink's own exception for a fault in the story (a missing EXTERNAL, a bad divert).
      if (err.name === 'StoryException') throw new StoryError(err.message);
      throw new EngineError(`${err.name}: ${err.message}`);
    }
  }

  /**
   * After a step was abandoned part-way, inkjs still thinks a ContinueAsync is running; clears that
   * (inkjs 2.4 fields, guarded by tests/story/inkjs-internals.test.ts) so the story can be restored.
   */
  private settle(): void {
    const story = this.story as unknown as {
      _asyncContinueActive: boolean;
      _stateSnapshotAtLastNewline: unknown;
    };
    story._asyncContinueActive = false;
    story._stateSnapshotAtLastNewline = null;
  }

  /** Runs the story to the next choice or the end. */
  continue(): StoryStep {
    const lines: StoryLine[] = [];
    const problems: TagProblem[] = [];
    // Where the story is; after a line, that is also where the next line starts (ink builds the
    // path string anew on every call, so it is read once per line).
    let here = this.story.canContinue ? this.story.state.currentPathString : null;
    const started = Date.now();
    let count = 0;
    while (this.story.canContinue) {
      const knot = here ?? '';
      const text = this.nextLine(started, count++);
      this.noteKnot(knot);
      here = this.story.state.currentPathString;
      this.noteKnot(here);
      this.check();
      let raw = (this.story.currentTags ?? []).map((t) => t.trim());
      if (!this.started) raw = withoutGlobals(raw, this.globals);
      this.started = true;
      const parsed = this.lineTags(raw);
      problems.push(...parsed.problems);
      if (text.length > 0 || raw.length > 0) lines.push({ text, tags: parsed.value, knot: knotOf(knot) });
    }
    this.started = true;
    const choices: StoryChoice[] = this.story.currentChoices.map((c) => {
      const parsed = this.choiceTags((c.tags ?? []).map((t) => t.trim()));
      problems.push(...parsed.problems);
      return { index: c.index, id: c.sourcePath, text: c.text.trim(), tags: parsed.value };
    });
    return { lines, choices, ended: choices.length === 0, problems };
  }

  /** Takes choice `index` and runs to the next choice or the end. */
  choose(index: number): StoryStep {
    const n = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= n)
      throw new StoryError(`choice ${index} is not on offer (there are ${n})`);
    this.engine(() => this.story.ChooseChoiceIndex(index));
    this.check();
    return this.continue();
  }

  /** The whole story state as JSON (ink's own save format). */
  save(): string {
    return this.story.state.ToJson();
  }

  /** Restores a saved state; returns the choices on offer there (no new lines). */
  load(state: string): StoryStep {
    try {
      this.story.state.LoadJson(state);
    } catch (e) {
      throw new SavedStateError(`the saved story state could not be loaded (${(e as Error).message})`);
    }
    this.started = true;
    return this.continue();
  }

  // The same lines and choices come round again and again (always, for the explorer), and their
  // tags parse the same way each time (the context is fixed per runner): parse each tag list once.
  // Nothing changes a parsed result after it is made, so sharing one between steps is safe.
  private readonly lineTagMemo = new Map<string, TagResult<LineTags>>();
  private readonly choiceTagMemo = new Map<string, TagResult<ChoiceTags>>();

  private lineTags(raw: readonly string[]): TagResult<LineTags> {
    const key = raw.join(TAG_SEPARATOR);
    let parsed = this.lineTagMemo.get(key);
    if (!parsed) {
      parsed = parseLineTags(raw, this.ctx);
      if (this.lineTagMemo.size >= TAG_MEMO_LIMIT) this.lineTagMemo.clear();
      this.lineTagMemo.set(key, parsed);
    }
    return parsed;
  }

  private choiceTags(raw: readonly string[]): TagResult<ChoiceTags> {
    const key = raw.join(TAG_SEPARATOR);
    let parsed = this.choiceTagMemo.get(key);
    if (!parsed) {
      parsed = parseChoiceTags(raw, this.ctx);
      if (this.choiceTagMemo.size >= TAG_MEMO_LIMIT) this.choiceTagMemo.clear();
      this.choiceTagMemo.set(key, parsed);
    }
    return parsed;
  }

  private readonly knots = new Set<string>();
  private noteKnot(path: string | null): void {
    const knot = path ? knotOf(path) : '';
    if (knot) this.knots.add(knot);
  }

  /** Every knot this runner has been in so far (for the checker's unreached-knot report). */
  get reachedKnots(): ReadonlySet<string> {
    return this.knots;
  }

  /** How many times the knot (or stitch) at `path` has been entered (stories compile with visit counting on). */
  visitCount(path: string): number {
    try {
      return this.story.state.VisitCountAtPathString(path) ?? 0;
    } catch {
      return 0;
    }
  }

  /** Restores a saved state without continuing (the explorer's fast path; `load` is for players). */
  restore(state: string): void {
    this.story.state.LoadJson(state);
    this.started = true;
  }

  /**
   * ink's live state object, for the explorer's fast save, restore and key (src/story/ink-state.ts,
   * kept out of the game's bundle). Not for the game: use save and load.
   */
  get inkState(): InkState {
    return this.story.state as unknown as InkState;
  }

  /** Says a state was put back from outside (as `restore` does): the next line is not the story's first. */
  markStarted(): void {
    this.started = true;
  }
}
