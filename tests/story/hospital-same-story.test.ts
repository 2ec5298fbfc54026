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

const FILE = storyFile('hospital', 'same-story');

const report = reporter({
  observed: 'seen',
  who: 'Woman, 30s, gray work fleece, hurt wrist, called Kim; man, 30s, quilted vest, called Shane',
  when: 'Sunday night, 23:30 to 00:30',
  where: 'ED bay 6, corridor, waiting room, ambulance bay door',
});
const CONTROL_ROOM = report('supervisor');

const OPENING: Step[] = [
  'X-ray is patients only, right?',
  'Glance at the bay curtain',
  'Look at the belongings bag',
  'Stand by the sink',
];
const V1 = 42;
const V2 = 43;

// Variant 1: Shane goes at the X-ray rule.
const TO_PRIVATE_V1: Step[] = [...OPENING];
// Variant 2: he refuses, and the officer repeats the rule.
const TO_PRIVATE_V2: Step[] = [...OPENING, "X-ray's staff and patients only"];
const AFTER: Step[] = [
  'By the doors to the waiting room',
  'What do you need from me?',
  'Offer her the ambulance bay door',
];
const BEST_V1: Step[] = [...TO_PRIVATE_V1, ...AFTER, 'Radio', CONTROL_ROOM];
const BEST_V2: Step[] = [...TO_PRIVATE_V2, ...AFTER, 'Radio', CONTROL_ROOM];

// Variant 1 (the default seed): a labelling question, and a promise she knows nobody can keep.
const CRITICAL_PATHS: [string, Step[]][] = [
  ['labelling_question', ["I'll ask her straight out", 'Stand by the sink', ...AFTER, 'Radio', CONTROL_ROOM]],
  [
    'promise_cannot_keep',
    [...OPENING, 'By the doors', 'What do you need from me?', 'never find out', 'Radio', CONTROL_ROOM],
  ],
];
// Variant 2, when he refuses to leave her side.
const CRITICAL_PATHS_V2: [string, Step[]][] = [
  ['confront_controller', [...OPENING, "She's told you what she wants", 'Radio', CONTROL_ROOM]],
  [
    'suspicion_in_front_of_controller',
    [...OPENING, "Is there a reason you don't want her", 'Radio', CONTROL_ROOM],
  ],
];

describeBothWays('hospital same story (domestic violence, not trafficking)', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title:
        'best path (variant 1): the care team screens in private, the advocate helps, the control room is exact',
      steps: BEST_V1,
      seed: V1,
      best: {
        ending: 'advocate',
        action: 'supervisor',
        noticed: ['hospital.companion_speaks_for_patient', 'hospital.patient_defers_fearful'],
        minDecisions: 5,
      },
      also: ({ debrief }) => expect(debrief.encounter.situation).toBe('not_trafficking'),
    },
    {
      title: 'variant 2: the X-ray rule fails at first; repeating it calmly works, and she takes only a card',
      steps: BEST_V2,
      seed: V2,
      critical: [],
      ending: 'card_only',
      action: { chosen: 'supervisor', required: 'supervisor', verdict: 'right' },
      noticed: ['hospital.companion_wont_leave'],
    },
    {
      title: 'the trafficking hotline is the wrong referral',
      steps: [...TO_PRIVATE_V1, ...AFTER, 'Refer it to', report('hotline')],
      seed: V1,
      action: { chosen: 'hotline', required: 'supervisor' },
      notRight: true,
      decisions: [{ text: 'Refer it to', why: 'advocate' }],
    },
    {
      title: 'a log entry only is too little',
      steps: [...TO_PRIVATE_V1, ...AFTER, 'Just a line', report('log')],
      seed: V1,
      action: { required: 'supervisor', verdict: 'under' },
    },
    {
      title: 'asking for the hotline or police at the screening is scored down',
      steps: [
        ...TO_PRIVATE_V1,
        'By the doors',
        'We should call',
        'Offer her the ambulance bay door',
        'Radio',
        CONTROL_ROOM,
      ],
      seed: V1,
      decisions: [{ text: 'We should call', points: 'negative' }],
    },
    {
      title: 'two defensible places to stand: by the doors is best, chatting at the podium is partial credit',
      steps: [
        ...TO_PRIVATE_V1,
        'At the podium out front',
        'What do you need from me?',
        'Offer her the ambulance bay door',
        'Radio',
        CONTROL_ROOM,
      ],
      seed: V1,
      decisions: [{ text: 'At the podium', points: 'positive', better: 'By the doors' }],
    },
    {
      title: 'ticking "a controlling partner" as a trafficking sign is explained',
      steps: [...BEST_V1.slice(0, -1), report('supervisor', { observed: ['not.controlling_partner_alone'] })],
      seed: V1,
      flagged: ['not.controlling_partner_alone'],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, {
    also: (d) => expect(d.action?.required).toBe('supervisor'),
  });

  for (const [id, steps] of CRITICAL_PATHS_V2)
    it(`variant 2: ${id} when he won't leave, and she leaves with him before anyone speaks with her`, async () => {
      const { debrief } = await play(FILE, steps, { roundTrip, seed: V2 });
      expect(debrief.critical.map((c) => c.id)).toContain(id);
      expect(debrief.decisions.find((d) => d.critical)?.better?.text).toContain(
        "X-ray's staff and patients only",
      );
      expect(debrief.ending?.id).toBe('left_with_him');
    });

  it('police overrides her no', async () => {
    const right = (await play(FILE, BEST_V1, { roundTrip, seed: V1 })).debrief;
    const police = (
      await play(FILE, [...TO_PRIVATE_V1, ...AFTER, 'Call police about Shane', report('police')], {
        roundTrip,
        seed: V1,
      })
    ).debrief;
    expect(police.action?.verdict).not.toBe('right');
    expect(dimensionScore(police, 'choice')).toBeLessThan(dimensionScore(right, 'choice'));
  });
});

describeContent('hospital same story', FILE, BEST_V1, {
  indicators: 2,
  inEveryVariant: true,
  herrings: 3,
  meta: { situation: 'not_trafficking', minor: false, variants: 2 },
});
