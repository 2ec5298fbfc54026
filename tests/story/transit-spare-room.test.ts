import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  expectBestPath,
  expectEmergencyRequired,
  expectWronglyFlagged,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';

const FILE = storyFile('transit', 'spare-room');

const report = reporter({
  observed: 'seen',
  who: 'Young person, 17, black hoodie, backpack, called River; man 30s, camel coat, called Cal, gray hatchback',
  when: 'Evening, 21:15 to 22:00, third night running',
  where: 'Crossways Bus Station hall, far bench and ticket window 2',
});
const POLICE = report('police');

const OPENING: Step[] = [
  "Let's both watch who he sits with",
  'Look at the far bench',
  'Stop at the snack kiosk',
  'Walk toward the far bench',
];
const TO_CAL: Step[] = [...OPENING, 'Set a second cocoa', 'None of that is on you', 'Evening.'];
const TO_WATCH: Step[] = [...TO_CAL, 'Wish them a good evening'];
const TO_CAL_RETURNS: Step[] = [...TO_WATCH, 'Watch them for me.'];
const TO_HANDOVER: Step[] = [...TO_CAL_RETURNS, 'Busy night.'];
const BEST: Step[] = [...TO_HANDOVER, 'Seventeen. Nowhere safe to sleep', POLICE];

/** Seeds: variant = seed % 2 + 1. */
const V1 = 42;
const V2 = 43;

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'interrogate_victim',
    [
      ...OPENING,
      'Set a second cocoa',
      'Which messages?',
      'Evening.',
      'Wish them a good evening',
      'Watch them for me.',
      'Busy night.',
      'Seventeen. Nowhere safe',
      POLICE,
    ],
  ],
  [
    'suspicion_in_front_of_controller',
    [...TO_CAL, 'River, is this really', 'Hang back, get the plate', POLICE],
  ],
  ['confront_controller', [...TO_CAL, 'A family friend?', 'Hang back, get the plate', POLICE]],
  [
    'detain_or_rescue',
    [
      ...TO_CAL,
      'Stay standing right beside',
      'Walk calmly after them',
      'Stay back and call',
      report('emergency'),
    ],
  ],
  [
    'no_emergency_call',
    [...TO_HANDOVER.slice(0, -1), 'Police are on their way', 'Get Omar to hold', report('emergency')],
  ],
  ['profiling', [...TO_HANDOVER, 'Runaway. I think', POLICE]],
  [
    'promise_cannot_keep',
    [...TO_WATCH, 'Go back to River while Cal is busy', 'Say the word', 'Hang back, get the plate', POLICE],
  ],
  ['minor_not_escalated', [...BEST.slice(0, -1), report('hotline')]],
];

describeBothWays('transit spare room', (roundTrip) => {
  it('best path: no critical errors, police and child protection, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip, seed: V1 });
    expectBestPath(debrief, {
      ending: 'police_met',
      action: 'police',
      noticed: [
        'transit.few_belongings_wrong_clothes',
        'transit.recruiter_at_terminal',
        'transit.malnourished_drugged',
        'transit.unsure_destination_or_contact',
        'transit.too_good_job_offer',
        'transit.restricted_monitored_movement',
        'transit.not_allowed_to_speak_or_separate',
        'transit.ticket_bought_by_other',
      ],
      minDecisions: 7,
    });
    expect(debrief.total.percent).toBeGreaterThanOrEqual(80);
  });

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { fromReport: ['minor_not_escalated'] });

  it('variant 2: Cal stays put, the welfare-sheet pretext fails, and stopping is right', async () => {
    const steps: Step[] = [
      ...TO_WATCH,
      'Go back to River while Cal is busy',
      'No problem.',
      'Busy night.',
      'Seventeen. Nowhere safe',
      POLICE,
    ];
    const { debrief, transcript } = await play(FILE, steps, { roundTrip, seed: V2 });
    expect(transcript.join(' ')).toContain("They're leaving with me");
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('police_met');
    expect(debrief.action).toMatchObject({ chosen: 'police', required: 'police', verdict: 'right' });
    const pushed = await play(
      FILE,
      [...TO_WATCH, 'Go back to River while Cal is busy', "It's not optional", 'Hang back', POLICE],
      {
        roundTrip,
        seed: V2,
      },
    );
    expect(pushed.debrief.critical.map((c) => c.id)).toContain('suspicion_in_front_of_controller');
  });

  it('variant 1: telling River first is honest, and River names the risk in their own words', async () => {
    const steps: Step[] = [
      ...TO_WATCH,
      'Go back to River while Cal is busy',
      "You're seventeen",
      'Busy night.',
      'Just what I saw',
      POLICE,
    ];
    const { debrief, transcript } = await play(FILE, steps, { roundTrip, seed: V1 });
    expect(transcript.join(' ')).toContain("It's better than the bench");
    expect(debrief.critical).toEqual([]);
    expect(debrief.action?.verdict).toBe('right');
  });

  it('letting a seventeen-year-old leave with him still calls for police; a log entry is a critical error', async () => {
    const leave: Step[] = [...TO_CAL, 'River, is this really', 'Let them go. River is nearly eighteen'];
    const right = await play(FILE, [...leave, POLICE], { roundTrip });
    expect(right.debrief.ending?.id).toBe('went_with_him');
    expect(right.debrief.action?.required).toBe('police');
    const logged = await play(FILE, [...leave, report('log')], { roundTrip });
    expect(logged.debrief.critical.map((c) => c.id)).toContain('minor_not_escalated');
  });

  it('emergency path: River walked to the car needs the emergency number first', async () => {
    const right = await expectEmergencyRequired(
      FILE,
      [...TO_HANDOVER.slice(0, -1), 'Police are on their way', 'Stay back and call'],
      report,
      roundTrip,
    );
    expect(right.ending?.id).toBe('emergency');
    expect(right.recommended[0]).toContain('911');
  });

  it('flagging things that are not indicators is explained', async () => {
    const flagged = ['not.young_couple', 'not.cheap_clothes'];
    const { debrief } = await play(FILE, [...BEST.slice(0, -1), report('police', { observed: flagged })], {
      roundTrip,
    });
    expectWronglyFlagged(debrief, flagged);
  });
});

describeContent(
  'transit spare room',
  FILE,
  BEST,
  { indicators: 6, inEveryVariant: true, herrings: 2, meta: { minor: true, variants: 2 } },
  (c) => {
    it("the officer never names River's reasons for leaving home, and the labelling handover is profiling", () => {
      expect(c.story).toMatch(/critical: profiling/);
      return play(FILE, BEST).then(({ transcript }) => {
        expect(transcript.join(' ')).not.toMatch(/\bgay\b|\btrans\b/i);
      });
    });
  },
);
