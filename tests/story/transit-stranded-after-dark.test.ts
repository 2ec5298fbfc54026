import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/library.ts';
import { compiled, play, type Step, expectSameDebrief, expectScoresWithinBounds } from './harness.ts';

const FILE = join(ROOT, 'stories', 'transit', 'stranded-after-dark.ink');

const FULL_REPORT = {
  observed: 'seen' as const,
  who: 'Boy about 16, grey hoodie, no coat, called Kit; man mid-20s, dark tracksuit, called Shay; young woman in a silver hatchback',
  when: 'Sunday 19:50 to 21:40',
  where: 'Coach station hall, far bench, window 2; service road behind Bay 4',
};

// Seed 42 plays variant 1; seed 1 plays variant 2 (variant = seed % 2 + 1).
const OPENING: Step[] = [
  "Thanks. I'll keep an eye on both",
  'Look at the boy by the far bench',
  'Look out through the Bay 4 doors',
];

const TO_FOOD: Step[] = [...OPENING, 'Stop a little way off', 'Can I get you a hot drink'];
const TO_DISCLOSURE: Step[] = [...TO_FOOD, "What's happened tonight"];

const BEST: Step[] = [
  ...TO_DISCLOSURE,
  'None of this is your fault',
  'Keep it routine',
  { report: { ...FULL_REPORT, action: 'hotline' } },
];

const NEW_INDICATORS = ['transit.stranded_after_refusal', 'transit.commercial_sex_around_terminal'];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'labelling_question',
    [
      ...OPENING,
      'Are you one of the ones',
      'Step out of sight and radio',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
  [
    'threaten_arrest_or_immigration',
    [
      ...TO_FOOD,
      "If you've been doing stuff for money",
      'Step out of sight and radio',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
  [
    'promise_cannot_keep',
    [
      ...TO_DISCLOSURE,
      "OK. I won't tell anyone",
      'Step back inside the doors',
      { report: { ...FULL_REPORT, action: 'emergency' } },
    ],
  ],
  [
    'confront_controller',
    [...TO_DISCLOSURE, "Right. Let's go round the back", { report: { ...FULL_REPORT, action: 'hotline' } }],
  ],
  [
    'detain_or_rescue',
    [
      ...OPENING,
      "You can't doss here",
      'Run out and pull',
      { report: { ...FULL_REPORT, action: 'emergency' } },
    ],
  ],
  [
    'no_emergency_call',
    [...OPENING, "You can't doss here", 'Radio', { report: { ...FULL_REPORT, action: 'supervisor' } }],
  ],
  ['minor_not_escalated', [...BEST.slice(0, -1), { report: { ...FULL_REPORT, action: 'supervisor' } }]],
];

describe.each([
  ['straight through', false],
  ['after a save/load round trip at every step', true],
])('transit stranded after dark, %s', (_label, roundTrip) => {
  it('best path: no critical errors, escalated as a minor, both new signs seen, a high score', async () => {
    const { debrief, transcript } = await play(FILE, BEST, { roundTrip });
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('police_came');
    expect(debrief.action).toEqual({ chosen: 'hotline', required: 'hotline', verdict: 'right' });
    expect(debrief.noticed.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        ...NEW_INDICATORS,
        'transit.recruiter_at_terminal',
        'transit.fear_of_uniforms',
        'transit.few_belongings_wrong_clothes',
        'transit.malnourished_drugged',
        'transit.restricted_monitored_movement',
        'transit.unsure_destination_or_contact',
        'transit.companion_holds_documents_ticket',
      ]),
    );
    expect(debrief.wronglyFlagged).toEqual([]);
    expectScoresWithinBounds(debrief);
    expect(debrief.total.percent).toBeGreaterThanOrEqual(75);
    expect(debrief.decisions.length).toBeGreaterThanOrEqual(6);
    expect(debrief.recommended.join(' ')).toContain('under 18');
    // The ticket bought by someone else is only seen by looking at Nell's screen.
    const ticket = debrief.missed.find((i) => i.id === 'transit.ticket_bought_by_other');
    expect(ticket?.seen).toBe(false);
    // The boy is told honestly what happens next, and the officer is not in the room afterwards.
    expect(transcript.join(' ')).toContain('Police say they will be there');
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

  it('a boy who will not talk is still escalated; reporting less than the hotline is a critical error', async () => {
    const path: Step[] = [...TO_FOOD, 'What exactly did they want you to do', 'Step out of sight and radio'];
    const under = await play(FILE, [...path, { report: { ...FULL_REPORT, action: 'document' } }], {
      roundTrip,
    });
    expect(under.debrief.ending?.id).toBe('police_came');
    expect(under.debrief.action?.required).toBe('hotline');
    expect(under.debrief.critical.map((c) => c.id)).toContain('minor_not_escalated');
    const right = await play(FILE, [...path, { report: { ...FULL_REPORT, action: 'hotline' } }], {
      roundTrip,
    });
    expect(right.debrief.critical).toEqual([]);
    expect(right.debrief.action?.verdict).toBe('right');
  });

  it('when curiosity questions shut him down, the debrief shows what he never got to say and where', async () => {
    const { debrief } = await play(
      FILE,
      [
        ...TO_FOOD,
        'What exactly did they want you to do',
        'Step out of sight and radio',
        { report: { ...FULL_REPORT, action: 'hotline' } },
      ],
      { roundTrip },
    );
    const stranded = debrief.missed.find((i) => i.id === 'transit.stranded_after_refusal');
    expect(stranded?.seen).toBe(false);
    expect(stranded?.why.length).toBeGreaterThan(30);
    expect(stranded?.places.some((p) => p.via === 'line' && p.text.includes('I said no'))).toBe(true);
    const asked = debrief.decisions.find((d) => d.text.includes('What exactly did they want'));
    expect(asked?.points).toBeLessThan(0);
    expect(asked?.better?.text).toContain("What's happened tonight");
  });

  it('emergency path: a boy pulled toward a car needs the emergency number first', async () => {
    const path: Step[] = [...OPENING, "You can't doss here", 'Step back inside the doors'];
    const right = await play(FILE, [...path, { report: { ...FULL_REPORT, action: 'emergency' } }], {
      roundTrip,
    });
    expect(right.debrief.ending?.id).toBe('emergency');
    expect(right.debrief.action?.required).toBe('emergency');
    expect(right.debrief.critical).toEqual([]);
    const under = await play(FILE, [...path, { report: { ...FULL_REPORT, action: 'hotline' } }], {
      roundTrip,
    });
    expect(under.debrief.critical.map((c) => c.id)).toContain('no_emergency_call');
  });
});

describe('transit stranded after dark, replay variants', () => {
  it('variant 2 shows a different look at the bench and an angrier man, with the same new signs', async () => {
    const one = await play(FILE, BEST, { seed: 42 });
    const two = await play(FILE, BEST, { seed: 1 });
    expect(one.transcript.join(' ')).toContain('long grey coat');
    expect(two.transcript.join(' ')).toContain('counts a few coins');
    expect(two.transcript.join(' ')).toContain("Where's the kid?");
    expect(two.debrief.noticed.map((i) => i.id)).toEqual(
      expect.arrayContaining([...NEW_INDICATORS, 'transit.few_belongings_wrong_clothes']),
    );
    expect(two.debrief.noticed.map((i) => i.id)).not.toContain('transit.recruiter_at_terminal');
    expect(two.debrief.critical).toEqual([]);
  });
});

describe('transit stranded after dark, as content', () => {
  const c = compiled(FILE);

  it('meets the depth minimums and can show the two transit signs no other encounter shows', () => {
    expect(c.meta.minor).toBe(true);
    expect(c.meta.variants).toBe(2);
    for (const id of NEW_INDICATORS) expect(Object.keys(c.analysis.indicators)).toContain(id);
    for (const v of c.variants) {
      for (const id of NEW_INDICATORS) expect(Object.keys(v.indicators)).toContain(id);
    }
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
