// What both explorers share (the project's, src/story/checker/explore.ts, and the plain one for any ink,
// src/story/checker/plain-explore.ts): a problem log that prints each problem once with the number of
// paths it was found on, the bounds that stop an exploration short, and the test for a loop that
// only adds to visit counts nothing reads.

import type { ExploreBound } from '../../core/encounter/analysis.ts';
import type { Diagnostic, Severity } from '../../core/encounter/diagnostics.ts';

let continues = 0;
/** Adds the lines (ink Continue calls) an exploration produced to the process's count. */
export function countContinues(n: number): void {
  continues += n;
}
/** Lines (ink Continue calls) produced by all explorations so far in this process, for the benchmark. */
export function exploredContinues(): number {
  return continues;
}

/** Where a message names the path it was found on: `… (after: a → b)`. */
const AFTER = ' (after: ';

/** The message without the path it names, for telling one problem met on many paths. */
function withoutPath(message: string): string {
  const at = message.lastIndexOf(AFTER);
  return at < 0 ? message : message.slice(0, at);
}

/**
 * Problems found while exploring: each distinct one kept once (with the first path it was met on)
 * and counted, so a story with thousands of paths through one fault prints one line.
 */
export class ProblemLog {
  private readonly found = new Map<string, { d: Diagnostic; paths: number }>();
  constructor(private readonly file: string) {}

  add(message: string, severity: Severity = 'error', hint?: string): void {
    const key = `${severity}|${withoutPath(message)}`;
    const seen = this.found.get(key);
    if (seen) {
      seen.paths++;
      return;
    }
    const d: Diagnostic = { file: this.file, severity, message, ...(hint ? { hint } : {}) };
    this.found.set(key, { d, paths: 1 });
  }

  /** Every problem, in the order first met; one met on several paths says on how many. */
  list(): Diagnostic[] {
    return [...this.found.values()].map(({ d, paths }) =>
      paths > 1 ? { ...d, message: `${d.message} [on ${paths} paths]` } : d,
    );
  }
}

/** The bounds an exploration works within. */
export interface Limits {
  maxStates: number;
  maxMs: number;
  maxDepth: number;
}

/** The bound a new state would go past (states, time, depth), or null. */
export function boundAt(limits: Limits, states: number, started: number, depth: number): ExploreBound | null {
  if (states >= limits.maxStates) return 'states';
  if (Date.now() - started > limits.maxMs) return 'time';
  return depth > limits.maxDepth ? 'depth' : null;
}

/** Which bounds stopped an exploration, in a fixed order. */
export class Cutoffs {
  private readonly hit = new Set<ExploreBound>();
  note(bound: ExploreBound): void {
    this.hit.add(bound);
  }
  get truncated(): boolean {
    return this.hit.size > 0;
  }
  list(): ExploreBound[] {
    return [...this.hit].sort();
  }
  /**
   * The one diagnostic saying the result is incomplete: an error for the project's stories (their
   * proof must be whole), a warning stating what was covered for plain or lenient use.
   */
  report(limits: Limits, states: number, lenient: boolean): Diagnostic['message'] | null {
    if (!this.truncated) return null;
    const why: Record<ExploreBound, string> = {
      states: `${limits.maxStates} states`,
      time: `${Math.round(limits.maxMs / 1000)} s`,
      depth: `a path ran past ${limits.maxDepth} choices`,
      step: 'a step never reached a choice',
      counts: 'a loop was judged on visit counts a later branch read',
    };
    return `exploration stopped at its bound (${this.list()
      .map((b) => why[b])
      .join(
        '; ',
      )}); results cover only the ${states} states explored${lenient ? '' : ', so nothing is proven'}`;
  }
}

/** A state on the path being explored, for finding a loop that only adds to visit counts. */
interface Frame {
  shared: string;
  counts: ReadonlyMap<string, number>;
  /** Containers whose counts were read below this state so far. */
  reads: Set<string>;
  /** Containers whose counts differ from a state below that was judged a return to this one. */
  judged: Set<string>;
}

/**
 * ink counts every visit, so a story that returns to a hub comes back with higher counts: never the
 * same state. A state that differs from one on its own path only in counts that nothing read on
 * the way between them is that state again (its counts cannot steer it). If a branch explored later
 * reads one of those counts, the judgement is unsafe and the exploration says so (bound `counts`).
 */
export class LoopGuard {
  private readonly frames: Frame[] = [];
  private readonly byShared = new Map<string, Frame[]>();

  /**
   * Enters a state; returns the set to collect the reads below it in, and its own copy of the
   * state's counts (the live ones change as exploration moves on).
   */
  enter(
    shared: string,
    counts: ReadonlyMap<string, number>,
  ): { reads: Set<string>; counts: ReadonlyMap<string, number> } {
    const frame: Frame = { shared, counts: new Map(counts), reads: new Set(), judged: new Set() };
    this.frames.push(frame);
    const list = this.byShared.get(shared);
    if (list) list.push(frame);
    else this.byShared.set(shared, [frame]);
    return frame;
  }

  /** Leaves the newest state; false when a loop judged against it turned out unsafe. */
  leave(): boolean {
    const frame = this.frames.pop();
    if (!frame) return true;
    this.byShared.get(frame.shared)?.pop();
    for (const c of frame.judged) if (frame.reads.has(c)) return false;
    return true;
  }

  /** Whether a state (not yet entered) is a return to one on the path, by the rule above. */
  returns(shared: string, counts: ReadonlyMap<string, number>): boolean {
    const candidates = this.byShared.get(shared);
    if (!candidates?.length) return false;
    for (const frame of candidates) {
      const differ = new Set<string>();
      for (const [c, n] of counts) if ((frame.counts.get(c) ?? 0) !== n) differ.add(c);
      for (const [c, n] of frame.counts) if ((counts.get(c) ?? 0) !== n) differ.add(c);
      const from = this.frames.indexOf(frame);
      let read = false;
      for (let i = from; i < this.frames.length && !read; i++)
        for (const c of differ) if (this.frames[i]?.reads.has(c)) read = true;
      if (read) continue;
      for (const c of differ) frame.judged.add(c);
      return true;
    }
    return false;
  }
}

/** A fault of the story or of the engine met on a path, as the explorers report it. */
export interface Fault {
  message: string;
  hint?: string;
  /** Set when the fault is a bound (the step limit), so the result is incomplete. */
  bound?: ExploreBound;
}

const MISSING_EXTERNAL = /Missing function bindings? for externals?: '([^]+?)'/;

/**
 * Describes whatever running the story threw on a path (`after` names the path): an EXTERNAL with
 * no ink fallback (placed at its declaration), a step past its limits, an inkjs failure, or an ink
 * runtime error. Never throws.
 */
export function describeFault(e: unknown, after: string, isStepLimit: (e: unknown) => boolean): Fault {
  const message = e instanceof Error ? e.message : String(e);
  const missing = MISSING_EXTERNAL.exec(message);
  if (missing?.[1]) {
    const names = missing[1].split("', '");
    return {
      message: `EXTERNAL ${names.map((n) => `"${n}"`).join(', ')} has no ink fallback (a function of the same name), so the story cannot run it`,
      hint: `EXTERNAL ${names[0]}`,
    };
  }
  if (isStepLimit(e)) return { message: `runtime error: ${message} (after: ${after})`, bound: 'step' };
  if (e instanceof Error && e.name === 'EngineError')
    return { message: `the ink engine failed: ${message} (after: ${after})` };
  if (e instanceof Error && e.name !== 'StoryError')
    return { message: `the ink engine failed: ${e.name}: ${message} (after: ${after})` };
  return { message: `runtime error: ${message} (after: ${after})` };
}
