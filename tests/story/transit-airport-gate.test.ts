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

const FILE = storyFile('transit', 'airport-gate');

const report = reporter({
  observed: 'seen',
  who: 'Woman 22, cream blazer, Lena; man 30s, dark jacket and glasses, Cole, holds four passports',
  when: 'Evening, 20:50 to 21:20',
  where: 'Gate 23, desk and seating rows',
});
const CONTROL_ROOM = report('supervisor');

const OPENING: Step[] = [
  "Could be. Let's both watch",
  'Look at the group booking',
  'Glance at the seats with the jacket',
];

const TO_DESK: Step[] = [...OPENING, 'Big trip!', 'Back Mei up'];
const TO_CHOICES: Step[] = [...TO_DESK, 'Answer her question first', "There's an office behind this desk"];
const TO_DANGER: Step[] = [...TO_CHOICES, "She's not going with you"];

const BEST: Step[] = [...TO_CHOICES, 'Routine: "Seat problem', CONTROL_ROOM];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'suspicion_in_front_of_controller',
    [...OPENING, 'of your own free will', 'before the door closes', CONTROL_ROOM],
  ],
  [
    'confront_controller',
    [...OPENING, "Why are you holding everyone's passports", 'before the door closes', CONTROL_ROOM],
  ],
  ['labelling_question', [...TO_DESK, 'Are you being trafficked', 'before the door closes', CONTROL_ROOM]],
  [
    'promise_cannot_keep',
    [...TO_DESK, 'Nothing bad will happen to you', 'before the door closes', CONTROL_ROOM],
  ],
  ['take_documents', [...TO_DESK, "I'll keep your passport", 'Follow at a distance', report('emergency')]],
  [
    'detain_or_rescue',
    [
      ...TO_DESK,
      'Answer her question first',
      'Walk over to the man',
      'Step between them',
      report('emergency'),
    ],
  ],
  ['no_emergency_call', [...TO_DANGER, 'Radio', CONTROL_ROOM]],
];

describeBothWays('transit airport gate', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title: 'best path: no critical errors, the right report, a high score',
      steps: BEST,
      best: {
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
      },
      missed: [{ id: 'transit.malnourished_drugged', seen: false }],
    },
    {
      title: 'without a private moment the group boards, and the cluster still goes to the control room',
      steps: [...OPENING, 'Big trip!', 'Let him do all four', 'before the door closes', CONTROL_ROOM],
      ending: 'boarded',
      critical: [],
      action: { chosen: 'supervisor', required: 'supervisor', verdict: 'right' },
      notNoticed: ['transit.discreet_disclosure_to_staff'],
    },
    {
      title: 'flagging things that are not indicators is explained',
      steps: [
        ...BEST.slice(0, -1),
        report('supervisor', { observed: ['not.any_tattoo', 'not.young_couple'] }),
      ],
      flagged: ['not.any_tattoo', 'not.young_couple'],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip);

  it('must-fix 4: police are offered as her choice and not sent when she declines them', async () => {
    const { debrief, transcript } = await play(FILE, BEST, { roundTrip });
    const text = transcript.join(' ');
    expect(text).toContain('Nobody calls police');
    expect(text).toContain('Lena wants to talk to airport police');
    expect(text).not.toContain('Airport police are on their way');
    expect(debrief.action?.required).toBe('supervisor');
  });

  it('must-fix 4: telling her police must come is honest but takes her choice: partial credit, she walks away', async () => {
    const { debrief } = await play(
      FILE,
      [
        ...TO_DESK,
        'Answer her question first',
        'I have to call airport police',
        'before the door closes',
        CONTROL_ROOM,
      ],
      { roundTrip },
    );
    expect(debrief.ending?.id).toBe('boarded');
    expect(debrief.critical).toEqual([]);
    const told = debrief.decisions.find((d) => d.text.includes('I have to call airport police'));
    expect(told?.points).toBeLessThan(0);
    expect(told?.better?.text).toContain("There's an office behind this desk");
  });

  it('a card slipped at the desk and a call straight to the hotline are defensible, not best', async () => {
    const { debrief } = await play(
      FILE,
      [...TO_DESK, 'Slide a hotline card', 'Human Trafficking Hotline yourself', report('hotline')],
      { roundTrip },
    );
    expect(debrief.critical).toEqual([]);
    const card = debrief.decisions.find((d) => d.text.includes('Slide a hotline card'));
    expect(card?.points).toBeGreaterThanOrEqual(0);
    expect(card?.better?.text).toContain('Answer her question first');
  });

  it('emergency path: a woman pulled away needs the emergency number first', async () => {
    const right = await expectEmergencyRequired(
      FILE,
      [...TO_DANGER, 'Follow at a distance'],
      report,
      roundTrip,
    );
    expect(right.ending?.id).toBe('emergency');
    expect(right.recommended[0]).toBe('call_emergency');
  });
});

describeContent(
  'transit airport gate',
  FILE,
  BEST,
  { indicators: 6, herrings: 2, meta: { minor: false, variants: 2 } },
  (c) => {
    it('no "Nothing else here." verdicts, no stock formula, US English', () => {
      expect(c.story).not.toMatch(/Nothing else here|I'm not police|pocketbook|\bmum\b/);
    });
  },
);
