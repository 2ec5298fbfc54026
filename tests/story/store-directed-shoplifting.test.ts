import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/library.ts';
import { compiled, play, type Step, expectSameDebrief, expectScoresWithinBounds } from './harness.ts';

const FILE = join(ROOT, 'stories', 'store', 'directed-shoplifting.ink');

const FULL_REPORT = {
  observed: 'seen' as const,
  who: 'Man, about 20, grey tracksuit, bandaged left hand, gave his name as Jordan; man, 30s, black jacket and cap, silver hatchback',
  when: 'Tuesday 09:05 to 09:40',
  where: 'Cosmetics counter, fitting rooms, front doors and pick-up bay, LP office',
};

const OPENING: Step[] = [
  "Got it. I'll watch him",
  'Ask Ren on the radio what the ceiling camera shows',
  'Look out of the front window at the car park',
  'Have a word with Gloria',
];

const TO_OFFICE: Step[] = [...OPENING, 'Radio Ren:'];

const BEST: Step[] = [
  ...TO_OFFICE,
  "I'm with store security. I'm not the police.",
  'There are people whose whole job',
  'Write the facts',
  { report: { ...FULL_REPORT, action: 'hotline' } },
];

const HOTLINE = { report: { ...FULL_REPORT, action: 'hotline' as const } };
const EMERGENCY = { report: { ...FULL_REPORT, action: 'emergency' as const } };

const CRITICAL_PATHS: [string, Step[]][] = [
  ['confront_controller', [...OPENING, 'Go out to the car', 'Write down the car', HOTLINE]],
  [
    'suspicion_in_front_of_controller',
    [...OPENING, 'Shout "Stop right there!"', 'Keep the door locked', EMERGENCY],
  ],
  [
    'labelling_question',
    [...TO_OFFICE, 'Are you being trafficked', 'Slow down.', 'Write the facts', HOTLINE],
  ],
  [
    'threaten_arrest_or_immigration',
    [...TO_OFFICE, "You're on camera", 'Slow down.', 'Write the facts', HOTLINE],
  ],
  [
    'promise_cannot_keep',
    [...TO_OFFICE, "I promise there'll be no police", 'Slow down.', 'Write the facts', HOTLINE],
  ],
  [
    'detain_or_rescue',
    [...TO_OFFICE, "I'm with store security. I'm not the police.", 'You need to stay right here', HOTLINE],
  ],
  [
    'no_emergency_call',
    [
      ...OPENING,
      'Let Ren stop him outside the doors',
      'wait to be told what to do',
      { report: { ...FULL_REPORT, action: 'supervisor' } },
    ],
  ],
];

describe.each([
  ['straight through', false],
  ['after a save/load round trip at every step', true],
])('store directed shoplifting, %s', (_label, roundTrip) => {
  it('best path: no critical errors, the right report, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('made_call');
    expect(debrief.action).toEqual({ chosen: 'hotline', required: 'hotline', verdict: 'right' });
    expect(debrief.noticed.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'retail.directed_shoplifting_orc',
        'retail.watcher_outside',
        'retail.discreet_help_seeking',
        'retail.injuries_avoids_eye_contact',
        'retail.group_led_by_one_payer',
        'retail.cannot_say_where_lives',
      ]),
    );
    expect(debrief.wronglyFlagged).toEqual([]);
    expectScoresWithinBounds(debrief);
    expect(debrief.total.percent).toBeGreaterThanOrEqual(75);
    expect(debrief.decisions.length).toBeGreaterThanOrEqual(4);
    expect(debrief.myths.map((m) => m.id)).toContain('myth.offender_not_victim');
    // Looks not taken are missed, with where to find them.
    const sticker = debrief.missed.find((i) => i.id === 'retail.hotline_signage_removed');
    expect(sticker?.seen).toBe(false);
    expect(
      sticker?.places.some((p) => p.via === 'look' && p.text === 'Restroom corridor and hotline sticker'),
    ).toBe(true);
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

  it('emergency path: the man at the door needs the emergency number, and less is a critical error', async () => {
    const path: Step[] = [...OPENING, 'Let Ren stop him outside the doors', 'Keep the door locked'];
    const right = await play(FILE, [...path, EMERGENCY], { roundTrip });
    expect(right.debrief.critical).toEqual([]);
    expect(right.debrief.ending?.id).toBe('emergency');
    expect(right.debrief.action?.required).toBe('emergency');
    const under = await play(FILE, [...path, HOTLINE], { roundTrip });
    expect(under.debrief.critical.map((c) => c.id)).toContain('no_emergency_call');
  });

  it('treating him only as a thief: booked, with the myth answered and the report still required', async () => {
    const { debrief } = await play(
      FILE,
      [
        'Another thief',
        'Look at the queue at the tills',
        'Look at the exit gates',
        'Glance at the full-length mirror',
        'Radio Ren:',
        "I'm with store security. I'm not the police.",
        'Ask Ren to call the police',
        { report: { observed: [], action: 'document' } },
      ],
      { roundTrip },
    );
    expect(debrief.ending?.id).toBe('charged');
    expect(debrief.action?.verdict).toBe('under');
    expect(debrief.myths.map((m) => m.id)).toContain('myth.offender_not_victim');
    expect(debrief.missed.map((i) => i.id)).toEqual(
      expect.arrayContaining(['retail.watcher_outside', 'retail.matching_tattoos_group']),
    );
  });
});

describe('store directed shoplifting, variants', () => {
  it('variant 2 changes how people behave, not the signs or the best path', async () => {
    const one = await play(FILE, BEST, { seed: 0 });
    const two = await play(FILE, BEST, { seed: 1, roundTrip: true });
    expect(one.transcript.join(' ')).toContain('sits at the wheel');
    expect(two.transcript.join(' ')).toContain('leans on its bonnet');
    expect(two.debrief.critical).toEqual([]);
    expect(two.debrief.ending?.id).toBe('made_call');
    expect(two.debrief.action?.verdict).toBe('right');
  });
});

describe('store directed shoplifting, as content', () => {
  const c = compiled(FILE);

  it('meets the depth minimums: indicators, red herrings, endings, critical errors', () => {
    expect(Object.keys(c.analysis.indicators).length).toBeGreaterThanOrEqual(6);
    for (const v of c.variants) expect(Object.keys(v.indicators).length).toBeGreaterThanOrEqual(6);
    expect(c.analysis.endings.length).toBeGreaterThanOrEqual(3);
    expect(c.analysis.criticalErrors.length).toBeGreaterThanOrEqual(2);
    expect((c.story.match(/reveals: nothing/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(c.analysis.truncated).toBe(false);
    expect(c.meta.minor).toBe(false);
  });

  it('reads contacts from configuration, never typed into the story', async () => {
    expect(c.story).not.toMatch(/\d{3}[-. ]\d{3}[-. ]\d{4}|\b911\b|\b999\b|\b112\b|233733/);
    const { transcript } = await play(FILE, BEST);
    expect(transcript.join(' ')).not.toContain('{hotline');
  });

  it('the same choices give the same debrief (a function of the decision log)', async () => {
    await expectSameDebrief(FILE, BEST);
  });
});
