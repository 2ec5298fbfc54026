import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/library.ts';
import { compiled, play, type Step, expectSameDebrief, expectScoresWithinBounds } from './harness.ts';

const FILE = join(ROOT, 'stories', 'transit', 'last-train.ink');

const REPORT = {
  observed: [] as string[],
  who: 'Father 30s, navy jacket, and daughter about 6; work crew of five in hi-vis',
  when: '23:35 to 23:52',
  where: 'Platform 2, bench and shelter',
};

const OPENING: Step[] = ['On my way', 'Look at the ticket machine', 'Look at the men by the shelter'];

const BEST: Step[] = [
  ...OPENING,
  'Evening. The 11:52 is this one',
  'Give them the same update',
  'Let them all board',
  { report: { ...REPORT, action: 'none' } },
];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'detain_or_rescue',
    [
      ...OPENING,
      'Evening. The 11:52 is this one',
      'Give them the same update',
      'Stand in the train doorway',
      { report: { ...REPORT, action: 'none' } },
    ],
  ],
  [
    'threaten_arrest_or_immigration',
    [
      ...OPENING,
      'Evening. The 11:52 is this one',
      'Papers, all of you',
      { report: { ...REPORT, action: 'none' } },
    ],
  ],
];

describe.each([
  ['straight through', false],
  ['after a save/load round trip at every step', true],
])('transit last train, %s', (_label, roundTrip) => {
  it('best path: nothing is wrong, and "nothing to report" is right', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('home_safe');
    expect(debrief.action).toEqual({ chosen: 'none', required: 'none', verdict: 'right' });
    expect(debrief.noticed).toEqual([]);
    expect(debrief.wronglyFlagged).toEqual([]);
    expectScoresWithinBounds(debrief);
    expect(debrief.total.percent).toBeGreaterThanOrEqual(75);
    expect(debrief.decisions.length).toBeGreaterThanOrEqual(4);
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

  it('treating a father as a suspect costs trust and culture, and escalating is an over-reaction', async () => {
    const { debrief } = await play(
      FILE,
      [
        'A man on his own with a little girl',
        'Look up at the CCTV camera',
        'Look at the things on the bench',
        'Is she yours? Can I see some ID',
        'Why have you got everyone',
        'just to be sure',
        {
          report: {
            ...REPORT,
            observed: ['not.late_arrival', 'not.speaks_other_language'],
            action: 'hotline',
          },
        },
      ],
      { roundTrip },
    );
    expect(debrief.ending?.id).toBe('police_met');
    expect(debrief.critical).toEqual([]);
    expect(debrief.action).toEqual({ chosen: 'hotline', required: 'none', verdict: 'over' });
    expect(debrief.wronglyFlagged.map((f) => f.id).sort()).toEqual([
      'not.late_arrival',
      'not.speaks_other_language',
    ]);
    const score = (id: string) => debrief.dimensions.find((d) => d.id === id)?.score ?? NaN;
    expect(score('trust')).toBeLessThan(0);
    expect(score('culture')).toBeLessThan(0);
    expect(debrief.myths.map((m) => m.id)).toContain('myth.one_flag_or_nationality');
    const best = await play(FILE, BEST, { roundTrip });
    expect(debrief.total.percent).toBeLessThan(best.debrief.total.percent - 25);
  });
});

describe('transit last train, as content', () => {
  const c = compiled(FILE);

  it('is a "nothing is wrong" encounter: no indicators, several red herrings, more than one ending', () => {
    expect(c.meta.situation).toBe('none');
    expect(c.meta.variants).toBe(2);
    expect(Object.keys(c.analysis.indicators)).toEqual([]);
    expect(c.story).not.toMatch(/indicator:/);
    expect((c.story.match(/reveals: nothing/g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(c.analysis.endings.length).toBeGreaterThanOrEqual(3);
    expect(c.analysis.criticalErrors.length).toBeGreaterThanOrEqual(2);
    expect(c.analysis.truncated).toBe(false);
  });

  it('the same choices give the same debrief (a function of the decision log)', async () => {
    await expectSameDebrief(FILE, BEST);
  });
});
