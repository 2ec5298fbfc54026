import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  dimensionScore,
  expectBestPath,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

const FILE = storyFile('store', 'nail-salon');

const report = reporter({
  observed: 'seen',
  who: 'Kim, nail technician, 20s, black tunic; Gil, owner, 50s, white shirt, cash pouch; Walt, phone-repair counter',
  when: 'Tuesday, 11:20 to 12:30',
  where: 'Riverside Commons concourse, nail bar kiosk and the storage cupboard behind it',
});
const HOTLINE = report('hotline');

/** Seeds: variant = seed % 2 + 1. */
const V1 = 42;
const V2 = 43;

const LOOKS: Step[] = [
  'Watch the nail bar for a minute',
  'Look at the storage cupboard',
  'Read the sign on the post',
  'Look at the phone-repair counter',
  'Look down the service corridor',
  'Walk over to the nail bar',
];
const OPENING: Step[] = ['Could I have a number for you', ...LOOKS];
const TO_GIL_DONE: Step[] = [...OPENING, 'Not today, thanks', "I'll let you get on"];
const TO_PODIUM: Step[] = [...TO_GIL_DONE, 'Ask Walt, quietly'];
const PRETEXT = 'Take the bracelet over';
const LEAVE_BE = 'Leave the nail bar alone';
const REFER = 'Call it in to';
/** Variant 1: the lost-property form gives Kim five minutes, and she says a little, slowly. */
const PRIVATE: Step[] = [...TO_PODIUM, PRETEXT, 'The bracelet can wait', 'Long days, from what I see'];
const BEST_V1: Step[] = [...PRIVATE, "I'll tell my control room", REFER, HOTLINE];
/** Variant 2: Gil never leaves her side; not stepping in, and the referral, is the whole job. */
const BEST_V2: Step[] = [...TO_PODIUM, LEAVE_BE, REFER, HOTLINE];

const SEEN_EVERYWHERE = [
  'retail.not_allowed_to_buy_or_speak',
  'retail.hotline_signage_removed',
  'retail.worker_coached_monitored',
  'retail.injuries_avoids_eye_contact',
  'retail.tenant_worker_lives_onsite',
];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'suspicion_in_front_of_controller',
    [...OPENING, 'Not today, thanks', 'have you been crying', 'Ask Walt, quietly', LEAVE_BE, REFER, HOTLINE],
  ],
  [
    'confront_controller',
    [
      ...OPENING,
      'Not today, thanks',
      'Seven days a week, Gil?',
      'Ask Walt, quietly',
      LEAVE_BE,
      REFER,
      HOTLINE,
    ],
  ],
  ['interrogate_victim', [...TO_PODIUM, PRETEXT, 'Does Gil pay you?', REFER, HOTLINE]],
  [
    'labelling_question',
    [...TO_PODIUM, PRETEXT, 'The bracelet can wait', 'Are you being forced to work here?', REFER, HOTLINE],
  ],
  ['promise_cannot_keep', [...PRIVATE, 'Nothing will happen with immigration', REFER, HOTLINE]],
  ['detain_or_rescue', [...PRIVATE, "You're not going back to that chair", REFER, HOTLINE]],
];

describeBothWays('store nail salon', (roundTrip) => {
  it('variant 1 best path: a quiet five minutes, a slow partial disclosure, and the hotline referral through the control room', async () => {
    const { debrief, transcript } = await play(FILE, BEST_V1, { roundTrip, seed: V1 });
    expectBestPath(debrief, {
      ending: 'referred',
      action: 'hotline',
      noticed: [...SEEN_EVERYWHERE, 'retail.discreet_help_seeking'],
      minDecisions: 9,
    });
    const text = transcript.join(' ');
    // The story changes: first "just tired", then, a question later, the debt and the threat.
    expect(text.indexOf('I was just tired')).toBeGreaterThan(-1);
    expect(text.indexOf('I sleep in the back')).toBeGreaterThan(text.indexOf('I was just tired'));
    expect(text).toContain('he calls immigration');
    expect(text).toContain("my brother's school");
    expect(debrief.myths.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        'myth.only_underground',
        'myth.trauma_story_changes',
        'myth.would_ask_for_help',
      ]),
    );
  });

  itPlays(FILE, roundTrip, [
    {
      title: 'variant 2 best path: Gil never leaves her side, so not stepping in and referring it is exact',
      steps: BEST_V2,
      seed: V2,
      best: { ending: 'referred', action: 'hotline', noticed: SEEN_EVERYWHERE, minDecisions: 6 },
      shows: ["Gil's been good to me"],
    },
    {
      title: 'the cot stays ambiguous from the look alone',
      steps: [...TO_GIL_DONE, 'Buy a charging cable', LEAVE_BE, REFER, HOTLINE],
      seed: V2,
      // The look at the cupboard shows a mattress, but nothing that tells a break cot from a bed.
      missed: [{ id: 'retail.tenant_worker_lives_onsite', seen: false }],
      // Both are defensible: the cable keeps everything quiet, the question learns something.
      critical: [],
      action: { verdict: 'right' },
      decisions: [{ text: 'Buy a charging cable', better: null }],
    },
    {
      title: 'the cot: a question to the neighbor resolves it',
      steps: BEST_V2,
      seed: V2,
      noticed: ['retail.tenant_worker_lives_onsite'],
    },
    {
      title:
        'partial credit: the lost-property pretext is an acceptable gamble, below leaving the nail bar alone',
      steps: BEST_V1,
      seed: V1,
      critical: [],
      decisions: [{ text: PRETEXT, better: LEAVE_BE }],
    },
    {
      title: 'variant 2: Gil refuses the pretext, and pushing is a critical error',
      steps: [...TO_PODIUM, PRETEXT, "It's her signature the form needs", REFER, HOTLINE],
      seed: V2,
      criticalIncludes: ['suspicion_in_front_of_controller'],
    },
    {
      title: 'a question that reaches Gil makes the pretext fail even in variant 1',
      steps: [
        ...TO_GIL_DONE,
        'being kept there against her will',
        PRETEXT,
        'Take the bracelet back',
        REFER,
        HOTLINE,
      ],
      seed: V1,
      shows: ['talking to Gil by the pretzel stand', 'Twice in one morning'],
      hides: ['Kim, go. Five minutes.'],
      critical: [],
    },
    {
      title: 'the report step: police override her choice',
      steps: [...TO_PODIUM, LEAVE_BE, 'Call the police about the nail bar', report('police')],
      seed: V2,
      ending: 'police_override',
      action: { chosen: 'police', required: 'hotline' },
      notRight: true,
      // Nothing on the best path scores voice and choice here; police for an adult who has not asked costs it.
      scores: { choice: 'negative' },
    },
    {
      title: 'flagging cash only, or relatives in their own business, is explained as not an indicator',
      steps: [
        ...BEST_V2.slice(0, -1),
        report('hotline', { observed: ['not.cash_only', 'not.family_business_long_hours'] }),
      ],
      seed: V2,
      flagged: ['not.cash_only', 'not.family_business_long_hours'],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { also: (d) => expect(d.ending).toBeDefined() });

  it('partial credit: asking her to call now is kind, but scored below leaving the next step to her', async () => {
    const best = (await play(FILE, BEST_V1, { roundTrip, seed: V1 })).debrief;
    const rushed = (
      await play(FILE, [...PRIVATE, 'Come into the back office', REFER, HOTLINE], { roundTrip, seed: V1 })
    ).debrief;
    expect(rushed.critical).toEqual([]);
    expect(rushed.action?.verdict).toBe('right');
    const decision = rushed.decisions.find((d) => d.text.includes('Come into the back office'));
    expect(decision?.better?.text).toContain("I'll tell my control room");
    expect(dimensionScore(rushed, 'choice')).toBeLessThan(dimensionScore(best, 'choice'));
    expect(rushed.total.score).toBeLessThan(best.total.score);
  });

  it('variant 2: Gil refuses the pretext; stopping is best, a hidden note costs safety', async () => {
    const path = (pick: string): Step[] => [...TO_PODIUM, PRETEXT, pick, REFER, HOTLINE];
    const stopped = await play(FILE, path('Take the bracelet back'), { roundTrip, seed: V2 });
    expect(stopped.transcript.join(' ')).toContain('anything to sign, I sign');
    expect(stopped.debrief.critical).toEqual([]);
    expect(stopped.debrief.action?.verdict).toBe('right');
    const note = (await play(FILE, path('Leave a receipt on the counter'), { roundTrip, seed: V2 })).debrief;
    expect(note.critical).toEqual([]);
    expect(dimensionScore(note, 'safety')).toBeLessThan(dimensionScore(stopped.debrief, 'safety'));
  });

  it('waiting by the restroom shows the watcher, and Gil sees the guard', async () => {
    const { debrief, transcript } = await play(
      FILE,
      [...TO_PODIUM, 'Wait on the bench by the staff corridor', REFER, HOTLINE],
      { roundTrip, seed: V2 },
    );
    expect(debrief.noticed.map((i) => i.id)).toContain('retail.watcher_outside');
    expect(transcript.join(' ')).toContain('Gil sees you too');
    const best = (await play(FILE, BEST_V2, { roundTrip, seed: V2 })).debrief;
    expect(dimensionScore(debrief, 'safety')).toBeLessThan(dimensionScore(best, 'safety'));
  });

  it('the report step: the lease notice and a log entry fall short, the control room alone is one rung under', async () => {
    const right = (await play(FILE, BEST_V2, { roundTrip, seed: V2 })).debrief;

    const lease = (
      await play(FILE, [...TO_PODIUM, LEAVE_BE, "Call the mall's leasing office", report('supervisor')], {
        roundTrip,
        seed: V2,
      })
    ).debrief;
    expect(lease.ending?.id).toBe('lease_notice');
    expect(lease.action).toMatchObject({ chosen: 'supervisor', required: 'hotline' });
    expect(lease.action?.verdict).not.toBe('right');
    expect(dimensionScore(lease, 'safety')).toBeLessThan(dimensionScore(right, 'safety'));

    const logged = (
      await play(FILE, [...TO_PODIUM, LEAVE_BE, 'Write it in the incident log', report('log')], {
        roundTrip,
        seed: V2,
      })
    ).debrief;
    expect(logged.ending?.id).toBe('logged');
    expect(logged.action).toMatchObject({ chosen: 'log', required: 'hotline' });
    expect(dimensionScore(logged, 'report')).toBeLessThan(dimensionScore(right, 'report'));

    const controlOnly = (
      await play(FILE, [...BEST_V2.slice(0, -1), report('supervisor')], { roundTrip, seed: V2 })
    ).debrief;
    expect(controlOnly.action).toMatchObject({ chosen: 'supervisor', required: 'hotline' });
    expect(controlOnly.action?.verdict).not.toBe('right');
    expect(dimensionScore(controlOnly, 'report')).toBeLessThan(dimensionScore(right, 'report'));
  });
});

describeContent('store nail salon', FILE, BEST_V1, {
  indicators: 6,
  inEveryVariant: true,
  herrings: 3,
  meta: { minor: false, variants: 2, situation: 'labour_trafficking' },
});
