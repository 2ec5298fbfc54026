// The plain explorer: takes every choice of any ink story, without the project's tag grammar or
// encounter rules, so the explorer's proof can be tested on ink written anywhere
// (`npm run check:stories -- --plain`). It shares the project explorer's state keys, loop test,
// bounds and problem log (src/story/checker/explore-search.ts): what it finds is what the project's
// explorer would find about the ink itself. An ending is where the story stops; it is named by the
// last line shown before it.

import type { ExploreBound } from '../../core/encounter/analysis.ts';
import type { Diagnostic } from '../../core/encounter/diagnostics.ts';
import { hash128 } from '../../core/hash.ts';
import {
  countsKey,
  restoreState,
  snapshotState,
  stateKey,
  visitCounts,
  type InkState,
} from '../ink-state.ts';
import { knotNames, readsTurns } from './explore-parts.ts';
import {
  boundAt,
  countContinues,
  Cutoffs,
  describeFault,
  LoopGuard,
  ProblemLog,
  type Limits,
} from './explore-search.ts';
import { StepLimitError, StoryRunner } from '../runner.ts';
import { collectVisitReads, trackVisitReads } from './visit-reads.ts';

export interface PlainResult {
  /** The last line before each way the story can stop, sorted. */
  endings: string[];
  states: number;
  truncated: boolean;
  bounds: ExploreBound[];
  diagnostics: Diagnostic[];
  /** Knots no path reaches (only when exploration was complete). */
  unreachedKnots: string[];
  /** Knots not met when exploration was cut short: they may lie past the cut. */
  unexploredKnots: string[];
}

interface PlainNode {
  canEnd: boolean;
  reads: ReadonlySet<string>;
  /** Holds for exactly this state only (a loop below returned to the path, or a bound cut it). */
  exact: boolean;
}

const CUT: PlainNode = { canEnd: true, reads: new Set(), exact: true };
const NEVER: PlainNode = { canEnd: false, reads: new Set(), exact: false };
const IN_PROGRESS = Symbol('in-progress');
const isStepLimit = (e: unknown) => e instanceof StepLimitError;
/** How much of an ending's last line names it. */
const ENDING_TEXT = 80;

/** A choice as inkjs keeps it in the flow: invisible defaults (`* ->`) are never offered. */
interface FlowChoice {
  text: string;
  isInvisibleDefault: boolean;
}

/** The choices on offer, as inkjs's Story.currentChoices lists them (and the runner numbers them). */
function offeredChoices(s: InkState): FlowChoice[] {
  return (s._currentFlow.currentChoices as unknown as FlowChoice[]).filter((c) => !c.isInvisibleDefault);
}

export function explorePlain(json: string, file: string, limits: Limits): PlainResult {
  const started = Date.now();
  const log = new ProblemLog(file);
  const cutoffs = new Cutoffs();
  const guard = new LoopGuard();
  const runner = new StoryRunner(json);
  trackVisitReads(runner.inkState);
  const keepTurns = readsTurns(json);
  const memo = new Map<string, PlainNode | typeof IN_PROGRESS>();
  /** Finished states by their key without visit counts, with the counts their future read. */
  const explored = new Map<string, { counts: [string, number][]; node: PlainNode }[]>();
  const endings = new Set<string>();
  const fault = (e: unknown, trail: readonly string[]) => {
    const f = describeFault(e, trail.join(' → ') || 'the start', isStepLimit);
    if (f.bound) cutoffs.note(f.bound);
    log.add(f.message, 'error', f.hint);
  };

  const allKnots = knotNames(json);
  const seen = new Set<string>();
  /** Knots the path to this state went through (visit counts above 0), lines shown or not. */
  const noteKnots = () => {
    for (const k of allKnots) if (!seen.has(k) && runner.visitCount(k) > 0) seen.add(k);
  };

  const visit = (last: string, trail: string[]): PlainNode | null => {
    const shared = stateKey(runner.inkState, keepTurns, false);
    const counts = visitCounts(runner.inkState);
    const key = hash128(`${shared}|${countsKey(counts)}`);
    const memoed = memo.get(key);
    if (memoed === IN_PROGRESS) return null;
    if (memoed) return memoed;
    for (const e of explored.get(shared) ?? [])
      if (e.counts.every(([p, n]) => (counts.get(p) ?? 0) === n)) return e.node;
    if (guard.returns(shared, counts)) return null;
    const bound = boundAt(limits, memo.size, started, trail.length);
    if (bound) {
      cutoffs.note(bound);
      noteKnots();
      return CUT;
    }
    memo.set(key, IN_PROGRESS);
    const { reads, counts: own } = guard.enter(shared, counts);
    const remember = (node: PlainNode): PlainNode => {
      if (!guard.leave()) cutoffs.note('counts');
      memo.set(key, node);
      if (!node.exact) {
        const list = explored.get(shared) ?? [];
        list.push({ counts: [...node.reads].map((p) => [p, own.get(p) ?? 0]), node });
        explored.set(shared, list);
      }
      return node;
    };
    const choices = offeredChoices(runner.inkState).length;
    if (choices === 0) {
      endings.add(last.slice(0, ENDING_TEXT));
      noteKnots();
      return remember({ canEnd: true, reads: new Set(), exact: false });
    }
    // Later choices start again from this state; with one choice there are none.
    const saved = choices > 1 ? snapshotState(runner.inkState) : null;
    let canEnd = false;
    let exact = false;
    /** Set when a branch below already reported its own problem. */
    let errorBelow = false;
    for (let i = 0; i < choices; i++) {
      if (i > 0 && saved) {
        restoreState(runner.inkState, saved, i === choices - 1);
        runner.markStarted();
      }
      const offered = offeredChoices(runner.inkState)[i];
      const path = [...trail, (offered?.text ?? '').trim()];
      let shown = last;
      try {
        const step = collectVisitReads(reads, () => runner.choose(i));
        shown = step.lines.filter((l) => l.text).at(-1)?.text ?? last;
      } catch (e) {
        fault(e, path);
        errorBelow = true;
        continue;
      }
      const child = visit(shown, path);
      if (!child) {
        exact = true;
        continue;
      }
      for (const p of child.reads) reads.add(p);
      if (child.exact) exact = true;
      if (child.canEnd) canEnd = true;
      else errorBelow = true;
    }
    if (!canEnd && !errorBelow && !cutoffs.truncated)
      log.add(
        `from here the story can never end: every choice loops back (after: ${trail.join(' → ') || 'the start'})`,
      );
    return remember(canEnd ? { canEnd, reads, exact } : { ...NEVER, reads, exact });
  };

  try {
    const first = runner.continue();
    visit(first.lines.filter((l) => l.text).at(-1)?.text ?? '', []);
  } catch (e) {
    fault(e, []);
  }
  const incomplete = cutoffs.report(limits, memo.size, true);
  if (incomplete) log.add(incomplete, 'warning');
  for (const k of runner.reachedKnots) seen.add(k);
  countContinues(runner.continues);
  const notMet = allKnots.filter((k) => !seen.has(k));
  return {
    endings: [...endings].sort(),
    states: memo.size,
    truncated: cutoffs.truncated,
    bounds: cutoffs.list(),
    diagnostics: log.list(),
    unreachedKnots: cutoffs.truncated ? [] : notMet,
    unexploredKnots: cutoffs.truncated ? notMet : [],
  };
}
