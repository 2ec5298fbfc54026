import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  dimensionScore,
  expectEmergencyRequired,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

const FILE = storyFile('transit', 'courier');

const report = reporter({
  observed: 'seen',
  who: 'Young person, 16, gray fleece, black drawstring bag, called Nico; in variant 1 a young man about 19, red track jacket',
  when: 'Tuesday, 13:42 to 14:40, third Tuesday running',
  where: 'Crossways Bus Station hall, bench by Bay 4, ticket window 2, lost property',
});
const POLICE = report('police');

/** Seeds: variant = seed % 2 + 1. */
const V1 = 42;
const V2 = 43;

const OPENING: Step[] = [
  "I'll keep an eye on him",
  'Look at the boy on the bench by Bay 4',
  'Ask at ticket window 2',
  'Stop at the snack kiosk',
  'Look over at the lost-property window',
  'Walk over to the bench by Bay 4',
];
const TO_DISCLOSURE: Step[] = [...OPENING, 'Your bus is running twenty minutes late', "You haven't."];
const TO_ACT: Step[] = [...TO_DISCLOSURE, 'I believe you.'];
const TO_WAIT: Step[] = [...TO_ACT, '"Keep him in sight."'];
const TO_HANDOVER: Step[] = [...TO_WAIT, 'Stay a minute.'];
const BEST: Step[] = [...TO_HANDOVER, 'Sixteen, alone', POLICE];
const FINISH: Step[] = ['"Keep him in sight."', 'Stay a minute.', 'Sixteen, alone', POLICE];

const CRITICAL_PATHS: [string, Step[]][] = [
  ['interrogate_victim', [...OPENING, "What's in the bag?", "You haven't.", 'I believe you.', ...FINISH]],
  [
    'threaten_arrest_or_immigration',
    [...OPENING, 'Your bus is running', "If there's something in that bag", ...FINISH],
  ],
  ['detain_or_rescue', [...TO_ACT, 'Take the bag off him', 'Keep your distance, dial', report('emergency')]],
  ['no_emergency_call', [...TO_ACT, 'Take the bag off him', 'Radio', report('emergency')]],
  [
    'confront_controller',
    [
      ...TO_ACT,
      'Walk over to the young man at lost property',
      'Keep your distance, dial',
      report('emergency'),
    ],
  ],
  ['minor_not_escalated', [...BEST.slice(0, -1), report('hotline')]],
];

describeBothWays('transit courier', (roundTrip) => {
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
          'transit.ticket_bought_by_other',
          'transit.restricted_monitored_movement',
          'transit.fear_of_uniforms',
          'transit.unsure_destination_or_contact',
          'transit.scripted_inconsistent_story',
        ],
        minDecisions: 7,
      },
      also: ({ debrief }) => expect(debrief.total.percent).toBeGreaterThanOrEqual(80),
    },
    {
      title: 'agreeing not to tell anyone still calls for police and child protection',
      steps: [...TO_DISCLOSURE, "OK. I won't call anyone", ...FINISH.slice(0, -1), POLICE],
      action: { required: 'police' },
    },
    {
      title: 'agreeing not to tell anyone, then a log entry, is a critical error',
      steps: [...TO_DISCLOSURE, "OK. I won't call anyone", ...FINISH.slice(0, -1), report('log')],
      criticalIncludes: ['minor_not_escalated'],
    },
    {
      title: 'flagging things that are not indicators is explained',
      steps: [
        ...BEST.slice(0, -1),
        report('police', { observed: ['not.cheap_clothes', 'not.tired_or_shy'] }),
      ],
      flagged: ['not.cheap_clothes', 'not.tired_or_shy'],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { fromReport: ['minor_not_escalated'] });

  it('partial credit: backing off, or calling where Nico can hear, is defensible but scores below the best', async () => {
    const best = await play(FILE, BEST, { roundTrip, seed: V1 });
    const gentle = await play(
      FILE,
      [
        ...OPENING,
        'Sit at the other end of the bench',
        'Fair enough.',
        'I believe you.',
        'Make the call from the bench',
        'Say nothing.',
        'worried about him',
        POLICE,
      ],
      { roundTrip, seed: V1 },
    );
    expect(gentle.debrief.critical).toEqual([]);
    expect(gentle.debrief.action).toMatchObject({ chosen: 'police', required: 'police', verdict: 'right' });
    expect(gentle.debrief.total.percent).toBeGreaterThan(40);
    expect(gentle.debrief.total.percent).toBeLessThan(best.debrief.total.percent);
    // Calling beside him in variant 1: the watcher sees the radio and leaves.
    expect(gentle.transcript.join(' ')).toContain('walks out through the main doors');
  });

  it('calling him a drug runner at handover is scored down on culture, not a critical error', async () => {
    const { debrief } = await play(FILE, [...TO_HANDOVER, 'A kid running drugs', POLICE], { roundTrip });
    expect(debrief.critical).toEqual([]);
    const best = await play(FILE, BEST, { roundTrip });
    expect(dimensionScore(debrief, 'culture')).toBeLessThan(dimensionScore(best.debrief, 'culture'));
    expect(debrief.total.percent).toBeLessThan(best.debrief.total.percent);
  });

  it('variant 2: nobody watches in person, the phone does, and the young man is never offered', async () => {
    const { debrief, transcript } = await play(FILE, BEST, { roundTrip, seed: V2 });
    expect(transcript.join(' ')).toContain('takes a picture of the departure board');
    expect(transcript.join(' ')).not.toContain('red track jacket');
    expect(debrief.critical).toEqual([]);
    expect(debrief.action?.verdict).toBe('right');
    await expect(
      play(FILE, [...TO_ACT, 'Walk over to the young man at lost property'], { roundTrip, seed: V2 }),
    ).rejects.toThrow(/found 0/);
  });

  it('emergency path: Nico walked to a car needs the emergency number first', async () => {
    const right = await expectEmergencyRequired(
      FILE,
      [...TO_ACT, 'Take the bag off him', 'Keep your distance, dial'],
      report,
      roundTrip,
    );
    expect(right.ending?.id).toBe('emergency_called');
    expect(right.recommended[0]).toBe('call_emergency');
  });
});

describeContent(
  'transit courier',
  FILE,
  BEST,
  { indicators: 6, inEveryVariant: true, herrings: 2, meta: { minor: true, variants: 2 } },
  (c) => {
    it('nobody opens the bag or says what is in it on the best path', async () => {
      const { transcript } = await play(FILE, BEST);
      expect(transcript.join(' ')).not.toMatch(/\b(cocaine|heroin|fentanyl|weed|pills)\b/i);
      expect(transcript.join(' ')).toContain("Nobody's opened the bag");
      expect(c.story).toMatch(/critical: interrogate_victim/);
    });
  },
);
