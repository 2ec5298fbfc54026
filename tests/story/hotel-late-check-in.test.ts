import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  compiled,
  describeBothWays,
  describeContent,
  dimensionScore,
  expectWronglyFlagged,
  itRecordsCriticalErrors,
  play,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

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
  itPlays(FILE, roundTrip, [
    {
      title: 'best path: no critical errors, a log entry is the exact report, a high score',
      steps: BEST,
      best: {
        ending: 'ordinary_evening',
        action: 'log',
        noticed: ['hotel.selling_begging_on_property'],
        minPercent: 70,
        minDecisions: 5,
      },
      // Only the myth the encounter always teaches; no choice on this path acted on a myth.
      also: ({ debrief }) => expect(debrief.myths.map((m) => m.id)).toEqual(['myth.one_flag_or_nationality']),
    },
    {
      title: '"nothing to report" misses the log',
      steps: [...TO_TEAM, "There's water and a seat", 'Nothing to report', NOTHING],
      action: { chosen: 'none', required: 'log', verdict: 'under' },
    },
    {
      title: 'the young seller is one weak sign: questioning him is interrogation',
      steps: [
        ...TO_SELLER,
        'Who drives you around',
        'Hold the door',
        'Show him the nearest all-night ATM',
        "There's water and a seat",
        LOG_LINE,
        LOG_SEEN,
      ],
      critical: ['interrogate_victim'],
      decisions: [{ text: 'Who drives you', better: SELLER }],
    },
    {
      title: 'the young seller is one weak sign: buying from him is kind but below a kind no and a note',
      steps: [
        ...TO_SELLER,
        "Sure, I'll take one",
        'Hold the door',
        'Show him the nearest all-night ATM',
        "There's water and a seat",
        LOG_LINE,
        LOG_SEEN,
      ],
      critical: [],
      decisions: [{ text: "I'll take one", points: 0, better: SELLER }],
      also: ({ debrief }) =>
        expect(debrief.noticed.map((i) => i.id)).toEqual(['hotel.selling_begging_on_property']),
    },
    {
      title: 'the young seller is one weak sign: a hotline referral is more than it needs',
      steps: [
        ...TO_TEAM,
        "There's water and a seat",
        'worries me',
        { report: { observed: 'seen', action: 'hotline' } },
      ],
      critical: [],
      action: { chosen: 'hotline', required: 'log', verdict: 'over' },
      decisions: [{ text: 'worries me', better: LOG_LINE }],
    },
    {
      title: 'leaving the ATM question to Omar is fair but scores below helping',
      steps: [...TO_CASH, 'Leave the ATM question to Omar', "There's water and a seat", LOG_LINE, LOG_SEEN],
      critical: [],
      decisions: [
        { text: 'Leave the ATM question', points: 0, better: 'Show him the nearest all-night ATM' },
      ],
    },
    {
      title: 'milder over-reactions cost points and answer the profiling myth',
      steps: [
        'A foreign team and a cash payer',
        'Look at the smokers',
        'Look at the white minibus',
        'Look at the man on the bench',
        'Tap on his window',
        NOTHING,
      ],
      critical: [],
      ending: 'complaint',
      scores: { culture: 'negative' },
      myths: ['myth.one_flag_or_nationality'],
    },
    {
      title: 'calling the police on the team is profiling, and over-reporting is marked over',
      steps: [
        ...TO_TEAM,
        "There's water and a seat",
        'calling the police',
        { report: { observed: [], action: 'hotline' } },
      ],
      ending: 'police_for_nothing',
      action: { chosen: 'hotline', required: 'log', verdict: 'over' },
      criticalIncludes: ['profiling'],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, {
    title: 'over-reaction with a critical error',
    also: (debrief) => {
      expect(debrief.ending?.id).toBe('complaint');
      // Even after a mistake, nothing here needed reporting as trafficking.
      expect(debrief.action).toMatchObject({ chosen: 'log', required: 'log', verdict: 'right' });
    },
  });

  it('noting the plate of a car left in the bay is routine practice, not profiling', async () => {
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
