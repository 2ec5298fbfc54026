// The story adapter: the only module in the browser build that imports inkjs. It runs a compiled
// story and hands out plain, serialisable beats (src/core/beats.ts); it offers choose / save / load.
// Public inkjs API only.

import { Story } from 'inkjs';
import type { StoryChoice, StoryLine, StoryStep } from '../core/beats.ts';
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
} from '../core/tags.ts';
import type { InkState } from './ink-state.ts';

/** Joins a tag list into a memo key (a trimmed ink tag never holds this character). */
const TAG_SEPARATOR = '\u0000';
/** Distinct tag lists remembered per runner before the memo starts again (stories have far fewer). */
const TAG_MEMO_LIMIT = 20000;

/** Time a single line may take before the runner gives up on it as an endless loop. */
const LINE_LIMIT_MS = 2000;
const LINE_SLICE_MS = 250;

/** The knot part of an ink path ("knot.stitch.0" → "knot"), without splitting the whole path. */
function knotOf(path: string): string {
  const dot = path.indexOf('.');
  return dot < 0 ? path : path.slice(0, dot);
}

export class StoryError extends Error {
  override name = 'StoryError';
}

export interface RunnerOptions {
  ctx?: TagContext;
  /** Ink variables to set before the story starts (contacts from the configuration). */
  variables?: Record<string, string | number>;
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

  private nextLine(): string {
    this.continues++;
    const started = Date.now();
    do {
      this.story.ContinueAsync(LINE_SLICE_MS);
      this.check();
      if (this.story.asyncContinueComplete) return (this.story.currentText ?? '').trim();
    } while (Date.now() - started < LINE_LIMIT_MS);
    throw new StoryError(
      `the story ran for ${LINE_LIMIT_MS / 1000} s without producing a line or a choice (a divert loop with no choice?)`,
    );
  }

  /** Runs the story to the next choice or the end. */
  continue(): StoryStep {
    const lines: StoryLine[] = [];
    const problems: TagProblem[] = [];
    // Where the story is; after a line, that is also where the next line starts (ink builds the
    // path string anew on every call, so it is read once per line).
    let here = this.story.canContinue ? this.story.state.currentPathString : null;
    while (this.story.canContinue) {
      const knot = here ?? '';
      const text = this.nextLine();
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
    this.story.ChooseChoiceIndex(index);
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
      throw new StoryError(`the saved story state could not be loaded (${(e as Error).message})`);
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
