import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  dimensionScore,
  expectBestPath,
  expectWronglyFlagged,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';

const FILE = storyFile('transit', 'last-train');

const report = reporter({
  observed: [],
  who: 'Father 30s, navy jacket, and daughter about 6; work crew of five in hi-vis',
  when: '23:35 to 23:52',
  where: 'Platform 2, bench and shelter',
});
const NOTHING = report('none');

const OPENING: Step[] = ['On my way', 'Look at the ticket machine', 'Look at the men by the shelter'];
const TO_CREW: Step[] = [...OPENING, 'Evening. The 11:52 is this one'];

const BEST: Step[] = [...TO_CREW, 'Give them the same update', 'Let them all board', NOTHING];

const CRITICAL_PATHS: [string, Step[]][] = [
  ['detain_or_rescue', [...TO_CREW, 'Give them the same update', 'Stand in the train doorway', NOTHING]],
  ['threaten_arrest_or_immigration', [...TO_CREW, 'Papers, all of you', NOTHING]],
];

describeBothWays('transit last train', (roundTrip) => {
  it('best path: nothing is wrong, and "nothing to report" is right', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expectBestPath(debrief, { ending: 'home_safe', action: 'none', noticed: 'nothing', minDecisions: 4 });
  });

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip);

  it('treating a father as a suspect costs trust and culture, and escalating is an over-reaction', async () => {
    const flagged = ['not.late_arrival', 'not.speaks_other_language'];
    const { debrief } = await play(
      FILE,
      [
        'A man on his own with a little girl',
        'Look up at the CCTV camera',
        'Look at the things on the bench',
        'Is she yours? Can I see some ID',
        'Why have you got everyone',
        'just to be sure',
        report('hotline', { observed: flagged }),
      ],
      { roundTrip },
    );
    expect(debrief.ending?.id).toBe('police_met');
    expect(debrief.critical).toEqual([]);
    expect(debrief.action).toMatchObject({ chosen: 'hotline', required: 'none', verdict: 'over' });
    expectWronglyFlagged(debrief, flagged);
    expect(dimensionScore(debrief, 'trust')).toBeLessThan(0);
    expect(dimensionScore(debrief, 'culture')).toBeLessThan(0);
    expect(debrief.myths.map((m) => m.id)).toContain('myth.one_flag_or_nationality');
    const best = await play(FILE, BEST, { roundTrip });
    expect(debrief.total.percent).toBeLessThan(best.debrief.total.percent - 25);
  });
});

describeContent('transit last train', FILE, BEST, { indicators: 'none', herrings: 4, meta: { variants: 2 } });
