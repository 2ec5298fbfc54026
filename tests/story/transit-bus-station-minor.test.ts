import { expect, it } from 'vitest';
import {
  compiled,
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

const FILE = storyFile('transit', 'bus-station-minor');

const report = reporter({
  observed: 'seen',
  who: 'Girl about 15, gray hoodie, called Tess; woman 40s, plum coat, says she is her aunt (Della); man 20s, red puffer jacket',
  when: 'Evening, 19:40 to 20:40',
  where: 'Bus terminal hall, Bay 4 bench and kiosk',
});
const POLICE = report('police');

const OPENING: Step[] = [
  "Let's both keep an eye on him",
  'Look at the young traveller on the far bench',
  'Glance at the bags on the bench',
];

const TO_PRIVATE_TALK: Step[] = [...OPENING, "Thanks. Kiosk's open", 'Sit at the far end of her bench'];
const TO_TRIP: Step[] = [...TO_PRIVATE_TALK, 'OK. Long trip tonight'];
const TO_POLICE: Step[] = [...TO_TRIP, "I can't keep this to myself", 'The police are on their way'];

const BEST: Step[] = [...TO_TRIP, "I can't keep this to myself", 'Keep it routine', POLICE];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'suspicion_in_front_of_controller',
    [...OPENING, 'Is she really your aunt', 'Step out of sight, radio', POLICE],
  ],
  [
    'confront_controller',
    [...OPENING, 'How do you know the man in the red jacket', 'Step out of sight, radio', POLICE],
  ],
  [
    'labelling_question',
    [...TO_PRIVATE_TALK, 'Are you being trafficked', 'Step out of sight, radio', POLICE],
  ],
  [
    'promise_cannot_keep',
    [...TO_PRIVATE_TALK, 'Whatever you tell me stays', 'Step out of sight, radio', POLICE],
  ],
  [
    'interrogate_victim',
    [...OPENING, "Thanks. Kiosk's open", 'Hurry over', 'Step out of sight, radio', POLICE],
  ],
  ['detain_or_rescue', [...TO_TRIP, 'Come with me now', 'Dial 911 from inside', report('emergency')]],
  ['no_emergency_call', [...TO_POLICE, 'Radio', report('supervisor')]],
  ['minor_not_escalated', [...BEST.slice(0, -1), report('supervisor')]],
];

describeBothWays('transit bus station minor', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title: 'best path: no critical errors, escalated as a minor, a high score',
      steps: BEST,
      best: {
        ending: 'police_before_boarding',
        action: 'police',
        noticed: [
          'transit.recruiter_at_terminal',
          'transit.few_belongings_wrong_clothes',
          'transit.companion_holds_documents_ticket',
          'transit.unsure_destination_or_contact',
          'transit.fear_of_uniforms',
        ],
        minDecisions: 5,
      },
      recommends: 'under 18',
      missed: [{ id: 'transit.ticket_bought_by_other', seen: false }],
    },
    {
      title: 'a pretext to see her alone can fail: when the aunt refuses, stopping is best',
      steps: [
        ...OPENING,
        'Youth tickets on a late bus',
        'Sure, no problem',
        'Sit at the far end of her bench',
        'OK. Long trip tonight',
        "I can't keep this to myself",
        'Keep it routine',
        POLICE,
      ],
      critical: [],
      ending: 'police_before_boarding',
      action: { verdict: 'right' },
    },
    {
      title: 'a pretext to see her alone can fail: when the aunt refuses, insisting is critical',
      steps: [
        ...OPENING,
        'Youth tickets on a late bus',
        'policy says the passenger herself',
        'Step out of sight, radio',
        POLICE,
      ],
      critical: ['suspicion_in_front_of_controller'],
    },
    {
      title: 'saying the limits of confidentiality first is honest, and partly credited',
      steps: [
        ...TO_PRIVATE_TALK,
        'Before you tell me anything',
        "I can't keep this to myself",
        'Keep it routine',
        POLICE,
      ],
      critical: [],
      ending: 'police_before_boarding',
      action: { verdict: 'right' },
      decisions: [{ text: 'Before you tell me anything', points: 'positive' }],
    },
    {
      title: 'a young person who says she is fine: reporting less is a critical error',
      steps: [...TO_TRIP, "If you say you're fine", report('log')],
      ending: 'coach_left',
      action: { required: 'police' },
      criticalIncludes: ['minor_not_escalated'],
    },
    {
      title: 'a young person who says she is fine is still escalated',
      steps: [...TO_TRIP, "If you say you're fine", POLICE],
      critical: [],
      action: { verdict: 'right' },
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { fromReport: ['minor_not_escalated'] });

  it('must-fix 3: the real aunt is never tagged as an unrelated adult posing as a guardian', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expect(debrief.noticed.map((i) => i.id)).not.toContain('transit.minor_with_non_parent');
    expect(Object.keys(compiled(FILE).analysis.indicators)).not.toContain('transit.minor_with_non_parent');
  });

  it('must-fix 3: questioning her about the man is the critical error interrogate_victim', async () => {
    const { debrief } = await play(
      FILE,
      [...OPENING, "Thanks. Kiosk's open", 'Hurry over', 'Step out of sight, radio', POLICE],
      {
        roundTrip,
      },
    );
    expect(debrief.critical.map((c) => c.id)).toEqual(['interrogate_victim']);
    const asked = debrief.decisions.find((d) => d.text.includes('Hurry over'));
    expect(asked?.better?.text).toContain('Sit at the far end');
  });

  it('emergency path: a girl pulled toward a car needs the emergency number first', async () => {
    const right = await expectEmergencyRequired(
      FILE,
      [...TO_POLICE, 'Dial 911 from inside'],
      report,
      roundTrip,
    );
    expect(right.ending?.id).toBe('emergency');
    expect(right.critical.map((c) => c.id)).toEqual(['suspicion_in_front_of_controller']);
  });
});

describeContent(
  'transit bus station minor',
  FILE,
  BEST,
  { indicators: 6, herrings: 2, meta: { minor: true, variants: 2 } },
  (c) => {
    it('must-fix 3 and 6: no unverified detail, no "Nothing else here.", US English', () => {
      expect(c.story).not.toMatch(/UNVERIFIED|one-way|Nothing else here/i);
      expect(c.story).not.toMatch(/\b(coach|kerb|pavement|mum|poorly|queue)\b/i);
    });
  },
);
