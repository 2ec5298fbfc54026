import { describe, expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  expectBestPath,
  expectCriticalExplained,
  expectWronglyFlagged,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';

const FILE = storyFile('store', 'busy-saturday');

const report = reporter({
  observed: [],
  who: 'Family of four at till two; student in a netball hoodie at till one',
  when: 'Saturday 14:15 to 14:40',
  where: 'Tills one and two, gift-card stand, front doors',
});
const NOTHING = report('none');

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

describeBothWays('store busy Saturday', (roundTrip) => {
  it('best path: nothing to report is the right report', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expect(debrief.encounter.situation).toBe('none');
    expectBestPath(debrief, { ending: 'ordinary_day', action: 'none', noticed: 'nothing' });
    expect(debrief.missed).toEqual([]);
  });

  it('critical error path: asking for papers', async () => {
    const { debrief } = await play(FILE, [...OPENING, 'Have you all got your papers', NOTHING], {
      roundTrip,
    });
    expectCriticalExplained(debrief, 'threaten_arrest_or_immigration');
    expect(debrief.ending?.id).toBe('family_left');
    expect(debrief.decisions.find((d) => d.critical)?.better?.text).toContain('Step up beside the till');
  });

  it('critical error path: a labelling question to the student', async () => {
    const { debrief } = await play(
      FILE,
      [...OPENING, 'Step up beside the till', 'Who told you to buy all these', NOTHING],
      { roundTrip },
    );
    expectCriticalExplained(debrief, 'labelling_question');
    expect(debrief.ending?.id).toBe('student_upset');
  });

  it('over-reaction costs culture and trust, answers the myth, and over-reporting is "over"', async () => {
    const flagged = ['not.speaks_other_language', 'not.nationality'];
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
        report('hotline', { observed: flagged }),
      ],
      { roundTrip },
    );
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('called_in');
    expect(debrief.action?.verdict).toBe('over');
    expect(debrief.myths.map((m) => m.id)).toContain('myth.one_flag_or_nationality');
    expectWronglyFlagged(debrief, flagged);
    const best = await play(FILE, BEST, { roundTrip });
    expect(debrief.total.percent).toBeLessThan(best.debrief.total.percent - 30);
  });
});

describe('store busy Saturday, variants', () => {
  it('variant 2 makes the daughter brisk; it is still nothing to report', async () => {
    const two = await play(FILE, BEST, { seed: 1 });
    expect(two.transcript.join(' ')).toContain('Twenty people for lunch tomorrow');
    expect(two.debrief.action).toMatchObject({ chosen: 'none', required: 'none', verdict: 'right' });
  });
});

describeContent(
  'store busy Saturday',
  FILE,
  BEST,
  { indicators: 'none', herrings: 6, meta: { minor: false } },
  (c) => {
    it('has exactly two critical errors to make', () => {
      expect(c.analysis.criticalErrors).toEqual(['labelling_question', 'threaten_arrest_or_immigration']);
    });
  },
);
