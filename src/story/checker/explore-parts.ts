// The explorer's smaller parts (src/story/checker/explore.ts): how it saves, restores and compares states
// (fast, or the obvious reference way), the trail of choices to a state, score sums, and merging the
// analyses of several replay variants.

import type { IndicatorPlace, StoryAnalysis } from '../../core/encounter/analysis.ts';
import type { StoryChoice } from '../../core/encounter/beats.ts';
import { actionConflict } from '../../core/encounter/ladder.ts';
import { pathFacts, type DecisionLog } from '../../core/encounter/log.ts';
import { bestReportPoints, worstReportPoints, type Scores } from '../../core/encounter/scoring.ts';
import type { Decision } from '../driver.ts';
import {
  restoreState,
  snapshotState,
  stateKey as inkStateKey,
  visitCounts,
  type StateSnapshot,
} from '../ink-state.ts';
import { canonicalJson, type StoryRunner } from '../runner.ts';
import { canonicalThreads } from '../thread-numbers.ts';

/**
 * Whether a compiled story reads turn counters: TURNS_SINCE compiles to the command "turns" and
 * TURNS() to "turn". Without them, the counters change nothing the story does, and states that
 * differ only in them are the same state.
 */
export function readsTurns(json: string): boolean {
  return /"turns?"/.test(json);
}

/** Named top-level knots in compiled ink JSON. */
export function knotNames(json: string): string[] {
  const parsed = JSON.parse(json) as { root?: unknown[] };
  const root = parsed.root ?? [];
  const named = root[root.length - 1];
  if (!named || typeof named !== 'object' || Array.isArray(named)) return [];
  return Object.keys(named).filter((k) => k !== 'global decl' && !k.startsWith('#'));
}

/** A state as the explorer compares it: everything ink saves but the visit counts, and those. */
export interface StateView {
  /** Equal keys exactly when the two states would save the same apart from visit counts (and turn counters, when unread). */
  key: string;
  counts: ReadonlyMap<string, number>;
}

/** The obvious view of a saved ink state: canonical JSON without the counts, and the counts. */
function referenceView(stateJson: string, keepTurns: boolean): StateView {
  const obj = JSON.parse(stateJson) as Record<string, unknown>;
  canonicalThreads(obj);
  if (!keepTurns) {
    delete obj['turnIdx'];
    delete obj['turnIndices'];
  }
  const counts = new Map(Object.entries((obj['visitCounts'] ?? {}) as Record<string, number>));
  delete obj['visitCounts'];
  return { key: canonicalJson(obj), counts };
}

/** Visit counts as text, the same whatever order they were added in. */
export function countsText(counts: ReadonlyMap<string, number>): string {
  return [...counts.keys()]
    .sort()
    .map((k) => `${k}=${counts.get(k)}`)
    .join(',');
}

/** How the explorer saves, restores and compares the runner's story state. */
export interface StateOps {
  view(): StateView;
  save(): StateSnapshot;
  /** Puts a saved state back; `last` when the save is not needed again (it is then used up). */
  restore(saved: StateSnapshot, last?: boolean): void;
}

export function stateOps(runner: StoryRunner, keepTurns: boolean, reference: boolean): StateOps {
  if (reference) {
    return {
      view: () => referenceView(runner.save(), keepTurns),
      save: () => ({ json: runner.save() }),
      restore: (saved) => runner.restore(saved.json ?? ''),
    };
  }
  return {
    view: () => ({
      key: inkStateKey(runner.inkState, keepTurns, false),
      counts: visitCounts(runner.inkState),
    }),
    save: () => snapshotState(runner.inkState),
    restore: (saved, last) => {
      restoreState(runner.inkState, saved, last);
      runner.markStarted();
    },
  };
}

/**
 * The choices taken to reach a state, newest first, shared between paths with the same start: a
 * child extends its parent's trail instead of copying it. Spelled out only for messages.
 */
export interface Trail {
  readonly text: string;
  readonly parent: Trail | null;
  readonly length: number;
}

export function extend(trail: Trail | null, text: string): Trail {
  return { text, parent: trail, length: (trail?.length ?? 0) + 1 };
}

/** The choice texts of a trail, first to last. */
export function choicesOf(trail: Trail | null): string[] {
  const out: string[] = [];
  for (let t = trail; t; t = t.parent) out.push(t.text);
  return out.reverse();
}

export function addScores(a: Scores, b: Scores): Scores {
  const out: Scores = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
}

export function choiceScores(c: StoryChoice): Scores {
  const out: Scores = {};
  for (const s of c.tags.scores) out[s.dimension] = (out[s.dimension] ?? 0) + s.value;
  return out;
}

/** One analysis covering several variants: the union of what can happen, the widest score bounds. */
export function mergeAnalyses(list: StoryAnalysis[]): StoryAnalysis {
  const first = list[0];
  if (!first || list.length === 1) return first as StoryAnalysis;
  const indicators: Record<string, IndicatorPlace[]> = {};
  for (const a of list) {
    for (const [id, places] of Object.entries(a.indicators)) {
      const into = (indicators[id] ??= []);
      for (const p of places) if (!into.some((x) => x.via === p.via && x.text === p.text)) into.push(p);
    }
  }
  const dims = new Set(list.flatMap((a) => [...Object.keys(a.max), ...Object.keys(a.min)]));
  const endings = new Map<string, string>();
  for (const a of list) for (const e of a.endings) endings.set(e.id, e.title);
  return {
    max: Object.fromEntries([...dims].map((d) => [d, Math.max(...list.map((a) => a.max[d] ?? 0))])),
    min: Object.fromEntries([...dims].map((d) => [d, Math.min(...list.map((a) => a.min[d] ?? 0))])),
    indicators: Object.fromEntries(Object.entries(indicators).sort(([a], [b]) => a.localeCompare(b))),
    maxSeen: Math.max(...list.map((a) => a.maxSeen)),
    endings: [...endings.entries()].map(([id, title]) => ({ id, title })),
    criticalErrors: [...new Set(list.flatMap((a) => a.criticalErrors))].sort(),
    myths: [...new Set(list.flatMap((a) => a.myths))].sort(),
    states: list.reduce((s, a) => s + a.states, 0),
    paths: list.reduce((s, a) => s + a.paths, 0),
    longestPath: Math.max(...list.map((a) => a.longestPath)),
    truncated: list.some((a) => a.truncated),
    bounds: [...new Set(list.flatMap((a) => a.bounds ?? []))].sort(),
  };
}

/** A choice's own points: the most and the least it can add per dimension. */
export interface Points {
  max: Scores;
  min: Scores;
}

/**
 * The report the explorer files on a path: every sign seen and the action the story requires, with
 * the points it can add to `extra` (the best report's at most, the worst's at least), and the choice
 * rewarded for an action other than the required one, if any (actionConflict).
 */
export function bestReport(
  log: DecisionLog,
  minor: boolean,
  extra: Points,
): { decision: Decision; extra: Points; conflict: ReturnType<typeof actionConflict> } {
  const f = pathFacts(log);
  const conflict = actionConflict(log, f.required, minor);
  return {
    decision: {
      report: {
        observed: [...f.seen],
        who: 'who',
        when: 'when',
        where: 'where',
        action: f.required,
        notes: '',
      },
    },
    extra: {
      max: addScores(extra.max, bestReportPoints(f.seen.size)),
      min: addScores(extra.min, worstReportPoints(f.required, minor)),
    },
    conflict,
  };
}
