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

const FILE = storyFile('hotel', 'family-suite');

const report = reporter({
  observed: 'seen',
  who: 'Woman, 40s, gray cardigan, called Lena, nanny; guest, 40s, linen blazer, called Claire Whitlock',
  when: 'Morning, 10:20 to 11:15',
  where: 'Fourth floor, suite 414 and room 412, linen room',
});
const HOTLINE = report('hotline');

/** Seeds: variant = seed % 2 + 1. */
const V1 = 42;
const V2 = 43;

const OPENING: Step[] = [
  "Let's not guess yet",
  'Look at the door of 414',
  'Look at the breakfast tray',
  'Read the room report',
  'Wait by the service elevator',
];
const TO_CLAIRE: Step[] = [...OPENING, 'Hold the elevator door', "There's coffee on"];
const TO_ACT: Step[] = [...TO_CLAIRE, 'Glad to hear it'];
const RADIO = 'Radio the control room: what you saw';
const BEST: Step[] = [...TO_ACT, RADIO, HOTLINE];
const PRETEXT = 'is there a reason she might come down here alone';

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'interrogate_victim',
    [...OPENING, 'Are you the nanny for 414', "There's coffee on", 'Glad to hear it', RADIO, HOTLINE],
  ],
  [
    'labelling_question',
    [...OPENING, 'Hold the elevator door', 'against your will', 'Glad to hear it', RADIO, HOTLINE],
  ],
  ['confront_controller', [...TO_CLAIRE, 'her own passport', RADIO, HOTLINE]],
  ['suspicion_in_front_of_controller', [...TO_CLAIRE, 'come down for a coffee with me', RADIO, HOTLINE]],
];

describeBothWays('hotel family suite', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title:
        'best path: an ordinary goodbye in front of the employer, then the hotline referral with the control room',
      steps: BEST,
      seed: V1,
      best: {
        ending: 'referred',
        action: 'hotline',
        noticed: [
          'hotel.dnd_refuses_service',
          'hotel.guest_injured_deprived',
          'hotel.companion_holds_id_money_keys',
          'hotel.confused_rehearsed_guest',
          'hotel.guest_withholds_id_details',
          'hotel.few_possessions_long_stay',
        ],
        minDecisions: 5,
      },
      myths: [
        'myth.not_in_nice_places',
        'myth.locked_up',
        'myth.would_ask_for_help',
        'myth.trauma_story_changes',
      ],
    },
    {
      title: 'variant 1: the linen-room word works, she voices her fear, and the hotline is still the report',
      steps: [
        ...TO_ACT,
        PRETEXT,
        "You don't have to decide anything today",
        'Radio the control room and ask',
        HOTLINE,
      ],
      seed: V1,
      ending: 'referred',
      critical: [],
      action: { chosen: 'hotline', required: 'hotline', verdict: 'right' },
      shows: ['My visa is with the family', 'my son'],
      scores: { choice: 'positive' },
    },
    {
      title: 'a promise to get her passport back is a critical error',
      steps: [...TO_ACT, PRETEXT, 'get your passport back', 'Radio the control room and ask', HOTLINE],
      seed: V1,
      criticalIncludes: ['promise_cannot_keep'],
    },
    {
      title: 'the report step: a log entry is too little',
      steps: [...TO_ACT, 'Log it.', report('log')],
      seed: V1,
      ending: 'logged',
      action: { chosen: 'log', required: 'hotline' },
      scores: { report: 'negative' },
      myths: ['myth.not_in_nice_places'],
    },
    {
      title: 'the report step: the control room alone is not the hotline referral',
      steps: [...TO_ACT, RADIO, report('supervisor')],
      seed: V1,
      action: { chosen: 'supervisor', required: 'hotline' },
      notRight: true,
    },
    {
      title: 'variant 2: the employer refuses the pretext, and pushing is a critical error',
      steps: [...TO_ACT, PRETEXT, 'needs Lena to sign', 'Radio the control room and ask', HOTLINE],
      seed: V2,
      criticalIncludes: ['suspicion_in_front_of_controller'],
    },
    {
      title: 'flagging things that are not indicators is explained',
      steps: [...BEST.slice(0, -1), report('hotline', { observed: ['not.nationality', 'not.accent'] })],
      seed: V1,
      flagged: ['not.nationality', 'not.accent'],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { also: (d) => expect(d.ending).toBeDefined() });

  it('partial credit: asking her to decide now is kind but scored below leaving the choice with her', async () => {
    const path = (pick: string): Step[] => [
      ...TO_ACT,
      PRETEXT,
      pick,
      'Radio the control room and ask',
      HOTLINE,
    ];
    const best = (await play(FILE, path("You don't have to decide"), { roundTrip, seed: V1 })).debrief;
    const rushed = (await play(FILE, path('Come down to the office with me now'), { roundTrip, seed: V1 }))
      .debrief;
    expect(rushed.critical).toEqual([]);
    const decision = rushed.decisions.find((d) => d.text.includes('Come down to the office'));
    expect(decision?.better?.text).toContain("You don't have to decide");
    expect(dimensionScore(rushed, 'choice')).toBeLessThan(dimensionScore(best, 'choice'));
    expect(rushed.total.score).toBeLessThan(best.total.score);
  });

  it('variant 2: the employer refuses the pretext; stopping is best, and hiding the number is less safe', async () => {
    const path = (pick: string): Step[] => [
      ...TO_ACT,
      PRETEXT,
      pick,
      'Radio the control room and ask',
      HOTLINE,
    ];
    const stopped = await play(FILE, path('Hand the sheets over'), { roundTrip, seed: V2 });
    expect(stopped.transcript.join(' ')).toContain("We'll take those, thanks.");
    expect(stopped.debrief.critical).toEqual([]);
    expect(stopped.debrief.action?.verdict).toBe('right');
    const hidden = (await play(FILE, path('Fold the receipt with the number'), { roundTrip, seed: V2 }))
      .debrief;
    expect(hidden.critical).toEqual([]);
    expect(dimensionScore(hidden, 'safety')).toBeLessThan(dimensionScore(stopped.debrief, 'safety'));
  });

  it('the report step: police for an adult who has not asked is an override', async () => {
    const police = (
      await play(FILE, [...TO_ACT, 'Call the police', report('police')], { roundTrip, seed: V1 })
    ).debrief;
    expect(police.ending?.id).toBe('police_override');
    expect(police.action).toMatchObject({ chosen: 'police', required: 'hotline' });
    expect(police.action?.verdict).not.toBe('right');
    const right = (await play(FILE, BEST, { roundTrip, seed: V1 })).debrief;
    expect(dimensionScore(police, 'choice')).toBeLessThan(dimensionScore(right, 'choice'));
  });
});

describeContent('hotel family suite', FILE, BEST, {
  indicators: 6,
  inEveryVariant: true,
  herrings: 3,
  meta: { minor: false, variants: 2, situation: 'labour_trafficking' },
});
