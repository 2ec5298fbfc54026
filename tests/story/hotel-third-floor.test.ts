import { describe, expect, it } from 'vitest';
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

const FILE = storyFile('hotel', 'third-floor');

const report = reporter({
  observed: 'seen',
  who: 'Girl, says 19, looks about 14, called Skye, long coat and heels; man, 30s, grey tracksuit top, two phones, not on booking; guest in room 208, 50s, suit and raincoat',
  when: 'Saturday 01:40 to 02:30',
  where: 'Lobby, front desk, armchair by the lifts, side door; rooms 312 and 208',
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
  "Thanks. I'll keep my eyes open",
  'Look at the CCTV monitor',
  'Look at the guest on the phone by the window',
];

const TO_DESK: Step[] = [...OPENING, "We can't help with that, sir"];
const TO_PRIVATE: Step[] = [...TO_DESK, 'Keep it ordinary'];
const TO_ACT: Step[] = [...TO_PRIVATE, 'Stand a step back', 'Be honest'];

const BEST: Step[] = [...TO_ACT, 'Step back toward the desk', EMERGENCY];

const CRITICAL_PATHS: [string, Step[]][] = [
  ['confront_controller', [...TO_DESK, 'Say to him: "Nineteen?', 'Stay back, keep them in sight', EMERGENCY]],
  [
    'labelling_question',
    [...TO_DESK, 'Ask Skye, in front of him', 'Stay back, keep them in sight', EMERGENCY],
  ],
  [
    'promise_cannot_keep',
    [...TO_PRIVATE, 'Stand a step back', 'Promise her', 'Step back toward the desk', EMERGENCY],
  ],
  ['detain_or_rescue', [...TO_PRIVATE, 'Take her arm', 'Get between them and the door', EMERGENCY]],
  ['no_emergency_call', [...TO_ACT, 'Radio', report('supervisor')]],
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
    expect(debrief.recommended.join(' ')).toContain('under 18');
    // The evening shift's note is only seen by looking at the desk screen.
    expectMissed(debrief, 'hotel.guest_withholds_id_details', { seen: false });
    const text = transcript.join(' ');
    // She is told honestly that it has to go further, and what is happening.
    expect(text).toContain('I have to get people here whose job is to keep you safe');
    expect(text).toContain('You tell Skye what is happening');
  });

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { fromReport: ['minor_not_escalated'] });

  it('pointing the guest toward buying sex is scored down, and the debrief offers the neutral no', async () => {
    const { debrief } = await play(
      FILE,
      [
        ...OPENING,
        'Wink and say',
        'Keep it ordinary',
        'Stand a step back',
        'Be honest',
        'Step back toward the desk',
        EMERGENCY,
      ],
      { roundTrip },
    );
    expect(debrief.critical.map((c) => c.id)).toEqual(['facilitate_buyer']);
    const wink = debrief.decisions.find((d) => d.text.includes('Wink and say'));
    expect(wink?.points).toBeLessThan(0);
    expect(wink?.why).toContain('children');
    expect(wink?.better?.text).toContain("We can't help with that");
  });

  it('a girl who may be fourteen led out by the man needs the emergency number; a morning write-up is two critical errors', async () => {
    const path: Step[] = [...TO_DESK, 'Say to him: "Nineteen?', 'Let them go'];
    const right = await expectEmergencyRequired(FILE, path, report, roundTrip);
    expect(right.ending?.id).toBe('left');
    const under = await play(FILE, [...path, report('hotline')], { roundTrip });
    expect(under.debrief.ending?.id).toBe('left');
    expect(under.debrief.action?.required).toBe('emergency');
    expect(under.debrief.critical.map((c) => c.id)).toEqual(
      expect.arrayContaining(['confront_controller', 'no_emergency_call', 'minor_not_escalated']),
    );
    const called = await play(FILE, [...TO_PRIVATE, 'Lean in', 'Step back toward the desk', EMERGENCY], {
      roundTrip,
    });
    // Asking her what he makes her do is itself a critical error; the report is still right.
    expect(called.debrief.critical.map((c) => c.id)).toEqual(['interrogate_victim']);
    expect(called.debrief.action?.verdict).toBe('right');
    expect(called.debrief.ending?.id).toBe('safeguarded');
    // Without her telling, she is not told what is happening by the officer; Dana gives her a chair.
    expect(called.transcript.join(' ')).toContain('Dana gives her a chair');
    const pressed = called.debrief.decisions.find((d) => d.text.includes('How old are you really'));
    expect(pressed?.points).toBeLessThan(0);
    expect(pressed?.better?.text).toContain("You're not in any trouble");
  });

  it('waiting for the supervisor lets him send her upstairs: the late ending', async () => {
    const { debrief } = await play(FILE, [...TO_ACT, 'Radio', EMERGENCY], { roundTrip });
    expect(debrief.ending?.id).toBe('late');
    expect(debrief.critical.map((c) => c.id)).toEqual(['no_emergency_call']);
  });

  it('without the window look, the buyer sign is still shown by what he says, and the debrief says where else it was', async () => {
    const steps: Step[] = [
      "Thanks. I'll keep my eyes open",
      'Look at the traveller asleep on the sofa',
      'Look at the plastic bag by the lift',
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
  it('variant 2 has a short-tempered "cousin" and a nervous guest, and the same signs', async () => {
    const one = await play(FILE, BEST, { seed: 42 });
    const two = await play(FILE, BEST, { seed: 1 });
    expect(one.transcript.join(' ')).toContain("I'm her uncle");
    expect(one.transcript.join(' ')).toContain('Adult services');
    expect(two.transcript.join(' ')).toContain("She's my cousin");
    expect(two.transcript.join(' ')).toContain('Awkward one');
    expect(two.debrief.noticed.map((i) => i.id).sort()).toEqual(one.debrief.noticed.map((i) => i.id).sort());
    expect(two.debrief.critical).toEqual([]);
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
