import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  dimensionScore,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

const FILE = storyFile('store', 'back-pay');

const report = reporter({
  observed: [],
  who: 'Tess, contract cleaner, 50s, green polo; Gary, crew lead, 40s',
  when: 'Tuesday, 12:50 to 13:20',
  where: 'Fitting rooms at the back of the store',
});
const CONTROL_ROOM = report('supervisor');

const OPENING: Step[] = [
  "Let's hear it from her",
  'Look out of the front window',
  'Look at the staff noticeboard',
];
const TO_TALK: Step[] = [...OPENING, 'Ren mentioned pay'];
const TO_GARY: Step[] = [...TO_TALK, 'Are you free to come and go'];
const TO_ACT: Step[] = [...TO_GARY, 'All good. Just chatting.'];
const TO_DECIDE: Step[] = [...TO_ACT, "I'll tell the store, without naming you", 'Threats, a debt'];
const BEST: Step[] = [...TO_DECIDE, 'Radio', CONTROL_ROOM];

const V1 = 42;
const V2 = 43;

const CRITICAL_PATHS: [string, Step[]][] = [
  ['labelling_question', [...OPENING, 'Are you being trafficked', 'Threats, a debt', 'Radio', CONTROL_ROOM]],
  ['promise_cannot_keep', [...TO_ACT, 'It stays between us', 'Threats, a debt', 'Radio', CONTROL_ROOM]],
];

describeBothWays('store back pay (wage theft, not trafficking)', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title:
        'best path: the labor-standards contact from configuration, and the control room is the exact report',
      steps: BEST,
      seed: V1,
      best: { ending: 'referred', action: 'supervisor', noticed: 'nothing', minDecisions: 6 },
      also: ({ debrief }) => expect(debrief.encounter.situation).toBe('not_trafficking'),
      // The contact comes from the configuration (the default's US wage-and-hour office), never typed in.
      shows: ['Wage and Hour Division'],
    },
    {
      title: 'a log entry is too little',
      steps: [...TO_DECIDE, 'Write it in the incident log', report('log')],
      seed: V1,
      action: { required: 'supervisor', verdict: 'under' },
    },
    {
      title: 'offering the trafficking hotline to her answers the one-sign myth',
      steps: [...TO_ACT, "Let's call", 'Threats, a debt', 'Radio', CONTROL_ROOM],
      seed: V1,
      ending: 'kept_quiet',
      myths: ['myth.one_flag_or_nationality'],
      decisions: [{ text: "Let's call", why: 'force, fraud or coercion' }],
    },
    {
      title:
        'variant 2: naming her complaint to the crew lead is scored down, keeping it private is the better choice',
      steps: [
        ...TO_GARY,
        'Your company owes her',
        "I'll tell the store, without naming you",
        'Threats, a debt',
        'Radio',
        CONTROL_ROOM,
      ],
      seed: V2,
      decisions: [{ text: 'Your company owes her', points: 'negative', better: 'All good' }],
    },
    {
      title: 'what would change the picture: profiling by origin is scored down',
      steps: [
        ...TO_ACT,
        "I'll tell the store, without naming you",
        "If she wasn't from round here",
        'Radio',
        CONTROL_ROOM,
      ],
      seed: V1,
      decisions: [{ text: "wasn't from round here", points: 'negative' }],
      myths: ['myth.one_flag_or_nationality'],
    },
    {
      title: 'ticking unpaid wages or working for a contractor as a trafficking sign is explained',
      steps: [
        ...BEST.slice(0, -1),
        report('supervisor', { observed: ['not.owed_pay_free_to_leave', 'not.outside_contractor'] }),
      ],
      seed: V1,
      flagged: ['not.owed_pay_free_to_leave', 'not.outside_contractor'],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, {
    also: (d) => expect(d.action?.required).toBe('supervisor'),
  });

  it('the trafficking hotline is more than needed, police an override', async () => {
    const right = (await play(FILE, BEST, { roundTrip, seed: V1 })).debrief;
    const hotline = (
      await play(FILE, [...TO_DECIDE, 'Refer it to', report('hotline')], { roundTrip, seed: V1 })
    ).debrief;
    expect(hotline.action).toMatchObject({ chosen: 'hotline', required: 'supervisor' });
    expect(hotline.action?.verdict).not.toBe('right');
    expect(dimensionScore(hotline, 'report')).toBeLessThan(dimensionScore(right, 'report'));
    const police = (
      await play(FILE, [...TO_DECIDE, 'Call police', report('police')], { roundTrip, seed: V1 })
    ).debrief;
    expect(police.action?.verdict).not.toBe('right');
    expect(dimensionScore(police, 'choice')).toBeLessThan(dimensionScore(right, 'choice'));
  });

  it('the contact alone is partial credit: her choice respected, but the store still needs to know', async () => {
    const best = (await play(FILE, BEST, { roundTrip, seed: V1 })).debrief;
    const alone = (
      await play(FILE, [...TO_ACT, 'They handle unpaid wages', 'Threats, a debt', 'Radio', CONTROL_ROOM], {
        roundTrip,
        seed: V1,
      })
    ).debrief;
    const d = alone.decisions.find((x) => x.text.includes('They handle unpaid wages'));
    expect(d?.points).toBeGreaterThan(0);
    expect(d?.better?.text).toContain("I'll tell the store");
    expect(alone.total.percent).toBeLessThan(best.total.percent);
  });
});

describeContent('store back pay', FILE, BEST, {
  indicators: 0,
  herrings: 5,
  meta: { situation: 'not_trafficking', minor: false, variants: 2 },
});
