import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  dimensionScore,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

const FILE = storyFile('hospital', 'bay-four');

const report = reporter({
  observed: 'seen',
  who: 'Woman, late 20s, sequined top, no coat, called Dee; man 30s, black puffer jacket, called Marco, dark sedan',
  when: 'Night, 01:10 to 02:40',
  where: 'ED waiting room, bay 4 corridor, ambulance bay',
});
const CONTROL_ROOM = report('supervisor');

const OPENING: Step[] = [
  "I'll be in the corridor, in sight",
  'Look out through the entrance doors',
  'Check the rows of seats',
  'Go through to the corridor',
];
const TO_MARCO: Step[] = [...OPENING, 'Say nothing. Take two steps back', 'Understood. Where do you want me'];
const TO_DEE: Step[] = [...TO_MARCO, "They'll be a while."];
const BEST: Step[] = [...TO_DEE, "There's a social worker on tonight", 'Radio', CONTROL_ROOM];

const V1 = 42;
const V2 = 43;

const CRITICAL_PATHS: [string, Step[]][] = [
  ['confront_controller', [...TO_MARCO, 'Are you the reason', 'Radio', CONTROL_ROOM]],
  ['interrogate_victim', [...TO_DEE, 'Who do you owe', 'Radio', CONTROL_ROOM]],
  ['detain_or_rescue', [...TO_DEE, "I can't let you go with him", 'Radio', CONTROL_ROOM]],
];

describeBothWays('hospital bay four', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title:
        'best path (variant 1): the care team brings in social work, and the control room is the exact report',
      steps: BEST,
      seed: V1,
      best: {
        ending: 'social_work',
        action: 'supervisor',
        noticed: [
          'hospital.companion_wont_leave',
          'hospital.dress_wrong_for_weather',
          'hospital.inconsistent_injury_story',
          'hospital.hypervigilant_startle',
          'hospital.relationship_claim_doesnt_fit',
          'hospital.substance_dependence_control',
        ],
        minDecisions: 6,
      },
      myths: ['myth.trauma_hostile_or_flat', 'myth.trauma_story_changes'],
    },
    {
      title: 'security does not read the chart or judge the story: both are scored down and explained',
      steps: [
        ...OPENING,
        'Watch your language',
        'Lean over the nurse station',
        "They'll be a while.",
        "There's a social worker",
        'Radio',
        CONTROL_ROOM,
      ],
      seed: V1,
      decisions: [{ text: 'Lean over the nurse station', points: 'negative', why: 'not security' }],
      myths: ['myth.trauma_hostile_or_flat'],
    },
    {
      title:
        'variant 2: she declines social work, Marco takes hold of her, and the emergency number comes first',
      steps: [...TO_DEE, "There's a social worker on tonight", 'Phone', report('emergency')],
      seed: V2,
      action: { required: 'emergency' },
      critical: [],
      ending: 'emergency',
    },
    {
      title: 'variant 2: she declines social work, and the control room alone is no_emergency_call',
      steps: [...TO_DEE, "There's a social worker on tonight", 'Phone', report('supervisor')],
      seed: V2,
      criticalIncludes: ['no_emergency_call'],
    },
    {
      title: 'variant 2: paging the manager while she is forced into the car is no_emergency_call',
      steps: [...TO_DEE, 'No. You can go whenever', 'Ask the clerk', report('emergency')],
      seed: V2,
      criticalIncludes: ['no_emergency_call'],
    },
    {
      title: 'flagging things that are not indicators is explained',
      steps: [
        ...BEST.slice(0, -1),
        report('supervisor', { observed: ['not.any_tattoo', 'not.late_arrival'] }),
      ],
      seed: V1,
      flagged: ['not.any_tattoo', 'not.late_arrival'],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { also: (d) => expect(d.ending).toBeDefined() });

  it('an adult who declines and leaves: the control room is still exact, police is an override', async () => {
    const steps: Step[] = [...TO_DEE, 'No. You can go whenever'];
    const right = await play(FILE, [...steps, 'Radio', CONTROL_ROOM], { roundTrip, seed: V1 });
    expect(right.debrief.ending?.id).toBe('left_with_him');
    expect(right.debrief.critical).toEqual([]);
    expect(right.debrief.action).toMatchObject({
      chosen: 'supervisor',
      required: 'supervisor',
      verdict: 'right',
    });
    const police = await play(FILE, [...steps, 'Call police to stop the car', report('police')], {
      roundTrip,
      seed: V1,
    });
    expect(police.debrief.action?.verdict).not.toBe('right');
    expect(dimensionScore(police.debrief, 'choice')).toBeLessThan(dimensionScore(right.debrief, 'choice'));
  });
});

describeContent('hospital bay four', FILE, BEST, {
  indicators: 6,
  inEveryVariant: true,
  herrings: 2,
  meta: { minor: false, variants: 2 },
});
