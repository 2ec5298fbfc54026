import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  expectEmergencyRequired,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

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
  itPlays(FILE, roundTrip, [
    {
      title: 'best path: no critical errors, police and child protection, a high score',
      steps: BEST,
      seed: V1,
      best: {
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
      },
      also: ({ debrief }) => expect(debrief.total.percent).toBeGreaterThanOrEqual(80),
    },
    {
      title: 'variant 2: Cal stays put, the welfare-sheet pretext fails, and stopping is right',
      steps: [
        ...TO_WATCH,
        'Go back to River while Cal is busy',
        'No problem.',
        'Busy night.',
        'Seventeen. Nowhere safe',
        POLICE,
      ],
      seed: V2,
      shows: ["They're leaving with me"],
      critical: [],
      ending: 'police_met',
      action: { chosen: 'police', required: 'police', verdict: 'right' },
    },
    {
      title: 'variant 2: Cal stays put, and pushing the welfare sheet is a critical error',
      steps: [...TO_WATCH, 'Go back to River while Cal is busy', "It's not optional", 'Hang back', POLICE],
      seed: V2,
      criticalIncludes: ['suspicion_in_front_of_controller'],
    },
    {
      title: 'variant 1: telling River first is honest, and River names the risk in their own words',
      steps: [
        ...TO_WATCH,
        'Go back to River while Cal is busy',
        "You're seventeen",
        'Busy night.',
        'Just what I saw',
        POLICE,
      ],
      seed: V1,
      shows: ["It's better than the bench"],
      critical: [],
      action: { verdict: 'right' },
    },
    {
      title: 'letting a seventeen-year-old leave with him still calls for police',
      steps: [...TO_CAL, 'River, is this really', 'Let them go. River is nearly eighteen', POLICE],
      ending: 'went_with_him',
      action: { required: 'police' },
    },
    {
      title: 'letting a seventeen-year-old leave with him: a log entry is a critical error',
      steps: [...TO_CAL, 'River, is this really', 'Let them go. River is nearly eighteen', report('log')],
      criticalIncludes: ['minor_not_escalated'],
    },
    {
      title: 'flagging things that are not indicators is explained',
      steps: [
        ...BEST.slice(0, -1),
        report('police', { observed: ['not.young_couple', 'not.cheap_clothes'] }),
      ],
      flagged: ['not.young_couple', 'not.cheap_clothes'],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { fromReport: ['minor_not_escalated'] });

  it('emergency path: River walked to the car needs the emergency number first', async () => {
    const right = await expectEmergencyRequired(
      FILE,
      [...TO_HANDOVER.slice(0, -1), 'Police are on their way', 'Stay back and call'],
      report,
      roundTrip,
    );
    expect(right.ending?.id).toBe('emergency');
    expect(right.recommended[0]).toBe('call_emergency');
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
