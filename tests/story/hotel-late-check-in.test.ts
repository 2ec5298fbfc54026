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
const LOG_SEEN = { report: { observed: 'seen' as const, action: 'log' as const } };
/** The one weak sign: a teenager selling candy car to car; the kind no-soliciting line and a note. */
const SELLER = 'Not on hotel property';

const OPENING: Step[] = [
  'On my way',
  'Look at the red car with its trunk open',
  'Look at the silver car',
  'Look through the entrance doors',
];

const TO_SELLER: Step[] = [...OPENING, 'Walk over with a friendly wave'];
const TO_CASH: Step[] = [...TO_SELLER, SELLER, 'Hold the door'];
const TO_TEAM: Step[] = [...TO_CASH, 'Show him the nearest all-night ATM'];

const LOG_LINE = 'For the log: the car in the bay';
const BEST: Step[] = [...TO_TEAM, "There's water and a seat", LOG_LINE, LOG_SEEN];

const CRITICAL_PATHS: [string, Step[]][] = [
  ['labelling_question', [...TO_SELLER, SELLER, 'Is this man trafficking you', LOG]],
  ['profiling', [...TO_CASH, 'Foreign passport and cash', LOG]],
  ['take_documents', [...TO_CASH, 'keep his passport behind the desk', LOG]],
  ['detain_or_rescue', [...TO_TEAM, 'the minibus stays here', LOG]],
];

describeBothWays('hotel late check-in (nothing is wrong)', (roundTrip) => {
  it('best path: no critical errors, a log entry is the exact report, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expectBestPath(debrief, {
      ending: 'ordinary_evening',
      action: 'log',
      noticed: ['hotel.selling_begging_on_property'],
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
        SELLER,
        'Hold the door',
        'Show him the nearest all-night ATM',
        "There's water and a seat",
        LOG_LINE,
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
    // A control with one weak sign does not claim more than it knows: the aftermath, shared by every
    // ending, says the seller stays unknown.
    const ink0 = readFileSync(FILE, 'utf8');
    expect(ink0.slice(ink0.indexOf('=== aftermath ==='))).toContain(
      'Nobody finds out who drives the teenager',
    );
    const ink = readFileSync(FILE, 'utf8');
    const look = ink.slice(ink.indexOf('Look at the silver car'), ink.indexOf('Look at the white minibus'));
    expect(look).not.toMatch(/wife|taxi|permit/i);
  });

  it('the young seller is one weak sign: a kind no and a note are right, questioning him is interrogation, a hotline referral is more than it needs', async () => {
    const asked = await play(
      FILE,
      [
        ...TO_SELLER,
        'Who drives you around',
        'Hold the door',
        'Show him the nearest all-night ATM',
        "There's water and a seat",
        LOG_LINE,
        LOG_SEEN,
      ],
      { roundTrip },
    );
    expect(asked.debrief.critical.map((c) => c.id)).toEqual(['interrogate_victim']);
    expect(asked.debrief.decisions.find((d) => d.text.includes('Who drives you'))?.better?.text).toContain(
      SELLER,
    );

    const bought = await play(
      FILE,
      [
        ...TO_SELLER,
        "Sure, I'll take one",
        'Hold the door',
        'Show him the nearest all-night ATM',
        "There's water and a seat",
        LOG_LINE,
        LOG_SEEN,
      ],
      { roundTrip },
    );
    expect(bought.debrief.critical).toEqual([]);
    const kind = bought.debrief.decisions.find((d) => d.text.includes("I'll take one"));
    expect(kind?.points).toBe(0);
    expect(kind?.better?.text).toContain(SELLER);
    expect(bought.debrief.noticed.map((i) => i.id)).toEqual(['hotel.selling_begging_on_property']);

    const referred = await play(
      FILE,
      [
        ...TO_TEAM,
        "There's water and a seat",
        'worries me',
        { report: { observed: 'seen', action: 'hotline' } },
      ],
      { roundTrip },
    );
    expect(referred.debrief.critical).toEqual([]);
    expect(referred.debrief.action).toMatchObject({ chosen: 'hotline', required: 'log', verdict: 'over' });
    expect(referred.debrief.decisions.find((d) => d.text.includes('worries me'))?.better?.text).toContain(
      LOG_LINE,
    );
  });

  it('leaving the ATM question to Omar is fair but scores below helping', async () => {
    const { debrief } = await play(
      FILE,
      [...TO_CASH, 'Leave the ATM question to Omar', "There's water and a seat", LOG_LINE, LOG_SEEN],
      { roundTrip },
    );
    expect(debrief.critical).toEqual([]);
    const left = debrief.decisions.find((d) => d.text.includes('Leave the ATM question'));
    expect(left?.points).toBe(0);
    expect(left?.better?.text).toContain('Show him the nearest all-night ATM');
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
  { indicators: 1, herrings: 2, meta: { situation: 'none', minor: false, variants: 2 } },
  (c) => {
    it('no look reveals an indicator; the one weak sign is the young seller, seen on every path', () => {
      expect(c.story).not.toMatch(/reveals: hotel\./);
      expect(Object.keys(c.analysis.indicators)).toEqual(['hotel.selling_begging_on_property']);
    });
  },
);
