// The explorer of one replay variant (explore.ts merges the variants): takes every choice at every
// branch of the compiled story, de-duplicating identical states, and gathers what the story can do.
// One VariantExplorer per exploration; its steps are below in the order a state meets them: the
// step's lines and tags taken in (absorb), the state's key and whether it was explored before
// (visit), its choices one by one (branch, tryChoice), and the result once the root is done (run).

import type { StoryChoice, StoryStep } from '../../core/encounter/beats.ts';
import type { Diagnostic } from '../../core/encounter/diagnostics.ts';
import {
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_MS,
  DEFAULT_MAX_STATES,
  type ExploreOptions,
  type ExploreResult,
} from './explore-options.ts';
import { StoryFacts } from './explore-facts.ts';
import { EncounterError, startEncounter, type EncounterState } from '../../core/encounter/encounter.ts';
import { pathFacts } from '../../core/encounter/log.ts';
import { STORY_VARIABLES } from '../../core/config/config.ts';
import { hash128 } from '../../core/hash.ts';
import { countsKey } from '../ink-state.ts';
import { collectVisitReads, trackVisitReads } from './visit-reads.ts';
import { receive, take, type Decision, type Taken } from '../driver.ts';
import { StepLimitError, StoryRunner } from '../runner.ts';
import { ValidityCollector } from './validity-collector.ts';
import {
  bestReport,
  choiceScores,
  choicesOf,
  countsText,
  extend,
  knotNames,
  readsTurns,
  stateOps,
  type Points,
  type StateOps,
  type Trail,
} from './explore-parts.ts';
import { boundAt, countContinues, Cutoffs, describeFault, LoopGuard, ProblemLog } from './explore-search.ts';
import {
  bestOf,
  branchNode,
  CUT,
  endNode,
  FAILED,
  ExploredStates,
  IN_PROGRESS,
  type Node,
} from './explore-node.ts';

const isStepLimit = (e: unknown) => e instanceof StepLimitError;

/** The explorer's log has no times. */
const NO_TIME = () => 0;

export type VariantResult = ExploreResult & { collected?: ReturnType<ValidityCollector['result']> };

/** One choice tried: its own points, and the results below it (null: it loops back to the path). */
interface Tried {
  extra: Points;
  child: Node | null;
}

class VariantExplorer {
  private readonly maxStates: number;
  private readonly maxMs: number;
  /** Paths longer than this many choices are cut off (the result is then incomplete). */
  private readonly maxDepth: number;
  private readonly started = Date.now();
  private readonly log: ProblemLog;
  private readonly cutoffs = new Cutoffs();
  private readonly guard = new LoopGuard();
  private readonly runner: StoryRunner;
  private readonly allKnots: string[];
  private readonly ops: StateOps;
  private readonly merge: boolean;
  private readonly collect: ValidityCollector | null;
  private readonly memo = new ExploredStates();
  private readonly facts = new StoryFacts();

  constructor(
    json: string,
    private readonly opts: ExploreOptions,
  ) {
    this.maxStates = opts.maxStates ?? DEFAULT_MAX_STATES;
    this.maxMs = opts.maxMs ?? DEFAULT_MAX_MS;
    this.log = new ProblemLog(opts.file ?? 'story');
    this.maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
    this.runner = new StoryRunner(json, {
      ...(opts.ctx ? { ctx: opts.ctx } : {}),
      variables: opts.variables ?? {},
    });
    for (const p of this.runner.metaProblems)
      this.problem(`${p.tag ? `#${p.tag}: ` : ''}${p.message}`, 'error', p.tag);
    this.allKnots = knotNames(json);
    this.ops = stateOps(this.runner, readsTurns(json), opts.reference ?? false);
    this.merge = opts.merge ?? true;
    trackVisitReads(this.runner.inkState);
    this.collect = opts.validity
      ? new ValidityCollector(
          this.runner.meta.characters,
          Number(opts.variables?.[STORY_VARIABLES.variant] ?? 1),
        )
      : null;
  }

  private problem(message: string, severity: Diagnostic['severity'] = 'error', hint?: string): void {
    this.log.add(message, severity, hint);
  }

  private fault(e: unknown, path: Trail | null, hint?: string): void {
    const f = describeFault(e, choicesOf(path).join(' → ') || 'the start', isStepLimit);
    if (f.bound) this.cutoffs.note(f.bound);
    this.problem(f.message, 'error', f.hint ?? hint);
  }

  private hotspotLabel(state: EncounterState, id: string): string | undefined {
    const scene = state.staging.bg ? this.opts.scenes?.get(state.staging.bg) : undefined;
    return scene?.hotspots.find((h) => h.id === id)?.label;
  }

  /** Takes in a step: its problems, knots, indicators and endings; null when the engine refused it. */
  private absorb(state: EncounterState, step: StoryStep, path: Trail | null): EncounterState | null {
    for (const p of step.problems) this.problem(`${p.tag ? `#${p.tag}: ` : ''}${p.message}`, 'error', p.tag);
    this.facts.noteLines(step);
    try {
      // Tag problems are reported above; keep exploring so one bad tag does not hide the rest.
      // The transcript is only for display; copying it on every step would cost time for nothing.
      const next = receive(state, { ...step, problems: [] }, 0, { transcript: false });
      // Everyone on stage after this step needs a place in the scene now drawn.
      const scene = next.staging.bg ? this.opts.scenes?.get(next.staging.bg) : undefined;
      for (const who of Object.keys(next.staging.cast)) {
        if (scene && !scene.cast.some((c) => c.character === who))
          this.problem(
            `character "${who}" is on stage but has no place in scene "${scene.id}"`,
            'error',
            `show: ${who}`,
          );
      }
      return next;
    } catch (e) {
      if (e instanceof EncounterError) {
        this.problem(
          `${e.message} (after: ${choicesOf(path).join(' → ') || 'the start'})`,
          'error',
          path?.text,
        );
        return null;
      }
      throw e;
    }
  }

  /** Knots the path to this state went through (their visit counts are above 0). */
  private noteKnotsVisited(): void {
    for (const k of this.allKnots)
      if (!this.facts.knotsSeen.has(k) && this.runner.visitCount(k) > 0) this.facts.knotsSeen.add(k);
  }

  /** `out.key` is set to the key of the state whose results are returned (for the validity collector). */
  private visit(state: EncounterState, path: Trail | null, out?: { key: string }): Node | null {
    const { opts } = this;
    const facts = pathFacts(state.log);
    this.facts.maxSeen = Math.max(this.facts.maxSeen, facts.seen.size);
    const view = this.ops.view();
    const shared = `${view.key}|${[...facts.seen].sort().join(',')}|${facts.required}|${state.phase}|${state.staging.bg}|${facts.ending?.id ?? ''}|${state.log.some((e) => e.kind === 'report')}`;
    const full = `${shared}|${opts.reference ? countsText(view.counts) : countsKey(view.counts)}`;
    // Keeping thousands of long keys costs more in memory and garbage collection than hashing
    // them (see src/core/hash.ts on collisions); the reference keeps them whole.
    const key = opts.reference ? full : hash128(full);
    if (out) out.key = key;
    const memoed = this.memo.get(key);
    if (memoed === IN_PROGRESS) return null; // a loop back to a state on the current path
    if (memoed) return memoed;
    const sharedKey = opts.reference ? shared : hash128(shared);
    // A state that differs from one explored before only in visit counts that state's future never
    // read has the same future: ink decides nothing from a count it does not read.
    const same = this.merge ? this.memo.sameFuture(sharedKey, view.counts) : undefined;
    if (same) {
      if (out) out.key = same.key;
      this.noteKnotsVisited();
      return same.node;
    }
    // Back at a state on this path but for visit counts nothing on the way read: a loop.
    if (this.guard.returns(sharedKey, view.counts)) return null;
    const limits = { maxStates: this.maxStates, maxMs: this.maxMs, maxDepth: this.maxDepth };
    const bound = boundAt(limits, this.memo.size, this.started, path?.length ?? 0);
    if (bound) {
      this.cutoffs.note(bound);
      return CUT;
    }
    this.memo.begin(key);
    /** Containers whose counts are read below this state. */
    const entered = this.guard.enter(sharedKey, view.counts);
    const reads = entered.reads;
    /** This state's counts, for sharing its results: the runner moves on while its choices are explored. */
    const counts = this.merge ? entered.counts : null;
    const remember = (node: Node): Node => {
      if (!this.guard.leave()) this.cutoffs.note('counts');
      this.memo.finish(key, sharedKey, node, counts);
      return node;
    };

    this.collect?.state(key, state.choices, () => choicesOf(path));
    if (state.phase === 'debrief') {
      // The runner is at this end state: every knot the path went through has a visit count.
      this.noteKnotsVisited();
      if (!facts.ending)
        this.problem(`a path ends without an "ending" tag (after: ${choicesOf(path).join(' → ')})`);
      return remember(endNode());
    }
    if (state.choices.length === 0) {
      this.problem(
        `dead end: the story stops with no choice and no ending (after: ${choicesOf(path).join(' → ')})`,
      );
      return remember(FAILED);
    }
    return remember(this.branch(state, path, key, reads));
  }

  /** Explores each choice of a state in turn and puts their results together. */
  private branch(state: EncounterState, path: Trail | null, key: string, reads: Set<string>): Node {
    const choices = state.choices;
    let best: Node | null = null;
    let exact = false;
    /** Set when a branch below already reported its own problem, so this node need not add another. */
    let errorBelow = false;
    let atState = true;
    // Later siblings start again from this state; with one choice there are none.
    const saved = choices.length > 1 ? this.ops.save() : null;
    for (const [i, choice] of choices.entries()) {
      this.noteChoice(state, choice);
      // The runner arrives at this state from its parent; later siblings restore it from the save
      // (the last one uses it up).
      if (!atState && saved) this.ops.restore(saved, i === choices.length - 1);
      atState = false;
      const tried = this.tryChoice(state, path, key, reads, choice);
      if (!tried) {
        errorBelow = true;
        continue;
      }
      const { child, extra } = tried;
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
      best = bestOf(best, branchNode(extra, child));
    }
    if (!best && !this.cutoffs.truncated && !errorBelow)
      this.problem(
        `from here the story can never end: every choice loops back or fails (after: ${choicesOf(path).join(' → ') || 'the start'})`,
        'error',
        choices[0]?.text,
      );
    return { ...(best ?? FAILED), reads, exact };
  }

  /** A choice's tags, and a problem when the hotspot it inspects is not in the scene. */
  private noteChoice(state: EncounterState, choice: StoryChoice): void {
    const label = choice.tags.observe ? this.hotspotLabel(state, choice.tags.observe) : undefined;
    if (choice.tags.observe && this.opts.scenes && label === undefined)
      this.problem(
        `observation target "${choice.text}" names hotspot "${choice.tags.observe}", which scene "${state.staging.bg ?? '(none)'}" does not have`,
        'error',
        `observe: ${choice.tags.observe}`,
      );
    this.facts.noteChoice(choice, label, state.staging.bg ?? undefined);
  }

  /** The best report on this path; a problem when what was done is rewarded against what it requires. */
  private bestReport(
    state: EncounterState,
    path: Trail | null,
    extra: Points,
  ): { decision: Decision; extra: Points } {
    const best = bestReport(state.log, this.runner.meta.minor, extra);
    const conflict = best.conflict;
    if (conflict)
      this.problem(
        `"${conflict.choice}" is rewarded for the action "${conflict.action}", but the report on this path requires "${conflict.required}", so reporting what was done scores ${conflict.outcome.verdict === 'under' ? 'as too little' : 'as more than needed'} (after: ${choicesOf(path).join(' → ')})`,
        'error',
        conflict.choice,
      );
    return best;
  }

  /** Takes one choice and explores where it leads; null when it failed (its problem is reported). */
  private tryChoice(
    state: EncounterState,
    path: Trail | null,
    key: string,
    reads: Set<string>,
    choice: StoryChoice,
  ): Tried | null {
    let extra: Points = { max: choiceScores(choice), min: choiceScores(choice) };
    let decision: Decision = { choice: choice.index };
    if (choice.tags.report) ({ decision, extra } = this.bestReport(state, path, extra));
    const childPath = extend(path, choice.text);
    let taken: Taken;
    try {
      taken = take(this.runner, state, decision, NO_TIME, (index) =>
        collectVisitReads(reads, () => this.runner.choose(index)),
      );
    } catch (e) {
      if (e instanceof EncounterError) {
        this.problem(`${e.message} (after: ${choicesOf(path).join(' → ')})`, 'error', choice.text);
        return null;
      }
      // A runtime error, a step past its limits or a failure inside inkjs: this path stops here.
      this.fault(e, childPath, choice.text);
      return null;
    }
    const { recorded: next, step } = taken;
    const absorbed = this.absorb(next, step, childPath);
    if (!absorbed) return null;
    const childKey = this.collect ? { key: '' } : undefined;
    const child = this.visit(absorbed, childPath, childKey);
    if (this.collect && childKey)
      this.collect.option(key, choice, child?.canEnd ? childKey.key : null, this.collect.step(step, choice));
    return { extra, child };
  }

  /** Explores from the start and puts the results together. */
  run(): VariantResult {
    const { opts, runner, cutoffs } = this;
    let root: Node | null = null;
    try {
      const initial = startEncounter(
        { encounterId: runner.meta.id, contentHash: '', seed: 0, mode: 'practice' },
        0,
      );
      const first = runner.continue();
      const state = this.absorb(initial, first, null);
      this.collect?.step(first);
      const rootKey = { key: '' };
      if (state) root = this.visit(state, null, rootKey);
      this.collect?.root(rootKey.key);
    } catch (e) {
      this.fault(e, null);
    }
    const limits = { maxStates: this.maxStates, maxMs: this.maxMs, maxDepth: this.maxDepth };
    const incomplete = cutoffs.report(limits, this.memo.size, opts.lenient ?? false);
    if (incomplete) this.problem(incomplete, opts.lenient ? 'warning' : 'error');

    const max: Record<string, number> = {};
    const min: Record<string, number> = {};
    for (const d of opts.dimensions ?? Object.keys(root?.max ?? {})) {
      max[d] = root?.max[d] ?? 0;
      min[d] = root?.min[d] ?? 0;
    }
    for (const k of runner.reachedKnots) this.facts.knotsSeen.add(k);
    countContinues(runner.continues);
    // Once a bound cut exploration short, a knot not met may lie past the cut: not fully explored.
    const notMet = this.allKnots.filter((k) => !this.facts.knotsSeen.has(k));
    const truncated = cutoffs.truncated;
    return {
      analysis: {
        max,
        min,
        indicators: this.facts.indicatorPlaces(),
        maxSeen: this.facts.maxSeen,
        endings: this.facts.endingList(),
        criticalErrors: this.facts.criticalErrors(),
        myths: this.facts.mythList(),
        states: this.memo.size,
        paths: root?.paths ?? 0,
        longestPath: root?.longest ?? 0,
        truncated,
        bounds: cutoffs.list(),
      },
      diagnostics: this.log.list(),
      unreachedKnots: truncated ? [] : notMet,
      unexploredKnots: truncated ? notMet : [],
      ...(this.collect ? { collected: this.collect.result() } : {}),
    };
  }
}

/** Explores one replay variant (the story's variables as given). */
export function exploreVariant(json: string, opts: ExploreOptions = {}): VariantResult {
  return new VariantExplorer(json, opts).run();
}
