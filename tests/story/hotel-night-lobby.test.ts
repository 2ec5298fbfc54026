import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  dimensionScore,
  expectBestPath,
  expectRightOutcome,
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
  'Check the parking lot camera',
  'Look at the man in the armchair',
  'Glance at the things on the counter',
];

const TO_DESK: Step[] = [...OPENING, 'Evening. Dana will look after you'];
const TO_CAR_PARK: Step[] = [...TO_DESK, 'Follow them out to the parking lot'];
const PRETEXT = 'Dana, this is a cash booking';
const TO_PRIVATE_TALK: Step[] = [...TO_DESK, PRETEXT, 'We use a phone interpreter'];
/** The sourced rule: the man who may control her is there, so do not intervene; report. */
const STAND_BACK: Step[] = [...TO_DESK, 'Stay at the desk and let them go'];

const BEST: Step[] = [
  ...TO_PRIVATE_TALK,
  'Are you OK to talk',
  'Let it go',
  'mark a star by the coffee shop',
  report('hotline'),
];
const CONTROL_ROOM: Step[] = [...STAND_BACK, 'Radio the control room', report('supervisor')];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'confront_controller',
    [...OPENING, 'Who are all the men going up to 412', 'Keep back by the desk', report('supervisor')],
  ],
  [
    'suspicion_in_front_of_controller',
    [...OPENING, 'Is he forcing you', 'Keep back by the desk', report('supervisor')],
  ],
  [
    'companion_as_interpreter',
    [...TO_DESK, PRETEXT, 'you can translate for her', 'Radio the control room', report('supervisor')],
  ],
  ['labelling_question', [...TO_PRIVATE_TALK, 'Are you being trafficked', report('hotline')]],
  ['promise_cannot_keep', [...TO_PRIVATE_TALK, 'Whatever you tell me stays', report('hotline')]],
  ['threaten_arrest_or_immigration', [...TO_PRIVATE_TALK, 'you could get arrested', report('hotline')]],
  [
    'take_documents',
    [...TO_PRIVATE_TALK, 'Are you OK to talk', 'Let it go', 'keep her ID in the safe', report('hotline')],
  ],
  [
    'interrogate_victim',
    [
      ...TO_PRIVATE_TALK,
      'Are you OK to talk',
      'Let it go',
      'Who are the men going up to 412',
      report('hotline'),
    ],
  ],
  [
    'detain_or_rescue',
    [
      ...TO_PRIVATE_TALK,
      'Are you OK to talk',
      'Let it go',
      "You don't have to go back to him",
      'Get behind the pillar',
      report('emergency'),
    ],
  ],
  ['no_emergency_call', [...TO_CAR_PARK, 'Get on the radio', report('supervisor')]],
];

describeBothWays('hotel night lobby', (roundTrip) => {
  it('best path: no critical errors, the right report, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expectBestPath(debrief, {
      ending: 'card_taken',
      action: 'hotline',
      noticed: [
        'hotel.plates_hidden_reverse_parked',
        'hotel.repeat_dropoff_nonguests',
        'hotel.lookout_hall_lobby_lot',
        'hotel.companion_holds_id_money_keys',
        'hotel.heavy_foot_traffic_room',
      ],
      minDecisions: 5,
    });
    expect(debrief.recommended.join(' ')).toContain('1-888-373-7888');
    // Indicators only visible at stops the learner walked past are missed, with where to find them.
    expectMissed(debrief, 'hotel.hourly_or_day_by_day_stay', { seen: false, look: 'Front-desk screen' });
  });

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip);

  it('with the controller present, standing back and telling the control room is the best choice and the exact report', async () => {
    const { debrief } = await play(FILE, CONTROL_ROOM, { roundTrip });
    expectBestPath(debrief, {
      ending: 'no_contact',
      action: 'supervisor',
      noticed: ['hotel.lookout_hall_lobby_lot', 'hotel.companion_holds_id_money_keys'],
      minPercent: 50,
    });
    const car = debrief.decisions.find((d) => d.text.includes('Stay at the desk'));
    expect(car?.better).toBeUndefined();
    const pretext = await play(
      FILE,
      [
        ...TO_PRIVATE_TALK,
        'Are you OK to talk',
        'Let it go',
        'mark a star by the coffee shop',
        report('hotline'),
      ],
      { roundTrip },
    );
    const asked = pretext.debrief.decisions.find((d) => d.text.includes(PRETEXT));
    expect(asked?.better?.text).toContain('Stay at the desk');
  });

  it('the pretext can fail: in variant 2 he refuses, stopping is right and insisting is critical', async () => {
    const stop = await play(
      FILE,
      [...TO_DESK, PRETEXT, 'The morning', 'Radio the control room', report('supervisor')],
      {
        roundTrip,
        seed: 1,
      },
    );
    expectRightOutcome(stop.debrief, 'no_contact');
    expect(stop.transcript.join(' ')).toContain("She'll sign it in the morning");
    const insist = await play(
      FILE,
      [...TO_DESK, PRETEXT, 'it has to be tonight', 'Keep back by the desk', report('supervisor')],
      {
        roundTrip,
        seed: 1,
      },
    );
    expect(insist.debrief.critical.map((c) => c.id)).toContain('suspicion_in_front_of_controller');
  });

  it('following him out is critical; managing in plain English is a fair call, not a penalty', async () => {
    const follow = await play(FILE, [...TO_CAR_PARK, 'Get behind the pillar', report('emergency')], {
      roundTrip,
    });
    expect(follow.debrief.critical.map((c) => c.id)).toContain('suspicion_in_front_of_controller');
    const plain = await play(
      FILE,
      [...TO_DESK, PRETEXT, 'Her English will do', 'Write the number', report('hotline')],
      {
        roundTrip,
      },
    );
    const english = plain.debrief.decisions.find((d) => d.text.includes('Her English will do'));
    expect(english?.points).toBe(0);
  });

  it('judgement calls: small talk at the desk, a look at the plate and leaving it to Dana earn partial credit', async () => {
    const chat = await play(
      FILE,
      [
        ...OPENING,
        'Smile at Mara',
        'Stay at the desk and let them go',
        'Radio the control room',
        report('supervisor'),
      ],
      { roundTrip },
    );
    const smiled = chat.debrief.decisions.find((d) => d.text.includes('Smile at Mara'));
    expect(smiled?.critical).toBe(false);
    expect(smiled?.points).toBe(0);
    expect(smiled?.better?.text).toContain('Evening. Dana will look after you');
    // He answers for her.
    expect(chat.transcript.join(' ')).toMatch(/She (never|doesn't) feel/);

    const window = await play(
      FILE,
      [...OPENING, 'Who are all the men going up to 412', 'Go to the side-door window', report('supervisor')],
      { roundTrip },
    );
    const plate = window.debrief.decisions.find((d) => d.text.includes('side-door window'));
    expect(plate?.critical).toBe(false);
    expect(plate?.better?.text).toContain('Keep back by the desk');

    const quiet = await play(
      FILE,
      [...TO_DESK, PRETEXT, 'leave it to Dana', 'Radio the control room', report('supervisor')],
      { roundTrip, seed: 1 },
    );
    expect(quiet.debrief.critical).toEqual([]);
    const left = quiet.debrief.decisions.find((d) => d.text.includes('leave it to Dana'));
    expect(left?.points).toBe(0);
    expect(left?.better?.text).toContain("The morning's fine");
  });

  it('shouting while calling is still the emergency call, with partial credit for the approach', async () => {
    const { debrief } = await play(FILE, [...TO_CAR_PARK, 'Shout "Let her go', report('emergency')], {
      roundTrip,
    });
    expect(debrief.critical.map((c) => c.id)).toEqual(['suspicion_in_front_of_controller']);
    expect(debrief.action).toMatchObject({ chosen: 'emergency', required: 'emergency', verdict: 'right' });
    const shout = debrief.decisions.find((d) => d.text.includes('Shout'));
    expect(shout?.points).toBe(1);
    expect(shout?.better?.text).toContain('Get behind the pillar');
  });

  it('the parking-lot camera shows non-guests dropped off and collected, night after night', async () => {
    const { debrief } = await play(
      FILE,
      [
        'Could be nothing',
        'Check the parking lot camera',
        'Look at the man in the armchair',
        'Glance at the things on the counter',
        'Evening. Dana will look after you',
        'Stay at the desk and let them go',
        'Radio the control room',
        report('supervisor'),
      ],
      { roundTrip },
    );
    expect(debrief.noticed.map((i) => i.id)).toEqual(
      expect.arrayContaining(['hotel.repeat_dropoff_nonguests', 'hotel.plates_hidden_reverse_parked']),
    );
  });

  it('disclosure is slow: Mara gives a rehearsed line, and does not name the lookout', async () => {
    const { transcript } = await play(FILE, BEST, { roundTrip });
    const said = transcript.join(' ');
    expect(said).toContain('Victor is my manager');
    expect(said).not.toContain('He watches');
    expect(said).toContain('he calls my mother');
  });

  it('a visible emergency call does not always make him let go', async () => {
    const path: Step[] = [...TO_CAR_PARK, 'Get behind the pillar', report('emergency')];
    const one = await play(FILE, path, { roundTrip, seed: 0 });
    const two = await play(FILE, path, { roundTrip, seed: 1 });
    expect(one.transcript.join(' ')).toContain('drives out fast');
    expect(two.transcript.join(' ')).toContain('He does not let go');
  });

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
        'Keep it in your notebook',
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
    // Only the choices' own notes; the empty report form adds nothing.
    expect(dimensionScore(debrief, 'document')).toBe(2);
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
    const right = await expectEmergencyRequired(
      FILE,
      [...TO_CAR_PARK, 'Get behind the pillar'],
      report,
      roundTrip,
    );
    // The only way to the parking lot is following him, itself a critical error; the call adds none.
    expect(right.critical.map((c) => c.id)).toEqual(['suspicion_in_front_of_controller']);
    expect(right.recommended[0]).toContain('911');
  });
});

describeContent('hotel night lobby', FILE, BEST, { indicators: 6, herrings: 2 });
