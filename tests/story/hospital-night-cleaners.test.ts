import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  dimensionScore,
  expectCriticalExplained,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

const FILE = storyFile('hospital', 'night-cleaners');

const report = reporter({
  observed: 'seen',
  who: 'Dalia, contract cleaner, 30s, green work smock, wearing badge M. HART; Jo, crew lead, 40s, black fleece',
  when: 'Night shift, 03:50 to 05:55',
  where: 'ED supply storeroom past bay 4; staff entrance, silver minivan at the barrier',
});

/** Seeds: variant = seed % 2 + 1. */
const V1 = 42;
const V2 = 43;

const OPENING: Step[] = [
  'On my way',
  'Check the door log',
  'Look at the cleaning cart',
  'Read the staff notices',
  'Look at the woman asleep',
  'Ask the woman in the end seat',
  'Go through the treatment doors',
];
const TO_JO: Step[] = [...OPENING, 'Stay in the doorway', 'Is it all right to talk'];
const TO_PRETEXT: Step[] = [...TO_JO, 'I found her resting'];
const PRETEXT = 'Ask Ines to offer Dalia';
/** Variant 1: Jo turns the welfare check down; stop, and Dalia asks at the van that nobody be told. */
const TO_VAN: Step[] = [...TO_PRETEXT, PRETEXT, 'Thanks anyway, Ines'];
const TO_ACT_V1: Step[] = [...TO_VAN, "I can't keep this to myself"];
const RADIO_V1 = 'shared badges, the phones';
const BEST_V1: Step[] = [...TO_ACT_V1, RADIO_V1, report('supervisor')];
/** Variant 2: the welfare check goes ahead, Dalia says a little more and asks for help that is not police. */
const TO_STAFF_ROOM: Step[] = [...TO_PRETEXT, PRETEXT];
const TO_ACT_V2: Step[] = [...TO_STAFF_ROOM, "You don't have to tell me any of it"];
const RADIO_V2 = 'she asked for help and agreed';
const BEST_V2: Step[] = [...TO_ACT_V2, RADIO_V2, report('hotline')];

const SEEN_BOTH = [
  'hospital.contract_staff_exploitation',
  'hospital.malnourished_poor_hygiene',
  'hospital.hypervigilant_startle',
  'hospital.companion_holds_documents_pays',
  'hospital.patient_defers_fearful',
  'hospital.companion_speaks_for_patient',
];

/** Variant 1 (the default seed) throughout. */
const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'labelling_question',
    [
      ...OPENING,
      'Did somebody make you',
      ...TO_ACT_V1.slice(TO_JO.length - 1),
      RADIO_V1,
      report('supervisor'),
    ],
  ],
  [
    'interrogate_victim',
    [
      ...OPENING,
      'Stay in the doorway',
      'What are they paying you',
      ...TO_ACT_V1.slice(TO_JO.length),
      RADIO_V1,
      report('supervisor'),
    ],
  ],
  [
    'confront_controller',
    [
      ...TO_JO,
      'Give Dalia her phone back',
      PRETEXT,
      'Thanks anyway',
      'OK. I heard you.',
      RADIO_V1,
      report('supervisor'),
    ],
  ],
  [
    'suspicion_in_front_of_controller',
    [...TO_PRETEXT, 'Jo, give us a minute', 'Nod, and say nothing', RADIO_V1, report('supervisor')],
  ],
  ['detain_or_rescue', [...TO_VAN, "You don't have to get in that van", RADIO_V1, report('supervisor')]],
];

describeBothWays('hospital night cleaners', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title:
        'variant 1 best path: the welfare check is refused, you stop, and the control room is the exact report (a middle rung)',
      steps: BEST_V1,
      seed: V1,
      best: { ending: 'control_room', action: 'supervisor', noticed: SEEN_BOTH, minDecisions: 8 },
      shows: ["She's not a patient.", 'I owe the agency for the placement', 'safeguarding lead'],
      myths: ['myth.initial_consent', 'myth.trauma_hostile_or_flat', 'myth.traffickers_men'],
    },
    {
      title:
        'variant 2 best path: the check goes ahead, Dalia asks for help, and the hotline referral with the control room is exact',
      steps: BEST_V2,
      seed: V2,
      best: {
        ending: 'hotline_with_her',
        action: 'hotline',
        noticed: [...SEEN_BOTH, 'hospital.disoriented_time_place'],
        minDecisions: 7,
      },
      shows: ['Five minutes.', 'they call my mother', 'Is there somebody, not police?'],
      hides: ["She's not a patient."],
    },
    {
      title: 'variant 2: a promise about her mother is a critical error',
      steps: [...TO_STAFF_ROOM, 'make sure nobody goes near', RADIO_V2, report('hotline')],
      seed: V2,
      criticalExplained: ['promise_cannot_keep'],
    },
    {
      title: 'variant 2: pressing for the agency and the debt is a critical error',
      steps: [...TO_STAFF_ROOM, 'Start at the beginning', RADIO_V2, report('hotline')],
      seed: V2,
      criticalExplained: ['interrogate_victim'],
    },
    {
      title: 'variant 1 act: emailing facilities about the badges alone is the log rung, and falls short',
      steps: [...TO_ACT_V1, 'Email the facilities manager', report('log')],
      seed: V1,
      ending: 'badges_only',
      action: { chosen: 'log', required: 'supervisor' },
      notRight: true,
    },
    {
      title: 'variant 2 report ladder: the control room alone leaves out what she asked for',
      steps: [...TO_ACT_V2, 'leave the rest to them', report('supervisor')],
      seed: V2,
      action: { chosen: 'supervisor', required: 'hotline' },
      notRight: true,
    },
    {
      title: 'flagging the contractor, her tiredness or her language is explained as not an indicator',
      steps: [
        ...BEST_V1.slice(0, -1),
        report('supervisor', {
          observed: ['not.outside_contractor', 'not.tired_or_shy', 'not.speaks_other_language'],
        }),
      ],
      seed: V1,
      flagged: ['not.outside_contractor', 'not.tired_or_shy', 'not.speaks_other_language'],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { also: (d) => expect(d.ending).toBeDefined() });

  it('variant 1: pushing after Jo refuses the welfare check is a critical error; stopping is best', async () => {
    const path = (pick: string): Step[] => [
      ...TO_PRETEXT,
      PRETEXT,
      pick,
      "I can't keep this to myself",
      RADIO_V1,
      report('supervisor'),
    ];
    const stopped = await play(FILE, path('Thanks anyway, Ines'), { roundTrip, seed: V1 });
    expect(stopped.debrief.critical).toEqual([]);
    expect(stopped.debrief.action?.verdict).toBe('right');
    const pushed = (await play(FILE, path("It's hospital policy"), { roundTrip, seed: V1 })).debrief;
    expectCriticalExplained(pushed, 'suspicion_in_front_of_controller');
    expect(pushed.decisions.find((d) => d.critical)?.better?.text).toContain('Thanks anyway, Ines');
    const card = (await play(FILE, path('Slip her the staff card'), { roundTrip, seed: V1 })).debrief;
    expect(card.critical).toEqual([]);
    expect(dimensionScore(card, 'safety')).toBeLessThan(dimensionScore(stopped.debrief, 'safety'));
    expect(dimensionScore(card, 'choice')).toBeGreaterThan(dimensionScore(stopped.debrief, 'choice'));
  });

  it('partial credit: skipping the welfare check is defensible, scored below trying it, and ends at the same rung', async () => {
    const skipped = (
      await play(
        FILE,
        [...TO_PRETEXT, 'Leave it there', "I can't keep this to myself", RADIO_V1, report('supervisor')],
        { roundTrip, seed: V2 },
      )
    ).debrief;
    expect(skipped.critical).toEqual([]);
    expect(skipped.action).toMatchObject({ chosen: 'supervisor', required: 'supervisor', verdict: 'right' });
    const decision = skipped.decisions.find((d) => d.text.includes('Leave it there'));
    expect(decision?.better?.text).toContain(PRETEXT);
    const best = (await play(FILE, BEST_V1, { roundTrip, seed: V1 })).debrief;
    expect(skipped.total.score).toBeLessThan(best.total.score);
  });

  it('partial credit: in front of Jo a log remark is acceptable but scored below a dull word for Dalia', async () => {
    const logged = (
      await play(FILE, [...TO_JO, "I'll put in the log", ...BEST_V1.slice(TO_PRETEXT.length)], {
        roundTrip,
        seed: V1,
      })
    ).debrief;
    expect(logged.critical).toEqual([]);
    const best = (await play(FILE, BEST_V1, { roundTrip, seed: V1 })).debrief;
    expect(dimensionScore(logged, 'safety')).toBeLessThan(dimensionScore(best, 'safety'));
    expect(logged.decisions.find((d) => d.text.includes("I'll put in the log"))?.better?.text).toContain(
      'I found her resting',
    );
  });

  it('variant 2: catching her out on her changed story is scored down and answered in the debrief', async () => {
    const caught = (
      await play(FILE, [...TO_STAFF_ROOM, 'Which is it?', RADIO_V2, report('hotline')], {
        roundTrip,
        seed: V2,
      })
    ).debrief;
    expect(caught.critical).toEqual([]);
    expect(caught.myths.map((m) => m.id)).toContain('myth.trauma_story_changes');
    const best = (await play(FILE, BEST_V2, { roundTrip, seed: V2 })).debrief;
    expect(dimensionScore(caught, 'trust')).toBeLessThan(dimensionScore(best, 'trust'));
  });

  it('variant 1 report ladder: one rung up is partial, police overrides an adult, a log is too little', async () => {
    const path = BEST_V1.slice(0, -1);
    const best = (await play(FILE, BEST_V1, { roundTrip, seed: V1 })).debrief;
    const hotline = (await play(FILE, [...path, report('hotline')], { roundTrip, seed: V1 })).debrief;
    expect(hotline.action).toMatchObject({ chosen: 'hotline', required: 'supervisor' });
    expect(hotline.critical).toEqual([]);
    expect(dimensionScore(hotline, 'report')).toBeLessThan(dimensionScore(best, 'report'));
    const police = (await play(FILE, [...path, report('police')], { roundTrip, seed: V1 })).debrief;
    expect(dimensionScore(police, 'choice')).toBeLessThan(dimensionScore(best, 'choice'));
    const logged = (await play(FILE, [...path, report('log')], { roundTrip, seed: V1 })).debrief;
    expect(logged.action).toMatchObject({ chosen: 'log', required: 'supervisor' });
    expect(dimensionScore(logged, 'report')).toBeLessThan(dimensionScore(hotline, 'report'));
  });

  it('variant 2 report ladder: police overrides her, and telling Jo is unsafe', async () => {
    const police = (
      await play(FILE, [...TO_ACT_V2, 'Call the police for her', report('police')], { roundTrip, seed: V2 })
    ).debrief;
    expect(police.ending?.id).toBe('police_called');
    const best = (await play(FILE, BEST_V2, { roundTrip, seed: V2 })).debrief;
    expect(dimensionScore(police, 'choice')).toBeLessThan(dimensionScore(best, 'choice'));
    const toldJo = (
      await play(FILE, [...TO_ACT_V2, 'Catch Jo at the time clock', report('hotline')], {
        roundTrip,
        seed: V2,
      })
    ).debrief;
    expect(toldJo.ending?.id).toBe('told_jo');
    expect(dimensionScore(toldJo, 'safety')).toBeLessThan(dimensionScore(best, 'safety'));
  });

  it('security never reads clinical records: asking the nurse for her file is scored down', async () => {
    const { debrief } = await play(FILE, ['check her file', ...BEST_V1.slice(1)], { roundTrip, seed: V1 });
    expect(debrief.critical).toEqual([]);
    const best = (await play(FILE, BEST_V1, { roundTrip, seed: V1 })).debrief;
    expect(dimensionScore(debrief, 'collaboration')).toBeLessThan(dimensionScore(best, 'collaboration'));
  });
});

describeContent('hospital night cleaners', FILE, BEST_V1, {
  indicators: 6,
  inEveryVariant: true,
  herrings: 2,
  meta: { minor: false, variants: 2, situation: 'labour_trafficking' },
});
