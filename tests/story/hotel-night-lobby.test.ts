import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/library.ts';
import { compiled, play, type Step, expectSameDebrief, expectScoresWithinBounds } from './harness.ts';

const FILE = join(ROOT, 'stories', 'hotel', 'night-lobby.ink');

const FULL_REPORT = {
  observed: 'seen' as const,
  who: 'Man, 40s, wool coat, called Victor; woman, 20s, thin grey top, called Mara',
  when: 'Friday 01:40 to 02:05',
  where: 'Front desk and lobby, rooms 412 and 414',
};

const OPENING: Step[] = [
  'Could be nothing',
  'Check the registration list',
  'Look at the man in the armchair',
  'Glance at the things on the counter',
];

const BEST: Step[] = [
  ...OPENING,
  'Evening. Dana will look after you',
  'Dana, this is a cash booking',
  'We use a phone interpreter',
  "I'm with hotel security",
  "I'll mark a number on this map",
  { report: { ...FULL_REPORT, action: 'hotline' } },
];

const TO_PRIVATE_TALK: Step[] = [
  ...OPENING,
  'Evening. Dana will look after you',
  'Dana, this is a cash booking',
  'We use a phone interpreter',
];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'confront_controller',
    [
      ...OPENING,
      'Who are all the men going up to 412',
      'Stay back, note the time',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
  [
    'suspicion_in_front_of_controller',
    [
      ...OPENING,
      'Is he forcing you',
      'Stay back, note the time',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
  [
    'companion_as_interpreter',
    [
      ...OPENING,
      'Evening. Dana will look after you',
      'Dana, this is a cash booking',
      "we'll wait for you to translate",
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
  [
    'labelling_question',
    [...TO_PRIVATE_TALK, 'Are you being trafficked', { report: { ...FULL_REPORT, action: 'hotline' } }],
  ],
  [
    'promise_cannot_keep',
    [...TO_PRIVATE_TALK, 'Whatever you tell me stays', { report: { ...FULL_REPORT, action: 'hotline' } }],
  ],
  [
    'threaten_arrest_or_immigration',
    [...TO_PRIVATE_TALK, 'you could get arrested', { report: { ...FULL_REPORT, action: 'hotline' } }],
  ],
  [
    'take_documents',
    [
      ...TO_PRIVATE_TALK,
      "I'm with hotel security",
      'keep her ID in the safe',
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ],
  ],
  [
    'detain_or_rescue',
    [
      ...TO_PRIVATE_TALK,
      "I'm with hotel security",
      "You don't have to go back to him",
      'Step back, call',
      { report: { ...FULL_REPORT, action: 'emergency' } },
    ],
  ],
  [
    'no_emergency_call',
    [
      ...OPENING,
      'Evening. Dana will look after you',
      'Follow them out to the car park',
      'Radio',
      { report: { ...FULL_REPORT, action: 'supervisor' } },
    ],
  ],
];

describe.each([
  ['straight through', false],
  ['after a save/load round trip at every step', true],
])('hotel night lobby, %s', (_label, roundTrip) => {
  it('best path: no critical errors, the right report, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('card_taken');
    expect(debrief.action).toEqual({ chosen: 'hotline', required: 'hotline', verdict: 'right' });
    expect(debrief.noticed.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'hotel.hourly_or_day_by_day_stay',
        'hotel.lookout_hall_lobby_lot',
        'hotel.companion_holds_id_money_keys',
        'hotel.heavy_foot_traffic_room',
      ]),
    );
    expect(debrief.wronglyFlagged).toEqual([]);
    expectScoresWithinBounds(debrief);
    expect(debrief.total.percent).toBeGreaterThanOrEqual(75);
    expect(debrief.decisions.length).toBeGreaterThanOrEqual(5);
    expect(debrief.recommended.join(' ')).toContain('1-888-373-7888');
    // Indicators only visible at stops the learner walked past are missed, with where to find them.
    const plates = debrief.missed.find((i) => i.id === 'hotel.plates_hidden_reverse_parked');
    expect(plates?.seen).toBe(false);
    expect(plates?.places.some((p) => p.via === 'look' && p.text === 'CCTV monitor')).toBe(true);
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

  it('a path that misses indicators: none looked at, nothing reported', async () => {
    const { debrief } = await play(
      FILE,
      [
        'If anyone up there needed help',
        'Walk on into the lobby',
        'Head back to the desk',
        'Step up beside Dana',
        'Evening. Dana will look after you',
        'Stay at the desk and let them go',
        { report: { observed: [], action: 'document' } },
      ],
      { roundTrip },
    );
    expect(debrief.noticed).toEqual([]);
    const missed = debrief.missed.map((i) => i.id);
    expect(missed).toEqual(
      expect.arrayContaining([
        'hotel.plates_hidden_reverse_parked',
        'hotel.few_possessions_long_stay',
        'hotel.heavy_foot_traffic_room',
      ]),
    );
    expect(debrief.missed.find((i) => i.id === 'hotel.heavy_foot_traffic_room')?.seen).toBe(true);
    expect(debrief.missed.find((i) => i.id === 'hotel.plates_hidden_reverse_parked')?.seen).toBe(false);
    expect(debrief.action?.verdict).toBe('under');
    expect(debrief.dimensions.find((d) => d.id === 'document')?.score).toBe(0);
    expect(debrief.myths.map((m) => m.id)).toContain('myth.would_ask_for_help');
  });

  it('flagging things that are not indicators is explained', async () => {
    const { debrief } = await play(
      FILE,
      [
        ...BEST.slice(0, -1),
        {
          report: {
            ...FULL_REPORT,
            observed: ['not.speaks_other_language', 'not.cheap_clothes'],
            action: 'hotline',
          },
        },
      ],
      {
        roundTrip,
      },
    );
    expect(debrief.wronglyFlagged.map((f) => f.id).sort()).toEqual([
      'not.cheap_clothes',
      'not.speaks_other_language',
    ]);
    expect(debrief.wronglyFlagged.every((f) => f.explanation.length > 20)).toBe(true);
    const best = await play(FILE, BEST, { roundTrip });
    const observe = (d: typeof debrief) => d.dimensions.find((x) => x.id === 'observe')?.score ?? NaN;
    expect(observe(debrief)).toBeLessThan(observe(best.debrief) - 3);
  });

  it('emergency path: calling the emergency number is required, and a lesser report is a critical error', async () => {
    const path: Step[] = [
      ...OPENING,
      'Evening. Dana will look after you',
      'Follow them out to the car park',
      'Step back, call',
    ];
    const right = await play(FILE, [...path, { report: { ...FULL_REPORT, action: 'emergency' } }], {
      roundTrip,
    });
    expect(right.debrief.critical).toEqual([]);
    expect(right.debrief.action?.required).toBe('emergency');
    expect(right.debrief.recommended[0]).toContain('911');
    const under = await play(FILE, [...path, { report: { ...FULL_REPORT, action: 'hotline' } }], {
      roundTrip,
    });
    expect(under.debrief.critical.map((c) => c.id)).toContain('no_emergency_call');
  });
});

describe('hotel night lobby, as content', () => {
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
    const { transcript } = await play(FILE, [
      ...OPENING,
      'Evening. Dana will look after you',
      'Dana, this is a cash booking',
      'We use a phone interpreter',
      "I'm with hotel security",
      "I'll mark a number on this map",
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ]);
    expect(transcript.join(' ')).not.toContain('{hotline');
  });

  it('the same choices give the same debrief (a function of the decision log)', async () => {
    await expectSameDebrief(FILE, BEST);
  });
});
