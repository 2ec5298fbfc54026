import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/library.ts';
import { compiled, play, type Step, expectSameDebrief, expectScoresWithinBounds } from './harness.ts';

const FILE = join(ROOT, 'stories', 'hospital', 'night-visitor.ink');

const NOTES = {
  who: 'Older couple in bay 2, Walter and June; their grandson',
  when: 'Wednesday 03:00 to 04:30',
  where: "ED waiting room and relatives' room",
};

const BEST: Step[] = [
  'Maybe. But one sign',
  'Look at the young man in the seats',
  'Look at the red folder',
  'Introduce yourself',
  'Let Walter find the list',
  'Nod hello',
  "I don't think so",
  { report: { ...NOTES, observed: [], action: 'none' } },
];

const OVER_REACTION: Step[] = [
  'Sounds like trafficking to me',
  'Look at the entrance doors',
  'Knock and go in',
  'Sir, please step away from her',
  'Let Walter find the list',
  'Step in front of him',
  'Better safe than sorry',
  { report: { ...NOTES, observed: ['not.any_tattoo', 'not.late_arrival'], action: 'hotline' } },
];

describe.each([
  ['straight through', false],
  ['after a save/load round trip at every step', true],
])('hospital night visitor, %s', (_label, roundTrip) => {
  it('best path: nothing to report is right, no critical errors, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('settled');
    expect(debrief.action).toEqual({ chosen: 'none', required: 'none', verdict: 'right' });
    expect(debrief.noticed).toEqual([]);
    expect(debrief.wronglyFlagged).toEqual([]);
    expectScoresWithinBounds(debrief);
    expect(debrief.total.percent).toBeGreaterThanOrEqual(75);
    expect(debrief.decisions.length).toBeGreaterThanOrEqual(5);
  });

  it('the second variant: a short-tempered husband, still nothing wrong', async () => {
    const { debrief, transcript } = await play(FILE, BEST, { roundTrip, seed: 1 });
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('settled');
    expect(debrief.action?.verdict).toBe('right');
    expect(transcript.join(' ')).toContain("I've told three people already");
  });

  it('over-reacting costs trust and culture, flags distractors and over-reports', async () => {
    const { debrief } = await play(FILE, OVER_REACTION, { roundTrip });
    const best = await play(FILE, BEST, { roundTrip });
    expect(debrief.ending?.id).toBe('upset');
    expect(debrief.critical).toEqual([]);
    expect(debrief.action).toEqual({ chosen: 'hotline', required: 'none', verdict: 'over' });
    expect(debrief.wronglyFlagged.map((f) => f.id).sort()).toEqual(['not.any_tattoo', 'not.late_arrival']);
    expect(debrief.myths.map((m) => m.id)).toContain('myth.one_flag_or_nationality');
    const score = (d: typeof debrief, id: string) => d.dimensions.find((x) => x.id === id)?.score ?? NaN;
    expect(score(debrief, 'culture')).toBeLessThan(score(best.debrief, 'culture'));
    expect(score(debrief, 'trust')).toBeLessThan(score(best.debrief, 'trust'));
    expect(debrief.total.percent).toBeLessThan(best.debrief.total.percent);
  });

  it('critical error path: labelling_question', async () => {
    const { debrief } = await play(
      FILE,
      [
        'Maybe. But one sign',
        'Go through to the treatment area',
        'Knock and go in',
        'Lean in to June',
        'Let Walter find the list',
        'Nod hello',
        "I don't think so",
        { report: { ...NOTES, action: 'none' } },
      ],
      { roundTrip },
    );
    expect(debrief.critical.map((c) => c.id)).toContain('labelling_question');
    expect(debrief.ending?.id).toBe('complaint');
    expect(debrief.decisions.find((d) => d.critical)?.better?.text.length ?? 0).toBeGreaterThan(5);
  });

  it('critical error path: take_documents', async () => {
    const { debrief } = await play(
      FILE,
      [
        'Maybe. But one sign',
        'Go through to the treatment area',
        'Knock and go in',
        'Introduce yourself',
        "I'll take the folder",
        'Nod hello',
        "I don't think so",
        { report: { ...NOTES, action: 'none' } },
      ],
      { roundTrip },
    );
    expect(debrief.critical.map((c) => c.id)).toContain('take_documents');
    expect(debrief.ending?.id).toBe('complaint');
    const c = debrief.critical.find((x) => x.id === 'take_documents')!;
    expect(c.explanation.length).toBeGreaterThan(30);
  });
});

describe('hospital night visitor, as content', () => {
  const c = compiled(FILE);

  it('is a "nothing is wrong" encounter: no indicators, several red herrings, three endings', () => {
    expect(c.meta.situation).toBe('none');
    expect(Object.keys(c.analysis.indicators)).toEqual([]);
    expect(c.story).not.toMatch(/indicator:/);
    const herrings = (c.story.match(/reveals: nothing/g) ?? []).length;
    expect(herrings).toBeGreaterThanOrEqual(4);
    expect(c.analysis.endings.length).toBeGreaterThanOrEqual(3);
    expect(c.analysis.criticalErrors.length).toBeGreaterThanOrEqual(2);
    expect(c.analysis.truncated).toBe(false);
  });

  it('the same choices give the same debrief (a function of the decision log)', async () => {
    await expectSameDebrief(FILE, BEST);
  });
});
