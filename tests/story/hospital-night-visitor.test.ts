import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  dimensionScore,
  expectBestPath,
  expectRightOutcome,
  expectWronglyFlagged,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

const FILE = storyFile('hospital', 'night-visitor');

const report = reporter({
  observed: 'seen',
  who: 'Older couple from bay 2, Walter and June; their grandson; Bea, agency nurse, raised it',
  when: 'Wednesday 03:00 to 04:30',
  where: "ED waiting room and relatives' room",
});

const WEAK_SIGN = 'hospital.companion_holds_documents_pays';

const TO_BEDSIDE: Step[] = [
  'Tell your charge nurse about the bruises',
  'Look at the young man in the seats',
  'Look at the red folder',
];
const TO_WRAP_UP: Step[] = [
  ...TO_BEDSIDE,
  'Is there anything that would make',
  'Thanks. The nurses will take good care',
  'Step out into the corridor',
  'Nod hello',
];
const LOG_IT = "I'll log what I saw";
const BEST: Step[] = [...TO_WRAP_UP, LOG_IT, report('log')];

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

describeBothWays('hospital night visitor', (roundTrip) => {
  it('best path: the care team takes the worry forward, security logs it, no critical errors', async () => {
    const { debrief, transcript } = await play(FILE, BEST, { roundTrip });
    expectBestPath(debrief, { ending: 'referred', action: 'log', noticed: [WEAK_SIGN], minDecisions: 6 });
    const text = transcript.join(' ');
    expect(text).toContain('asked the safeguarding team to see June');
    // The officer never hears what the care team decided about the bruises.
    expect(text).toContain("doesn't tell either of you what she decided about the bruises");
  });

  it('variant 2: a short-tempered husband, and the charge nurse makes an adult-safeguarding referral', async () => {
    const { debrief, transcript } = await play(FILE, BEST, { roundTrip, seed: 1 });
    expectRightOutcome(debrief, 'referred');
    const text = transcript.join(' ');
    expect(text).toContain("I've told three people already");
    expect(text).toContain('made a safeguarding referral');
  });

  it('clearing the bruises on the carer’s word is not security’s call: scored down, no referral', async () => {
    const cleared = await play(
      FILE,
      [
        'Maybe. One sign',
        'Go through to the treatment area',
        'Knock and go in',
        'Is there anything that would make',
        'OK, that explains it',
        'Let Walter find the list',
        'Nod hello',
        "I don't think so",
        report('log'),
      ],
      { roundTrip },
    );
    const best = await play(FILE, BEST, { roundTrip });
    expect(cleared.debrief.ending?.id).toBe('settled');
    expect(cleared.debrief.critical).toEqual([]);
    expect(dimensionScore(cleared.debrief, 'collaboration')).toBeLessThan(
      dimensionScore(best.debrief, 'collaboration'),
    );
    for (const said of ['OK, that explains it', "I don't think so"]) {
      const d = cleared.debrief.decisions.find((x) => x.text.includes(said));
      expect(d?.points, said).toBeLessThan(2);
      expect(d?.why, said).toMatch(/care team/);
    }
  });

  it('asking to see her medicines list is scored down: health information is not security’s', async () => {
    const { debrief } = await play(
      FILE,
      [
        ...TO_BEDSIDE,
        'Is there anything that would make',
        'Can I check her medicines list',
        'Step out into the corridor',
        'Nod hello',
        LOG_IT,
        report('log'),
      ],
      { roundTrip },
    );
    const asked = debrief.decisions.find((d) => d.text.includes('medicines list'));
    expect(asked?.points).toBeLessThan(0);
    expect(asked?.why).toContain('private health information');
    expect(asked?.better?.text).toContain('The nurses will take good care');
  });

  it('a routine visitor check is defensible but costs on culture; stopping him for his looks is profiling', async () => {
    const asked = await play(
      FILE,
      [...TO_WRAP_UP.slice(0, -1), 'Hold the door and ask who', LOG_IT, report('log')],
      { roundTrip },
    );
    expect(asked.debrief.critical).toEqual([]);
    const best = await play(FILE, BEST, { roundTrip });
    expect(dimensionScore(asked.debrief, 'culture')).toBeLessThan(dimensionScore(best.debrief, 'culture'));
  });

  it('over-reacting: profiling, distractors flagged, and a hotline call for a family is over the ladder', async () => {
    const { debrief } = await play(FILE, OVER_REACTION, { roundTrip });
    const best = await play(FILE, BEST, { roundTrip });
    expect(debrief.ending?.id).toBe('upset');
    expect(debrief.critical.map((c) => c.id)).toEqual(['profiling']);
    expect(debrief.action).toMatchObject({ chosen: 'hotline', required: 'log', verdict: 'over' });
    expectWronglyFlagged(debrief, ['not.any_tattoo', 'not.late_arrival']);
    expect(debrief.myths.map((m) => m.id)).toContain('myth.one_flag_or_nationality');
    expect(dimensionScore(debrief, 'culture')).toBeLessThan(dimensionScore(best.debrief, 'culture'));
    expect(debrief.total.percent).toBeLessThan(best.debrief.total.percent);
  });

  // The best path, the care team's referral and health information are issue #12's must-fix items
  // (hospital role), kept as their own tests above; these rows differ only in data.
  itPlays(FILE, roundTrip, [
    {
      title: 'nothing in the log is too little: the middle rung (a note) is what security owes',
      steps: [...TO_WRAP_UP, LOG_IT, report('none')],
      action: { chosen: 'none', required: 'log', verdict: 'under' },
    },
    {
      title: 'critical error path: labelling_question',
      steps: [
        ...TO_BEDSIDE,
        'Lean in to June',
        'Let Walter find the list',
        'Nod hello',
        LOG_IT,
        report('log'),
      ],
      criticalExplained: ['labelling_question'],
      ending: 'complaint',
    },
    {
      title: 'critical error path: take_documents',
      steps: [
        ...TO_BEDSIDE,
        'Say nothing. Wait by the door',
        "I'll take the folder",
        'Nod hello',
        LOG_IT,
        report('log'),
      ],
      criticalExplained: ['take_documents'],
      ending: 'complaint',
    },
  ]);
});

describeContent('hospital night visitor', FILE, BEST, {
  indicators: 1,
  shows: [WEAK_SIGN],
  herrings: 4,
  meta: { situation: 'none', minor: false, variants: 2 },
});
