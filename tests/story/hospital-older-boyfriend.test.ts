import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/library.ts';
import { compiled, play, type Step, expectSameDebrief, expectScoresWithinBounds } from './harness.ts';

const FILE = join(ROOT, 'stories', 'hospital', 'older-boyfriend.ink');

const FULL_REPORT = {
  observed: 'seen' as const,
  who: 'Girl, says 18, looks about 15, long fringe, big black jacket, called Jodie; man, late 20s, navy coat, two phones',
  when: 'Thursday 23:20 to 01:00',
  where: 'ED waiting room right-hand seats, podium, bay 4 and nurse station',
};

const NEW_INDICATOR = 'hospital.minor_unaccompanied_older_partner';

// Seed 42 plays variant 1; seed 1 plays variant 2 (variant = seed % 2 + 1).
const OPENING: Step[] = [
  "Thanks. I'll watch quietly",
  'Look at the notices in the podium logbook',
  'Look at the pair on the right-hand seats',
];

const TO_BAY: Step[] = [...OPENING, "It's busy with the snow"];
const TO_STATION: Step[] = [...TO_BAY, 'Back Ines calmly', 'Keep it ordinary'];

const BEST: Step[] = [
  ...TO_STATION,
  'Understood.',
  'Stand calmly in the corridor',
  { report: { ...FULL_REPORT, action: 'hotline' } },
];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'confront_controller',
    [
      ...OPENING,
      'Eighteen? She looks about fifteen',
      'Stay back, keep them in sight',
      { report: { ...FULL_REPORT, action: 'emergency' } },
    ],
  ],
  [
    'suspicion_in_front_of_controller',
    [
      ...TO_BAY,
      'Back Ines calmly',
      'Show him the police notice',
      'Stay back, keep them in sight',
      { report: { ...FULL_REPORT, action: 'emergency' } },
    ],
  ],
  [
    'promise_cannot_keep',
    [
      ...TO_STATION,
      'Slip behind the curtain',
      'Stand calmly in the corridor',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
  [
    'detain_or_rescue',
    [
      ...TO_BAY,
      'Sir, step away from her',
      'Step in front of the doors',
      { report: { ...FULL_REPORT, action: 'emergency' } },
    ],
  ],
  [
    'no_emergency_call',
    [
      ...TO_STATION,
      'Understood.',
      "She's fifteen, and the police are on their way",
      'Radio',
      { report: { ...FULL_REPORT, action: 'supervisor' } },
    ],
  ],
  ['minor_not_escalated', [...BEST.slice(0, -1), { report: { ...FULL_REPORT, action: 'supervisor' } }]],
];

describe.each([
  ['straight through', false],
  ['after a save/load round trip at every step', true],
])('hospital older boyfriend, %s', (_label, roundTrip) => {
  it('best path: no critical errors, escalated as a minor, the new sign seen, a high score', async () => {
    const { debrief, transcript } = await play(FILE, BEST, { roundTrip });
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('safeguarded');
    expect(debrief.action).toEqual({ chosen: 'hotline', required: 'hotline', verdict: 'right' });
    expect(debrief.noticed.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        NEW_INDICATOR,
        'hospital.companion_speaks_for_patient',
        'hospital.companion_holds_documents_pays',
        'hospital.companion_wont_leave',
        'hospital.patient_defers_fearful',
        'hospital.rush_to_leave_ama',
        'hospital.malnourished_poor_hygiene',
      ]),
    );
    expect(debrief.wronglyFlagged).toEqual([]);
    expectScoresWithinBounds(debrief);
    expect(debrief.total.percent).toBeGreaterThanOrEqual(75);
    expect(debrief.decisions.length).toBeGreaterThanOrEqual(6);
    expect(debrief.recommended.join(' ')).toContain('under 18');
    // The mismatch on the registration form is only seen by looking at the triage screen.
    const claim = debrief.missed.find((i) => i.id === 'hospital.relationship_claim_doesnt_fit');
    expect(claim?.seen).toBe(false);
    // She asked the nurse not to tell; she is told honestly that it has to go further.
    const text = transcript.join(' ');
    expect(text).toContain('I told her I have to, and why');
    // The police notice the officer looked at goes to the care team, not to the man.
    expect(text).toContain('You hand Abe the police notice');
  });

  for (const [critical, steps] of CRITICAL_PATHS) {
    it(`critical error path: ${critical}`, async () => {
      const { debrief } = await play(FILE, steps, { roundTrip });
      const ids = debrief.critical.map((c) => c.id);
      expect(ids).toContain(critical);
      const c = debrief.critical.find((x) => x.id === critical)!;
      expect(c.explanation.length).toBeGreaterThan(30);
      expect(c.instead.length).toBeGreaterThan(10);
    });
  }

  it('a girl who may be fifteen leaving with him needs the emergency number; a morning write-up is two critical errors', async () => {
    const path: Step[] = [...TO_BAY, 'Stay back. It', 'Let them go'];
    const under = await play(FILE, [...path, { report: { ...FULL_REPORT, action: 'hotline' } }], {
      roundTrip,
    });
    expect(under.debrief.ending?.id).toBe('left');
    expect(under.debrief.action?.required).toBe('emergency');
    expect(under.debrief.critical.map((c) => c.id)).toEqual(
      expect.arrayContaining(['no_emergency_call', 'minor_not_escalated']),
    );
    const called = await play(
      FILE,
      [
        ...TO_BAY,
        'Stay back. It',
        'Stay back, keep them in sight',
        { report: { ...FULL_REPORT, action: 'emergency' } },
      ],
      { roundTrip },
    );
    expect(called.debrief.ending?.id).toBe('left_called');
    expect(called.debrief.critical).toEqual([]);
    expect(called.debrief.action?.verdict).toBe('right');
  });

  it('asking the girl for details is scored down, and the debrief offers the better choice', async () => {
    const { debrief } = await play(
      FILE,
      [
        ...TO_STATION,
        'Go in and ask Jodie what his friends',
        'Stand calmly in the corridor',
        { report: { ...FULL_REPORT, action: 'hotline' } },
      ],
      { roundTrip },
    );
    expect(debrief.critical).toEqual([]);
    const asked = debrief.decisions.find((d) => d.text.includes('ask Jodie what his friends'));
    expect(asked?.points).toBeLessThan(0);
    expect(asked?.why).toContain('specialist');
    expect(asked?.better?.text).toContain('Understood.');
  });

  it('without the logbook look, the new sign is still shown by what he says, and the debrief says where else it was', async () => {
    const steps: Step[] = [
      "Thanks. I'll watch quietly",
      'Look at the TV on the wall',
      'Look at the vending machine',
      "It's busy with the snow",
      'Back Ines calmly',
      'Keep it ordinary',
      'Understood.',
      'Stand calmly in the corridor',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ];
    const { debrief, transcript } = await play(FILE, steps, { roundTrip });
    const sign = debrief.noticed.find((i) => i.id === NEW_INDICATOR);
    expect(sign?.seen).toBe(true);
    expect(sign?.places.some((p) => p.via === 'look')).toBe(true);
    expect(sign?.places.some((p) => p.via === 'line')).toBe(true);
    expect(transcript.join(' ')).not.toContain('You hand Abe the police notice');
    expect(transcript.join(' ')).toContain('word for word');
  });

  it('emergency path: a girl dragged toward the doors needs the emergency number first', async () => {
    const path: Step[] = [
      ...TO_STATION,
      'Understood.',
      "She's fifteen, and the police are on their way",
      'Step back, call',
    ];
    const right = await play(FILE, [...path, { report: { ...FULL_REPORT, action: 'emergency' } }], {
      roundTrip,
    });
    expect(right.debrief.ending?.id).toBe('emergency');
    expect(right.debrief.action?.required).toBe('emergency');
    expect(right.debrief.critical.map((c) => c.id)).toEqual(['confront_controller']);
  });
});

describe('hospital older boyfriend, replay variants', () => {
  it('variant 2 has a short-tempered man and the same signs', async () => {
    const one = await play(FILE, BEST, { seed: 42 });
    const two = await play(FILE, BEST, { seed: 1 });
    expect(one.transcript.join(' ')).toContain('Evening, boss');
    expect(two.transcript.join(' ')).toContain('How much longer?');
    expect(two.transcript.join(' ')).toContain('No. I stay.');
    expect(two.debrief.noticed.map((i) => i.id).sort()).toEqual(one.debrief.noticed.map((i) => i.id).sort());
    expect(two.debrief.critical).toEqual([]);
  });
});

describe('hospital older boyfriend, as content', () => {
  const c = compiled(FILE);

  it('meets the depth minimums and can show the hospital sign no other encounter shows', () => {
    expect(c.meta.minor).toBe(true);
    expect(c.meta.variants).toBe(2);
    for (const v of c.variants) expect(Object.keys(v.indicators)).toContain(NEW_INDICATOR);
    expect(c.analysis.endings.length).toBeGreaterThanOrEqual(3);
    expect(c.analysis.criticalErrors.length).toBeGreaterThanOrEqual(2);
    expect((c.story.match(/reveals: nothing/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(c.analysis.truncated).toBe(false);
  });

  it('reads contacts from configuration, never typed into the story', async () => {
    expect(c.story).not.toMatch(/\d{3}[-. ]\d{3}[-. ]\d{4}|\b911\b|\b999\b|\b112\b|233733/);
    const { transcript } = await play(FILE, BEST);
    expect(transcript.join(' ')).not.toMatch(/\{(hotline|emergency|escalation|org)_/);
  });

  it('the same choices give the same debrief (a function of the decision log)', async () => {
    await expectSameDebrief(FILE, BEST);
  });
});
