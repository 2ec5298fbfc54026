import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/library.ts';
import { compiled, play, type Step, expectSameDebrief, expectScoresWithinBounds } from './harness.ts';

const FILE = join(ROOT, 'stories', 'transit', 'bus-station-minor.ink');

const FULL_REPORT = {
  observed: 'seen' as const,
  who: 'Girl about 15, grey hoodie, called Tess; woman 40s, plum coat, says she is her aunt (Della); man 20s, red puffer jacket',
  when: 'Evening, 19:40 to 20:40',
  where: 'Coach station hall, Bay 4 bench and kiosk',
};

const OPENING: Step[] = [
  "Let's keep an eye on him",
  'Look at the young traveller on the far bench',
  'Glance at the bags on the bench',
];

const TO_PRIVATE_TALK: Step[] = [...OPENING, "Thanks. The kiosk's open", 'Walk over calmly'];

const BEST: Step[] = [
  ...TO_PRIVATE_TALK,
  'OK. Long trip tonight',
  'Thanks for telling me',
  'Keep it routine',
  { report: { ...FULL_REPORT, action: 'hotline' } },
];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'suspicion_in_front_of_controller',
    [
      ...OPENING,
      'Is she really your aunt',
      'Step out of sight, radio',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
  [
    'confront_controller',
    [
      ...OPENING,
      'How do you know the man in the red jacket',
      'Step out of sight, radio',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
  [
    'labelling_question',
    [
      ...TO_PRIVATE_TALK,
      'Are you being trafficked',
      'Step out of sight, radio',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
  [
    'promise_cannot_keep',
    [
      ...TO_PRIVATE_TALK,
      'Whatever you tell me stays',
      'Step out of sight, radio',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
  [
    'detain_or_rescue',
    [
      ...TO_PRIVATE_TALK,
      'OK. Long trip tonight',
      'Come with me now',
      'Step back, call',
      { report: { ...FULL_REPORT, action: 'emergency' } },
    ],
  ],
  [
    'no_emergency_call',
    [
      ...TO_PRIVATE_TALK,
      'OK. Long trip tonight',
      'Thanks for telling me',
      'The police are on their way',
      'Radio',
      { report: { ...FULL_REPORT, action: 'supervisor' } },
    ],
  ],
  ['minor_not_escalated', [...BEST.slice(0, -1), { report: { ...FULL_REPORT, action: 'supervisor' } }]],
];

describe.each([
  ['straight through', false],
  ['after a save/load round trip at every step', true],
])('transit bus station minor, %s', (_label, roundTrip) => {
  it('best path: no critical errors, escalated as a minor, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('police_before_boarding');
    expect(debrief.action).toEqual({ chosen: 'hotline', required: 'hotline', verdict: 'right' });
    expect(debrief.noticed.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'transit.recruiter_at_terminal',
        'transit.few_belongings_wrong_clothes',
        'transit.companion_holds_documents_ticket',
        'transit.minor_with_non_parent',
        'transit.unsure_destination_or_contact',
        'transit.fear_of_uniforms',
      ]),
    );
    expect(debrief.wronglyFlagged).toEqual([]);
    expectScoresWithinBounds(debrief);
    expect(debrief.total.percent).toBeGreaterThanOrEqual(75);
    expect(debrief.decisions.length).toBeGreaterThanOrEqual(5);
    expect(debrief.recommended.join(' ')).toContain('under 18');
    // The booking on Gail's screen is only seen by looking at it.
    const ticket = debrief.missed.find((i) => i.id === 'transit.ticket_bought_by_other');
    expect(ticket?.seen).toBe(false);
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

  it('a young person who says she is fine is still escalated: reporting less is a critical error', async () => {
    const path: Step[] = [...TO_PRIVATE_TALK, 'OK. Long trip tonight', "If you say you're fine"];
    const under = await play(FILE, [...path, { report: { ...FULL_REPORT, action: 'document' } }], {
      roundTrip,
    });
    expect(under.debrief.ending?.id).toBe('coach_left');
    expect(under.debrief.action?.required).toBe('hotline');
    expect(under.debrief.critical.map((c) => c.id)).toContain('minor_not_escalated');
    const right = await play(FILE, [...path, { report: { ...FULL_REPORT, action: 'hotline' } }], {
      roundTrip,
    });
    expect(right.debrief.critical).toEqual([]);
    expect(right.debrief.action?.verdict).toBe('right');
  });

  it('emergency path: a girl pulled toward a car needs the emergency number first', async () => {
    const path: Step[] = [
      ...TO_PRIVATE_TALK,
      'OK. Long trip tonight',
      'Thanks for telling me',
      'The police are on their way',
      'Step back, call',
    ];
    const right = await play(FILE, [...path, { report: { ...FULL_REPORT, action: 'emergency' } }], {
      roundTrip,
    });
    expect(right.debrief.ending?.id).toBe('emergency');
    expect(right.debrief.action?.required).toBe('emergency');
    expect(right.debrief.critical.map((c) => c.id)).toEqual(['suspicion_in_front_of_controller']);
    const under = await play(FILE, [...path, { report: { ...FULL_REPORT, action: 'hotline' } }], {
      roundTrip,
    });
    expect(under.debrief.critical.map((c) => c.id)).toContain('no_emergency_call');
  });
});

describe('transit bus station minor, as content', () => {
  const c = compiled(FILE);

  it('meets the depth minimums: indicators, red herrings, endings, critical errors', () => {
    expect(c.meta.minor).toBe(true);
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
