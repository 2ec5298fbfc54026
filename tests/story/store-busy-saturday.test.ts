import { describe, expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  expectWronglyFlagged,
  compiled,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

const FILE = storyFile('store', 'busy-saturday');

const report = reporter({
  observed: [],
  who: 'Family of four at register two; student in a green hoodie at register one',
  when: 'Saturday 14:15 to 14:40',
  where: 'Registers one and two, gift-card stand, front doors, restroom corridor',
});
const NOTHING = report('none');

const OPENING: Step[] = [
  'On my way. What did Lou actually see',
  'Ask Ren on the radio what the ceiling camera showed',
  'Look at the customer-service desk',
  'Look out of the front window at the van',
];

// Without the sticker: nothing about the customers is reportable.
const NOTHING_PATH: Step[] = [
  ...OPENING,
  'Offer a hand',
  'Is it for a prize drawing',
  'Thank Lou and tell her what you found',
  NOTHING,
];

// The best path, and the middle rung: the scratched-out hotline sticker is one weak sign, so a
// factual log line is exact; the customers had ordinary answers and stay out of it.
const BEST: Step[] = [
  'On my way. What did Lou actually see',
  'Ask Ren on the radio what the ceiling camera showed',
  'Look at the restroom corridor',
  'Look at the young woman at the gift-card stand',
  'Offer a hand',
  'Is it for a prize drawing',
  'log the scratched-out sticker as a fact',
  report('log', { observed: ['retail.hotline_signage_removed'] }),
];

describeBothWays('store busy Saturday', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title: 'best path: the customers had ordinary answers; the one weak sign is logged',
      steps: BEST,
      also: ({ debrief }) => expect(debrief.encounter.situation).toBe('none'),
      best: { ending: 'ordinary_day', action: 'log', noticed: ['retail.hotline_signage_removed'] },
    },
    {
      title: 'without the weak sign, nothing to report is the right report',
      steps: NOTHING_PATH,
      critical: [],
      action: { chosen: 'none', required: 'none', verdict: 'right' },
    },
    {
      title: 'critical error path: asking for papers',
      steps: [...OPENING, 'Have you all got your papers', NOTHING],
      criticalExplained: ['threaten_arrest_or_immigration'],
      ending: 'family_left',
      also: ({ debrief }) =>
        expect(debrief.decisions.find((d) => d.critical)?.better?.text).toContain('Offer a hand'),
    },
    {
      title: 'critical error path: a labelling question to the student',
      steps: [...OPENING, 'Offer a hand', 'Who told you to buy all these', NOTHING],
      criticalExplained: ['labelling_question'],
      ending: 'student_upset',
    },
    {
      title: 'critical error path: questioning the family about passports is profiling',
      steps: [...OPENING, 'Ask the woman to step aside', 'Is it for a prize', 'Thank Lou', NOTHING],
      criticalExplained: ['profiling'],
    },
    {
      title: 'the middle rung: one weak sign (the scratched-out sticker) makes a log entry exact',
      steps: BEST,
      critical: [],
      ending: 'ordinary_day',
      action: { chosen: 'log', required: 'log', verdict: 'right' },
    },
  ]);

  it('the picker does not give the verdict away, and no look closes itself', async () => {
    const { debrief, transcript } = await play(FILE, BEST, { roundTrip });
    expect(debrief.encounter.situation).toBe('none');
    expect(transcript.join(' ')).not.toMatch(/Nothing else here/);
    const c = compiled(FILE);
    expect(c.meta.contentNote).not.toMatch(/nothing harmful|nobody is in danger/i);
    expect(c.meta.focus ?? '').not.toMatch(/nothing to report|ordinary explanation/i);
  });

  it('the student does not volunteer an alibi: the look leaves her ambiguous, a question resolves it', async () => {
    const { transcript } = await play(FILE, BEST, { roundTrip });
    const text = transcript.join(' ');
    expect(text).toContain('keeps looking out at the parking lot');
    expect(text).toContain('Something like that.');
    expect(text).not.toContain("Here's the letter");
  });

  it('over-reaction costs culture and trust, answers the myth, and over-reporting is "over"', async () => {
    const flagged = ['not.speaks_other_language', 'not.nationality'];
    const { debrief } = await play(
      FILE,
      [
        'One woman talking for an old lady',
        'Look at the family at the registers',
        'Look at the cosmetics counter',
        'Look at the young woman at the gift-card stand',
        'Stay at the end of the line',
        'Hold the sale until the man explains',
        'Call',
        report('hotline', { observed: flagged }),
      ],
      { roundTrip },
    );
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('called_in');
    expect(debrief.action?.verdict).toBe('over');
    expect(debrief.myths.map((m) => m.id)).toContain('myth.one_flag_or_nationality');
    expect(debrief.critical.map((c) => c.id)).toEqual([]);
    expectWronglyFlagged(debrief, flagged);
    const best = await play(FILE, BEST, { roundTrip });
    expect(debrief.total.percent).toBeLessThan(best.debrief.total.percent - 30);
  });
});

describe('store busy Saturday, variants', () => {
  itPlays(FILE, false, [
    {
      title: 'variant 2 makes the daughter brisk; it is still nothing to report',
      steps: NOTHING_PATH,
      seed: 1,
      shows: ['Twenty people for lunch tomorrow'],
      action: { chosen: 'none', required: 'none', verdict: 'right' },
    },
  ]);
});

describeContent(
  'store busy Saturday',
  FILE,
  BEST,
  {
    indicators: 1,
    shows: ['retail.hotline_signage_removed'],
    herrings: 6,
    meta: { minor: false, situation: 'none' },
  },
  (c) => {
    it('has exactly three critical errors to make', () => {
      expect(c.analysis.criticalErrors).toEqual([
        'labelling_question',
        'profiling',
        'threaten_arrest_or_immigration',
      ]);
    });
  },
);
