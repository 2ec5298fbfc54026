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

const FILE = storyFile('hotel', 'regular-guest');

const report = reporter({
  observed: 'seen',
  who: 'Man, 40s, golf jacket, red face, car key on a big ring; asked for a key to 412',
  when: 'About 01:45',
  where: 'Front desk, lobby',
});
const LOG = report('log');

const OPENING: Step[] = [
  'Has she or anyone with her caused a problem',
  'Look at the front-desk screen',
  'Look at the CCTV monitor',
  'Go back to the desk',
];
const TO_CHECK: Step[] = [...OPENING, 'No key, and no word about any guest'];
const TO_ANSWER: Step[] = [...TO_CHECK, 'Phone 412'];
const TO_ACT: Step[] = [...TO_ANSWER, "No. You're a guest."];
const BEST: Step[] = [...TO_ACT, 'If someone else held her key', 'Log the visitor', LOG];

const V1 = 42;
const V2 = 43;

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'profiling',
    [
      'Woman on her own',
      'Go back to the desk',
      'No key, and no word',
      'Phone 412',
      "No. You're a guest.",
      'If someone else held her key',
      'Log the visitor',
      LOG,
    ],
  ],
  [
    'labelling_question',
    [...TO_CHECK, 'Are you working tonight', 'If someone else held her key', 'Log the visitor', LOG],
  ],
];

describeBothWays('hotel regular guest (not trafficking)', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title: 'best path: the visitor goes in the incident log, the guest is treated like any guest',
      steps: BEST,
      seed: V1,
      best: {
        ending: 'respected',
        action: 'log',
        noticed: ['hotel.heavy_foot_traffic_room'],
        minDecisions: 6,
      },
      myths: ['myth.all_or_none_sex_work', 'myth.one_flag_or_nationality'],
      also: ({ debrief }) => expect(debrief.encounter.situation).toBe('not_trafficking'),
    },
    {
      title: 'radioing the control room is within policy (partial credit)',
      steps: [...TO_ACT, 'If someone else held her key', 'Radio', report('supervisor')],
      seed: V1,
      critical: [],
      action: { chosen: 'supervisor', required: 'log', verdict: 'over' },
    },
    {
      title: 'leaving it out of the log is too little',
      steps: [...TO_ACT, 'If someone else held her key', 'Nothing. It was a private matter', report('none')],
      seed: V1,
      action: { required: 'log', verdict: 'under' },
    },
    {
      title: 'calling her down to the angry visitor is scored down and explained',
      steps: [
        ...OPENING,
        'ask her to come down',
        'Phone 412',
        "No. You're a guest.",
        'If someone else held her key',
        'Log the visitor',
        LOG,
      ],
      seed: V1,
      decisions: [
        { text: 'ask her to come down', points: 'negative', why: 'right to say no', better: 'No key' },
      ],
    },
    {
      title: 'ticking sex work itself, or being a regular, as a sign is explained',
      steps: [
        ...BEST.slice(0, -1),
        report('log', { observed: ['not.adult_sells_sex_independently', 'not.regular_guest'] }),
      ],
      seed: V1,
      flagged: ['not.adult_sells_sex_independently', 'not.regular_guest'],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, {
    also: (d) => expect(d.action).toMatchObject({ required: 'log', verdict: 'right' }),
  });

  it('a hotline referral about her is more than needed and costs on culture; police overrides her choice', async () => {
    const right = (await play(FILE, BEST, { roundTrip, seed: V1 })).debrief;
    const hotline = (
      await play(FILE, [...TO_ACT, 'If someone else held her key', 'Refer room 412', report('hotline')], {
        roundTrip,
        seed: V1,
      })
    ).debrief;
    expect(hotline.action).toMatchObject({ chosen: 'hotline', required: 'log' });
    expect(hotline.action?.verdict).not.toBe('right');
    expect(dimensionScore(hotline, 'culture')).toBeLessThan(dimensionScore(right, 'culture'));
    expect(hotline.myths.map((m) => m.id)).toContain('myth.all_or_none_sex_work');
    const police = (await play(FILE, [...BEST.slice(0, -1), report('police')], { roundTrip, seed: V1 }))
      .debrief;
    expect(police.action?.verdict).not.toBe('right');
    expect(dimensionScore(police, 'choice')).toBeLessThan(dimensionScore(right, 'choice'));
  });

  it('the phone call and the knock are both acceptable; the phone scores higher on trust', async () => {
    const phone = (await play(FILE, BEST, { roundTrip, seed: V1 })).debrief;
    const knock = (
      await play(
        FILE,
        [
          ...TO_CHECK,
          'Go up and knock on 412',
          "No. You're a guest.",
          'If someone else held her key',
          'Log the visitor',
          LOG,
        ],
        {
          roundTrip,
          seed: V1,
        },
      )
    ).debrief;
    expect(knock.critical).toEqual([]);
    expect(knock.decisions.find((d) => d.text.includes('knock on 412'))?.points).toBeGreaterThan(0);
    expect(dimensionScore(knock, 'trust')).toBeLessThan(dimensionScore(phone, 'trust'));
  });

  it('variant 2: she expects to be thrown out and says little; warning her ends with her checking out', async () => {
    const best = await play(FILE, BEST, { roundTrip, seed: V2 });
    expect(best.transcript.join(' ')).toContain('Am I being thrown out?');
    expect(best.debrief.ending?.id).toBe('respected');
    const warned = (
      await play(
        FILE,
        [
          ...TO_ANSWER,
          'the manager might want a word',
          'If someone else held her key',
          'Log the visitor',
          LOG,
        ],
        {
          roundTrip,
          seed: V2,
        },
      )
    ).debrief;
    expect(warned.ending?.id).toBe('checked_out');
    expect(dimensionScore(warned, 'trust')).toBeLessThan(dimensionScore(best.debrief, 'trust'));
  });
});

describeContent('hotel regular guest', FILE, BEST, {
  indicators: 1,
  herrings: 3,
  meta: { situation: 'not_trafficking', minor: false, variants: 2 },
});
