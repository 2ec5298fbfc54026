import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  dimensionScore,
  expectEmergencyRequired,
  expectWronglyFlagged,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

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
  itPlays(FILE, roundTrip, [
    {
      title: 'best path: no critical errors, the right report, a high score',
      steps: BEST,
      best: {
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
      },
      recommends: '1-888-373-7888',
      // Indicators only visible at stops the learner walked past are missed, with where to find them.
      missed: [{ id: 'hotel.hourly_or_day_by_day_stay', seen: false, look: 'Front-desk screen' }],
    },
    {
      title:
        'with the controller present, standing back and telling the control room is the best choice and the exact report',
      steps: CONTROL_ROOM,
      best: {
        ending: 'no_contact',
        action: 'supervisor',
        noticed: ['hotel.lookout_hall_lobby_lot', 'hotel.companion_holds_id_money_keys'],
        minPercent: 50,
      },
      decisions: [{ text: 'Stay at the desk', better: null }],
    },
    {
      title: 'with the controller present, the pretext names standing back as the better choice',
      steps: BEST,
      decisions: [{ text: PRETEXT, better: 'Stay at the desk' }],
    },
    {
      title: 'the pretext can fail: in variant 2 he refuses, and stopping is right',
      steps: [...TO_DESK, PRETEXT, 'The morning', 'Radio the control room', report('supervisor')],
      seed: 1,
      critical: [],
      ending: 'no_contact',
      action: { verdict: 'right' },
      shows: ["She'll sign it in the morning"],
    },
    {
      title: 'the pretext can fail: in variant 2 he refuses, and insisting is critical',
      steps: [...TO_DESK, PRETEXT, 'it has to be tonight', 'Keep back by the desk', report('supervisor')],
      seed: 1,
      criticalIncludes: ['suspicion_in_front_of_controller'],
    },
    {
      title: 'following him out is critical',
      steps: [...TO_CAR_PARK, 'Get behind the pillar', report('emergency')],
      criticalIncludes: ['suspicion_in_front_of_controller'],
    },
    {
      title: 'managing in plain English is a fair call, not a penalty',
      steps: [...TO_DESK, PRETEXT, 'Her English will do', 'Write the number', report('hotline')],
      decisions: [{ text: 'Her English will do', points: 0 }],
    },
    {
      title: 'judgement calls: small talk at the desk earns partial credit, and he answers for her',
      steps: [
        ...OPENING,
        'Smile at Mara',
        'Stay at the desk and let them go',
        'Radio the control room',
        report('supervisor'),
      ],
      decisions: [
        { text: 'Smile at Mara', critical: false, points: 0, better: 'Evening. Dana will look after you' },
      ],
      shows: [/She (never|doesn't) feel/],
    },
    {
      title: 'judgement calls: a look at the plate earns partial credit',
      steps: [
        ...OPENING,
        'Who are all the men going up to 412',
        'Go to the side-door window',
        report('supervisor'),
      ],
      decisions: [{ text: 'side-door window', critical: false, better: 'Keep back by the desk' }],
    },
    {
      title: 'judgement calls: leaving it to Dana earns partial credit',
      steps: [...TO_DESK, PRETEXT, 'leave it to Dana', 'Radio the control room', report('supervisor')],
      seed: 1,
      critical: [],
      decisions: [{ text: 'leave it to Dana', points: 0, better: "The morning's fine" }],
    },
    {
      title: 'shouting while calling is still the emergency call, with partial credit for the approach',
      steps: [...TO_CAR_PARK, 'Shout "Let her go', report('emergency')],
      critical: ['suspicion_in_front_of_controller'],
      action: { chosen: 'emergency', required: 'emergency', verdict: 'right' },
      decisions: [{ text: 'Shout', points: 1, better: 'Get behind the pillar' }],
    },
    {
      title: 'the parking-lot camera shows non-guests dropped off and collected, night after night',
      steps: [
        'Could be nothing',
        'Check the parking lot camera',
        'Look at the man in the armchair',
        'Glance at the things on the counter',
        'Evening. Dana will look after you',
        'Stay at the desk and let them go',
        'Radio the control room',
        report('supervisor'),
      ],
      noticed: ['hotel.repeat_dropoff_nonguests', 'hotel.plates_hidden_reverse_parked'],
    },
    {
      title: 'a path that misses indicators: none looked at, nothing reported',
      steps: [
        'If anyone up there needed help',
        'Walk on into the lobby',
        'Head back to the desk',
        'Step up beside Dana',
        'Evening. Dana will look after you',
        'Stay at the desk and let them go',
        'Keep it in your notebook',
        { report: { observed: [], action: 'log' } },
      ],
      noticed: 'nothing',
      missedIncludes: [
        'hotel.plates_hidden_reverse_parked',
        'hotel.few_possessions_long_stay',
        'hotel.heavy_foot_traffic_room',
      ],
      missed: [
        { id: 'hotel.heavy_foot_traffic_room', seen: true },
        { id: 'hotel.plates_hidden_reverse_parked', seen: false },
      ],
      action: { verdict: 'under' },
      // Only the choices' own notes; the empty report form adds nothing.
      scores: { document: 2 },
      myths: ['myth.would_ask_for_help'],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip);

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
    expect(right.recommended[0]).toBe('call_emergency');
  });
});

describeContent('hotel night lobby', FILE, BEST, { indicators: 6, herrings: 2 });
