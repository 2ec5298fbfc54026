import { expect, it } from 'vitest';
import {
  compiled,
  describeBothWays,
  describeContent,
  dimensionScore,
  expectWronglyFlagged,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

const FILE = storyFile('transit', 'last-train');

const report = reporter({
  observed: [],
  who: 'Father 30s, navy jacket, and daughter about 6; work crew of five in safety vests',
  when: '23:35 to 23:52',
  where: 'Platform 2, bench and shelter',
});
const NOTHING = report('none');

const OPENING: Step[] = [
  "On my way. I'll look",
  'Look at the ticket machine',
  'Look at the men by the shelter',
];
const TO_CREW: Step[] = [...OPENING, 'Doors open in a few minutes'];

const BEST: Step[] = [...TO_CREW, 'On time tonight', 'A dad and his daughter from the hospital', NOTHING];

const CRITICAL_PATHS: [string, Step[]][] = [
  ['detain_or_rescue', [...TO_CREW, 'On time tonight', 'Stand in the train doorway', NOTHING]],
  ['profiling', [...TO_CREW, 'Work visas, please', NOTHING]],
];

describeBothWays('transit last train', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title: 'best path: nothing is wrong, and "nothing to report" is right',
      steps: BEST,
      best: { ending: 'home_safe', action: 'none', noticed: 'nothing', minDecisions: 4 },
    },
    {
      title: 'defensible half-measures get partial credit, and the check resolves the concern',
      steps: [
        'Can you put a camera on them',
        'Check the help point',
        'Look at the things on the bench',
        'Crouch to the girl',
        'Which of you has the tickets',
        'keep camera 4 on the crew',
        NOTHING,
      ],
      critical: [],
      ending: 'home_safe',
      decisions: [
        { text: 'Can you put a camera on them', points: 'positive', better: "I'll look before I decide" },
      ],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip);

  it('treating a father as a suspect costs trust and culture, and escalating is an over-reaction', async () => {
    const flagged = ['not.late_arrival', 'not.speaks_other_language'];
    const { debrief } = await play(
      FILE,
      [
        'A man on his own with a little girl',
        'Look up at the CCTV camera',
        'Look at the things on the bench',
        'Is she yours? ID for her',
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
  it("must-fix 5: the crew's tickets stay ambiguous until a question resolves them", async () => {
    const looked = await play(
      FILE,
      [...OPENING, 'Doors open in a few minutes', 'On time tonight', 'A dad and his daughter', NOTHING],
      {
        roundTrip,
      },
    );
    const text = looked.transcript.join(' ');
    expect(text).toContain('None of the others has a ticket out');
    expect(text).toContain("The ticket machine's broken, so I booked us all on the app");
    expect(text.indexOf('None of the others')).toBeLessThan(text.indexOf("ticket machine's broken"));
  });
});

describeContent(
  'transit last train',
  FILE,
  BEST,
  { indicators: 'none', herrings: 4, meta: { variants: 2 } },
  (c) => {
    it('must-fix 5: the content note and focus name the subject, not the verdict; no verdict lines or sermons', () => {
      expect(c.meta.contentNote).not.toMatch(/nobody|nothing|not being exploited|no one/i);
      expect(c.meta.focus ?? '').not.toMatch(/judgement|suspects|ordinary/i);
      expect(c.story).not.toMatch(
        /Nothing else here|the right answer|one text and one guess|Papers, all of you/,
      );
      expect(compiled(FILE).story).not.toMatch(/\b(mate|mum|mummy|pyjamas|holdall|lads)\b/i);
    });
  },
);
