// The explorer: takes every choice at every branch of a compiled story, de-duplicating identical
// states, and proves what the story can do: score bounds per dimension, indicators it can show,
// endings, dead ends, runtime errors, loops with no way out. The build plugin uses it to compute
// score maxima (never typed by hand); the story checker uses it to report problems.

import type { IndicatorPlace, StoryAnalysis } from '../../core/encounter/analysis.ts';
import type { StoryStep } from '../../core/encounter/beats.ts';
import type { Diagnostic } from '../../core/encounter/diagnostics.ts';
import { EncounterError, startEncounter, type EncounterState } from '../../core/encounter/encounter.ts';
import { actionConflict } from '../../core/encounter/ladder.ts';
import { pathFacts } from '../../core/encounter/log.ts';
import type { SceneManifest } from '../../core/encounter/scene-manifest.ts';
import { bestReportPoints, worstReportPoints, type Scores } from '../../core/encounter/scoring.ts';
import { STORY_VARIABLES } from '../../core/config/config.ts';
import { hash128 } from '../../core/hash.ts';
import type { TagContext } from '../../core/tags/tags.ts';
import { countsKey } from '../ink-state.ts';
import { collectVisitReads, trackVisitReads } from './visit-reads.ts';
import { receive, take, type Decision, type Taken } from '../driver.ts';
import { StepLimitError, StoryRunner } from '../runner.ts';
import type { ExploredValidity } from '../../core/encounter/validity.ts';
import { mergeValidity, ValidityCollector } from './validity-collector.ts';
import {
  addScores,
  choiceScores,
  choicesOf,
  countsText,
  extend,
  knotNames,
  mergeAnalyses,
  readsTurns,
  stateOps,
  type Trail,
} from './explore-parts.ts';
import { boundAt, Cutoffs, describeFault, LoopGuard, ProblemLog } from './explore-search.ts';

const isStepLimit = (e: unknown) => e instanceof StepLimitError;

export { readsTurns };

export interface ExploreOptions {
  ctx?: TagContext;
  scenes?: ReadonlyMap<string, SceneManifest>;
  variables?: Record<string, string | number>;
  /** Stop after this many distinct states. */
  maxStates?: number;
  /** Stop after this many milliseconds. */
  maxMs?: number;
  file?: string;
  /** Paths longer than this many choices are cut off, making the result incomplete. */
  maxDepth?: number;
  /** For plain ink: a bound reached is a warning stating what was covered, not an error. */
  lenient?: boolean;
  /** Dimension ids to compute bounds for. */
  dimensions?: readonly string[];
  /**
   * Save and compare states the slow, obvious way (ink's JSON save, re-parsed and printed with
   * sorted keys, for every state); tests check the fast way gives the same results.
   */
  reference?: boolean;
  /**
   * Let a state share the results of an earlier one that differs only in visit counts its future
   * never reads (default true). Off, every state that ink would save differently is explored.
   */
  merge?: boolean;
  /**
   * Also gather the validity report's raw data (every scored choice set, the naive players' points,
   * indicators by character); off by default, since only `check:stories --validity` needs it.
   */
  validity?: boolean;
}

export const DEFAULT_MAX_STATES = 50000;
/** The explorer's log has no times. */
const NO_TIME = () => 0;
export const DEFAULT_MAX_MS = 120000;
export const DEFAULT_MAX_DEPTH = 400;

let continues = 0;
/** Lines (ink Continue calls) produced by all explorations so far in this process, for the benchmark. */
export function exploredContinues(): number {
  return continues;
}

export interface ExploreResult {
  analysis: StoryAnalysis;
  diagnostics: Diagnostic[];
  /** Knots no path reaches (empty when exploration was cut short). */
  unreachedKnots: string[];
  /** When exploration was cut short: knots not met, which may lie past the cut (not fully explored). */
  unexploredKnots: string[];
  /** With `validity: true`: the raw data of the validity report (src/core/encounter/validity.ts). */
  validity?: ExploredValidity;
}

interface Node {
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
interface Explored {
  /** The counts its future reads, as they were in it. */
  counts: [string, number][];
  node: Node;
  /** Its whole key (the validity collector names states by it). */
  key: string;
}

const NO_READS: ReadonlySet<string> = new Set();

const IN_PROGRESS = Symbol('in-progress');
/** Where a bound cut exploration off: counted as a path, so nothing above it is judged a dead end. */
const CUT: Node = Object.freeze({
  max: {},
  min: {},
  paths: 1,
  longest: 0,
  canEnd: true,
  reads: NO_READS,
  exact: true,
}) as Node;
/** A state from which no path ends; its problem has been reported. */
const FAILED: Node = Object.freeze({
  max: {},
  min: {},
  paths: 0,
  longest: 0,
  canEnd: false,
  reads: NO_READS,
  exact: false,
}) as Node;

/**
 * Explores every replay variant of the story (the ink variable `variant`, 1…variants) and merges
 * the results; `byVariant` keeps each variant's own analysis for scoring an attempt.
 */
export function exploreStory(
  json: string,
  opts: ExploreOptions = {},
): ExploreResult & { byVariant: StoryAnalysis[] } {
  const count = new StoryRunner(json, opts.ctx ? { ctx: opts.ctx } : {}).meta.variants;
  const results: ReturnType<typeof exploreVariant>[] = [];
  for (let v = 1; v <= count; v++) {
    const r = exploreVariant(json, {
      ...opts,
      variables: { ...opts.variables, [STORY_VARIABLES.variant]: v },
    });
    results.push(
      count === 1
        ? r
        : { ...r, diagnostics: r.diagnostics.map((d) => ({ ...d, message: `${d.message} [variant ${v}]` })) },
    );
  }
  const byVariant = results.map((r) => r.analysis);
  const diagnostics: Diagnostic[] = [];
  const seenMessages = new Set<string>();
  for (const d of results.flatMap((r) => r.diagnostics)) {
    const key = d.message.replace(/ \[variant \d+\]$/, '').replace(/ \[on \d+ paths\]$/, '');
    if (seenMessages.has(key)) continue;
    seenMessages.add(key);
    diagnostics.push(d);
  }
  return {
    analysis: mergeAnalyses(byVariant),
    byVariant,
    diagnostics,
    unreachedKnots: results.map((r) => r.unreachedKnots).reduce((a, b) => a.filter((k) => b.includes(k))),
    unexploredKnots: [...new Set(results.flatMap((r) => r.unexploredKnots))].sort(),
    ...(opts.validity ? { validity: mergeValidity(results.map((r) => r.collected!)) } : {}),
  };
}

function exploreVariant(
  json: string,
  opts: ExploreOptions = {},
): ExploreResult & { collected?: ReturnType<ValidityCollector['result']> } {
  const file = opts.file ?? 'story';
  const maxStates = opts.maxStates ?? DEFAULT_MAX_STATES;
  const maxMs = opts.maxMs ?? DEFAULT_MAX_MS;
  const started = Date.now();
  const log = new ProblemLog(file);
  const problem = (message: string, severity: Diagnostic['severity'] = 'error', hint?: string) =>
    log.add(message, severity, hint);
  /** Paths longer than this many choices are cut off (the result is then incomplete). */
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
  const cutoffs = new Cutoffs();
  const guard = new LoopGuard();
  const fault = (e: unknown, path: Trail | null, hint?: string) => {
    const f = describeFault(e, choicesOf(path).join(' → ') || 'the start', isStepLimit);
    if (f.bound) cutoffs.note(f.bound);
    problem(f.message, 'error', f.hint ?? hint);
  };

  const runner = new StoryRunner(json, {
    ...(opts.ctx ? { ctx: opts.ctx } : {}),
    variables: opts.variables ?? {},
  });
  for (const p of runner.metaProblems) problem(`${p.tag ? `#${p.tag}: ` : ''}${p.message}`, 'error', p.tag);
  const allKnots = knotNames(json);
  const keepTurns = readsTurns(json);
  const ops = stateOps(runner, keepTurns, opts.reference ?? false);
  const merge = opts.merge ?? true;
  trackVisitReads(runner.inkState);
  const collect = opts.validity
    ? new ValidityCollector(runner.meta.characters, Number(opts.variables?.[STORY_VARIABLES.variant] ?? 1))
    : null;
  /** Every state explored, by its whole key. */
  const memo = new Map<string, Node | typeof IN_PROGRESS>();
  /** Explored states by their key without visit counts. */
  const explored = new Map<string, Explored[]>();
  const indicators = new Map<string, IndicatorPlace[]>();
  const endings = new Map<string, string>();
  const critical = new Set<string>();
  const myths = new Set<string>();
  const knotsSeen = new Set<string>();
  let maxSeen = 0;

  const place = (id: string, p: IndicatorPlace) => {
    const list = indicators.get(id) ?? [];
    if (!list.some((x) => x.via === p.via && x.text === p.text)) list.push(p);
    indicators.set(id, list);
  };
  const hotspotLabel = (state: EncounterState, id: string): string | undefined => {
    const scene = state.staging.bg ? opts.scenes?.get(state.staging.bg) : undefined;
    return scene?.hotspots.find((h) => h.id === id)?.label;
  };

  const absorb = (state: EncounterState, step: StoryStep, path: Trail | null): EncounterState | null => {
    for (const p of step.problems) problem(`${p.tag ? `#${p.tag}: ` : ''}${p.message}`, 'error', p.tag);
    for (const l of step.lines) {
      if (l.knot) knotsSeen.add(l.knot);
      for (const id of l.tags.indicators) place(id, { via: 'line', text: l.text.slice(0, 90) });
      if (l.tags.ending) endings.set(l.tags.ending.id, l.tags.ending.title);
    }
    try {
      // Tag problems are reported above; keep exploring so one bad tag does not hide the rest.
      // The transcript is only for display; copying it on every step would cost time for nothing.
      const next = receive(state, { ...step, problems: [] }, 0, { transcript: false });
      // Everyone on stage after this step needs a place in the scene now drawn.
      const scene = next.staging.bg ? opts.scenes?.get(next.staging.bg) : undefined;
      for (const who of Object.keys(next.staging.cast)) {
        if (scene && !scene.cast.some((c) => c.character === who))
          problem(
            `character "${who}" is on stage but has no place in scene "${scene.id}"`,
            'error',
            `show: ${who}`,
          );
      }
      return next;
    } catch (e) {
      if (e instanceof EncounterError) {
        problem(`${e.message} (after: ${choicesOf(path).join(' → ') || 'the start'})`, 'error', path?.text);
        return null;
      }
      throw e;
    }
  };

  /** Knots the path to this state went through (their visit counts are above 0). */
  const noteKnotsVisited = () => {
    for (const k of allKnots) if (!knotsSeen.has(k) && runner.visitCount(k) > 0) knotsSeen.add(k);
  };

  /** `out.key` is set to the key of the state whose results are returned (for the validity collector). */
  const visit = (state: EncounterState, path: Trail | null, out?: { key: string }): Node | null => {
    const facts = pathFacts(state.log);
    maxSeen = Math.max(maxSeen, facts.seen.size);
    const view = ops.view();
    const shared = `${view.key}|${[...facts.seen].sort().join(',')}|${facts.required}|${state.phase}|${state.staging.bg}|${facts.ending?.id ?? ''}|${state.log.some((e) => e.kind === 'report')}`;
    const full = `${shared}|${opts.reference ? countsText(view.counts) : countsKey(view.counts)}`;
    // Keeping thousands of long keys costs more in memory and garbage collection than hashing
    // them (see src/core/hash.ts on collisions); the reference keeps them whole.
    const key = opts.reference ? full : hash128(full);
    if (out) out.key = key;
    const memoed = memo.get(key);
    if (memoed === IN_PROGRESS) return null; // a loop back to a state on the current path
    if (memoed) return memoed;
    // A state that differs from one explored before only in visit counts that state's future never
    // read has the same future: ink decides nothing from a count it does not read.
    const sharedKey = opts.reference ? shared : hash128(shared);
    if (merge) {
      for (const e of explored.get(sharedKey) ?? []) {
        if (e.counts.every(([p, n]) => (view.counts.get(p) ?? 0) === n)) {
          if (out) out.key = e.key;
          noteKnotsVisited();
          return e.node;
        }
      }
    }
    // Back at a state on this path but for visit counts nothing on the way read: a loop.
    if (guard.returns(sharedKey, view.counts)) return null;
    const bound = boundAt({ maxStates, maxMs, maxDepth }, memo.size, started, path?.length ?? 0);
    if (bound) {
      cutoffs.note(bound);
      return CUT;
    }
    memo.set(key, IN_PROGRESS);
    /** Containers whose counts are read below this state. */
    const reads = guard.enter(sharedKey, view.counts);
    /** This state's counts, for sharing its results: the runner moves on while its choices are explored. */
    const counts = merge ? new Map(view.counts) : null;
    const remember = (node: Node): Node => {
      if (!guard.leave()) cutoffs.note('counts');
      memo.set(key, node);
      if (counts && !node.exact) {
        const list = explored.get(sharedKey) ?? [];
        list.push({ counts: [...node.reads].map((p) => [p, counts.get(p) ?? 0]), node, key });
        explored.set(sharedKey, list);
      }
      return node;
    };

    collect?.state(key, state.choices, () => choicesOf(path));
    const ended = state.phase === 'debrief';
    if (ended) {
      // The runner is at this end state: every knot the path went through has a visit count.
      noteKnotsVisited();
      if (!facts.ending)
        problem(`a path ends without an "ending" tag (after: ${choicesOf(path).join(' → ')})`);
      return remember({
        max: {},
        min: {},
        paths: 1,
        longest: 0,
        canEnd: true,
        reads: NO_READS,
        exact: false,
      });
    }
    const choices = state.choices;
    if (choices.length === 0) {
      problem(
        `dead end: the story stops with no choice and no ending (after: ${choicesOf(path).join(' → ')})`,
      );
      return remember(FAILED);
    }
    let best: Node | null = null;
    let exact = false;
    /** Set when a branch below already reported its own problem, so this node need not add another. */
    let errorBelow = false;
    let atState = true;
    // Later siblings start again from this state; with one choice there are none.
    const saved = choices.length > 1 ? ops.save() : null;
    for (const choice of choices) {
      for (const id of choice.tags.critical) critical.add(id);
      for (const id of choice.tags.myths) myths.add(id);
      if (choice.tags.observe) {
        const label = hotspotLabel(state, choice.tags.observe);
        if (opts.scenes && label === undefined)
          problem(
            `observation target "${choice.text}" names hotspot "${choice.tags.observe}", which scene "${state.staging.bg ?? '(none)'}" does not have`,
            'error',
            `observe: ${choice.tags.observe}`,
          );
        if (choice.tags.reveals) place(choice.tags.reveals, { via: 'look', text: label ?? choice.text });
      }
      for (const id of choice.tags.indicators) place(id, { via: 'choice', text: choice.text });
      knotsSeen.add(choice.id.split('.')[0] ?? '');

      // The runner arrives at this state from its parent; later siblings restore it from the save.
      if (!atState && saved) ops.restore(saved);
      atState = false;
      let extra: { max: Scores; min: Scores } = { max: choiceScores(choice), min: choiceScores(choice) };
      let decision: Decision = { choice: choice.index };
      if (choice.tags.report) {
        // The best report: every sign seen, the action the story requires.
        const f = pathFacts(state.log);
        const conflict = actionConflict(state.log, f.required, runner.meta.minor);
        if (conflict)
          problem(
            `"${conflict.choice}" is rewarded for the action "${conflict.action}", but the report on this path requires "${conflict.required}", so reporting what was done scores ${conflict.outcome.verdict === 'under' ? 'as too little' : 'as more than needed'} (after: ${choicesOf(path).join(' → ')})`,
            'error',
            conflict.choice,
          );
        decision = {
          report: {
            observed: [...f.seen],
            who: 'who',
            when: 'when',
            where: 'where',
            action: f.required,
            notes: '',
          },
        };
        extra = {
          max: addScores(extra.max, bestReportPoints(f.seen.size)),
          min: addScores(extra.min, worstReportPoints(f.required, runner.meta.minor)),
        };
      }
      const childPath = extend(path, choice.text);
      let taken: Taken;
      try {
        taken = take(runner, state, decision, NO_TIME, (index) =>
          collectVisitReads(reads, () => runner.choose(index)),
        );
      } catch (e) {
        if (e instanceof EncounterError) {
          problem(`${e.message} (after: ${choicesOf(path).join(' → ')})`, 'error', choice.text);
          errorBelow = true;
          continue;
        }
        // A runtime error, a step past its limits or a failure inside inkjs: this path stops here.
        fault(e, childPath, choice.text);
        errorBelow = true;
        continue;
      }
      const { recorded: next, step } = taken;
      const absorbed = absorb(next, step, childPath);
      if (!absorbed) {
        errorBelow = true;
        continue;
      }
      const childKey = collect ? { key: '' } : undefined;
      const child = visit(absorbed, childPath, childKey);
      if (collect && childKey)
        collect.option(key, choice, child?.canEnd ? childKey.key : null, collect.step(step, choice));
      if (!child) {
        // loops back to a state on this path
        exact = true;
        continue;
      }
      for (const p of child.reads) reads.add(p);
      if (child.exact) exact = true;
      if (!child.canEnd) {
        errorBelow = true;
        continue;
      }
      const candidate: Node = {
        max: addScores(extra.max, child.max),
        min: addScores(extra.min, child.min),
        paths: child.paths,
        longest: child.longest + 1,
        canEnd: true,
        reads: NO_READS,
        exact: false,
      };
      if (!best) best = candidate;
      else {
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
        best = merged;
      }
    }
    if (!best && !cutoffs.truncated && !errorBelow)
      problem(
        `from here the story can never end: every choice loops back or fails (after: ${choicesOf(path).join(' → ') || 'the start'})`,
        'error',
        choices[0]?.text,
      );
    return remember({ ...(best ?? FAILED), reads, exact });
  };

  let root: Node | null = null;
  try {
    const initial = startEncounter(
      { encounterId: runner.meta.id, contentHash: '', seed: 0, mode: 'practice' },
      0,
    );
    const first = runner.continue();
    const state = absorb(initial, first, null);
    collect?.step(first);
    const rootKey = { key: '' };
    if (state) root = visit(state, null, rootKey);
    collect?.root(rootKey.key);
  } catch (e) {
    fault(e, null);
  }
  const incomplete = cutoffs.report({ maxStates, maxMs, maxDepth }, memo.size, opts.lenient ?? false);
  if (incomplete) problem(incomplete, opts.lenient ? 'warning' : 'error');

  const max: Record<string, number> = {};
  const min: Record<string, number> = {};
  for (const d of opts.dimensions ?? Object.keys(root?.max ?? {})) {
    max[d] = root?.max[d] ?? 0;
    min[d] = root?.min[d] ?? 0;
  }
  for (const k of runner.reachedKnots) knotsSeen.add(k);
  continues += runner.continues;
  // Once a bound cut exploration short, a knot not met may lie past the cut: not fully explored.
  const notMet = allKnots.filter((k) => !knotsSeen.has(k));
  const truncated = cutoffs.truncated;
  return {
    analysis: {
      max,
      min,
      indicators: Object.fromEntries([...indicators.entries()].sort(([a], [b]) => a.localeCompare(b))),
      maxSeen,
      endings: [...endings.entries()].map(([id, title]) => ({ id, title })),
      criticalErrors: [...critical].sort(),
      myths: [...myths].sort(),
      states: memo.size,
      paths: root?.paths ?? 0,
      longestPath: root?.longest ?? 0,
      truncated,
      bounds: cutoffs.list(),
    },
    diagnostics: log.list(),
    unreachedKnots: truncated ? [] : notMet,
    unexploredKnots: truncated ? notMet : [],
    ...(collect ? { collected: collect.result() } : {}),
  };
}
