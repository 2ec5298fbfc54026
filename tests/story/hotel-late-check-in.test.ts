import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/library.ts';
import { compiled, play, type Step, expectSameDebrief, expectScoresWithinBounds } from './harness.ts';

const FILE = join(ROOT, 'stories', 'hotel', 'late-check-in.ink');

const NOTHING = { report: { observed: [] as string[], action: 'none' as const } };

const OPENING: Step[] = [
  'On my way',
  'Look at the red car with its boot open',
  'Look at the silver car',
  'Look through the entrance doors',
];

const TO_CASH: Step[] = [...OPENING, 'Walk over with a friendly wave', 'Hold the door'];
const TO_TEAM: Step[] = [...TO_CASH, 'Show him the nearest all-night cash machine'];

const BEST: Step[] = [...TO_TEAM, "There's water and a seat", 'Nothing to report', NOTHING];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'labelling_question',
    [...OPENING, 'Walk over with a friendly wave', 'Is this man trafficking you', NOTHING],
  ],
  ['threaten_arrest_or_immigration', [...TO_CASH, "Let's see your visa", NOTHING]],
  ['take_documents', [...TO_CASH, 'keep his passport behind the desk', NOTHING]],
  ['detain_or_rescue', [...TO_TEAM, 'the minibus stays here', NOTHING]],
];

describe.each([
  ['straight through', false],
  ['after a save/load round trip at every step', true],
])('hotel late check-in (nothing is wrong), %s', (_label, roundTrip) => {
  it('best path: no critical errors, "nothing to report" is right, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('ordinary_evening');
    expect(debrief.action).toEqual({ chosen: 'none', required: 'none', verdict: 'right' });
    expect(debrief.noticed).toEqual([]);
    expect(debrief.wronglyFlagged).toEqual([]);
    // Only the myth the encounter always teaches; no choice on this path acted on a myth.
    expect(debrief.myths.map((m) => m.id)).toEqual(['myth.one_flag_or_nationality']);
    expectScoresWithinBounds(debrief);
    expect(debrief.total.percent).toBeGreaterThanOrEqual(70);
    expect(debrief.decisions.length).toBeGreaterThanOrEqual(5);
  });

  for (const [critical, steps] of CRITICAL_PATHS) {
    it(`over-reaction with a critical error: ${critical}`, async () => {
      const { debrief } = await play(FILE, steps, { roundTrip });
      expect(debrief.critical.map((c) => c.id)).toContain(critical);
      expect(debrief.ending?.id).toBe('complaint');
      const c = debrief.critical.find((x) => x.id === critical)!;
      expect(c.explanation.length).toBeGreaterThan(30);
      const decision = debrief.decisions.find((d) => d.critical);
      expect(decision?.better?.text.length ?? 0).toBeGreaterThan(5);
      // Even after a mistake, nothing here needed reporting as trafficking.
      expect(debrief.action).toEqual({ chosen: 'none', required: 'none', verdict: 'right' });
    });
  }

  it('milder over-reactions cost culture points and answer the profiling myth', async () => {
    const { debrief } = await play(
      FILE,
      [
        'A foreign team and a cash payer',
        'Look at the smokers',
        'Look at the white minibus',
        'Look at the man on the bench',
        'Stay back, watch him',
        'Hold the door',
        'Show him the nearest all-night cash machine',
        'Ask each player, one by one',
        'Can you put a note on the team',
        NOTHING,
      ],
      { roundTrip },
    );
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('watch_note');
    expect(debrief.dimensions.find((d) => d.id === 'culture')?.score).toBeLessThan(0);
    expect(debrief.myths.map((m) => m.id)).toContain('myth.one_flag_or_nationality');
  });

  it('calling the police over nothing ends badly, and over-reporting is marked over', async () => {
    const { debrief } = await play(
      FILE,
      [
        ...TO_TEAM,
        "There's water and a seat",
        'calling the police',
        { report: { observed: [], action: 'hotline' } },
      ],
      {
        roundTrip,
      },
    );
    expect(debrief.ending?.id).toBe('police_for_nothing');
    expect(debrief.action).toEqual({ chosen: 'hotline', required: 'none', verdict: 'over' });
  });

  it('ticking the things a biased eye notices is explained, and costs observation points', async () => {
    const flagged = ['not.speaks_other_language', 'not.late_arrival', 'not.tired_or_shy'];
    const { debrief } = await play(
      FILE,
      [...BEST.slice(0, -1), { report: { observed: flagged, action: 'none' } }],
      { roundTrip },
    );
    expect(debrief.wronglyFlagged.map((f) => f.id).sort()).toEqual([...flagged].sort());
    expect(debrief.wronglyFlagged.every((f) => f.explanation.length > 20)).toBe(true);
    const best = await play(FILE, BEST, { roundTrip });
    expect(debrief.total.score).toBeLessThanOrEqual(best.debrief.total.score);
  });
});

describe('hotel late check-in, as content', () => {
  const c = compiled(FILE);

  it('is a "nothing is wrong" encounter: no indicators, red herrings, several endings', () => {
    expect(c.meta.situation).toBe('none');
    expect(c.meta.minor).toBe(false);
    expect(c.meta.variants).toBe(2);
    expect(Object.keys(c.analysis.indicators)).toEqual([]);
    expect(c.story).not.toMatch(/indicator: |reveals: hotel\./);
    const herrings = (c.story.match(/reveals: nothing/g) ?? []).length;
    expect(herrings).toBeGreaterThanOrEqual(2);
    expect(c.analysis.endings.length).toBeGreaterThanOrEqual(3);
    expect(c.analysis.criticalErrors.length).toBeGreaterThanOrEqual(2);
    expect(c.analysis.truncated).toBe(false);
  });

  it('never types a contact number', () => {
    expect(c.story).not.toMatch(/\d{3}[-. ]\d{3}[-. ]\d{4}|\b911\b|233733/);
  });

  it('the same choices give the same debrief (a function of the decision log)', async () => {
    await expectSameDebrief(FILE, BEST);
  });
});
