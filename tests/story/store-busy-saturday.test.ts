import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/library.ts';
import { compiled, play, type Step, expectSameDebrief, expectScoresWithinBounds } from './harness.ts';

const FILE = join(ROOT, 'stories', 'store', 'busy-saturday.ink');

const NOTHING = {
  report: {
    observed: [] as string[],
    who: 'Family of four at till two; student in a netball hoodie at till one',
    when: 'Saturday 14:15 to 14:40',
    where: 'Tills one and two, gift-card stand, front doors',
    action: 'none' as const,
  },
};

const OPENING: Step[] = [
  "I'll take a look. A worry is a reason",
  'Ask Ren on the radio what the ceiling camera showed',
  'Look at the customer-service desk',
  'Look out of the front window at the van',
];

const BEST: Step[] = [
  ...OPENING,
  'Step up beside the till',
  'Is it a fundraiser',
  'Tell Lou what you found',
  NOTHING,
];

describe.each([
  ['straight through', false],
  ['after a save/load round trip at every step', true],
])('store busy Saturday, %s', (_label, roundTrip) => {
  it('best path: nothing to report is the right report', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expect(debrief.encounter.situation).toBe('none');
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('ordinary_day');
    expect(debrief.action).toEqual({ chosen: 'none', required: 'none', verdict: 'right' });
    expect(debrief.noticed).toEqual([]);
    expect(debrief.missed).toEqual([]);
    expect(debrief.wronglyFlagged).toEqual([]);
    expectScoresWithinBounds(debrief);
    expect(debrief.total.percent).toBeGreaterThanOrEqual(75);
  });

  it('critical error path: asking for papers', async () => {
    const { debrief } = await play(FILE, [...OPENING, 'Have you all got your papers', NOTHING], {
      roundTrip,
    });
    expect(debrief.critical.map((c) => c.id)).toContain('threaten_arrest_or_immigration');
    expect(debrief.ending?.id).toBe('family_left');
    expect(debrief.decisions.find((d) => d.critical)?.better?.text).toContain('Step up beside the till');
  });

  it('critical error path: a labelling question to the student', async () => {
    const { debrief } = await play(
      FILE,
      [...OPENING, 'Step up beside the till', 'Who told you to buy all these', NOTHING],
      { roundTrip },
    );
    expect(debrief.critical.map((c) => c.id)).toContain('labelling_question');
    expect(debrief.ending?.id).toBe('student_upset');
  });

  it('over-reaction costs culture and trust, answers the myth, and over-reporting is "over"', async () => {
    const { debrief } = await play(
      FILE,
      [
        'One woman doing all the talking',
        'Look at the family at the tills',
        'Look at the cosmetics counter',
        'Look at the young woman at the gift-card stand',
        'Ask the woman to step aside',
        'Ask the cashier to hold the sale',
        'Call',
        {
          report: {
            ...NOTHING.report,
            observed: ['not.speaks_other_language', 'not.nationality'],
            action: 'hotline',
          },
        },
      ],
      { roundTrip },
    );
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('called_in');
    expect(debrief.action?.verdict).toBe('over');
    expect(debrief.myths.map((m) => m.id)).toContain('myth.one_flag_or_nationality');
    expect(debrief.wronglyFlagged.map((f) => f.id).sort()).toEqual([
      'not.nationality',
      'not.speaks_other_language',
    ]);
    const best = await play(FILE, BEST, { roundTrip });
    expect(debrief.total.percent).toBeLessThan(best.debrief.total.percent - 30);
  });
});

describe('store busy Saturday, variants', () => {
  it('variant 2 makes the daughter brisk; it is still nothing to report', async () => {
    const two = await play(FILE, BEST, { seed: 1 });
    expect(two.transcript.join(' ')).toContain('Twenty people for lunch tomorrow');
    expect(two.debrief.action).toEqual({ chosen: 'none', required: 'none', verdict: 'right' });
  });
});

describe('store busy Saturday, as content', () => {
  const c = compiled(FILE);

  it('has no indicators, several red herrings, three or more endings and two critical errors', () => {
    expect(c.meta.situation).toBe('none');
    expect(c.meta.minor).toBe(false);
    expect(Object.keys(c.analysis.indicators)).toEqual([]);
    expect(c.story).not.toMatch(/indicator:/);
    expect((c.story.match(/reveals: nothing/g) ?? []).length).toBeGreaterThanOrEqual(6);
    expect(c.analysis.endings.length).toBeGreaterThanOrEqual(3);
    expect(c.analysis.criticalErrors).toEqual(['labelling_question', 'threaten_arrest_or_immigration']);
    expect(c.analysis.truncated).toBe(false);
  });

  it('the same choices give the same debrief', async () => {
    await expectSameDebrief(FILE, BEST);
  });
});
