import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  dimensionScore,
  expectBestPath,
  expectCriticalExplained,
  expectRightOutcome,
  expectWronglyFlagged,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';

const FILE = storyFile('hospital', 'night-visitor');

const report = reporter({
  who: 'Older couple in bay 2, Walter and June; their grandson',
  when: 'Wednesday 03:00 to 04:30',
  where: "ED waiting room and relatives' room",
});

const BEST: Step[] = [
  'Maybe. But one sign',
  'Look at the young man in the seats',
  'Look at the red folder',
  'Introduce yourself',
  'Let Walter find the list',
  'Nod hello',
  "I don't think so",
  report('none', { observed: [] }),
];

const OVER_REACTION: Step[] = [
  'Sounds like trafficking to me',
  'Look at the entrance doors',
  'Knock and go in',
  'Sir, please step away from her',
  'Let Walter find the list',
  'Step in front of him',
  'Better safe than sorry',
  report('hotline', { observed: ['not.any_tattoo', 'not.late_arrival'] }),
];

const TO_BEDSIDE: Step[] = ['Maybe. But one sign', 'Go through to the treatment area', 'Knock and go in'];
const TO_END: Step[] = ['Nod hello', "I don't think so", report('none')];

describeBothWays('hospital night visitor', (roundTrip) => {
  it('best path: nothing to report is right, no critical errors, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expectBestPath(debrief, { ending: 'settled', action: 'none', noticed: 'nothing', minDecisions: 5 });
  });

  it('the second variant: a short-tempered husband, still nothing wrong', async () => {
    const { debrief, transcript } = await play(FILE, BEST, { roundTrip, seed: 1 });
    expectRightOutcome(debrief, 'settled');
    expect(transcript.join(' ')).toContain("I've told three people already");
  });

  it('over-reacting costs trust and culture, flags distractors and over-reports', async () => {
    const { debrief } = await play(FILE, OVER_REACTION, { roundTrip });
    const best = await play(FILE, BEST, { roundTrip });
    expect(debrief.ending?.id).toBe('upset');
    expect(debrief.critical.map((c) => c.id)).toEqual(['profiling']);
    expect(debrief.action).toMatchObject({ chosen: 'hotline', required: 'none', verdict: 'over' });
    expectWronglyFlagged(debrief, ['not.any_tattoo', 'not.late_arrival']);
    expect(debrief.myths.map((m) => m.id)).toContain('myth.one_flag_or_nationality');
    expect(dimensionScore(debrief, 'culture')).toBeLessThan(dimensionScore(best.debrief, 'culture'));
    expect(dimensionScore(debrief, 'trust')).toBeLessThan(dimensionScore(best.debrief, 'trust'));
    expect(debrief.total.percent).toBeLessThan(best.debrief.total.percent);
  });

  it('critical error path: labelling_question', async () => {
    const { debrief } = await play(
      FILE,
      [...TO_BEDSIDE, 'Lean in to June', 'Let Walter find the list', ...TO_END],
      { roundTrip },
    );
    expectCriticalExplained(debrief, 'labelling_question');
    expect(debrief.ending?.id).toBe('complaint');
  });

  it('critical error path: take_documents', async () => {
    const { debrief } = await play(
      FILE,
      [...TO_BEDSIDE, 'Introduce yourself', "I'll take the folder", ...TO_END],
      { roundTrip },
    );
    expectCriticalExplained(debrief, 'take_documents');
    expect(debrief.ending?.id).toBe('complaint');
  });
});

describeContent('hospital night visitor', FILE, BEST, { indicators: 'none', herrings: 4 });
