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

const FILE = storyFile('hotel', 'room-ad');

const report = reporter({
  observed: 'seen',
  who: 'Man 30s, navy zip-up sweater, two phones, in the lobby armchair; visitor 40s, fleece vest; woman 20s in room 414',
  when: 'Night, 22:00 to 02:30',
  where: 'Lobby armchair by the elevators, front desk, fourth-floor corridor outside 414',
});
const HOTLINE = report('hotline');

const V1 = 42;
const V2 = 43;

const OPENING: Step[] = [
  'Start a list of times and faces',
  'Read the booking on the desk screen',
  'Scroll back through the fourth-floor camera',
  'Look at the key cards',
  'Glance at the armchair',
  'Go back to the desk',
];
const TO_CORRIDOR: Step[] = [...OPENING, "Say you can't share guest details"];
const TO_DOOR: Step[] = [...TO_CORRIDOR, 'note the time, and knock on 414 at once'];
const TO_LOBBY: Step[] = [...TO_DOOR, "the desk's card"];
const BEST: Step[] = [...TO_LOBBY, 'Noise call.', 'together, with your notes'];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'facilitate_buyer',
    [
      ...OPENING,
      'past the ice machine',
      'knock on 414 at once',
      "the desk's card",
      'Noise call.',
      'together, with your notes',
      HOTLINE,
    ],
  ],
  [
    'facilitate_buyer',
    [
      ...OPENING,
      'motel out on Route 9',
      'knock on 414 at once',
      "the desk's card",
      'Noise call.',
      'together, with your notes',
      HOTLINE,
    ],
  ],
  [
    'detain_or_rescue',
    [
      ...TO_CORRIDOR,
      'Step in front of him',
      "the desk's card",
      'Noise call.',
      'together, with your notes',
      HOTLINE,
    ],
  ],
  [
    'interrogate_victim',
    [...TO_DOOR, 'client of yours', 'Noise call.', 'together, with your notes', HOTLINE],
  ],
  [
    'labelling_question',
    [...TO_DOOR, 'Is somebody trafficking you', 'Noise call.', 'together, with your notes', HOTLINE],
  ],
  ['confront_controller', [...TO_LOBBY, 'I know what you', 'with the plate and the times', HOTLINE]],
];

describeBothWays('hotel room ad', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title:
        'best path (variant 1): a flat no to the buyer, a card at the door, and the hotline through the control room',
      steps: [...BEST, HOTLINE],
      seed: V1,
      best: {
        ending: 'hotline_referral',
        action: 'hotline',
        noticed: [
          'hotel.hourly_or_day_by_day_stay',
          'hotel.heavy_foot_traffic_room',
          'hotel.room_location_and_keys_requests',
          'hotel.lookout_hall_lobby_lot',
          'hotel.buyer_asks_adult_services',
          'hotel.companion_holds_id_money_keys',
          'hotel.confused_rehearsed_guest',
          'hotel.paraphernalia_cash_devices',
        ],
        minDecisions: 6,
      },
      myths: ['myth.would_ask_for_help', 'myth.one_flag_or_nationality', 'myth.trauma_hostile_or_flat'],
    },
    {
      title: 'helping the buyer is scored down and names the neutral refusal as the better choice',
      steps: [
        ...OPENING,
        'past the ice machine',
        'knock on 414 at once',
        "the desk's card",
        'Noise call.',
        'together, with your notes',
        HOTLINE,
      ],
      seed: V1,
      decisions: [
        {
          text: 'past the ice machine',
          critical: true,
          points: 'negative',
          better: "can't share guest details",
        },
      ],
    },
    {
      title: 'the report step requires the hotline: a log entry alone is under the rung',
      steps: [...TO_LOBBY, 'Noise call.', 'shift log', report('log')],
      seed: V1,
      ending: 'logged',
      action: { chosen: 'log', required: 'hotline', verdict: 'under' },
    },
    {
      title:
        'confronting the man in the armchair: he moves her out that night, and the plate still goes to the hotline',
      steps: [...TO_LOBBY, 'I know what you', 'with the plate and the times', HOTLINE],
      seed: V1,
      ending: 'moved_on',
      critical: ['confront_controller'],
      action: { chosen: 'hotline', required: 'hotline', verdict: 'right' },
    },
    {
      title: 'flagging things that are not indicators is explained',
      steps: [...BEST, report('hotline', { observed: ['not.late_arrival', 'not.travels_light_short_stay'] })],
      seed: V1,
      flagged: ['not.late_arrival', 'not.travels_light_short_stay'],
    },
    {
      title:
        'variant 2: shouting and "let go" behind the door is immediate danger, and the emergency number comes first',
      steps: [...TO_LOBBY, 'room 414, a woman shouting', report('emergency')],
      seed: V2,
      ending: 'emergency',
      action: { chosen: 'emergency', required: 'emergency', verdict: 'right' },
      critical: [],
    },
    {
      title: 'variant 2: shouting behind the door, and a hotline report alone is a critical error',
      steps: [...TO_LOBBY, 'room 414, a woman shouting', HOTLINE],
      seed: V2,
      criticalIncludes: ['no_emergency_call'],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { also: (d) => expect(d.ending).toBeDefined() });

  it('partial credit: a safety question at the door instead of the card still leaves her the number, for fewer trust points', async () => {
    const best = (await play(FILE, [...BEST, HOTLINE], { roundTrip, seed: V1 })).debrief;
    const asked = (
      await play(
        FILE,
        [
          ...TO_DOOR,
          'Do you feel safe in there tonight',
          'Noise call.',
          'together, with your notes',
          HOTLINE,
        ],
        {
          roundTrip,
          seed: V1,
        },
      )
    ).debrief;
    expect(asked.critical).toEqual([]);
    expect(asked.action?.verdict).toBe('right');
    expect(dimensionScore(asked, 'trust')).toBeGreaterThan(0);
    expect(dimensionScore(asked, 'trust')).toBeLessThan(dimensionScore(best, 'trust'));
  });

  it('partial credit: following the buyer with your eyes before knocking trades safety for documentation', async () => {
    const best = (await play(FILE, [...BEST, HOTLINE], { roundTrip, seed: V1 })).debrief;
    const watched = (
      await play(
        FILE,
        [
          ...TO_CORRIDOR,
          'watch which way he goes',
          "the desk's card",
          'Noise call.',
          'together, with your notes',
          HOTLINE,
        ],
        { roundTrip, seed: V1 },
      )
    ).debrief;
    expect(watched.critical).toEqual([]);
    expect(dimensionScore(watched, 'safety')).toBeLessThan(dimensionScore(best, 'safety'));
    expect(dimensionScore(watched, 'document')).toBeGreaterThan(dimensionScore(best, 'document'));
  });

  it('an adult who said she is fine: police at the door is an override that costs voice and choice', async () => {
    const right = (await play(FILE, [...BEST, HOTLINE], { roundTrip, seed: V1 })).debrief;
    const police = (
      await play(FILE, [...TO_LOBBY, 'Noise call.', 'Call police now', report('police')], {
        roundTrip,
        seed: V1,
      })
    ).debrief;
    expect(police.ending?.id).toBe('police_knock');
    expect(police.action).toMatchObject({ chosen: 'police', required: 'hotline' });
    expect(police.action?.verdict).not.toBe('right');
    expect(dimensionScore(police, 'choice')).toBeLessThan(dimensionScore(right, 'choice'));
  });

  it('variant 2: radioing the control room first, or running up with the master key, are critical errors', async () => {
    const radio = (
      await play(FILE, [...TO_LOBBY, 'ask what they want you to do', report('emergency')], {
        roundTrip,
        seed: V2,
      })
    ).debrief;
    expect(radio.critical.map((c) => c.id)).toContain('no_emergency_call');
    const key = (
      await play(FILE, [...TO_LOBBY, 'master key card', report('emergency')], { roundTrip, seed: V2 })
    ).debrief;
    expect(key.critical.map((c) => c.id)).toContain('detain_or_rescue');
    expect(key.myths.map((m) => m.id)).toContain('myth.security_rescues');
    const listened = (
      await play(FILE, [...TO_LOBBY, 'listen outside 414 first', report('emergency')], {
        roundTrip,
        seed: V2,
      })
    ).debrief;
    expect(listened.critical).toEqual([]);
    expect(listened.ending?.id).toBe('emergency_late');
    expect(dimensionScore(listened, 'safety')).toBeLessThan(
      dimensionScore(
        (
          await play(FILE, [...TO_LOBBY, 'room 414, a woman shouting', report('emergency')], {
            roundTrip,
            seed: V2,
          })
        ).debrief,
        'safety',
      ),
    );
  });
});

describeContent('hotel room ad', FILE, [...BEST, HOTLINE], {
  indicators: 8,
  inEveryVariant: true,
  herrings: 2,
  meta: { minor: false, variants: 2, situation: 'sex_trafficking' },
});
