import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  describeBothWays,
  describeContent,
  expectBestPath,
  expectEmergencyRequired,
  expectMissed,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

const FILE = storyFile('hotel', 'third-floor');

const report = reporter({
  observed: 'seen',
  who: 'Girl, says 19, looks younger, called Skye, long coat and heels; man, 30s, gray track jacket, two phones, not on booking; guest in room 208, 50s, suit and raincoat',
  when: 'Saturday 01:40 to 02:30',
  where: 'Lobby, front desk, armchair by the elevators, side door; rooms 312 and 208',
});
const EMERGENCY = report('emergency');

// The three hotel signs no other encounter shows.
const NEW_INDICATORS = [
  'hotel.buyer_asks_adult_services',
  'hotel.minor_with_unrelated_adult',
  'hotel.minor_adult_roles',
];

const BEST_NOTICED = [
  ...NEW_INDICATORS,
  'hotel.hourly_or_day_by_day_stay',
  'hotel.side_door_entry',
  'hotel.companion_holds_id_money_keys',
  'hotel.confused_rehearsed_guest',
];

// Seed 42 plays variant 1; seed 1 plays variant 2 (variant = seed % 2 + 1).
const OPENING: Step[] = [
  "Thanks. I'll stay close",
  'Look at the CCTV monitor',
  'Look at the guest on the phone by the window',
];

const TO_DESK: Step[] = [...OPENING, "We can't help with that, sir"];
const TO_PRIVATE: Step[] = [...TO_DESK, 'Keep it ordinary'];
const TO_ACT: Step[] = [...TO_PRIVATE, 'at her level', 'Be honest'];

const TO_BUYER: Step[] = [...TO_ACT, ': police and'];

const BEST: Step[] = [...TO_BUYER, 'Dial 911 now, quietly', EMERGENCY];

const CRITICAL_PATHS: [string, Step[]][] = [
  ['confront_controller', [...TO_DESK, 'Say to him: "Nineteen?', 'From inside the side door', EMERGENCY]],
  ['labelling_question', [...TO_DESK, 'Ask Skye, in front of him', 'From inside the side door', EMERGENCY]],
  [
    'promise_cannot_keep',
    [...TO_PRIVATE, 'at her level', 'Promise her', ': police and', 'Dial 911 now, quietly', EMERGENCY],
  ],
  ['interrogate_victim', [...TO_PRIVATE, 'Lean in', ': police and', 'Dial 911 now, quietly', EMERGENCY]],
  ['detain_or_rescue', [...TO_PRIVATE, 'Take her arm', 'Get between them and the door', EMERGENCY]],
  ['no_emergency_call', [...TO_BUYER, 'ask how long police will be', report('police')]],
  ['minor_not_escalated', [...BEST.slice(0, -1), report('supervisor')]],
];

describeBothWays('hotel third floor', (roundTrip) => {
  it('best path: no critical errors, the emergency call, all three new signs seen, a high score', async () => {
    const { debrief, transcript } = await play(FILE, BEST, { roundTrip });
    expectBestPath(debrief, {
      ending: 'safeguarded',
      action: 'emergency',
      noticed: BEST_NOTICED,
      minDecisions: 6,
    });
    expect(debrief.recommended).toContain('minor_to_police');
    // The evening shift's note is only seen by looking at the desk screen.
    expectMissed(debrief, 'hotel.guest_withholds_id_details', { seen: false });
    const text = transcript.join(' ');
    // She is told honestly that it has to go further; she never states her age or a debt in play.
    expect(text).toContain('I have to get people here whose job is to keep young people safe');
    const beforeReport = text.slice(0, text.indexOf('Write it up now'));
    expect(beforeReport).not.toMatch(/fourteen|I owe him/);
  });

  itPlays(FILE, roundTrip, [
    {
      title: 'pointing the guest toward buying sex is scored down, and the debrief offers the neutral no',
      steps: [
        ...OPENING,
        'Wink and say',
        'Keep it ordinary',
        'at her level',
        'Be honest',
        ': police and',
        'Dial 911 now, quietly',
        EMERGENCY,
      ],
      critical: ['facilitate_buyer'],
      decisions: [
        { text: 'Wink and say', points: 'negative', why: 'children', better: "We can't help with that" },
      ],
    },
    {
      title: 'before the buyer moves, police and child protection through the control room is the exact rung',
      steps: BEST,
      decisions: [{ text: ': police and', better: null }],
    },
    {
      title: 'before the buyer moves, a 911 call is partial credit',
      steps: [...TO_ACT, 'yourself, right now', 'Dial 911 now, quietly', EMERGENCY],
      critical: [],
      ending: 'safeguarded',
      action: { verdict: 'right' },
      decisions: [{ text: 'yourself, right now', points: 'positive', better: ': police and' }],
    },
    {
      title: 'waiting to be sure of her age is adultification',
      steps: [...TO_ACT, 'Wait until you have something more certain', 'Dial 911 now, quietly', EMERGENCY],
      myths: ['myth.adultification'],
    },
    {
      title: 'keeping quiet with her costs trust but is not critical',
      steps: [
        ...TO_PRIVATE,
        'at her level',
        'Just keep her company',
        ': police and',
        'Dial 911 now, quietly',
        EMERGENCY,
      ],
      critical: [],
      ending: 'safeguarded',
      action: { verdict: 'right' },
    },
    {
      title:
        'judgement calls: a warning to the buyer and silent watching are defensible, with partial credit',
      steps: [
        ...OPENING,
        'Not in this hotel, sir',
        'Say nothing. Stand by the desk',
        'Say nothing, and stay near',
        'Be honest',
        ': police and',
        'Dial 911 now, quietly',
        EMERGENCY,
      ],
      critical: [],
      ending: 'safeguarded',
      action: { verdict: 'right' },
      decisions: [
        { text: 'Not in this hotel', points: 0, better: "We can't help with that" },
        { text: 'Stand by the desk and watch', points: 1, better: 'Keep it ordinary' },
        { text: 'stay near while she signs', better: "You're not in any trouble" },
      ],
      // Skye still asks whether she is in trouble, and is told honestly.
      shows: ['Am I in trouble?'],
    },
    {
      title: 'judgement calls: leaving the call to Dana is defensible, with partial credit',
      steps: [...TO_DESK, 'Say to him: "Nineteen?', 'Ask Dana to call 911', EMERGENCY],
      ending: 'left_called',
      action: { chosen: 'emergency', required: 'emergency', verdict: 'right' },
      decisions: [
        { text: 'Ask Dana to call', critical: false, points: 3, better: 'From inside the side door' },
      ],
    },
    {
      title: 'waiting on the radio lets her go up: the late ending',
      steps: [...TO_BUYER, 'ask how long police will be', EMERGENCY],
      ending: 'late',
      critical: ['no_emergency_call'],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { fromReport: ['minor_not_escalated'] });

  it('a girl who may be under 18 led out by the man needs the emergency number; a morning write-up is two critical errors', async () => {
    const path: Step[] = [...TO_DESK, 'Say to him: "Nineteen?', 'Let them go'];
    const right = await expectEmergencyRequired(FILE, path, report, roundTrip);
    expect(right.ending?.id).toBe('left');
    const under = await play(FILE, [...path, report('hotline')], { roundTrip });
    expect(under.debrief.action?.required).toBe('emergency');
    expect(under.debrief.critical.map((c) => c.id)).toEqual(
      expect.arrayContaining(['confront_controller', 'no_emergency_call', 'minor_not_escalated']),
    );
  });

  it('questioning her about her age and what happens upstairs is the critical error interrogate_victim, with no myth misapplied', async () => {
    const { debrief } = await play(
      FILE,
      [...TO_PRIVATE, 'Lean in', ': police and', 'Dial 911 now, quietly', EMERGENCY],
      { roundTrip },
    );
    expect(debrief.critical.map((c) => c.id)).toEqual(['interrogate_victim']);
    const pressed = debrief.decisions.find((d) => d.text.includes('How old are you really'));
    expect(pressed?.better?.text).toContain("You're not in any trouble");
    // The interrogation choice carries no misconception tag (it is not "a real victim would ask for help").
    const line = readFileSync(FILE, 'utf8')
      .split('\n')
      .find((l) => l.includes('How old are you really'));
    expect(line).not.toContain('myth:');
  });

  it('facilitating a buyer weighs more than confronting the man (no size inversion)', async () => {
    const wink = await play(
      FILE,
      [
        ...OPENING,
        'Wink and say',
        'Keep it ordinary',
        'at her level',
        'Be honest',
        ': police and',
        'Dial 911 now, quietly',
        EMERGENCY,
      ],
      { roundTrip },
    );
    const confront = await play(
      FILE,
      [...TO_DESK, 'Say to him: "Nineteen?', 'From inside the side door', EMERGENCY],
      { roundTrip },
    );
    const w = wink.debrief.decisions.find((d) => d.text.includes('Wink'))!;
    const c = confront.debrief.decisions.find((d) => d.text.includes('Nineteen?'))!;
    expect(w.points).toBeLessThanOrEqual(c.points);
    expect(w.critical && c.critical).toBe(true);
  });

  it('the trafficker never sends her upstairs out loud, and the buyer is not addressed as a man of the world', async () => {
    const one = await play(FILE, BEST, { roundTrip, seed: 42 });
    const text = one.transcript.join(' ');
    expect(text).not.toContain('Go on up');
    expect(text).not.toContain('man of the world');
  });

  it('without the window look, the buyer sign is still shown by what he says, and the debrief says where else it was', async () => {
    const steps: Step[] = [
      "Thanks. I'll stay close",
      'Look at the traveler asleep on the sofa',
      'Look at the plastic bag by the elevators',
      ...BEST.slice(3),
    ];
    const { debrief } = await play(FILE, steps, { roundTrip });
    const sign = debrief.noticed.find((i) => i.id === 'hotel.buyer_asks_adult_services');
    expect(sign?.seen).toBe(true);
    expect(sign?.places.some((p) => p.via === 'look')).toBe(true);
    expect(sign?.places.some((p) => p.via === 'line')).toBe(true);
    // The two "nothing here" looks show no sign.
    expect(debrief.noticed.map((i) => i.id)).not.toContain('hotel.lookout_hall_lobby_lot');
  });
});

describe('hotel third floor, replay variants', () => {
  it('variant 2 has a short-tempered "cousin" who stays put when police are called, and the same signs', async () => {
    const one = await play(FILE, BEST, { seed: 42 });
    const two = await play(FILE, BEST, { seed: 1 });
    expect(one.transcript.join(' ')).toContain("I'm her uncle");
    expect(one.transcript.join(' ')).toContain('Adult services');
    expect(two.transcript.join(' ')).toContain("She's my cousin");
    expect(two.transcript.join(' ')).toContain('Awkward one');
    expect(two.debrief.noticed.map((i) => i.id).sort()).toEqual(one.debrief.noticed.map((i) => i.id).sort());
    expect(two.debrief.critical).toEqual([]);
    expect(two.transcript.join(' ')).toContain('as if nothing is happening');
    expect(one.transcript.join(' ')).toContain('walks out through the side door');
  });
});

describeContent(
  'hotel third floor',
  FILE,
  BEST,
  // The best path notices these, so at least as many are shown.
  { indicators: BEST_NOTICED.length, shows: NEW_INDICATORS, herrings: 2, meta: { minor: true, variants: 2 } },
  (c) => {
    it('can show the three hotel signs no other encounter shows, in every variant', () => {
      for (const v of c.variants)
        expect(Object.keys(v.indicators)).toEqual(expect.arrayContaining(NEW_INDICATORS));
    });
  },
);
