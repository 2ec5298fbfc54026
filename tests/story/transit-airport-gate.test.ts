import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  expectBestPath,
  expectEmergencyRequired,
  expectMissed,
  expectWronglyFlagged,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';

const FILE = storyFile('transit', 'airport-gate');

const report = reporter({
  observed: 'seen',
  who: 'Woman 22, cream blazer, Lena; man 30s, dark jacket and glasses, Cole, holds four passports',
  when: 'Evening, 20:50 to 21:20',
  where: 'Gate 23, desk and seating rows',
});
const HOTLINE = report('supervisor');

const OPENING: Step[] = [
  "Could be. Let's both keep",
  'Look at the group booking',
  'Glance at the seats with the jacket',
];

const TO_DESK: Step[] = [...OPENING, 'Sounds like a big trip', 'Back Mei up'];
const TO_CHOICES: Step[] = [...TO_DESK, "I'm with airport security", 'You have choices'];
const TO_DANGER: Step[] = [...TO_CHOICES, "She's not going with you"];

const BEST: Step[] = [...TO_CHOICES, 'Keep it routine', HOTLINE];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'suspicion_in_front_of_controller',
    [...OPENING, 'of your own free will', 'before the door closes', HOTLINE],
  ],
  [
    'confront_controller',
    [...OPENING, "Why are you holding everyone's passports", 'before the door closes', HOTLINE],
  ],
  ['labelling_question', [...TO_DESK, 'Are you being trafficked', 'before the door closes', HOTLINE]],
  ['promise_cannot_keep', [...TO_DESK, 'Nothing bad will happen to you', 'before the door closes', HOTLINE]],
  ['take_documents', [...TO_DESK, "I'll keep your passport", 'Step back, call', report('emergency')]],
  [
    'detain_or_rescue',
    [
      ...TO_DESK,
      "I'm with airport security",
      'Walk over to the man',
      "Grab Lena's other arm",
      report('emergency'),
    ],
  ],
  ['no_emergency_call', [...TO_DANGER, 'Radio', HOTLINE]],
];

describeBothWays('transit airport gate', (roundTrip) => {
  it('best path: no critical errors, the right report, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expectBestPath(debrief, {
      ending: 'stayed_behind',
      action: 'supervisor',
      noticed: [
        'transit.ticket_bought_by_other',
        'transit.group_with_handler',
        'transit.companion_holds_documents_ticket',
        'transit.too_good_job_offer',
        'transit.discreet_disclosure_to_staff',
        'transit.branding_tattoos',
        'transit.unsure_destination_or_contact',
      ],
      minDecisions: 5,
    });
    expectMissed(debrief, 'transit.malnourished_drugged', { seen: false });
  });

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip);

  it('without a private moment the group boards, and the cluster still calls for the hotline', async () => {
    const { debrief } = await play(
      FILE,
      [...OPENING, 'Sounds like a big trip', 'Let him do all four', 'before the door closes', HOTLINE],
      { roundTrip },
    );
    expect(debrief.ending?.id).toBe('boarded');
    expect(debrief.critical).toEqual([]);
    expect(debrief.action).toMatchObject({ chosen: 'supervisor', required: 'supervisor', verdict: 'right' });
    expect(debrief.noticed.map((i) => i.id)).not.toContain('transit.discreet_disclosure_to_staff');
  });

  it('emergency path: a woman pulled away needs the emergency number first', async () => {
    const right = await expectEmergencyRequired(FILE, [...TO_DANGER, 'Step back, call'], report, roundTrip);
    expect(right.ending?.id).toBe('emergency');
    expect(right.recommended[0]).toContain('911');
  });

  it('flagging things that are not indicators is explained', async () => {
    const flagged = ['not.any_tattoo', 'not.young_couple'];
    const { debrief } = await play(
      FILE,
      [...BEST.slice(0, -1), report('supervisor', { observed: flagged })],
      {
        roundTrip,
      },
    );
    expectWronglyFlagged(debrief, flagged);
  });
});

describeContent('transit airport gate', FILE, BEST, {
  indicators: 6,
  herrings: 2,
  meta: { minor: false, variants: 2 },
});
