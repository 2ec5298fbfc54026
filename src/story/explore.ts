// The explorer: takes every choice at every branch of a compiled story, de-duplicating identical
// states, and proves what the story can do: score bounds per dimension, indicators it can show,
// endings, dead ends, runtime errors, loops with no way out. The build plugin uses it to compute
// score maxima (never typed by hand); the story checker uses it to report problems.

import type { IndicatorPlace, StoryAnalysis } from '../core/analysis.ts';
import type { StoryChoice, StoryStep } from '../core/beats.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import {
  EncounterError,
  receiveStep,
  recordChoice,
  recordReport,
  startEncounter,
  type EncounterState,
} from '../core/encounter.ts';
import { actionConflict } from '../core/ladder.ts';
import { pathFacts } from '../core/log.ts';
import type { SceneManifest } from '../core/scene-manifest.ts';
import { bestReportPoints, worstReportPoints, type Scores } from '../core/scoring.ts';
import { STORY_VARIABLES } from '../core/config.ts';
import { hash128 } from '../core/hash.ts';
import type { TagContext } from '../core/tags.ts';
import {
  collectVisitReads,
  countsKey,
  restoreState,
  snapshotState,
  stateKey as inkStateKey,
  trackVisitReads,
  visitCounts,
  type StateSnapshot,
} from './ink-state.ts';
import { canonicalJson, StoryError, StoryRunner } from './runner.ts';
import type { ExploredValidity } from '../core/validity.ts';
import { mergeValidity, ValidityCollector } from './validity-collector.ts';

export interface ExploreOptions {
  ctx?: TagContext;
  scenes?: ReadonlyMap<string, SceneManifest>;
  variables?: Record<string, string | number>;
  /** Stop after this many distinct states. */
  maxStates?: number;
  /** Stop after this many milliseconds. */
  maxMs?: number;
  file?: string;
  /** Paths longer than this many choices count as loops that never end. */
  maxDepth?: number;
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
  /** Knots no path reaches. */
  unreachedKnots: string[];
  /** With `validity: true`: the raw data of the validity report (src/core/validity.ts). */
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
interface StateView {
  /** Equal keys exactly when the two states would save the same apart from visit counts (and turn counters, when unread). */
  key: string;
  counts: ReadonlyMap<string, number>;
}

/** The obvious view of a saved ink state: canonical JSON without the counts, and the counts. */
function referenceView(stateJson: string, keepTurns: boolean): StateView {
  const obj = JSON.parse(stateJson) as Record<string, unknown>;
  if (!keepTurns) {
    delete obj['turnIdx'];
    delete obj['turnIndices'];
  }
  const counts = new Map(Object.entries((obj['visitCounts'] ?? {}) as Record<string, number>));
  delete obj['visitCounts'];
  return { key: canonicalJson(obj), counts };
}

/** Visit counts as text, the same whatever order they were added in. */
function countsText(counts: ReadonlyMap<string, number>): string {
  return [...counts.keys()]
    .sort()
    .map((k) => `${k}=${counts.get(k)}`)
    .join(',');
}

/** How the explorer saves, restores and compares the runner's story state. */
interface StateOps {
  view(): StateView;
  save(): StateSnapshot;
  restore(saved: StateSnapshot): void;
}

function stateOps(runner: StoryRunner, keepTurns: boolean, reference: boolean): StateOps {
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
    restore: (saved) => {
      restoreState(runner.inkState, saved);
      runner.markStarted();
    },
  };
}

/**
 * The choices taken to reach a state, newest first, shared between paths with the same start: a
 * child extends its parent's trail instead of copying it. Spelled out only for messages.
 */
interface Trail {
  readonly text: string;
  readonly parent: Trail | null;
  readonly length: number;
}

function extend(trail: Trail | null, text: string): Trail {
  return { text, parent: trail, length: (trail?.length ?? 0) + 1 };
}

/** The choice texts of a trail, first to last. */
function choicesOf(trail: Trail | null): string[] {
  const out: string[] = [];
  for (let t = trail; t; t = t.parent) out.push(t.text);
  return out.reverse();
}

function addScores(a: Scores, b: Scores): Scores {
  const out: Scores = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
}

function choiceScores(c: StoryChoice): Scores {
  const out: Scores = {};
  for (const s of c.tags.scores) out[s.dimension] = (out[s.dimension] ?? 0) + s.value;
  return out;
}

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
    const key = d.message.replace(/ \[variant \d+\]$/, '');
    if (seenMessages.has(key)) continue;
    seenMessages.add(key);
    diagnostics.push(d);
  }
  return {
    analysis: mergeAnalyses(byVariant),
    byVariant,
    diagnostics,
    unreachedKnots: results.map((r) => r.unreachedKnots).reduce((a, b) => a.filter((k) => b.includes(k))),
    ...(opts.validity ? { validity: mergeValidity(results.map((r) => r.collected!)) } : {}),
  };
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
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<string>();
  const problem = (message: string, severity: Diagnostic['severity'] = 'error', hint?: string) => {
    if (reported.has(message)) return;
    reported.add(message);
    diagnostics.push({ file, severity, message, ...(hint ? { hint } : {}) });
  };
  /** Paths longer than this many choices are taken to be loops that never end. */
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;

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
  let truncated = false;
  /** Set when one path ran past the depth bound: exploring the rest would only repeat the loop. */
  let runaway = false;
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
      const next = receiveStep({ ...state, transcript: [] }, { ...step, problems: [] }, 0);
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
    if (memo.size >= maxStates || Date.now() - started > maxMs) {
      truncated = true;
      return { max: {}, min: {}, paths: 1, longest: 0, canEnd: true, reads: NO_READS, exact: true };
    }
    if (runaway) return FAILED;
    if ((path?.length ?? 0) > maxDepth) {
      runaway = true;
      problem(
        `a path runs past ${maxDepth} choices without ending, so the story may loop forever (last choices: ${choicesOf(path).slice(-4).join(' → ')})`,
        'error',
        path?.text,
      );
      return FAILED;
    }
    memo.set(key, IN_PROGRESS);
    /** This state's counts, for sharing its results: the runner moves on while its choices are explored. */
    const counts = merge ? new Map(view.counts) : null;
    const remember = (node: Node): Node => {
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
    /** Containers whose counts are read below this state. */
    const reads = new Set<string>();
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
      let next: EncounterState;
      let extra: { max: Scores; min: Scores } = { max: choiceScores(choice), min: choiceScores(choice) };
      try {
        if (choice.tags.report) {
          const f = pathFacts(state.log);
          const conflict = actionConflict(state.log, f.required, runner.meta.minor);
          if (conflict)
            problem(
              `"${conflict.choice}" is rewarded for the action "${conflict.action}", but the report on this path requires "${conflict.required}", so reporting what was done scores ${conflict.outcome.verdict === 'under' ? 'as too little' : 'as more than needed'} (after: ${choicesOf(path).join(' → ')})`,
              'error',
              conflict.choice,
            );
          runner.setVariable(STORY_VARIABLES.reportAction, f.required);
          next = recordReport(
            state,
            {
              observed: [...f.seen],
              who: 'who',
              when: 'when',
              where: 'where',
              action: f.required,
              notes: '',
            },
            0,
          ).state;
          extra = {
            max: addScores(extra.max, bestReportPoints(f.seen.size)),
            min: addScores(extra.min, worstReportPoints(f.required, runner.meta.minor)),
          };
        } else {
          next = recordChoice(state, choice.index, 0);
        }
      } catch (e) {
        if (e instanceof EncounterError) {
          problem(`${e.message} (after: ${choicesOf(path).join(' → ')})`, 'error', choice.text);
          errorBelow = true;
          continue;
        }
        throw e;
      }
      let step: StoryStep;
      const childPath = extend(path, choice.text);
      try {
        step = collectVisitReads(reads, () => runner.choose(choice.index));
      } catch (e) {
        if (e instanceof StoryError) {
          problem(
            `runtime error: ${e.message} (after: ${choicesOf(childPath).join(' → ')})`,
            'error',
            choice.text,
          );
          errorBelow = true;
          continue;
        }
        throw e;
      }
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
    if (!best && !truncated && !errorBelow)
      problem(
        `from here the story can never end: every choice loops back or fails (after: ${choicesOf(path).join(' → ') || 'the start'})`,
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
    if (e instanceof StoryError) problem(`runtime error: ${e.message} (at the start)`);
    else throw e;
  }
  if (truncated)
    problem(
      `exploration stopped at its bound (${maxStates} states or ${Math.round(maxMs / 1000)} s); results cover only the states explored`,
      'warning',
    );

  const max: Record<string, number> = {};
  const min: Record<string, number> = {};
  for (const d of opts.dimensions ?? Object.keys(root?.max ?? {})) {
    max[d] = root?.max[d] ?? 0;
    min[d] = root?.min[d] ?? 0;
  }
  for (const k of runner.reachedKnots) knotsSeen.add(k);
  continues += runner.continues;
  const unreachedKnots = allKnots.filter((k) => !knotsSeen.has(k));
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
    },
    diagnostics,
    unreachedKnots,
    ...(collect ? { collected: collect.result() } : {}),
  };
}
