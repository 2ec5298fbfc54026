import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/library.ts';
import { compiled, play, type Step, expectSameDebrief, expectScoresWithinBounds } from './harness.ts';

const FILE = join(ROOT, 'stories', 'store', 'mall-kiosk.ink');

const FULL_REPORT = {
  observed: 'seen' as const,
  who: 'Boy about 15, red hoodie, called Ollie; kiosk manager Vera, 50s, black suit; workers Dara (camel coat) and Tomas',
  when: 'Wednesday 10:45 to 12:30',
  where: 'Nail-bar and phone-repair kiosk, benches by the food court, Lakeview mall',
};

const OPENING: Step[] = [
  "Thanks, Nadia. I'll take a quiet look",
  'Look at the storage cupboard behind the kiosk',
  'Look at the fountain',
  'Watch the food-court counter',
];

const TO_OLLIE: Step[] = [...OPENING, 'Sit at the far end of the bench'];
const TO_OLLIE_OPEN: Step[] = [...TO_OLLIE, "I'm with mall security"];

const BEST: Step[] = [
  ...TO_OLLIE_OPEN,
  'Tell Ollie honestly',
  { report: { ...FULL_REPORT, action: 'hotline' } },
];

const HOTLINE = { report: { ...FULL_REPORT, action: 'hotline' as const } };
const EMERGENCY = { report: { ...FULL_REPORT, action: 'emergency' as const } };

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'confront_controller',
    [...OPENING, 'Walk over to the kiosk and ask Vera', 'keep them in sight', EMERGENCY],
  ],
  [
    'threaten_arrest_or_immigration',
    [...TO_OLLIE, "Shouldn't you be in school", 'a boy of about fifteen', HOTLINE],
  ],
  [
    'labelling_question',
    [...TO_OLLIE, 'Is that woman at the nail bar making you', 'a boy of about fifteen', HOTLINE],
  ],
  ['promise_cannot_keep', [...TO_OLLIE_OPEN, 'This stays between us', HOTLINE]],
  ['detain_or_rescue', [...TO_OLLIE_OPEN, 'Take him by the arm', 'keep them in sight', EMERGENCY]],
  [
    'no_emergency_call',
    [...OPENING, 'Walk over to the kiosk and ask Vera', 'wait to be told what to do', EMERGENCY],
  ],
  [
    'minor_not_escalated',
    [...TO_OLLIE_OPEN, 'Tell Ollie honestly', { report: { ...FULL_REPORT, action: 'supervisor' } }],
  ],
];

describe.each([
  ['straight through', false],
  ['after a save/load round trip at every step', true],
])('store mall kiosk, %s', (_label, roundTrip) => {
  it('best path: no critical errors, the minor escalated, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expect(debrief.critical).toEqual([]);
    expect(debrief.encounter.minor).toBe(true);
    expect(debrief.ending?.id).toBe('help_came');
    expect(debrief.action).toEqual({ chosen: 'hotline', required: 'hotline', verdict: 'right' });
    expect(debrief.noticed.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'retail.tenant_worker_lives_onsite',
        'retail.recruiter_approaching_youth',
        'retail.not_allowed_to_buy_or_speak',
        'retail.minors_selling_begging',
        'retail.cannot_say_where_lives',
        'retail.older_companion_gifts',
      ]),
    );
    expect(debrief.wronglyFlagged).toEqual([]);
    expectScoresWithinBounds(debrief);
    expect(debrief.total.percent).toBeGreaterThanOrEqual(75);
    expect(debrief.decisions.length).toBeGreaterThanOrEqual(4);
    const coached = debrief.missed.find((i) => i.id === 'retail.worker_coached_monitored');
    expect(coached?.seen).toBe(false);
    expect(coached?.places.some((p) => p.via === 'look' && p.text === 'Nail bar')).toBe(true);
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

  it('the myth of the well-dressed worker is answered when it is voiced', async () => {
    const { debrief } = await play(
      FILE,
      [
        'The girl in the camel coat',
        'Look at the phone-repair counter',
        'Look at the escalator',
        'Get your coffee and head back',
        'Tell him selling',
        'Let it go',
        { report: { observed: [], action: 'document' } },
      ],
      { roundTrip },
    );
    expect(debrief.ending?.id).toBe('went_back');
    expect(debrief.myths.map((m) => m.id)).toContain('myth.well_dressed');
    expect(debrief.action?.verdict).toBe('under');
    expect(debrief.critical.map((c) => c.id)).toContain('minor_not_escalated');
    expect(debrief.noticed).toEqual([]);
  });

  it('danger path: a child pulled away needs the emergency number', async () => {
    const path: Step[] = [...OPENING, 'Walk over to the kiosk and ask Vera', 'keep them in sight'];
    const right = await play(FILE, [...path, EMERGENCY], { roundTrip });
    expect(right.debrief.ending?.id).toBe('emergency');
    expect(right.debrief.action?.required).toBe('emergency');
    expect(right.debrief.critical.map((c) => c.id)).toEqual(['confront_controller']);
    const under = await play(FILE, [...path, HOTLINE], { roundTrip });
    expect(under.debrief.critical.map((c) => c.id)).toContain('no_emergency_call');
  });
});

describe('store mall kiosk, variants', () => {
  it('variant 2 changes temperament, not the signs or the best path', async () => {
    const one = await play(FILE, BEST, { seed: 0 });
    const two = await play(FILE, BEST, { seed: 1, roundTrip: true });
    expect(one.transcript.join(' ')).toContain('Vera stands with her arms folded');
    expect(two.transcript.join(' ')).toContain('Vera smiles at a customer');
    expect(two.debrief.critical).toEqual([]);
    expect(two.debrief.action?.verdict).toBe('right');
  });
});

describe('store mall kiosk, as content', () => {
  const c = compiled(FILE);

  it('meets the depth minimums: indicators, red herrings, endings, critical errors', () => {
    expect(Object.keys(c.analysis.indicators).length).toBeGreaterThanOrEqual(6);
    for (const v of c.variants) expect(Object.keys(v.indicators).length).toBeGreaterThanOrEqual(6);
    expect(c.analysis.endings.length).toBeGreaterThanOrEqual(3);
    expect(c.analysis.criticalErrors.length).toBeGreaterThanOrEqual(2);
    expect((c.story.match(/reveals: nothing/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(c.analysis.truncated).toBe(false);
    expect(c.meta.minor).toBe(true);
  });

  it('reads contacts from configuration, never typed into the story', async () => {
    expect(c.story).not.toMatch(/\d{3}[-. ]\d{3}[-. ]\d{4}|\b911\b|\b999\b|\b112\b|233733/);
    const { transcript } = await play(FILE, BEST);
    expect(transcript.join(' ')).not.toContain('{hotline');
    expect(transcript.join(' ')).not.toContain('{escalation');
  });

  it('the same choices give the same debrief (a function of the decision log)', async () => {
    await expectSameDebrief(FILE, BEST);
  });
});
