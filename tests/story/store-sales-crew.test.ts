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

const FILE = storyFile('store', 'sales-crew');

const report = reporter({
  observed: 'seen',
  who: 'Sales crew of about six young adults; Kayla, 19, yellow lanyard; Brandon, about 21, blue polo; Dean, 30s, drives a white van',
  when: 'Saturday, 16:10 to 16:45',
  where: 'Store car park, pick-up bay, bench by the customer-service counter',
});

/** Seeds: variant = seed % 2 + 1. */
const V1 = 42;
const V2 = 43;

const OPENING: Step[] = [
  "I'll note the van and the times",
  'Look out at the car park',
  'Ask at the tills',
  'Go back to the customer-service counter',
];
const TO_PITCH: Step[] = [...OPENING, 'Point her to the outlet'];
const TO_BRANDON: Step[] = [...TO_PITCH, 'Where are you all staying tonight?'];
const TO_ALONE: Step[] = [...TO_BRANDON, "Her phone's got ten more minutes"];
const TO_ACT: Step[] = [...TO_ALONE, 'Can you leave if you want to?'];
/** Variant 1: Kayla asks the officer to do nothing; the control room is the exact report. */
const BEST_V1: Step[] = [...TO_ACT, '"Not yet."', report('supervisor')];
/** Variant 2: no controller on the lot; Kayla asks about the number, and calls it herself. */
const BEST_V2: Step[] = [...TO_ACT, 'Offer her the back office', 'Let Ren answer', report('hotline')];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'labelling_question',
    [
      ...OPENING,
      'Is somebody making you do this?',
      'Millbrook',
      ...TO_ACT.slice(TO_BRANDON.length),
      '"Not yet."',
      report('supervisor'),
    ],
  ],
  [
    'interrogate_victim',
    [
      ...OPENING,
      "Sure, there's one by the bench",
      "That trip's not real",
      ...TO_ACT.slice(TO_BRANDON.length),
      '"Not yet."',
      report('supervisor'),
    ],
  ],
  ['detain_or_rescue', [...TO_ALONE, 'You need to get away from him', '"Not yet."', report('supervisor')]],
  ['confront_controller', [...TO_ACT, 'Walk out to the van', 'Move clear of the van', report('emergency')]],
  ['no_emergency_call', [...TO_ACT, 'Walk out to the van', 'Radio', report('emergency')]],
];

describeBothWays('store sales crew', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title: 'variant 1 best path: Kayla declines, the control room is the exact report (a middle rung)',
      steps: BEST_V1,
      seed: V1,
      best: {
        ending: 'control_room',
        action: 'supervisor',
        noticed: [
          'retail.watcher_outside',
          'retail.group_led_by_one_payer',
          'retail.cannot_say_where_lives',
          'retail.not_allowed_to_buy_or_speak',
          'retail.worker_coached_monitored',
          'retail.discreet_help_seeking',
        ],
        minDecisions: 6,
      },
    },
    {
      title:
        'variant 2 best path: no controller on the lot, Kayla asks, and the hotline with her is the exact report',
      steps: BEST_V2,
      seed: V2,
      shows: ["He's back at nine"],
      hides: ['clipboard on the wheel'],
      best: {
        ending: 'hotline_with_her',
        action: 'hotline',
        noticed: ['retail.watcher_outside'],
        minDecisions: 7,
      },
    },
    {
      title:
        'partial credit: offering the number without a question, or a friendly goodbye to Brandon, is defensible',
      steps: [
        ...TO_BRANDON,
        'Sounds like a good outfit',
        'The number on the restroom door is free',
        '"Not yet."',
        report('supervisor'),
      ],
      seed: V1,
      critical: [],
      action: { verdict: 'right' },
      shows: ['I signed up for this'],
    },
    {
      title: 'variant 2: calling police for her instead of the hotline she asked about overrides her choice',
      steps: [...TO_ACT, 'Call the police for her', report('police')],
      seed: V2,
      shows: ['walks out before you have finished'],
      action: { required: 'hotline' },
      scores: { choice: 'negative' },
    },
    {
      title: 'flagging things that are not indicators is explained',
      steps: [
        ...BEST_V1.slice(0, -1),
        report('supervisor', { observed: ['not.cheap_clothes', 'not.young_couple'] }),
      ],
      flagged: ['not.cheap_clothes', 'not.young_couple'],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip);

  it('the report ladder for an adult who declined: one rung up is partial, police is an override, a log is too little', async () => {
    const path = BEST_V1.slice(0, -1);
    const hotline = await play(FILE, [...path, report('hotline')], { roundTrip, seed: V1 });
    expect(hotline.debrief.action).toMatchObject({ chosen: 'hotline', required: 'supervisor' });
    expect(hotline.debrief.critical).toEqual([]);
    const best = await play(FILE, BEST_V1, { roundTrip, seed: V1 });
    expect(dimensionScore(hotline.debrief, 'report')).toBeLessThan(dimensionScore(best.debrief, 'report'));
    const police = await play(FILE, [...path, report('police')], { roundTrip, seed: V1 });
    expect(dimensionScore(police.debrief, 'choice')).toBeLessThan(dimensionScore(best.debrief, 'choice'));
    const logged = await play(FILE, [...path, report('log')], { roundTrip, seed: V1 });
    expect(logged.debrief.action).toMatchObject({ chosen: 'log', required: 'supervisor' });
    expect(dimensionScore(logged.debrief, 'report')).toBeLessThan(dimensionScore(hotline.debrief, 'report'));
  });

  it('moving the crew on per store policy is within the rules but loses them, and is scored down', async () => {
    const { debrief } = await play(
      FILE,
      [...TO_ACT, 'Ask Ren to move them off the lot', report('supervisor')],
      {
        roundTrip,
        seed: V1,
      },
    );
    expect(debrief.ending?.id).toBe('moved_on');
    expect(debrief.critical).toEqual([]);
    const best = await play(FILE, BEST_V1, { roundTrip, seed: V1 });
    expect(debrief.total.percent).toBeLessThan(best.debrief.total.percent);
  });

  it('emergency path: confronting Dean ends with Kayla pushed into the van, and the emergency number first', async () => {
    const right = await expectEmergencyRequired(
      FILE,
      [...TO_ACT, 'Walk out to the van', 'Move clear of the van'],
      report,
      roundTrip,
    );
    expect(right.ending?.id).toBe('emergency');
  });
});

describeContent(
  'store sales crew',
  FILE,
  BEST_V1,
  { indicators: 6, inEveryVariant: true, herrings: 2, meta: { minor: false, variants: 2 } },
  (c) => {
    it('teaches that citizens are trafficked too, and that signing up does not settle it', () => {
      expect(c.meta.teaches).toEqual(
        expect.arrayContaining(['myth.only_foreigners', 'myth.initial_consent']),
      );
    });
  },
);
