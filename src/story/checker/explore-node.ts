// What the explorer (explore-variant.ts) knows of a state once it has explored everything below it:
// score bounds, paths, whether a path ends, and how far its results can be shared with other states.

import { addScores } from './explore-parts.ts';
import type { Scores } from '../../core/encounter/scoring.ts';

export interface Node {
  max: Scores;
  min: Scores;
  paths: number;
  longest: number;
  canEnd: boolean;
  /** The containers whose visit counts the story reads anywhere below this state. */
  reads: ReadonlySet<string>;
  /**
   * Set when something below loops back to a state on the path here, or was cut off by the bound:
   * the results then hold for exactly this state only.
   */
  exact: boolean;
}

/** A state explored before, for sharing with a later state that differs only in unread visit counts. */
export interface Explored {
  /** The counts its future reads, as they were in it. */
  counts: [string, number][];
  node: Node;
  /** Its whole key (the validity collector names states by it). */
  key: string;
}

const NO_READS: ReadonlySet<string> = new Set();

export const IN_PROGRESS = Symbol('in-progress');
/** Where a bound cut exploration off: counted as a path, so nothing above it is judged a dead end. */
export const CUT: Node = Object.freeze({
  max: {},
  min: {},
  paths: 1,
  longest: 0,
  canEnd: true,
  reads: NO_READS,
  exact: true,
}) as Node;
/** A state from which no path ends; its problem has been reported. */
export const FAILED: Node = Object.freeze({
  max: {},
  min: {},
  paths: 0,
  longest: 0,
  canEnd: false,
  reads: NO_READS,
  exact: false,
}) as Node;

/** An end of the story: one path, no points below it. */
export function endNode(): Node {
  return { max: {}, min: {}, paths: 1, longest: 0, canEnd: true, reads: NO_READS, exact: false };
}

/** A choice taken from a state: its own points (`extra`) on top of the results of where it leads. */
export function branchNode(extra: { max: Scores; min: Scores }, child: Node): Node {
  return {
    max: addScores(extra.max, child.max),
    min: addScores(extra.min, child.min),
    paths: child.paths,
    longest: child.longest + 1,
    canEnd: true,
    reads: NO_READS,
    exact: false,
  };
}

/**
 * The results of a state's choices so far with one more: each dimension's highest maximum and lowest
 * minimum (a dimension one branch lacks counts as 0 there), the paths added up, the longest path.
 */
export function bestOf(best: Node | null, candidate: Node): Node {
  if (!best) return candidate;
  const dims = new Set([
    ...Object.keys(best.max),
    ...Object.keys(candidate.max),
    ...Object.keys(best.min),
    ...Object.keys(candidate.min),
  ]);
  const merged: Node = {
    max: {},
    min: {},
    paths: best.paths + candidate.paths,
    longest: Math.max(best.longest, candidate.longest),
    canEnd: true,
    reads: NO_READS,
    exact: false,
  };
  for (const d of dims) {
    merged.max[d] = Math.max(best.max[d] ?? 0, candidate.max[d] ?? 0);
    merged.min[d] = Math.min(best.min[d] ?? 0, candidate.min[d] ?? 0);
  }
  return merged;
}

/**
 * The states explored so far: each by its whole key (IN_PROGRESS while its choices are explored),
 * and by its key without visit counts, to share its results with a later state that differs only
 * in counts its future never reads.
 */
export class ExploredStates {
  private readonly memo = new Map<string, Node | typeof IN_PROGRESS>();
  private readonly byShared = new Map<string, Explored[]>();

  /** How many states were explored (or are being). */
  get size(): number {
    return this.memo.size;
  }

  get(key: string): Node | typeof IN_PROGRESS | undefined {
    return this.memo.get(key);
  }

  begin(key: string): void {
    this.memo.set(key, IN_PROGRESS);
  }

  /**
   * Records a state's results. With its `counts` (when sharing is on) and results that hold beyond
   * this state alone, they are shared with later states that agree on every count they read.
   */
  finish(key: string, sharedKey: string, node: Node, counts: ReadonlyMap<string, number> | null): void {
    this.memo.set(key, node);
    if (counts && !node.exact) {
      const list = this.byShared.get(sharedKey) ?? [];
      list.push({ counts: [...node.reads].map((p) => [p, counts.get(p) ?? 0]), node, key });
      this.byShared.set(sharedKey, list);
    }
  }

  /**
   * A state explored before whose future reads no visit count in which one with these `counts`
   * differs: ink decides nothing from a count it does not read, so the two have the same future.
   */
  sameFuture(sharedKey: string, counts: ReadonlyMap<string, number>): Explored | undefined {
    return (this.byShared.get(sharedKey) ?? []).find((e) =>
      e.counts.every(([p, n]) => (counts.get(p) ?? 0) === n),
    );
  }
}
