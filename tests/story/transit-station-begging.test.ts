import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  dimensionScore,
  expectCriticalExplained,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

const FILE = storyFile('transit', 'station-begging');

const report = reporter({
  observed: 'seen',
  who: 'Young man, 16 to 20, thin cotton jacket, bandaged foot; man, 30s, padded jacket, wool hat, says he is his cousin',
  when: 'Thursday, 11:20 pm to 11:50 pm; the man emptied the cup at 11:31',
  where: 'Platform 2, foot of the footbridge stairs',
});
const POLICE = report('police');

/** Seeds: variant = seed % 2 + 1. */
const V1 = 42;
const V2 = 43;

const OPENING: Step[] = [
  'Before I move him, I want a look at him',
  'Look at the young man at the foot of the stairs',
  'Ask Bea to look back on the camera',
  'Look at the busker',
  'Walk over to the stairs',
];
const KIND = "Hey. It's OK. Sit, sit.";
const PHONE_LINE = "I'll use our phone line";
const SAFETY_CHECK = "Ask him if it's OK to talk for a minute";
const HOLD_OFF = 'Not yet. I think he may be under 18';
const TO_DAN: Step[] = [...OPENING, KIND, PHONE_LINE, SAFETY_CHECK, HOLD_OFF];
const GOODBYE = "No problem. Last train's at ten to.";
const RADIO_POLICE = 'Bea, I need police';
const BEST: Step[] = [...TO_DAN, GOODBYE, RADIO_POLICE, POLICE];
const FIRST_AID = 'That foot needs looking at';

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'interrogate_victim',
    [...OPENING, KIND, PHONE_LINE, 'makes him beg', HOLD_OFF, GOODBYE, RADIO_POLICE, POLICE],
  ],
  ['companion_as_interpreter', [...TO_DAN, 'Can you ask him how he hurt his foot', RADIO_POLICE, POLICE]],
  ['confront_controller', [...TO_DAN, "I've been watching you take his money", RADIO_POLICE, POLICE]],
];

describeBothWays('transit station begging', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title:
        'best path: hold off the move-on, a phone interpreter, an ordinary goodbye to the man, then police and child protection',
      steps: BEST,
      seed: V1,
      best: {
        ending: 'police_child_protection',
        action: 'police',
        noticed: [
          'transit.few_belongings_wrong_clothes',
          'transit.restricted_monitored_movement',
          'transit.fear_of_uniforms',
          'transit.minor_with_non_parent',
          'transit.malnourished_drugged',
        ],
        minDecisions: 6,
      },
      myths: [
        'myth.age_unknown_adult',
        'myth.offender_not_victim',
        'myth.trauma_hostile_or_flat',
        'myth.only_sex',
      ],
      // Disclosure is partial: a debt for "the road" and, in this variant, a hint about his mother.
      shows: ['I pay back for the road', 'knows where his mother lives'],
      hides: [/forced|trafficked/i],
    },
    {
      title:
        'variant 2 says less: no word about his mother, and the best path is still police and child protection',
      steps: BEST,
      seed: V2,
      critical: [],
      action: { chosen: 'police', required: 'police', verdict: 'right' },
      hides: ['his mother'],
    },
    {
      title:
        'partial credit: the busker as interpreter is not a critical error, but she is not neutral and he says little',
      steps: [...OPENING, KIND, "Please, that'd help", HOLD_OFF, GOODBYE, RADIO_POLICE, POLICE],
      seed: V1,
      critical: [],
      shows: ["I don't think that's all he said"],
      decisions: [{ text: "Please, that'd help", better: PHONE_LINE }],
      scores: { culture: 'negative' },
    },
    {
      title:
        'variant 1: the first-aid room happens with the man at the door; he answers for him, and the young man eats fast',
      steps: [...TO_DAN, FIRST_AID, 'Say nothing more', RADIO_POLICE, POLICE],
      seed: V1,
      critical: [],
      shows: ['He answers her questions for him'],
      noticed: ['transit.not_allowed_to_speak_or_separate', 'transit.malnourished_drugged'],
      action: { verdict: 'right' },
    },
    {
      title: 'variant 2: the man refuses the first-aid room, and stopping is best',
      steps: [...TO_DAN, FIRST_AID, 'Careful with that foot on the stairs', RADIO_POLICE, POLICE],
      seed: V2,
      shows: ['We go to our own doctor.'],
      critical: [],
      action: { verdict: 'right' },
    },
    {
      title: 'variant 2: the man refuses the first-aid room, and insisting is a critical error',
      steps: [...TO_DAN, FIRST_AID, 'He has to be seen before he leaves', RADIO_POLICE, POLICE],
      seed: V2,
      criticalExplained: ['suspicion_in_front_of_controller'],
    },
    {
      title: 'variant 2: the man refuses the first-aid room, and a granola bar is kind but not the best',
      steps: [...TO_DAN, FIRST_AID, 'Hand him a granola bar', RADIO_POLICE, POLICE],
      seed: V2,
      critical: [],
      noticed: ['transit.malnourished_drugged'],
      decisions: [{ text: 'granola bar', better: 'Careful with that foot' }],
    },
    {
      title: 'the report rung: a possible minor goes to police and child protection',
      steps: BEST,
      seed: V1,
      action: { chosen: 'police', required: 'police', verdict: 'right' },
    },
    {
      title: 'the report rung: the hotline alone is a minor not escalated',
      steps: [...TO_DAN, GOODBYE, 'Refer it to', report('hotline')],
      seed: V1,
      ending: 'hotline_only',
      action: { chosen: 'hotline', required: 'police', verdict: 'under' },
      also: ({ debrief }) => expectCriticalExplained(debrief, 'minor_not_escalated', { from: 'report' }),
    },
    {
      title: 'the report rung: a log entry for the day shift is too little',
      steps: [...TO_DAN, GOODBYE, 'Log it for the day shift', report('log')],
      seed: V1,
      ending: 'logged',
      scores: { report: 'negative' },
    },
    {
      title: 'the report rung: the emergency number with nobody in danger is over',
      steps: [...TO_DAN, GOODBYE, 'Call ', report('emergency')],
      seed: V1,
      ending: 'emergency_no_one_there',
      action: { chosen: 'emergency', required: 'police', verdict: 'over' },
      critical: [],
    },
    {
      title: 'flagging things that are not indicators is explained',
      steps: [
        ...BEST.slice(0, -1),
        report('police', { observed: ['not.speaks_other_language', 'not.cheap_clothes'] }),
      ],
      seed: V1,
      flagged: ['not.speaks_other_language', 'not.cheap_clothes'],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { also: (d) => expect(d.ending).toBeDefined() });

  it('partial credit: moving him on is within policy, but scored below holding off and telling the control room', async () => {
    const moved = (
      await play(
        FILE,
        [...OPENING, KIND, PHONE_LINE, SAFETY_CHECK, "I'll move him on", GOODBYE, RADIO_POLICE, POLICE],
        {
          roundTrip,
          seed: V1,
        },
      )
    ).debrief;
    const best = (await play(FILE, BEST, { roundTrip, seed: V1 })).debrief;
    expect(moved.critical).toEqual([]);
    const decision = moved.decisions.find((d) => d.text.includes("I'll move him on"));
    expect(decision?.better?.text).toContain(HOLD_OFF);
    expect(dimensionScore(moved, 'safety')).toBeLessThan(dimensionScore(best, 'safety'));
    expect(dimensionScore(moved, 'collaboration')).toBe(dimensionScore(best, 'collaboration'));
    expect(moved.total.score).toBeLessThan(best.total.score);
  });

  it('asking the man for his age and ID shows who holds the papers, at a cost in safety, without a critical error', async () => {
    const asked = (
      await play(FILE, [...TO_DAN, 'Have you got ID for him', RADIO_POLICE, POLICE], { roundTrip, seed: V1 })
    ).debrief;
    const best = (await play(FILE, BEST, { roundTrip, seed: V1 })).debrief;
    expect(asked.critical).toEqual([]);
    expect(asked.noticed.map((i) => i.id)).toContain('transit.companion_holds_documents_ticket');
    expect(dimensionScore(asked, 'safety')).toBeLessThan(dimensionScore(best, 'safety'));
  });

  it('"he looks twenty" is answered in the debrief: an age nobody can be sure of is treated as a possible minor', async () => {
    const { debrief } = await play(
      FILE,
      [...OPENING, KIND, PHONE_LINE, SAFETY_CHECK, 'He looks twenty to me', GOODBYE, RADIO_POLICE, POLICE],
      { roundTrip, seed: V2 },
    );
    expect(debrief.critical).toEqual([]);
    const decision = debrief.decisions.find((d) => d.text.includes('He looks twenty'));
    expect(decision?.better?.text).toContain(HOLD_OFF);
    expect(debrief.myths.find((m) => m.id === 'myth.age_unknown_adult')?.correction).toContain('under 18');
  });
});

describeContent('transit station begging', FILE, BEST, {
  indicators: 6,
  inEveryVariant: true,
  herrings: 3,
  meta: { minor: true, variants: 2, situation: 'labour_trafficking' },
});
