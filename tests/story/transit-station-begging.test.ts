import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  dimensionScore,
  expectBestPath,
  expectCriticalExplained,
  expectWronglyFlagged,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';

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
  it('best path: hold off the move-on, a phone interpreter, an ordinary goodbye to the man, then police and child protection', async () => {
    const { debrief, transcript } = await play(FILE, BEST, { roundTrip, seed: V1 });
    expectBestPath(debrief, {
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
    });
    expect(debrief.myths.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        'myth.age_unknown_adult',
        'myth.offender_not_victim',
        'myth.trauma_hostile_or_flat',
        'myth.only_sex',
      ]),
    );
    // Disclosure is partial: a debt for "the road" and, in this variant, a hint about his mother.
    const text = transcript.join(' ');
    expect(text).toContain('I pay back for the road');
    expect(text).toContain('knows where his mother lives');
    expect(text).not.toMatch(/forced|trafficked/i);
  });

  it('variant 2 says less: no word about his mother, and the best path is still police and child protection', async () => {
    const { debrief, transcript } = await play(FILE, BEST, { roundTrip, seed: V2 });
    expect(debrief.critical).toEqual([]);
    expect(debrief.action).toMatchObject({ chosen: 'police', required: 'police', verdict: 'right' });
    expect(transcript.join(' ')).not.toContain('his mother');
  });

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

  it('partial credit: the busker as interpreter is not a critical error, but she is not neutral and he says little', async () => {
    const { debrief, transcript } = await play(
      FILE,
      [...OPENING, KIND, "Please, that'd help", HOLD_OFF, GOODBYE, RADIO_POLICE, POLICE],
      { roundTrip, seed: V1 },
    );
    expect(debrief.critical).toEqual([]);
    expect(transcript.join(' ')).toContain("I don't think that's all he said");
    const decision = debrief.decisions.find((d) => d.text.includes("Please, that'd help"));
    expect(decision?.better?.text).toContain(PHONE_LINE);
    expect(dimensionScore(debrief, 'culture')).toBeLessThan(0);
  });

  it('variant 1: the first-aid room happens with the man at the door; he answers for him, and the young man eats fast', async () => {
    const { debrief, transcript } = await play(
      FILE,
      [...TO_DAN, FIRST_AID, 'Say nothing more', RADIO_POLICE, POLICE],
      { roundTrip, seed: V1 },
    );
    expect(debrief.critical).toEqual([]);
    expect(transcript.join(' ')).toContain('He answers her questions for him');
    expect(debrief.noticed.map((i) => i.id)).toEqual(
      expect.arrayContaining(['transit.not_allowed_to_speak_or_separate', 'transit.malnourished_drugged']),
    );
    expect(debrief.action?.verdict).toBe('right');
  });

  it('variant 2: the man refuses the first-aid room; stopping is best, and insisting is a critical error', async () => {
    const path = (pick: string): Step[] => [...TO_DAN, FIRST_AID, pick, RADIO_POLICE, POLICE];
    const stopped = await play(FILE, path('Careful with that foot on the stairs'), { roundTrip, seed: V2 });
    expect(stopped.transcript.join(' ')).toContain('We go to our own doctor.');
    expect(stopped.debrief.critical).toEqual([]);
    expect(stopped.debrief.action?.verdict).toBe('right');

    const insisted = (await play(FILE, path('He has to be seen before he leaves'), { roundTrip, seed: V2 }))
      .debrief;
    expectCriticalExplained(insisted, 'suspicion_in_front_of_controller');

    const bar = (await play(FILE, path('Hand him a granola bar'), { roundTrip, seed: V2 })).debrief;
    expect(bar.critical).toEqual([]);
    expect(bar.noticed.map((i) => i.id)).toContain('transit.malnourished_drugged');
    const decision = bar.decisions.find((d) => d.text.includes('granola bar'));
    expect(decision?.better?.text).toContain('Careful with that foot');
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

  it('the report rung: a possible minor goes to police and child protection; the hotline alone is a minor not escalated', async () => {
    const right = (await play(FILE, BEST, { roundTrip, seed: V1 })).debrief;
    expect(right.action).toMatchObject({ chosen: 'police', required: 'police', verdict: 'right' });

    const hotline = (
      await play(FILE, [...TO_DAN, GOODBYE, 'Refer it to', report('hotline')], { roundTrip, seed: V1 })
    ).debrief;
    expect(hotline.ending?.id).toBe('hotline_only');
    expect(hotline.action).toMatchObject({ chosen: 'hotline', required: 'police', verdict: 'under' });
    expectCriticalExplained(hotline, 'minor_not_escalated', { from: 'report' });

    const logged = (
      await play(FILE, [...TO_DAN, GOODBYE, 'Log it for the day shift', report('log')], {
        roundTrip,
        seed: V1,
      })
    ).debrief;
    expect(logged.ending?.id).toBe('logged');
    expect(dimensionScore(logged, 'report')).toBeLessThan(0);

    const emergency = (
      await play(FILE, [...TO_DAN, GOODBYE, 'Call ', report('emergency')], { roundTrip, seed: V1 })
    ).debrief;
    expect(emergency.ending?.id).toBe('emergency_no_one_there');
    expect(emergency.action).toMatchObject({ chosen: 'emergency', required: 'police', verdict: 'over' });
    expect(emergency.critical).toEqual([]);
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

  it('flagging things that are not indicators is explained', async () => {
    const flagged = ['not.speaks_other_language', 'not.cheap_clothes'];
    const { debrief } = await play(FILE, [...BEST.slice(0, -1), report('police', { observed: flagged })], {
      roundTrip,
      seed: V1,
    });
    expectWronglyFlagged(debrief, flagged);
  });
});

describeContent('transit station begging', FILE, BEST, {
  indicators: 6,
  inEveryVariant: true,
  herrings: 3,
  meta: { minor: true, variants: 2, situation: 'labour_trafficking' },
});
