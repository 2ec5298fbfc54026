import { expect, it } from 'vitest';
import {
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

const OPENING: Step[] = [
  'On my way',
  'Look at the red car with its boot open',
  'Look at the silver car',
  'Look through the entrance doors',
];

const TO_CASH: Step[] = [...OPENING, 'Walk over with a friendly wave', 'Hold the door'];
const TO_TEAM: Step[] = [...TO_CASH, 'Show him the nearest all-night cash machine'];

const BEST: Step[] = [...TO_TEAM, "There's water and a seat", 'Nothing to report', NOTHING];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'labelling_question',
    [...OPENING, 'Walk over with a friendly wave', 'Is this man trafficking you', NOTHING],
  ],
  ['threaten_arrest_or_immigration', [...TO_CASH, "Let's see your visa", NOTHING]],
  ['take_documents', [...TO_CASH, 'keep his passport behind the desk', NOTHING]],
  ['detain_or_rescue', [...TO_TEAM, 'the minibus stays here', NOTHING]],
];

describeBothWays('hotel late check-in (nothing is wrong)', (roundTrip) => {
  it('best path: no critical errors, "nothing to report" is right, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expectBestPath(debrief, {
      ending: 'ordinary_evening',
      action: 'none',
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
      expect(debrief.action).toMatchObject({ chosen: 'none', required: 'none', verdict: 'right' });
    },
  });

  it('milder over-reactions cost culture points and answer the profiling myth', async () => {
    const { debrief } = await play(
      FILE,
      [
        'A foreign team and a cash payer',
        'Look at the smokers',
        'Look at the white minibus',
        'Look at the man on the bench',
        'Stay back, watch him',
        'Hold the door',
        'Show him the nearest all-night cash machine',
        'Ask each player, one by one',
        'Can you put a note on the team',
        NOTHING,
      ],
      { roundTrip },
    );
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('watch_note');
    expect(dimensionScore(debrief, 'culture')).toBeLessThan(0);
    expect(debrief.myths.map((m) => m.id)).toContain('myth.one_flag_or_nationality');
  });

  it('calling the police over nothing ends badly, and over-reporting is marked over', async () => {
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
    expect(debrief.action).toMatchObject({ chosen: 'hotline', required: 'none', verdict: 'over' });
  });

  it('ticking the things a biased eye notices is explained, and costs observation points', async () => {
    const flagged = ['not.speaks_other_language', 'not.late_arrival', 'not.tired_or_shy'];
    const { debrief } = await play(
      FILE,
      [...BEST.slice(0, -1), { report: { observed: flagged, action: 'none' } }],
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
