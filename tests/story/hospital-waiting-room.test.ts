import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/library.ts';
import { compiled, play, type Step, expectSameDebrief, expectScoresWithinBounds } from './harness.ts';

const FILE = join(ROOT, 'stories', 'hospital', 'waiting-room.ink');

const FULL_REPORT = {
  observed: 'seen' as const,
  who: 'Woman, 20s, thin summer dress, bandaged left hand, called Kayla; man, 30s, green winter coat, two phones',
  when: 'Saturday 22:50 to 01:30',
  where: 'ED waiting room, water cooler, bay 4 and corridor bench',
};

const OPENING: Step[] = [
  "Thanks. I'll keep an eye out",
  'Look at the screen behind the triage window',
  'Look at the pair on the far seats',
];

const TO_BAY: Step[] = [...OPENING, 'Answer her plainly', 'About forty minutes'];
const TO_STATION: Step[] = [...TO_BAY, 'Back Ines', 'Keep it ordinary'];

const BEST: Step[] = [
  ...TO_STATION,
  'Understood.',
  'Stand calmly in the corridor',
  { report: { ...FULL_REPORT, action: 'hotline' } },
];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'suspicion_in_front_of_controller',
    [
      ...OPENING,
      "You don't know where you are",
      'Stay back, note the time',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
  [
    'confront_controller',
    [
      ...OPENING,
      'Answer her plainly',
      'Funny. The nurse said',
      'Stay back, note the time',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
  [
    'take_documents',
    [
      ...TO_BAY,
      'Back Ines',
      'Give me her ID',
      'Stay back, note the time',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
  [
    'promise_cannot_keep',
    [...TO_STATION, 'Slip behind the curtain', { report: { ...FULL_REPORT, action: 'hotline' } }],
  ],
  [
    'detain_or_rescue',
    [...TO_BAY, 'Sir, step outside', 'Grab his arm', { report: { ...FULL_REPORT, action: 'emergency' } }],
  ],
  [
    'no_emergency_call',
    [...TO_BAY, 'Sir, step outside', 'Radio', { report: { ...FULL_REPORT, action: 'supervisor' } }],
  ],
];

describe.each([
  ['straight through', false],
  ['after a save/load round trip at every step', true],
])('hospital waiting room, %s', (_label, roundTrip) => {
  it('best path: no critical errors, the right report, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('stayed');
    expect(debrief.action).toEqual({ chosen: 'hotline', required: 'hotline', verdict: 'right' });
    expect(debrief.noticed.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'hospital.companion_speaks_for_patient',
        'hospital.companion_holds_documents_pays',
        'hospital.dress_wrong_for_weather',
        'hospital.disoriented_time_place',
        'hospital.companion_wont_leave',
        'hospital.relationship_claim_doesnt_fit',
      ]),
    );
    expect(debrief.wronglyFlagged).toEqual([]);
    expectScoresWithinBounds(debrief);
    expect(debrief.total.percent).toBeGreaterThanOrEqual(75);
    expect(debrief.decisions.length).toBeGreaterThanOrEqual(5);
  });

  it('the second variant plays the same best path with the same outcome', async () => {
    const { debrief, transcript } = await play(FILE, BEST, { roundTrip, seed: 1 });
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('stayed');
    expect(debrief.action?.verdict).toBe('right');
    expect(transcript.join(' ')).toContain('What day is it today?');
  });

  for (const [critical, steps] of CRITICAL_PATHS) {
    it(`critical error path: ${critical}`, async () => {
      const { debrief } = await play(FILE, steps, { roundTrip });
      const ids = debrief.critical.map((c) => c.id);
      expect(ids).toContain(critical);
      const c = debrief.critical.find((x) => x.id === critical)!;
      expect(c.explanation.length).toBeGreaterThan(30);
      expect(c.instead.length).toBeGreaterThan(10);
      const decision = debrief.decisions.find((d) => d.critical);
      expect(decision?.better?.text.length ?? 0).toBeGreaterThan(5);
    });
  }

  it('a path without private time: few looks, too little reported', async () => {
    const { debrief } = await play(
      FILE,
      [
        'If she needed help',
        'Walk on toward the seats',
        'Go back to the podium',
        'Smile.',
        'About forty minutes',
        "Stay back. It's between him",
        "Say nothing. It's their choice",
        { report: { observed: [], action: 'document' } },
      ],
      { roundTrip },
    );
    expect(debrief.ending?.id).toBe('no_private');
    expect(debrief.noticed).toEqual([]);
    expect(debrief.missed.map((i) => i.id)).toEqual(
      expect.arrayContaining(['hospital.dress_wrong_for_weather', 'hospital.companion_holds_documents_pays']),
    );
    expect(debrief.missed.find((i) => i.id === 'hospital.dress_wrong_for_weather')?.seen).toBe(false);
    expect(debrief.action?.verdict).toBe('under');
    expect(debrief.myths.map((m) => m.id)).toContain('myth.would_ask_for_help');
  });

  it('emergency path: calling the emergency number is required, and a lesser report is a critical error', async () => {
    const path: Step[] = [...TO_STATION, 'Understood.', "She doesn't want to see you", 'Step back, call'];
    const right = await play(FILE, [...path, { report: { ...FULL_REPORT, action: 'emergency' } }], {
      roundTrip,
    });
    expect(right.debrief.ending?.id).toBe('emergency');
    expect(right.debrief.action?.required).toBe('emergency');
    expect(right.debrief.critical.map((c) => c.id)).not.toContain('no_emergency_call');
    const under = await play(FILE, [...path, { report: { ...FULL_REPORT, action: 'hotline' } }], {
      roundTrip,
    });
    expect(under.debrief.critical.map((c) => c.id)).toContain('no_emergency_call');
  });
});

describe('hospital waiting room, as content', () => {
  const c = compiled(FILE);

  it('meets the depth minimums: indicators, red herrings, endings, critical errors', () => {
    expect(Object.keys(c.analysis.indicators).length).toBeGreaterThanOrEqual(6);
    expect(c.analysis.endings.length).toBeGreaterThanOrEqual(3);
    expect(c.analysis.criticalErrors.length).toBeGreaterThanOrEqual(2);
    const herrings = (c.story.match(/reveals: nothing/g) ?? []).length;
    expect(herrings).toBeGreaterThanOrEqual(2);
    expect(c.analysis.truncated).toBe(false);
  });

  it('reads contacts from configuration, never typed into the story', async () => {
    expect(c.story).not.toMatch(/\d{3}[-. ]\d{3}[-. ]\d{4}|\b911\b|233733/);
    const { transcript } = await play(FILE, BEST);
    expect(transcript.join(' ')).not.toContain('{escalation');
  });

  it('the same choices give the same debrief (a function of the decision log)', async () => {
    await expectSameDebrief(FILE, BEST);
  });
});
