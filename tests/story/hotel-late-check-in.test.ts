import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  compiled,
  describeBothWays,
  describeContent,
  dimensionScore,
  expectBestPath,
  expectWronglyFlagged,
  itRecordsCriticalErrors,
  play,
  storyFile,
  type Step,
} from './harness.ts';

const FILE = storyFile('hotel', 'late-check-in');

const NOTHING = { report: { observed: [] as string[], action: 'none' as const } };
const LOG = { report: { observed: [] as string[], action: 'log' as const } };

const OPENING: Step[] = [
  'On my way',
  'Look at the red car with its trunk open',
  'Look at the silver car',
  'Look through the entrance doors',
];

const TO_CASH: Step[] = [...OPENING, 'Walk over with a friendly wave', 'Hold the door'];
const TO_TEAM: Step[] = [...TO_CASH, 'Show him the nearest all-night ATM'];

const BEST: Step[] = [...TO_TEAM, "There's water and a seat", 'Just the silver car in the bay', LOG];

const CRITICAL_PATHS: [string, Step[]][] = [
  ['labelling_question', [...OPENING, 'Walk over with a friendly wave', 'Is this man trafficking you', LOG]],
  ['profiling', [...TO_CASH, 'Foreign passport and cash', LOG]],
  ['take_documents', [...TO_CASH, 'keep his passport behind the desk', LOG]],
  ['detain_or_rescue', [...TO_TEAM, 'the minibus stays here', LOG]],
];

describeBothWays('hotel late check-in (nothing is wrong)', (roundTrip) => {
  it('best path: no critical errors, "nothing to report" is right, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expectBestPath(debrief, {
      ending: 'ordinary_evening',
      action: 'log',
      noticed: 'nothing',
      minPercent: 70,
      minDecisions: 5,
    });
    // Only the myth the encounter always teaches; no choice on this path acted on a myth.
    expect(debrief.myths.map((m) => m.id)).toEqual(['myth.one_flag_or_nationality']);
  });

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, {
    title: 'over-reaction with a critical error',
    also: (debrief) => {
      expect(debrief.ending?.id).toBe('complaint');
      // Even after a mistake, nothing here needed reporting as trafficking.
      expect(debrief.action).toMatchObject({ chosen: 'log', required: 'log', verdict: 'right' });
    },
  });

  it('noting the plate of a car left in the bay is routine practice, not profiling, and "nothing to report" misses the log', async () => {
    const noted = await play(
      FILE,
      [
        ...OPENING,
        'From the doorway, note the make',
        'Hold the door',
        'Show him the nearest all-night ATM',
        "There's water and a seat",
        'Just the silver car in the bay',
        LOG,
      ],
      { roundTrip },
    );
    expect(noted.debrief.critical).toEqual([]);
    const plate = noted.debrief.decisions.find((d) => d.text.includes('From the doorway'));
    expect(plate?.points).toBeGreaterThan(0);
    expect(plate?.why).not.toMatch(/suspect|profil/i);
    expect(dimensionScore(noted.debrief, 'culture')).toBeGreaterThanOrEqual(0);
    const nothing = await play(FILE, [...TO_TEAM, "There's water and a seat", 'Nothing to report', NOTHING], {
      roundTrip,
    });
    expect(nothing.debrief.action).toMatchObject({ chosen: 'none', required: 'log', verdict: 'under' });
  });

  it('the picker and the looks do not give the verdict away; the car stays ambiguous until asked', async () => {
    const c = compiled(FILE);
    expect(c.meta.contentNote).not.toMatch(/nothing harmful|nobody|ordinary/i);
    expect(c.meta.focus ?? '').not.toMatch(/calibrated|ordinary explanations/i);
    expect(c.story).not.toContain('Nothing else here');
    const ink = readFileSync(FILE, 'utf8');
    const look = ink.slice(ink.indexOf('Look at the silver car'), ink.indexOf('Look at the white minibus'));
    expect(look).not.toMatch(/wife|taxi|permit/i);
  });

  it('milder over-reactions cost points and answer the profiling myth', async () => {
    const { debrief } = await play(
      FILE,
      [
        'A foreign team and a cash payer',
        'Look at the smokers',
        'Look at the white minibus',
        'Look at the man on the bench',
        'Tap on his window',
        NOTHING,
      ],
      { roundTrip },
    );
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('complaint');
    expect(dimensionScore(debrief, 'culture')).toBeLessThan(0);
    expect(debrief.myths.map((m) => m.id)).toContain('myth.one_flag_or_nationality');
  });

  it('calling the police on the team is profiling, and over-reporting is marked over', async () => {
    const { debrief } = await play(
      FILE,
      [
        ...TO_TEAM,
        "There's water and a seat",
        'calling the police',
        { report: { observed: [], action: 'hotline' } },
      ],
      { roundTrip },
    );
    expect(debrief.ending?.id).toBe('police_for_nothing');
    expect(debrief.action).toMatchObject({ chosen: 'hotline', required: 'log', verdict: 'over' });
    expect(debrief.critical.map((c) => c.id)).toContain('profiling');
  });

  it('ticking the things a biased eye notices is explained, and costs observation points', async () => {
    const flagged = ['not.speaks_other_language', 'not.late_arrival', 'not.tired_or_shy'];
    const { debrief } = await play(
      FILE,
      [...BEST.slice(0, -1), { report: { observed: flagged, action: 'log' } }],
      { roundTrip },
    );
    expectWronglyFlagged(debrief, flagged);
    const best = await play(FILE, BEST, { roundTrip });
    expect(debrief.total.score).toBeLessThanOrEqual(best.debrief.total.score);
  });
});

describeContent(
  'hotel late check-in',
  FILE,
  BEST,
  { indicators: 'none', herrings: 2, meta: { minor: false, variants: 2 } },
  (c) => {
    it('reveals no hotel indicator anywhere', () => {
      expect(c.story).not.toMatch(/reveals: hotel\./);
    });
  },
);
