import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/library.ts';
import { compiled, play, type Step, expectSameDebrief, expectScoresWithinBounds } from './harness.ts';

const FILE = join(ROOT, 'stories', 'hotel', 'housekeeping-check.ink');

const FULL_REPORT = {
  observed: 'seen' as const,
  who: 'Crew leader Renata, 40s, teal fleece; attendant Sefa, 30s, lilac tunic, bandaged right wrist; attendant Ines, 20s',
  when: 'Tuesday 10:40 to 11:20',
  where: 'Fourth floor, room 414, linen room and service yard',
};

const OPENING: Step[] = [
  "Let's do it by the book",
  'Read the sign-in sheet',
  'Look at the housekeeping cart',
  'Look out of the window',
];

const TO_CHECK: Step[] = [...OPENING, "It's a routine check"];
const TO_PRIVATE_TALK: Step[] = [...TO_CHECK, 'Nod to Grace', 'the hotel uses a phone interpreter'];

const BEST: Step[] = [
  ...TO_PRIVATE_TALK,
  "I'm with hotel security",
  "That's your choice, and I respect it",
  { report: { ...FULL_REPORT, action: 'hotline' } },
];

const HOTLINE = { report: { ...FULL_REPORT, action: 'hotline' as const } };

const CRITICAL_PATHS: [string, Step[]][] = [
  ['confront_controller', [...OPENING, 'Who have you got in there', 'Stay at the window', HOTLINE]],
  [
    'suspicion_in_front_of_controller',
    [...TO_CHECK, 'Is she making you work like this', 'Stay at the window', HOTLINE],
  ],
  ['companion_as_interpreter', [...TO_CHECK, 'Nod to Grace', 'OK, Renata', HOTLINE]],
  [
    'labelling_question',
    [...TO_PRIVATE_TALK, 'Are you a victim of trafficking', 'Point to the poster', HOTLINE],
  ],
  [
    'promise_cannot_keep',
    [...TO_PRIVATE_TALK, 'Nothing you say will leave this room', 'Point to the poster', HOTLINE],
  ],
  [
    'threaten_arrest_or_immigration',
    [...TO_PRIVATE_TALK, 'lose your right to work', 'Stay at the window', HOTLINE],
  ],
  [
    'detain_or_rescue',
    [
      ...TO_PRIVATE_TALK,
      "I'm with hotel security",
      "You're coming with us now",
      'Stay at the window',
      HOTLINE,
    ],
  ],
  [
    'take_documents',
    [
      ...TO_PRIVATE_TALK,
      "I'm with hotel security",
      "I'll fetch your bank cards",
      'Stay at the window',
      HOTLINE,
    ],
  ],
];

describe.each([
  ['straight through', false],
  ['after a save/load round trip at every step', true],
])('hotel housekeeping check, %s', (_label, roundTrip) => {
  it('best path: no critical errors, the right report, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('resource_kept');
    expect(debrief.action).toEqual({ chosen: 'hotline', required: 'hotline', verdict: 'right' });
    expect(debrief.noticed.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'hotel.staff_contractor_exploitation',
        'hotel.selling_begging_on_property',
        'hotel.repeat_dropoff_nonguests',
        'hotel.paraphernalia_cash_devices',
        'hotel.few_possessions_long_stay',
        'hotel.companion_holds_id_money_keys',
        'hotel.guest_injured_deprived',
      ]),
    );
    expect(debrief.wronglyFlagged).toEqual([]);
    expectScoresWithinBounds(debrief);
    expect(debrief.total.percent).toBeGreaterThanOrEqual(75);
    expect(debrief.decisions.length).toBeGreaterThanOrEqual(5);
    expect(debrief.recommended.join(' ')).toContain('1-888-373-7888');
    // The registration gap is only visible on the cart's room report, which this path walked past.
    const withheld = debrief.missed.find((i) => i.id === 'hotel.guest_withholds_id_details');
    expect(withheld?.seen).toBe(false);
    expect(withheld?.places.some((p) => p.via === 'look' && p.text === 'Room report on the cart')).toBe(true);
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

  it('a path that walks away from the door: few indicators, and a report that is too little', async () => {
    const { debrief } = await play(
      FILE,
      [
        'A crew run by a woman',
        'Look through the open linen-room door',
        'Glance at the tray outside 412',
        'Look at the door of 414',
        'No problem, sorry to bother you',
        { report: { observed: [], action: 'document' } },
      ],
      { roundTrip },
    );
    expect(debrief.ending?.id).toBe('no_check');
    expect(debrief.noticed).toEqual([]);
    const missed = debrief.missed.map((i) => i.id);
    expect(missed).toEqual(
      expect.arrayContaining(['hotel.dnd_refuses_service', 'hotel.paraphernalia_cash_devices']),
    );
    expect(debrief.missed.find((i) => i.id === 'hotel.dnd_refuses_service')?.seen).toBe(true);
    expect(debrief.missed.find((i) => i.id === 'hotel.paraphernalia_cash_devices')?.seen).toBe(false);
    expect(debrief.action).toEqual({ chosen: 'document', required: 'supervisor', verdict: 'under' });
    expect(debrief.myths.map((m) => m.id)).toContain('myth.traffickers_men');
  });

  it('a co-worker as interpreter costs culture points and ends without a private talk', async () => {
    const { debrief } = await play(
      FILE,
      [...TO_CHECK, 'Nod to Grace', 'Ines, you translate', 'Point to the poster', HOTLINE],
      { roundTrip },
    );
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('declined');
    expect(debrief.dimensions.find((d) => d.id === 'culture')?.score).toBeLessThan(0);
    expect(debrief.action?.verdict).toBe('right');
  });

  it('flagging things that are not indicators is explained', async () => {
    const { debrief } = await play(
      FILE,
      [
        ...BEST.slice(0, -1),
        {
          report: {
            ...FULL_REPORT,
            observed: ['not.speaks_other_language', 'not.accent'],
            action: 'hotline',
          },
        },
      ],
      { roundTrip },
    );
    expect(debrief.wronglyFlagged.map((f) => f.id).sort()).toEqual([
      'not.accent',
      'not.speaks_other_language',
    ]);
    expect(debrief.wronglyFlagged.every((f) => f.explanation.length > 20)).toBe(true);
  });
});

describe('hotel housekeeping check, as content', () => {
  const c = compiled(FILE);

  it('meets the depth minimums: indicators, red herrings, endings, critical errors', () => {
    const shown = Object.keys(c.analysis.indicators);
    expect(shown.length).toBeGreaterThanOrEqual(6);
    expect(shown).toEqual(
      expect.arrayContaining([
        'hotel.staff_contractor_exploitation',
        'hotel.guest_withholds_id_details',
        'hotel.selling_begging_on_property',
        'hotel.paraphernalia_cash_devices',
        'hotel.repeat_dropoff_nonguests',
      ]),
    );
    expect(c.analysis.endings.length).toBeGreaterThanOrEqual(3);
    expect(c.analysis.criticalErrors.length).toBeGreaterThanOrEqual(2);
    const herrings = (c.story.match(/reveals: nothing/g) ?? []).length;
    expect(herrings).toBeGreaterThanOrEqual(2);
    expect(c.analysis.truncated).toBe(false);
    expect(c.meta.variants).toBe(2);
    expect(c.meta.situation).toBe('labour_trafficking');
    expect(c.meta.minor).toBe(false);
  });

  it('reads contacts from configuration, never typed into the story', async () => {
    expect(c.story).not.toMatch(/\d{3}[-. ]\d{3}[-. ]\d{4}|\b911\b|233733/);
    const { transcript } = await play(FILE, [
      ...BEST.slice(0, -1),
      { report: { ...FULL_REPORT, action: 'hotline' } },
    ]);
    expect(transcript.join(' ')).not.toContain('{hotline');
  });

  it('the same choices give the same debrief (a function of the decision log)', async () => {
    await expectSameDebrief(FILE, BEST);
  });
});
