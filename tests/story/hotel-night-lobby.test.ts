import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  dimensionScore,
  expectBestPath,
  expectEmergencyRequired,
  expectMissed,
  expectWronglyFlagged,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';

const FILE = storyFile('hotel', 'night-lobby');

const report = reporter({
  observed: 'seen',
  who: 'Man, 40s, wool coat, called Victor; woman, 20s, thin grey top, called Mara',
  when: 'Friday 01:40 to 02:05',
  where: 'Front desk and lobby, rooms 412 and 414',
});

const OPENING: Step[] = [
  'Could be nothing',
  'Check the registration list',
  'Look at the man in the armchair',
  'Glance at the things on the counter',
];

const TO_DESK: Step[] = [...OPENING, 'Evening. Dana will look after you'];
const TO_CAR_PARK: Step[] = [...TO_DESK, 'Follow them out to the car park'];
const TO_PRIVATE_TALK: Step[] = [...TO_DESK, 'Dana, this is a cash booking', 'We use a phone interpreter'];

const BEST: Step[] = [
  ...TO_PRIVATE_TALK,
  "I'm with hotel security",
  "I'll mark a number on this map",
  report('hotline'),
];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'confront_controller',
    [...OPENING, 'Who are all the men going up to 412', 'Stay back, note the time', report('hotline')],
  ],
  [
    'suspicion_in_front_of_controller',
    [...OPENING, 'Is he forcing you', 'Stay back, note the time', report('hotline')],
  ],
  [
    'companion_as_interpreter',
    [...TO_DESK, 'Dana, this is a cash booking', "we'll wait for you to translate", report('hotline')],
  ],
  ['labelling_question', [...TO_PRIVATE_TALK, 'Are you being trafficked', report('hotline')]],
  ['promise_cannot_keep', [...TO_PRIVATE_TALK, 'Whatever you tell me stays', report('hotline')]],
  ['threaten_arrest_or_immigration', [...TO_PRIVATE_TALK, 'you could get arrested', report('hotline')]],
  [
    'take_documents',
    [...TO_PRIVATE_TALK, "I'm with hotel security", 'keep her ID in the safe', report('hotline')],
  ],
  [
    'detain_or_rescue',
    [
      ...TO_PRIVATE_TALK,
      "I'm with hotel security",
      "You don't have to go back to him",
      'Step back, call',
      report('emergency'),
    ],
  ],
  ['no_emergency_call', [...TO_CAR_PARK, 'Radio', report('supervisor')]],
];

describeBothWays('hotel night lobby', (roundTrip) => {
  it('best path: no critical errors, the right report, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expectBestPath(debrief, {
      ending: 'card_taken',
      action: 'hotline',
      noticed: [
        'hotel.hourly_or_day_by_day_stay',
        'hotel.lookout_hall_lobby_lot',
        'hotel.companion_holds_id_money_keys',
        'hotel.heavy_foot_traffic_room',
      ],
      minDecisions: 5,
    });
    expect(debrief.recommended.join(' ')).toContain('1-888-373-7888');
    // Indicators only visible at stops the learner walked past are missed, with where to find them.
    expectMissed(debrief, 'hotel.plates_hidden_reverse_parked', { seen: false, look: 'CCTV monitor' });
  });

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip);

  it('a path that misses indicators: none looked at, nothing reported', async () => {
    const { debrief } = await play(
      FILE,
      [
        'If anyone up there needed help',
        'Walk on into the lobby',
        'Head back to the desk',
        'Step up beside Dana',
        'Evening. Dana will look after you',
        'Stay at the desk and let them go',
        { report: { observed: [], action: 'log' } },
      ],
      { roundTrip },
    );
    expect(debrief.noticed).toEqual([]);
    expect(debrief.missed.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'hotel.plates_hidden_reverse_parked',
        'hotel.few_possessions_long_stay',
        'hotel.heavy_foot_traffic_room',
      ]),
    );
    expectMissed(debrief, 'hotel.heavy_foot_traffic_room', { seen: true });
    expectMissed(debrief, 'hotel.plates_hidden_reverse_parked', { seen: false });
    expect(debrief.action?.verdict).toBe('under');
    expect(dimensionScore(debrief, 'document')).toBe(0);
    expect(debrief.myths.map((m) => m.id)).toContain('myth.would_ask_for_help');
  });

  it('flagging things that are not indicators is explained', async () => {
    const flagged = ['not.speaks_other_language', 'not.cheap_clothes'];
    const { debrief } = await play(FILE, [...BEST.slice(0, -1), report('hotline', { observed: flagged })], {
      roundTrip,
    });
    expectWronglyFlagged(debrief, flagged);
    const best = await play(FILE, BEST, { roundTrip });
    expect(dimensionScore(debrief, 'observe')).toBeLessThan(dimensionScore(best.debrief, 'observe') - 3);
  });

  it('emergency path: calling the emergency number is required, and a lesser report is a critical error', async () => {
    const right = await expectEmergencyRequired(FILE, [...TO_CAR_PARK, 'Step back, call'], report, roundTrip);
    expect(right.critical).toEqual([]);
    expect(right.recommended[0]).toContain('911');
  });
});

describeContent('hotel night lobby', FILE, BEST, { indicators: 6, herrings: 2 });
