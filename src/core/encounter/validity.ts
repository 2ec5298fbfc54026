// Validity metrics: do an encounter's scores measure judgement, or can a learner score well by a
// pattern (the longest line, the first line, the same wording as last time)? Pure functions over the
// raw data the explorer gathers (src/story/checker/explore.ts with `validity: true`): every scored choice
// set reached on some path, a graph of the states for the naive players, and what each character
// shows. The checker prints them (`npm run check:stories -- --validity`); the targets and the
// encounters not yet held to them are in ./validity-targets.ts. Definitions: docs/validity.md.
//
// Nothing here knows a particular tag beyond the parser's generic ones (scores per dimension and
// critical-error ids), so new dimensions, critical errors or choice tags change the figures only.

import { VALIDITY_TARGETS, type ValidityTarget, type ValidityTargets } from './validity-targets.ts';
import { recurringWordings, type RecurringWording } from './validity-wording.ts';

export {
  normaliseWording,
  recurringWordings,
  wordingSimilarity,
  WORDING_SIMILARITY,
  type RecurringWording,
  type Wording,
} from './validity-wording.ts';

/** One option of a choice set, as the learner saw it. */
export interface SetOption {
  text: string;
  /** Points per dimension (the `score` tags). */
  scores: Record<string, number>;
  /** Critical-error ids (the `critical` tags). */
  critical: string[];
}

/** A scored choice set: choices offered together, at least one of them scored or critical. */
export interface ChoiceSetRecord {
  options: SetOption[];
  /** The ink knot the choices are written in. */
  knot: string;
  /** The choices taken to first reach it (one path of possibly many). */
  path: string[];
  /** Replay variants in which it is offered (1-based). */
  variants: number[];
}

/** An option's score: its points summed over every dimension. */
function optionScore(o: SetOption): number {
  let sum = 0;
  for (const v of Object.values(o.scores)) sum += v;
  return sum;
}

/** Acceptable: a score of 0 or more and no critical error. */
export function isAcceptable(o: SetOption): boolean {
  return o.critical.length === 0 && optionScore(o) >= 0;
}

function isCritical(o: SetOption): boolean {
  return o.critical.length > 0;
}

/** Whether a set of choices is a scored set: some option carries points or a critical error. */
export function isScoredSet(options: readonly SetOption[]): boolean {
  return options.some((o) => o.critical.length > 0 || Object.keys(o.scores).length > 0);
}

/** Option length in characters (code points, so one emoji or accented letter is one). */
function optionLength(text: string): number {
  return [...text.trim()].length;
}

export interface SetFigures {
  size: number;
  /** Options with a score of 0 or more and no critical error. */
  acceptable: number;
  /** Indices of the best options: the highest score among the non-critical ones (among all when every one is critical). */
  best: number[];
  /** Indices of the longest options (ties all count). */
  longest: number[];
  /** Indices of the shortest options (ties all count). */
  shortest: number[];
  /**
   * How far the longest option is the best: the share of the longest options that are best (1 or 0
   * without ties). It is the chance that a player who always picks the longest line, breaking ties
   * at random, picks a best one.
   */
  bestIsLongest: number;
  /** The same for the shortest options: the chance that a player who always picks the shortest line picks a best one. */
  bestIsShortest: number;
  /** The same chance for a player picking at random: best options / options. */
  chance: number;
  /** Every option that is not best is a critical error (false when every option is best). */
  allAlternativesCritical: boolean;
}

function indicesOfMax(values: readonly number[], among: readonly number[]): number[] {
  let top = -Infinity;
  for (const i of among) top = Math.max(top, values[i] ?? -Infinity);
  return among.filter((i) => values[i] === top);
}

export function setFigures(options: readonly SetOption[]): SetFigures {
  const all = options.map((_, i) => i);
  const scores = options.map(optionScore);
  const safe = all.filter((i) => !isCritical(options[i]!));
  const best = indicesOfMax(scores, safe.length > 0 ? safe : all);
  const lengths = options.map((o) => optionLength(o.text));
  const longest = indicesOfMax(lengths, all);
  const shortest = indicesOfMax(
    lengths.map((n) => -n),
    all,
  );
  const bestShare = (among: number[]) =>
    among.length > 0 ? among.filter((i) => best.includes(i)).length / among.length : 0;
  const size = options.length;
  const alternatives = all.filter((i) => !best.includes(i));
  return {
    size,
    acceptable: options.filter(isAcceptable).length,
    best,
    longest,
    shortest,
    bestIsLongest: bestShare(longest),
    bestIsShortest: bestShare(shortest),
    chance: size > 0 ? best.length / size : 0,
    allAlternativesCritical: alternatives.length > 0 && alternatives.every((i) => isCritical(options[i]!)),
  };
}

/** Shares (0–1) over a group of scored sets. */
export interface SetShares {
  sets: number;
  /** Mean number of acceptable options per set. */
  meanAcceptable: number;
  /** Share of sets with two or more acceptable options. */
  twoOrMoreAcceptable: number;
  /** Share of sets where the best option is also the longest (ties weighted, see SetFigures). */
  bestIsLongest: number;
  /** Share of sets where the best option is also the shortest (ties weighted the same way). */
  bestIsShortest: number;
  /** The share expected by chance for the same set sizes: the mean of best options / options. */
  chance: number;
  /** Share of sets where every alternative to the best option is a critical error. */
  allAlternativesCritical: number;
}

export function setShares(sets: readonly { options: readonly SetOption[] }[]): SetShares {
  const figures = sets.map((s) => setFigures(s.options));
  const n = figures.length;
  const mean = (f: (x: SetFigures) => number) => (n > 0 ? figures.reduce((s, x) => s + f(x), 0) / n : 0);
  return {
    sets: n,
    meanAcceptable: mean((x) => x.acceptable),
    twoOrMoreAcceptable: mean((x) => (x.acceptable >= 2 ? 1 : 0)),
    bestIsLongest: mean((x) => x.bestIsLongest),
    bestIsShortest: mean((x) => x.bestIsShortest),
    chance: mean((x) => x.chance),
    allAlternativesCritical: mean((x) => (x.allAlternativesCritical ? 1 : 0)),
  };
}

/** The best options' texts of a set (see SetFigures.best). */
function bestTexts(options: readonly SetOption[]): string[] {
  return setFigures(options).best.map((i) => options[i]!.text);
}

// ---------------------------------------------------------------- naive players

/** A state of one variant's story as the naive players see it: the options and where each leads. */
export interface PlayNode {
  options: {
    text: string;
    /** The option's own points, summed over every dimension. */
    points: number;
    /** The state it leads to; null when it fails or loops straight back (never a way on). */
    next: string | null;
    /**
     * The characters who answer in the lines the option leads to, each with the indicators those
     * lines show of them (see characterOf in the explorer's collector); absent when nobody answers.
     */
    voices?: Record<string, string[]>;
  }[];
}

/** Every explored state of one variant; a state with no way on is an end (0 more points). */
export interface PlayGraph {
  root: string;
  nodes: Record<string, PlayNode>;
}

export interface PlayerPoints {
  /** Always the longest option (the first of the longest on a tie). */
  longest: number;
  /** Always the shortest option (the first of the shortest on a tie). */
  shortest: number;
  /** Always the first option. */
  first: number;
  /** Uniformly at random: the exact expectation over the choice tree. */
  random: number;
  /** The best path's points: what a player could earn at most. */
  best: number;
}

/**
 * The points each naive player earns from the story's choices on one variant (the incident report
 * is a form, not a choice set, and is left out). Options that fail or loop back are not on offer.
 */
export function naivePlayers(graph: PlayGraph): PlayerPoints {
  type Options = PlayNode['options'];
  /** A policy turns the options, each with its points to the end, into the points the player expects. */
  const run = (policy: (opts: Options) => number): number => {
    const memo = new Map<string, number>();
    const onPath = new Set<string>();
    const value = (key: string): number => {
      const hit = memo.get(key);
      if (hit !== undefined) return hit;
      const node = graph.nodes[key];
      // A state the explorer stopped at, or one already on this path (never in a checked story).
      if (!node || onPath.has(key)) return 0;
      onPath.add(key);
      const open = node.options.filter((o) => o.next !== null && !onPath.has(o.next));
      const toEnd = open.map((o) => ({ ...o, points: o.points + value(o.next as string) }));
      const v = toEnd.length === 0 ? 0 : policy(toEnd);
      onPath.delete(key);
      memo.set(key, v);
      return v;
    };
    return value(graph.root);
  };
  /** The first option whose length beats every earlier one's by `better`. */
  const byLength = (better: (a: number, b: number) => boolean) => (opts: Options) => {
    let pick = opts[0]!;
    for (const o of opts) if (better(optionLength(o.text), optionLength(pick.text))) pick = o;
    return pick.points;
  };
  return {
    longest: run(byLength((a, b) => a > b)),
    shortest: run(byLength((a, b) => a < b)),
    first: run((opts) => opts[0]!.points),
    random: run((opts) => opts.reduce((s, o) => s + o.points, 0) / opts.length),
    best: run((opts) => Math.max(...opts.map((o) => o.points))),
  };
}

// ---------------------------------------------------------------- characters

export interface Disclosure {
  /** The character answers the officer on some path (speaks in the lines a choice leads to). */
  answers: boolean;
  /**
   * On some path, the first time the character answers, the answer shows an indicator of theirs:
   * the character discloses on the first question.
   */
  disclosesOnFirst: boolean;
}

/** Whether a character answers the officer, and whether some path has them disclose at once. */
export function firstAnswer(graph: PlayGraph, character: string): Disclosure {
  let answers = false;
  // States reachable without the character having answered yet.
  const seen = new Set<string>([graph.root]);
  const queue = [graph.root];
  while (queue.length > 0) {
    const node = graph.nodes[queue.pop()!];
    for (const o of node?.options ?? []) {
      const shown = o.voices?.[character];
      if (shown) {
        answers = true;
        if (shown.length > 0) return { answers: true, disclosesOnFirst: true };
        continue;
      }
      if (o.next !== null && !seen.has(o.next)) {
        seen.add(o.next);
        queue.push(o.next);
      }
    }
  }
  return { answers, disclosesOnFirst: false };
}

// ---------------------------------------------------------------- per encounter and library

export interface CharacterFigures extends Disclosure {
  id: string;
  name: string;
  /** Indicators shown of this character on some path: in lines they speak, or narration naming them. */
  indicators: string[];
}

/** What the explorer gathers for the validity report, all variants together. */
export interface ExploredValidity {
  sets: ChoiceSetRecord[];
  /** The naive players' points, one entry per variant (index 0 is variant 1). */
  players: PlayerPoints[];
  characters: CharacterFigures[];
  /** Indicators shown by looking (observation targets) or by narration that names no character. */
  scene: string[];
}

export interface PlayerPercent {
  longest: number;
  shortest: number;
  first: number;
  random: number;
}

export interface EncounterValidity {
  id: string;
  file: string;
  shares: SetShares;
  /** Every scored set with its figures, for finding a set in the story. */
  sets: (ChoiceSetRecord & { figures: SetFigures })[];
  /** The distinct best-option wordings (see SetFigures.best). */
  bestWordings: string[];
  /** The players' points averaged over the variants (every variant is as likely). */
  points: PlayerPoints;
  /** Each naive player's mean points as a percentage of the best path's points (0 when the best is 0). */
  percent: PlayerPercent;
  characters: CharacterFigures[];
  scene: string[];
  /** Characters who answer the officer and show some indicator; how many disclose on the first question. */
  disclosure: { characters: number; disclose: number; share: number };
}

function percentOf(points: PlayerPoints): PlayerPercent {
  const pc = (x: number) => (points.best > 0 ? (100 * x) / points.best : 0);
  return {
    longest: pc(points.longest),
    shortest: pc(points.shortest),
    first: pc(points.first),
    random: pc(points.random),
  };
}

function disclosureOf(characters: readonly CharacterFigures[]): EncounterValidity['disclosure'] {
  const counted = characters.filter((c) => c.answers && c.indicators.length > 0);
  const disclose = counted.filter((c) => c.disclosesOnFirst).length;
  return {
    characters: counted.length,
    disclose,
    share: counted.length > 0 ? disclose / counted.length : 0,
  };
}

export function encounterValidity(id: string, file: string, raw: ExploredValidity): EncounterValidity {
  const n = raw.players.length;
  const mean = (f: (p: PlayerPoints) => number) =>
    n > 0 ? raw.players.reduce((s, p) => s + f(p), 0) / n : 0;
  const points: PlayerPoints = {
    longest: mean((p) => p.longest),
    shortest: mean((p) => p.shortest),
    first: mean((p) => p.first),
    random: mean((p) => p.random),
    best: mean((p) => p.best),
  };
  return {
    id,
    file,
    shares: setShares(raw.sets),
    sets: raw.sets.map((s) => ({ ...s, figures: setFigures(s.options) })),
    bestWordings: [...new Set(raw.sets.flatMap((s) => bestTexts(s.options)))],
    points,
    percent: percentOf(points),
    characters: raw.characters,
    scene: raw.scene,
    disclosure: disclosureOf(raw.characters),
  };
}

export interface LibraryValidity {
  encounters: number;
  /** Every encounter's sets pooled. */
  shares: SetShares;
  /** Each naive player's percentage, the mean over encounters (each encounter counts once). */
  percent: PlayerPercent;
  disclosure: EncounterValidity['disclosure'];
  /** Best-option wordings used in two or more encounters. */
  recurring: RecurringWording[];
}

export function libraryValidity(list: readonly EncounterValidity[]): LibraryValidity {
  const n = list.length;
  const mean = (f: (e: EncounterValidity) => number) => (n > 0 ? list.reduce((s, e) => s + f(e), 0) / n : 0);
  return {
    encounters: n,
    shares: setShares(list.flatMap((e) => e.sets)),
    percent: {
      longest: mean((e) => e.percent.longest),
      shortest: mean((e) => e.percent.shortest),
      first: mean((e) => e.percent.first),
      random: mean((e) => e.percent.random),
    },
    disclosure: disclosureOf(list.flatMap((e) => e.characters)),
    recurring: recurringWordings(
      list.flatMap((e) => e.bestWordings.map((text) => ({ encounter: e.id, file: e.file, text }))),
    ),
  };
}

// ---------------------------------------------------------------- targets

export interface TargetResult {
  target: ValidityTarget;
  met: boolean;
  /** The figure, as printed. */
  figure: string;
  /** The target, as printed. */
  wanted: string;
}

const pct = (x: number) => `${Math.round(100 * x)}%`;
const signedPct = (x: number) => `${Math.round(x)}%`.replace(/^-/, '−');

/**
 * Whether the best option is the longest often enough: in at least ⌊n × (chance − margin)⌋ of the
 * n sets (ties weighted as in SetFigures). Rounding down to whole sets lets a short encounter, where
 * one set moves the share by 1/n, stay inside both bounds.
 */
export function meetsLongestFloor(s: SetShares, margin: number): boolean {
  const EPSILON = 1e-9;
  const wanted = Math.floor(s.sets * (s.chance - margin) + EPSILON);
  return s.sets * s.bestIsLongest >= wanted - EPSILON;
}

/** The most encounters any of this encounter's best wordings is used in (1 when none recurs). */
function widestWording(e: Pick<EncounterValidity, 'id'>, recurring: readonly RecurringWording[]): number {
  return Math.max(
    1,
    ...recurring.filter((r) => r.uses.some((u) => u.encounter === e.id)).map((r) => r.encounters),
  );
}

/** How one encounter (or the whole library) stands against every target. */
export function checkTargets(
  figures: { shares: SetShares; percent: PlayerPercent; id?: string },
  recurring: readonly RecurringWording[],
  targets: ValidityTargets = VALIDITY_TARGETS,
): TargetResult[] {
  const s = figures.shares;
  const widest = figures.id
    ? widestWording({ id: figures.id }, recurring)
    : Math.max(1, ...recurring.map((r) => r.encounters));
  return [
    {
      target: 'bestIsLongest',
      met: s.bestIsLongest <= s.chance + targets.bestIsLongestAboveChance,
      figure: `${pct(s.bestIsLongest)} (chance ${pct(s.chance)})`,
      wanted: `≤ chance + ${Math.round(100 * targets.bestIsLongestAboveChance)} points`,
    },
    {
      target: 'bestIsLongestFloor',
      met: meetsLongestFloor(s, targets.bestIsLongestBelowChance),
      figure: `${pct(s.bestIsLongest)} (chance ${pct(s.chance)})`,
      wanted: `≥ chance − ${Math.round(100 * targets.bestIsLongestBelowChance)} points, in whole sets`,
    },
    {
      target: 'twoOrMoreAcceptable',
      met: s.twoOrMoreAcceptable >= targets.minTwoOrMoreAcceptable,
      figure: pct(s.twoOrMoreAcceptable),
      wanted: `≥ ${pct(targets.minTwoOrMoreAcceptable)}`,
    },
    {
      target: 'allAlternativesCritical',
      met: s.allAlternativesCritical <= targets.maxAllAlternativesCritical,
      figure: pct(s.allAlternativesCritical),
      wanted: `≤ ${pct(targets.maxAllAlternativesCritical)}`,
    },
    {
      target: 'recurringWording',
      met: widest <= targets.maxEncountersPerBestWording,
      figure: `${widest} encounter(s)`,
      wanted: `≤ ${targets.maxEncountersPerBestWording}`,
    },
    {
      target: 'longestPlayer',
      met: figures.percent.longest <= targets.maxLongestPlayerPercent,
      figure: signedPct(figures.percent.longest),
      wanted: `≤ ${targets.maxLongestPlayerPercent}%`,
    },
    {
      target: 'shortestPlayer',
      met: figures.percent.shortest <= targets.maxShortestPlayerPercent,
      figure: signedPct(figures.percent.shortest),
      wanted: `≤ ${targets.maxShortestPlayerPercent}%`,
    },
  ];
}
