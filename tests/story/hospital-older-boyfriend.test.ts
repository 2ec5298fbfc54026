import { describe, expect, it } from 'vitest';
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

const FILE = storyFile('hospital', 'older-boyfriend');

const report = reporter({
  observed: 'seen',
  who: 'Girl, says 18, looks about 15, long fringe, big black jacket, called Jodie; man, late 20s, navy coat, two phones',
  when: 'Thursday 23:20 to 01:00',
  where: 'ED waiting room right-hand seats, podium, bay 4 and nurse station',
});
const HOTLINE = report('police');
const EMERGENCY = report('emergency');

const NEW_INDICATOR = 'hospital.minor_unaccompanied_older_partner';

// Seed 42 plays variant 1; seed 1 plays variant 2 (variant = seed % 2 + 1).
const OPENING: Step[] = [
  "Got it. I'll stay near the seats",
  'Look at the notices in the podium logbook',
  'Look at the pair on the right-hand seats',
];

const TO_BAY: Step[] = [...OPENING, "It's busy with the snow"];
const TO_STATION: Step[] = [...TO_BAY, 'Back Ines calmly', 'Talk about the snow'];
const TO_DRAGGED: Step[] = [...TO_STATION, 'Radio', "She's fifteen, and the police are on their way"];

const CALM = 'Step to the side, and speak low';
const BEST: Step[] = [...TO_STATION, 'Radio', CALM, HOTLINE];

const BEST_NOTICED = [
  NEW_INDICATOR,
  'hospital.companion_speaks_for_patient',
  'hospital.companion_holds_documents_pays',
  'hospital.companion_wont_leave',
  'hospital.patient_defers_fearful',
  'hospital.rush_to_leave_ama',
  'hospital.malnourished_poor_hygiene',
];

const CRITICAL_PATHS: [string, Step[]][] = [
  ['confront_controller', [...OPENING, 'Eighteen? She looks about fifteen', 'Stay back and call', EMERGENCY]],
  [
    'suspicion_in_front_of_controller',
    [...TO_BAY, 'Back Ines calmly', 'Show him the police notice', 'Stay back and call', EMERGENCY],
  ],
  ['promise_cannot_keep', [...TO_STATION, 'Slip behind the curtain', CALM, HOTLINE]],
  ['detain_or_rescue', [...TO_BAY, 'Sir, step away from her', 'Step in front of the doors', EMERGENCY]],
  ['no_emergency_call', [...TO_DRAGGED, 'Radio', report('supervisor')]],
  ['minor_not_escalated', [...BEST.slice(0, -1), report('supervisor')]],
];

describeBothWays('hospital older boyfriend', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title: 'best path: no critical errors, escalated as a minor, the new sign seen, a high score',
      steps: BEST,
      best: { ending: 'safeguarded', action: 'police', noticed: BEST_NOTICED, minDecisions: 6 },
      recommends: 'under 18',
      // The changed relationship is only heard at the triage window; security never reads the screen.
      missed: [{ id: 'hospital.relationship_claim_doesnt_fit', seen: false }],
      shows: [
        // She asked the nurse not to tell; she is told honestly that it has to go further.
        'I told her I have to, and why',
        // The police notice the officer looked at goes to the care team, not to the man.
        'You hand Abe the police notice',
      ],
    },
    {
      title: 'a girl who may be fifteen leaving with him: a morning write-up is two critical errors',
      steps: [...TO_BAY, 'Stay back. It', 'Let them go', report('log')],
      ending: 'left',
      action: { required: 'emergency' },
      criticalIncludes: ['no_emergency_call', 'minor_not_escalated'],
    },
    {
      title: 'a girl who may be fifteen leaving with him needs the emergency number',
      steps: [...TO_BAY, 'Stay back. It', 'Stay back and call', EMERGENCY],
      critical: [],
      ending: 'left_called',
      action: { verdict: 'right' },
    },
    {
      title: '"she chose him" is answered: initial consent, and adultification is taught',
      steps: [...TO_STATION, 'She told you she chose him', CALM, HOTLINE],
      myths: ['myth.initial_consent', 'myth.adultification'],
      critical: [],
      action: { chosen: 'police', required: 'police', verdict: 'right' },
    },
    {
      title: 'asking the girl for details is scored down, and the debrief offers the better choice',
      steps: [...TO_STATION, 'Go in and ask Jodie what his friends', CALM, HOTLINE],
      critical: ['interrogate_victim'],
      decisions: [
        {
          text: 'ask Jodie what his friends',
          points: 'negative',
          why: 'specialist',
          better: 'police and child protection',
        },
      ],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { fromReport: ['minor_not_escalated'] });

  it('security never reads the triage screen; sitting in on her private talk is interrogate_victim', async () => {
    const looked = await play(
      FILE,
      [
        "Got it. I'll stay near the seats",
        'Look at the triage window',
        'Look at the pair',
        "It's busy with the snow",
        'Back Ines calmly',
        'Talk about the snow',
        'Radio',
        CALM,
        HOTLINE,
      ],
      { roundTrip },
    );
    const text = looked.transcript.join(' ');
    expect(text).toContain("You can't see the screen, and you don't try to.");
    expect(looked.debrief.noticed.map((i) => i.id)).toContain('hospital.relationship_claim_doesnt_fit');
    const sat = await play(FILE, [...TO_BAY, "I'll sit in with Jodie", 'Stay back and call', EMERGENCY], {
      roundTrip,
    });
    expect(sat.debrief.critical.map((c) => c.id)).toContain('interrogate_victim');
  });

  it('without the logbook look, the new sign is still shown by what he says, and the debrief says where else it was', async () => {
    const steps: Step[] = [
      "Got it. I'll stay near the seats",
      'Look at the TV on the wall',
      'Look at the vending machine',
      "It's busy with the snow",
      'Back Ines calmly',
      'Talk about the snow',
      'Radio',
      CALM,
      HOTLINE,
    ];
    const { debrief, transcript } = await play(FILE, steps, { roundTrip });
    const sign = debrief.noticed.find((i) => i.id === NEW_INDICATOR);
    expect(sign?.seen).toBe(true);
    expect(sign?.places.some((p) => p.via === 'look')).toBe(true);
    expect(sign?.places.some((p) => p.via === 'line')).toBe(true);
    expect(transcript.join(' ')).not.toContain('You hand Abe the police notice');
    expect(transcript.join(' ')).toContain('word for word');
  });

  it('emergency path: a girl dragged toward the doors needs the emergency number first', async () => {
    const right = await expectEmergencyRequired(FILE, [...TO_DRAGGED, 'Phone'], report, roundTrip);
    expect(right.ending?.id).toBe('emergency');
    expect(right.critical.map((c) => c.id)).toEqual(['confront_controller']);
  });
});

describe('hospital older boyfriend, replay variants', () => {
  it('variant 2 has a short-tempered man and the same signs', async () => {
    const one = await play(FILE, BEST, { seed: 42 });
    const two = await play(FILE, BEST, { seed: 1 });
    expect(one.transcript.join(' ')).toContain('Evening, boss');
    expect(two.transcript.join(' ')).toContain('How much longer?');
    expect(two.transcript.join(' ')).toContain('No. I stay.');
    expect(two.debrief.noticed.map((i) => i.id).sort()).toEqual(one.debrief.noticed.map((i) => i.id).sort());
    expect(two.debrief.critical).toEqual([]);
  });
});

describeContent(
  'hospital older boyfriend',
  FILE,
  BEST,
  // The best path notices these, so at least as many are shown.
  {
    indicators: BEST_NOTICED.length,
    shows: [NEW_INDICATOR],
    herrings: 2,
    meta: { minor: true, variants: 2 },
  },
  (c) => {
    it('can show the hospital sign no other encounter shows, in every variant', () => {
      for (const v of c.variants) expect(Object.keys(v.indicators)).toContain(NEW_INDICATOR);
    });
  },
);
