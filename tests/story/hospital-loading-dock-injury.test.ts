import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/library.ts';
import { compiled, play, type Step, expectSameDebrief, expectScoresWithinBounds } from './harness.ts';

const FILE = join(ROOT, 'stories', 'hospital', 'loading-dock-injury.ink');

const FULL_REPORT = {
  observed: 'seen' as const,
  who: 'Man, 30s, grey overalls, called Teo, chemical burn to right hand; driver, 50s, navy fleece and cap',
  when: 'Tuesday 06:00 to 08:30',
  where: 'Staff entrance, loading bay, eyewash station, ED triage and podium',
};

const OPENING: Step[] = ['Thanks, Gwen', 'Look at the time clock', 'Look at the cleaning carts'];
const TO_TRIAGE: Step[] = [
  ...OPENING,
  'Take the worker straight to the eyewash station',
  "Let's get him inside",
];
const TO_PRIVATE: Step[] = [...TO_TRIAGE, 'Back Ines'];
const TO_NURSE: Step[] = [...TO_PRIVATE, 'Keep it routine'];

const BEST: Step[] = [
  ...TO_NURSE,
  'Understood.',
  'Step calmly to one side',
  { report: { ...FULL_REPORT, action: 'hotline' } },
];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'companion_as_interpreter',
    [...TO_TRIAGE, 'Fine. He can translate', { report: { ...FULL_REPORT, action: 'hotline' } }],
  ],
  [
    'take_documents',
    [
      ...TO_PRIVATE,
      "You're holding his passport",
      'Stay back, note the time',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
  [
    'threaten_arrest_or_immigration',
    [
      ...TO_PRIVATE,
      'immigration will want',
      'Stay back, note the time',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
  [
    'promise_cannot_keep',
    [...TO_NURSE, "Go to Teo's bay", { report: { ...FULL_REPORT, action: 'hotline' } }],
  ],
  [
    'detain_or_rescue',
    [...TO_NURSE, "I'll keep the driver here", { report: { ...FULL_REPORT, action: 'hotline' } }],
  ],
  [
    'confront_controller',
    [
      ...TO_NURSE,
      'Understood.',
      "He's not going anywhere",
      'Step back, call',
      { report: { ...FULL_REPORT, action: 'emergency' } },
    ],
  ],
  [
    'no_emergency_call',
    [
      ...TO_NURSE,
      'Understood.',
      "He's not going anywhere",
      'Radio',
      { report: { ...FULL_REPORT, action: 'supervisor' } },
    ],
  ],
];

describe.each([
  ['straight through', false],
  ['after a save/load round trip at every step', true],
])('hospital loading dock injury, %s', (_label, roundTrip) => {
  it('best path: no critical errors, the right report, a high score', async () => {
    const { debrief, transcript } = await play(FILE, BEST, { roundTrip });
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('stayed');
    expect(debrief.action).toEqual({ chosen: 'hotline', required: 'hotline', verdict: 'right' });
    expect(debrief.noticed.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'hospital.contract_staff_exploitation',
        'hospital.occupational_injury_no_gear',
        'hospital.inconsistent_injury_story',
        'hospital.companion_holds_documents_pays',
        'hospital.relationship_claim_doesnt_fit',
        'hospital.companion_speaks_for_patient',
      ]),
    );
    expect(debrief.wronglyFlagged).toEqual([]);
    expectScoresWithinBounds(debrief);
    expect(debrief.total.percent).toBeGreaterThanOrEqual(75);
    expect(debrief.decisions.length).toBeGreaterThanOrEqual(6);
    // The worker's words reach the officer only through the professional interpreter.
    expect(transcript.join(' ')).toContain('cleaning liquid');
  });

  it('the second variant plays the same best path with the same outcome', async () => {
    const { debrief, transcript } = await play(FILE, BEST, { roundTrip, seed: 1 });
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('stayed');
    expect(debrief.action?.verdict).toBe('right');
    expect(transcript.join(' ')).toContain("I'm responsible for him.");
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

  it('sending the worker away: an early ending, and the missed signs are shown', async () => {
    const { debrief } = await play(
      FILE,
      [
        'The hospital checks its contractors',
        'Stay in the booth',
        'Head back to the booth',
        'Tell the driver to sort it out',
        "Leave it. He's their worker",
        { report: { observed: [], action: 'document' } },
      ],
      { roundTrip },
    );
    expect(debrief.ending?.id).toBe('van_left');
    expect(debrief.noticed).toEqual([]);
    expect(debrief.missed.map((i) => i.id)).toEqual(
      expect.arrayContaining(['hospital.malnourished_poor_hygiene', 'hospital.occupational_injury_no_gear']),
    );
    expect(debrief.action?.verdict).toBe('under');
    expect(debrief.myths.map((m) => m.id)).toContain('myth.not_in_nice_places');
  });

  it('emergency path: calling the emergency number is required, and a lesser report is a critical error', async () => {
    const path: Step[] = [...TO_NURSE, 'Understood.', "He's not going anywhere", 'Step back, call'];
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

describe('hospital loading dock injury, as content', () => {
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
    expect(transcript.join(' ')).not.toContain('{hotline');
  });

  it('the same choices give the same debrief (a function of the decision log)', async () => {
    await expectSameDebrief(FILE, BEST);
  });
});
