import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  dimensionScore,
  expectBestPath,
  expectWronglyFlagged,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';

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
  it('best path: an ordinary goodbye in front of the employer, then the hotline referral with the control room', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip, seed: V1 });
    expectBestPath(debrief, {
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
    });
    expect(debrief.myths.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        'myth.not_in_nice_places',
        'myth.locked_up',
        'myth.would_ask_for_help',
        'myth.trauma_story_changes',
      ]),
    );
  });

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { also: (d) => expect(d.ending).toBeDefined() });

  it('variant 1: the linen-room word works, she voices her fear, and the hotline is still the report', async () => {
    const { debrief, transcript } = await play(
      FILE,
      [
        ...TO_ACT,
        PRETEXT,
        "You don't have to decide anything today",
        'Radio the control room and ask',
        HOTLINE,
      ],
      { roundTrip, seed: V1 },
    );
    expect(debrief.ending?.id).toBe('referred');
    expect(debrief.critical).toEqual([]);
    expect(debrief.action).toMatchObject({ chosen: 'hotline', required: 'hotline', verdict: 'right' });
    const text = transcript.join(' ');
    expect(text).toContain('My visa is with the family');
    expect(text).toContain('my son');
    expect(dimensionScore(debrief, 'choice')).toBeGreaterThan(0);
  });

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

  it('variant 2: the employer refuses the pretext; stopping is best, and pushing is a critical error', async () => {
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
    const pushed = (await play(FILE, path('needs Lena to sign'), { roundTrip, seed: V2 })).debrief;
    expect(pushed.critical.map((c) => c.id)).toContain('suspicion_in_front_of_controller');
    const hidden = (await play(FILE, path('Fold the receipt with the number'), { roundTrip, seed: V2 }))
      .debrief;
    expect(hidden.critical).toEqual([]);
    expect(dimensionScore(hidden, 'safety')).toBeLessThan(dimensionScore(stopped.debrief, 'safety'));
  });

  it('a promise to get her passport back is a critical error', async () => {
    const { debrief } = await play(
      FILE,
      [...TO_ACT, PRETEXT, 'get your passport back', 'Radio the control room and ask', HOTLINE],
      { roundTrip, seed: V1 },
    );
    expect(debrief.critical.map((c) => c.id)).toContain('promise_cannot_keep');
  });

  it('the report step: police for an adult who has not asked is an override, a log entry is too little', async () => {
    const police = (
      await play(FILE, [...TO_ACT, 'Call the police', report('police')], { roundTrip, seed: V1 })
    ).debrief;
    expect(police.ending?.id).toBe('police_override');
    expect(police.action).toMatchObject({ chosen: 'police', required: 'hotline' });
    expect(police.action?.verdict).not.toBe('right');
    const right = (await play(FILE, BEST, { roundTrip, seed: V1 })).debrief;
    expect(dimensionScore(police, 'choice')).toBeLessThan(dimensionScore(right, 'choice'));

    const logged = (await play(FILE, [...TO_ACT, 'Log it.', report('log')], { roundTrip, seed: V1 })).debrief;
    expect(logged.ending?.id).toBe('logged');
    expect(logged.action).toMatchObject({ chosen: 'log', required: 'hotline' });
    expect(dimensionScore(logged, 'report')).toBeLessThan(0);
    expect(logged.myths.map((m) => m.id)).toContain('myth.not_in_nice_places');

    const supervisorOnly = (
      await play(FILE, [...TO_ACT, RADIO, report('supervisor')], { roundTrip, seed: V1 })
    ).debrief;
    expect(supervisorOnly.action).toMatchObject({ chosen: 'supervisor', required: 'hotline' });
    expect(supervisorOnly.action?.verdict).not.toBe('right');
  });

  it('flagging things that are not indicators is explained', async () => {
    const flagged = ['not.nationality', 'not.accent'];
    const { debrief } = await play(FILE, [...BEST.slice(0, -1), report('hotline', { observed: flagged })], {
      roundTrip,
      seed: V1,
    });
    expectWronglyFlagged(debrief, flagged);
  });
});

describeContent('hotel family suite', FILE, BEST, {
  indicators: 6,
  inEveryVariant: true,
  herrings: 3,
  meta: { minor: false, variants: 2, situation: 'labour_trafficking' },
});
