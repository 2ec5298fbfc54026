// Per-encounter story tests as rows of data: a path (the steps, and the seed that picks the replay
// variant) and the outcome its debrief must show. `itPlays` turns each row into one test, played
// straight through or with a save/load round trip at every step (see describeBothWays in harness.ts).
// What is specific to an encounter (comparing two paths, a story text) stays in its own file.

import { expect, it } from 'vitest';
import type { Debrief } from '../../src/core/encounter/debrief.ts';
import {
  dimensionScore,
  expectBestPath,
  expectCriticalExplained,
  expectMissed,
  expectWronglyFlagged,
  play,
  recommendedWords,
  type BestPathExpectation,
  type Played,
  type Step,
} from './harness.ts';

/** What one decision of the path must show in the debrief, found by a piece of its text. */
export interface DecisionExpectation {
  text: string;
  /** The points it scored: their sign, or the exact number. */
  points?: Score;
  /** Marked as a critical error. */
  critical?: boolean;
  /** The better choice named for it contains this (`null`: none is named, it was the best). */
  better?: string | null;
  /** Its explanation contains this (or matches it). */
  why?: Words;
}

/** A sign, or an exact value. */
export type Score = 'negative' | 'positive' | number;
/** Words to find: a piece of text, or a pattern. */
export type Words = string | RegExp;

/** An indicator the path did not notice (see expectMissed in harness.ts). */
export interface MissedExpectation {
  id: string;
  /** Whether it was on screen on this path. */
  seen: boolean;
  /** The look that shows it. */
  look?: string;
}

export interface Outcome {
  /** A best path (see expectBestPath). */
  best?: BestPathExpectation;
  /** Exactly these critical errors, in order (`[]`: none). */
  critical?: readonly string[];
  /** At least these critical errors. */
  criticalIncludes?: readonly string[];
  /** Critical errors made at a choice, each recorded and explained (see expectCriticalExplained). */
  criticalExplained?: readonly string[];
  ending?: string;
  /** The report's chosen and required actions and verdict (a partial match). */
  action?: { chosen?: string; required?: string; verdict?: string };
  /** The verdict is anything but right. */
  notRight?: true;
  /** Misconceptions the debrief answers (at least these). */
  myths?: readonly string[];
  /** Exactly these non-indicators were ticked, each explained. */
  flagged?: readonly string[];
  decisions?: readonly DecisionExpectation[];
  /** At least these indicators noticed, or `'nothing'`: none at all. */
  noticed?: 'nothing' | readonly string[];
  /** Indicators that are not among those noticed. */
  notNoticed?: readonly string[];
  /** At least these indicators missed. */
  missedIncludes?: readonly string[];
  /** Missed indicators, each with whether it was on screen. */
  missed?: readonly MissedExpectation[];
  /** The recommended next steps mention this. */
  recommends?: string;
  /** Dimension scores by id (see dimensionScore). */
  scores?: Readonly<Record<string, Score>>;
  /** Words the transcript shows, and words it never shows. */
  shows?: readonly Words[];
  hides?: readonly Words[];
}

export interface PathRow extends Outcome {
  title: string;
  steps: Step[];
  /** Picks the replay variant (see play); the harness default when absent. */
  seed?: number;
  /** The encounter's own checks on what was played. */
  also?: (played: Played) => void | Promise<void>;
}

function expectScore(actual: number | undefined, want: Score, label: string): void {
  if (want === 'negative') expect(actual, label).toBeLessThan(0);
  else if (want === 'positive') expect(actual, label).toBeGreaterThan(0);
  else expect(actual, label).toBe(want);
}

function expectWords(text: string | undefined, words: Words, label?: string): void {
  if (typeof words === 'string') expect(text, label).toContain(words);
  else expect(text, label).toMatch(words);
}

function expectDecision(debrief: Debrief, want: DecisionExpectation): void {
  const d = debrief.decisions.find((x) => x.text.includes(want.text));
  expect(d, `a decision "${want.text}"`).toBeDefined();
  if (want.critical !== undefined) expect(Boolean(d?.critical), want.text).toBe(want.critical);
  if (want.points !== undefined) expectScore(d?.points, want.points, want.text);
  if (want.better === null) expect(d?.better, want.text).toBeUndefined();
  else if (want.better !== undefined) expect(d?.better?.text, want.text).toContain(want.better);
  if (want.why !== undefined) expectWords(d?.why, want.why, want.text);
}

/** Checks every field of `want` that is given against what was played. */
export function expectOutcome({ debrief, transcript }: Played, want: Outcome): void {
  if (want.best) expectBestPath(debrief, want.best);
  if (want.critical) expect(debrief.critical.map((c) => c.id)).toEqual([...want.critical]);
  for (const id of want.criticalIncludes ?? []) expect(debrief.critical.map((c) => c.id)).toContain(id);
  for (const id of want.criticalExplained ?? []) expectCriticalExplained(debrief, id);
  if (want.ending !== undefined) expect(debrief.ending?.id).toBe(want.ending);
  if (want.action) expect(debrief.action).toMatchObject(want.action);
  if (want.notRight) expect(debrief.action?.verdict).not.toBe('right');
  if (want.myths) expect(debrief.myths.map((m) => m.id)).toEqual(expect.arrayContaining([...want.myths]));
  if (want.flagged) expectWronglyFlagged(debrief, want.flagged);
  for (const d of want.decisions ?? []) expectDecision(debrief, d);
  const noticed = debrief.noticed.map((i) => i.id);
  if (want.noticed === 'nothing') expect(noticed).toEqual([]);
  else if (want.noticed) expect(noticed).toEqual(expect.arrayContaining([...want.noticed]));
  for (const id of want.notNoticed ?? []) expect(noticed).not.toContain(id);
  if (want.missedIncludes)
    expect(debrief.missed.map((i) => i.id)).toEqual(expect.arrayContaining([...want.missedIncludes]));
  for (const m of want.missed ?? []) expectMissed(debrief, m.id, m);
  if (want.recommends !== undefined) expect(recommendedWords(debrief).join(' ')).toContain(want.recommends);
  for (const [id, score] of Object.entries(want.scores ?? {}))
    expectScore(dimensionScore(debrief, id), score, `${id} score`);
  const said = transcript.join(' ');
  for (const words of want.shows ?? []) expectWords(said, words);
  for (const words of want.hides ?? [])
    if (typeof words === 'string') expect(said).not.toContain(words);
    else expect(said).not.toMatch(words);
}

/** One test per row: plays its path (with or without a round trip at every step) and checks its outcome. */
export function itPlays(file: string, roundTrip: boolean, rows: readonly PathRow[]): void {
  for (const row of rows) {
    const { title, steps, seed, also, ...want } = row;
    it(title, async () => {
      const played = await play(file, steps, { roundTrip, ...(seed === undefined ? {} : { seed }) });
      expectOutcome(played, want);
      await also?.(played);
    });
  }
}
