// Per-encounter story tests as rows of data: a path (the steps, and the seed that picks the replay
// variant) and the outcome its debrief must show. `itPlays` turns each row into one test, played
// straight through or with a save/load round trip at every step (see describeBothWays in harness.ts).
// What is specific to an encounter (comparing two paths, a story text) stays in its own file.

import { expect, it } from 'vitest';
import type { Debrief } from '../../src/core/encounter/debrief.ts';
import {
  expectBestPath,
  expectWronglyFlagged,
  play,
  type BestPathExpectation,
  type Played,
  type Step,
} from './harness.ts';

/** What one decision of the path must show in the debrief, found by a piece of its text. */
export interface DecisionExpectation {
  text: string;
  /** The sign of the points it scored. */
  points?: 'negative' | 'positive';
  /** Marked as a critical error. */
  critical?: boolean;
  /** The better choice named for it contains this. */
  better?: string;
  /** Its explanation contains this. */
  why?: string;
}

export interface Outcome {
  /** A best path (see expectBestPath). */
  best?: BestPathExpectation;
  /** Exactly these critical errors, in order (`[]`: none). */
  critical?: readonly string[];
  /** At least these critical errors. */
  criticalIncludes?: readonly string[];
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
  /** Words the transcript shows, and words it never shows. */
  shows?: readonly string[];
  hides?: readonly string[];
}

export interface PathRow extends Outcome {
  title: string;
  steps: Step[];
  /** Picks the replay variant (see play); the harness default when absent. */
  seed?: number;
  /** The encounter's own checks on what was played. */
  also?: (played: Played) => void | Promise<void>;
}

function expectDecision(debrief: Debrief, want: DecisionExpectation): void {
  const d = debrief.decisions.find((x) => x.text.includes(want.text));
  if (want.critical !== undefined) expect(Boolean(d?.critical), want.text).toBe(want.critical);
  if (want.points === 'negative') expect(d?.points, want.text).toBeLessThan(0);
  if (want.points === 'positive') expect(d?.points, want.text).toBeGreaterThan(0);
  if (want.better !== undefined) expect(d?.better?.text, want.text).toContain(want.better);
  if (want.why !== undefined) expect(d?.why, want.text).toContain(want.why);
}

/** Checks every field of `want` that is given against what was played. */
export function expectOutcome({ debrief, transcript }: Played, want: Outcome): void {
  if (want.best) expectBestPath(debrief, want.best);
  if (want.critical) expect(debrief.critical.map((c) => c.id)).toEqual([...want.critical]);
  for (const id of want.criticalIncludes ?? []) expect(debrief.critical.map((c) => c.id)).toContain(id);
  if (want.ending !== undefined) expect(debrief.ending?.id).toBe(want.ending);
  if (want.action) expect(debrief.action).toMatchObject(want.action);
  if (want.notRight) expect(debrief.action?.verdict).not.toBe('right');
  if (want.myths) expect(debrief.myths.map((m) => m.id)).toEqual(expect.arrayContaining([...want.myths]));
  if (want.flagged) expectWronglyFlagged(debrief, want.flagged);
  for (const d of want.decisions ?? []) expectDecision(debrief, d);
  const said = transcript.join(' ');
  for (const words of want.shows ?? []) expect(said).toContain(words);
  for (const words of want.hides ?? []) expect(said).not.toContain(words);
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
