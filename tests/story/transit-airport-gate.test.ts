import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/library.ts';
import { compiled, play, type Step, expectSameDebrief, expectScoresWithinBounds } from './harness.ts';

const FILE = join(ROOT, 'stories', 'transit', 'airport-gate.ink');

const FULL_REPORT = {
  observed: 'seen' as const,
  who: 'Woman 22, cream blazer, Lena; man 30s, dark jacket and glasses, Cole, holds four passports',
  when: 'Evening, 20:50 to 21:20',
  where: 'Gate 23, desk and seating rows',
};

const OPENING: Step[] = [
  "Could be. Let's both keep",
  'Look at the group booking',
  'Glance at the seats with the jacket',
];

const TO_DESK: Step[] = [...OPENING, 'Sounds like a big trip', 'Back Mei up'];

const BEST: Step[] = [
  ...TO_DESK,
  "I'm with airport security",
  'You have choices',
  'Keep it routine',
  { report: { ...FULL_REPORT, action: 'hotline' } },
];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'suspicion_in_front_of_controller',
    [
      ...OPENING,
      'of your own free will',
      'before the door closes',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
  [
    'confront_controller',
    [
      ...OPENING,
      "Why are you holding everyone's passports",
      'before the door closes',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
  [
    'labelling_question',
    [
      ...TO_DESK,
      'Are you being trafficked',
      'before the door closes',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
  [
    'promise_cannot_keep',
    [
      ...TO_DESK,
      'Nothing bad will happen to you',
      'before the door closes',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
  [
    'take_documents',
    [
      ...TO_DESK,
      "I'll keep your passport",
      'Step back, call',
      { report: { ...FULL_REPORT, action: 'emergency' } },
    ],
  ],
  [
    'detain_or_rescue',
    [
      ...TO_DESK,
      "I'm with airport security",
      'Walk over to the man',
      "Grab Lena's other arm",
      { report: { ...FULL_REPORT, action: 'emergency' } },
    ],
  ],
  [
    'no_emergency_call',
    [
      ...TO_DESK,
      "I'm with airport security",
      'You have choices',
      "She's not going with you",
      'Radio',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
];

describe.each([
  ['straight through', false],
  ['after a save/load round trip at every step', true],
])('transit airport gate, %s', (_label, roundTrip) => {
  it('best path: no critical errors, the right report, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('stayed_behind');
    expect(debrief.action).toEqual({ chosen: 'hotline', required: 'hotline', verdict: 'right' });
    expect(debrief.noticed.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'transit.ticket_bought_by_other',
        'transit.group_with_handler',
        'transit.companion_holds_documents_ticket',
        'transit.too_good_job_offer',
        'transit.discreet_disclosure_to_staff',
        'transit.branding_tattoos',
        'transit.unsure_destination_or_contact',
      ]),
    );
    expect(debrief.wronglyFlagged).toEqual([]);
    expectScoresWithinBounds(debrief);
    expect(debrief.total.percent).toBeGreaterThanOrEqual(75);
    expect(debrief.decisions.length).toBeGreaterThanOrEqual(5);
    const cart = debrief.missed.find((i) => i.id === 'transit.malnourished_drugged');
    expect(cart?.seen).toBe(false);
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

  it('without a private moment the group boards, and the cluster still calls for the hotline', async () => {
    const { debrief } = await play(
      FILE,
      [
        ...OPENING,
        'Sounds like a big trip',
        'Let him do all four',
        'before the door closes',
        { report: { ...FULL_REPORT, action: 'hotline' } },
      ],
      { roundTrip },
    );
    expect(debrief.ending?.id).toBe('boarded');
    expect(debrief.critical).toEqual([]);
    expect(debrief.action).toEqual({ chosen: 'hotline', required: 'hotline', verdict: 'right' });
    expect(debrief.noticed.map((i) => i.id)).not.toContain('transit.discreet_disclosure_to_staff');
  });

  it('emergency path: a woman pulled away needs the emergency number first', async () => {
    const path: Step[] = [
      ...TO_DESK,
      "I'm with airport security",
      'You have choices',
      "She's not going with you",
      'Step back, call',
    ];
    const right = await play(FILE, [...path, { report: { ...FULL_REPORT, action: 'emergency' } }], {
      roundTrip,
    });
    expect(right.debrief.ending?.id).toBe('emergency');
    expect(right.debrief.action?.required).toBe('emergency');
    expect(right.debrief.recommended[0]).toContain('911');
    const under = await play(FILE, [...path, { report: { ...FULL_REPORT, action: 'hotline' } }], {
      roundTrip,
    });
    expect(under.debrief.critical.map((c) => c.id)).toContain('no_emergency_call');
  });

  it('flagging things that are not indicators is explained', async () => {
    const { debrief } = await play(
      FILE,
      [
        ...BEST.slice(0, -1),
        { report: { ...FULL_REPORT, observed: ['not.any_tattoo', 'not.young_couple'], action: 'hotline' } },
      ],
      { roundTrip },
    );
    expect(debrief.wronglyFlagged.map((f) => f.id).sort()).toEqual(['not.any_tattoo', 'not.young_couple']);
  });
});

describe('transit airport gate, as content', () => {
  const c = compiled(FILE);

  it('meets the depth minimums: indicators, red herrings, endings, critical errors', () => {
    expect(c.meta.minor).toBe(false);
    expect(c.meta.variants).toBe(2);
    expect(Object.keys(c.analysis.indicators).length).toBeGreaterThanOrEqual(6);
    expect(c.analysis.endings.length).toBeGreaterThanOrEqual(3);
    expect(c.analysis.criticalErrors.length).toBeGreaterThanOrEqual(2);
    expect((c.story.match(/reveals: nothing/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(c.analysis.truncated).toBe(false);
  });

  it('reads contacts from configuration, never typed into the story', async () => {
    expect(c.story).not.toMatch(/\d{3}[-. ]\d{3}[-. ]\d{4}|\b911\b|233733/);
    const { transcript } = await play(FILE, BEST);
    expect(transcript.join(' ')).not.toMatch(/\{(hotline|emergency|escalation|org)_/);
  });

  it('the same choices give the same debrief (a function of the decision log)', async () => {
    await expectSameDebrief(FILE, BEST);
  });
});
