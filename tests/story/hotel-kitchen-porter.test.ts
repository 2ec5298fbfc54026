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

const FILE = storyFile('hotel', 'kitchen-porter');

const report = reporter({
  observed: 'seen',
  who: 'Dishwasher about 20, wet apron, called Sol (Lakeline agency); agency driver, 40s, fleece vest, lanyard with bank cards; head chef Ruth',
  when: 'Evening, 21:20 to 22:00',
  where: 'Kitchen staff door, dumpsters and smokers shelter, staff bays; white Lakeline minibus',
});
const HOTLINE = report('hotline');

/** Seeds: variant = seed % 2 + 1. */
const V1 = 42;
const V2 = 43;

const OPENING: Step[] = [
  'Put the boiler room on your rounds',
  "Look at the smokers' shelter",
  'Look at the silver car',
  'Look through the entrance doors',
  'Look at the white minibus',
  'Walk over to the kitchen door',
];
const TO_SPLIT: Step[] = [...OPENING, 'Which papers do you mean', 'Is that your ride in the silver car'];
/** Variant 1: the driver is inside with the timesheets, and Sol has a minute. */
const ALONE_BEST: Step[] = ['finish that question', 'I do have to tell my control room'];
/** Variant 2: the driver watches from the van. */
const WATCHED_BEST: Step[] = ['Nod goodnight to Sol'];
const DRIVER_BEST = 'Just doing my rounds';
const NOTES_BEST = 'in their words';
const REFER = 'make the hotline referral with you';
const CLOSE: Step[] = [DRIVER_BEST, NOTES_BEST, REFER, HOTLINE];
const BEST_V1: Step[] = [...TO_SPLIT, ...ALONE_BEST, ...CLOSE];
const BEST_V2: Step[] = [...TO_SPLIT, ...WATCHED_BEST, ...CLOSE];
/** From the driver's arrival to the act phase, without a choice about the report yet. */
const TO_ACT_V1: Step[] = [...TO_SPLIT, ...ALONE_BEST, DRIVER_BEST, NOTES_BEST];

const SEEN = [
  'hotel.few_possessions_long_stay',
  'hotel.guest_withholds_id_details',
  'hotel.staff_contractor_exploitation',
  'hotel.guest_injured_deprived',
  'hotel.confused_rehearsed_guest',
  'hotel.companion_holds_id_money_keys',
];

const CRITICAL_PATHS: [string, Step[]][] = [
  ['interrogate_victim', [...TO_SPLIT, 'Who has your passport, Sol', ...CLOSE]],
  ['promise_cannot_keep', [...TO_SPLIT, 'finish that question', 'It stays between us', ...CLOSE]],
  ['confront_controller', [...TO_SPLIT, ...ALONE_BEST, 'Whose cards are those', NOTES_BEST, REFER, HOTLINE]],
];

describeBothWays('hotel kitchen porter', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title:
        'best path (variant 1): an open question, a private minute left to him, a dull goodnight to the driver, facts in the notes, the hotline through the control room',
      steps: BEST_V1,
      seed: V1,
      best: { ending: 'referred', action: 'hotline', noticed: SEEN, minDecisions: 7 },
      myths: ['myth.initial_consent', 'myth.only_underground', 'myth.trauma_story_changes', 'myth.locked_up'],
      shows: [
        // His story changes: a form for the bank at first, then the passport, the loan and the boiler room.
        'For the bank. A form.',
        'The agency keeps my passport',
        // He voices the fear: being sent home, and the loan his mother signed for.
        'they send me home, and the loan is still hers',
        "Don't tell Chef",
      ],
    },
    {
      title:
        'best path (variant 2): the driver watches, Sol says nothing, and the hotline referral still fits what was seen',
      steps: BEST_V2,
      seed: V2,
      best: { ending: 'referred', action: 'hotline', noticed: SEEN, minDecisions: 6 },
      shows: ['Sol flinches at the sound', 'Something you want to ask my guy, you ask me.'],
      hides: ['My mother signed for the loan'],
    },
    {
      title: 'the silver car is explained once the chef is asked about her ride',
      steps: BEST_V1,
      seed: V1,
      shows: ["That's my Walt"],
    },
    {
      title: 'the silver car stays unexplained until the chef is asked about her ride',
      steps: [...OPENING, 'Which papers do you mean', "He's lucky to have you", ...ALONE_BEST, ...CLOSE],
      seed: V1,
      shows: ['he looks up from his phone'],
      hides: ['Walt'],
      critical: [],
    },
    {
      title: 'variant 2: the errand pretext fails, and pushing is a critical error',
      steps: [...TO_SPLIT, 'dumpster lid around the side', "It'll take two minutes", ...CLOSE],
      seed: V2,
      criticalIncludes: ['suspicion_in_front_of_controller'],
    },
    {
      title: 'variant 2: asking him about sleeping out, where the driver can see, is the same critical error',
      steps: [...TO_SPLIT, 'Is the agency making you sleep out here', ...CLOSE],
      seed: V2,
      criticalIncludes: ['suspicion_in_front_of_controller'],
    },
    {
      title: 'the report rung: the control room alone is too little',
      steps: [...TO_ACT_V1, "suspend the agency's contract", report('supervisor')],
      seed: V1,
      action: { chosen: 'supervisor', required: 'hotline', verdict: 'under' },
      scores: { report: 'negative' },
    },
    {
      title: 'the report rung: a log entry is far too little',
      steps: [...TO_ACT_V1, "It's the agency's business", report('log')],
      seed: V1,
      ending: 'logged',
      action: { chosen: 'log', required: 'hotline', verdict: 'under' },
      scores: { report: 'negative' },
      myths: ['myth.only_underground'],
    },
    {
      title: 'flagging things that are not indicators is explained',
      steps: [
        ...BEST_V1.slice(0, -1),
        report('hotline', { observed: ['not.outside_contractor', 'not.speaks_other_language'] }),
      ],
      seed: V1,
      flagged: ['not.outside_contractor', 'not.speaks_other_language'],
    },
  ]);

  it('disclosure is slow: the first answer to any opening shows no indicator and no debt', async () => {
    for (const opening of [
      'Which papers do you mean',
      'HR keeps a file',
      'Has somebody taken your passport',
    ]) {
      const { debrief, transcript } = await play(
        FILE,
        [...OPENING, opening, "He's lucky to have you", 'Nod goodnight to Sol', ...CLOSE],
        { roundTrip, seed: V2 },
      );
      const firstAnswer = transcript.slice(
        transcript.findIndex((l) => l.includes("keep the staff's papers")) + 1,
        transcript.findIndex((l) => l.includes('The door bangs again')),
      );
      expect(firstAnswer.join(' ')).not.toMatch(/passport\.|loan|visa|sleep/i);
      expect(debrief.ending?.id).toBe('referred');
    }
  });

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { also: (d) => expect(d.ending).toBeDefined() });

  it('variant 2: the errand pretext fails; stopping is best, a dropped card is a risk', async () => {
    const path = (pick: string): Step[] => [...TO_SPLIT, 'dumpster lid around the side', pick, ...CLOSE];
    const stopped = await play(FILE, path('Let it go. Wave Sol off'), { roundTrip, seed: V2 });
    expect(stopped.transcript.join(' ')).toContain("He's done. Sol. Van.");
    expect(stopped.debrief.critical).toEqual([]);
    expect(stopped.debrief.action?.verdict).toBe('right');
    const card = (await play(FILE, path('Drop a hotline card'), { roundTrip, seed: V2 })).debrief;
    expect(card.critical).toEqual([]);
    expect(dimensionScore(card, 'safety')).toBeLessThan(dimensionScore(stopped.debrief, 'safety'));
  });

  it('partial credit: checking it is safe to talk, or the number without a word, score below the best but are not wrong', async () => {
    const best = (await play(FILE, BEST_V1, { roundTrip, seed: V1 })).debrief;
    const check = (
      await play(
        FILE,
        [...TO_SPLIT, 'Is now an OK time to talk', 'I do have to tell my control room', ...CLOSE],
        { roundTrip, seed: V1 },
      )
    ).debrief;
    expect(check.critical).toEqual([]);
    expect(check.decisions.find((d) => d.text.includes('Is now an OK time'))?.better?.text).toContain(
      'finish that question',
    );
    expect(check.total.score).toBeLessThan(best.total.score);

    const silent = await play(FILE, [...TO_SPLIT, 'finish that question', 'without a word', ...CLOSE], {
      roundTrip,
      seed: V1,
    });
    expect(silent.debrief.critical).toEqual([]);
    expect(silent.transcript.join(' ')).not.toContain("It's the National Human Trafficking Hotline");
    expect(dimensionScore(silent.debrief, 'trust')).toBeLessThan(dimensionScore(best, 'trust'));
  });

  it('what to document: facts and words beat a label, a one-liner and photos of his things', async () => {
    const notes = async (pick: string) =>
      (
        await play(FILE, [...TO_SPLIT, ...ALONE_BEST, DRIVER_BEST, pick, REFER, HOTLINE], {
          roundTrip,
          seed: V1,
        })
      ).debrief;
    const best = await notes(NOTES_BEST);
    const label = await notes('Agency driver is trafficking');
    const oneLine = await notes('One line:');
    const photos = await notes('Take photos');
    for (const d of [label, oneLine, photos]) {
      expect(d.critical).toEqual([]);
      expect(d.total.score).toBeLessThan(best.total.score);
    }
    expect(dimensionScore(label, 'document')).toBeLessThan(dimensionScore(best, 'document'));
    expect(dimensionScore(photos, 'choice')).toBeLessThan(dimensionScore(best, 'choice'));
  });

  it('the hotel’s own chain: the chef calling the duty manager tonight, or pulling the contract first, lets the agency hear first', async () => {
    const hal = await play(FILE, [...TO_ACT_V1, 'Call Hal tonight', HOTLINE], { roundTrip, seed: V1 });
    expect(hal.debrief.ending?.id).toBe('agency_heard_first');
    expect(hal.transcript.join(' ')).toContain('Ruth calls Hal from the office phone');
    const contract = await play(FILE, [...TO_ACT_V1, "suspend the agency's contract", HOTLINE], {
      roundTrip,
      seed: V1,
    });
    expect(contract.debrief.ending?.id).toBe('contract_pulled');
    expect(contract.debrief.critical).toEqual([]);
    const decision = contract.debrief.decisions.find((d) => d.text.includes("suspend the agency's contract"));
    expect(decision?.better?.text).toContain('make the hotline referral with you');
    const best = (await play(FILE, BEST_V1, { roundTrip, seed: V1 })).debrief;
    expect(dimensionScore(contract.debrief, 'safety')).toBeLessThan(dimensionScore(best, 'safety'));
    expect(dimensionScore(hal.debrief, 'safety')).toBeLessThan(dimensionScore(contract.debrief, 'safety'));
  });

  it('the report rung: police is an override', async () => {
    const police = (
      await play(FILE, [...TO_ACT_V1, "Taking someone's passport is a crime", report('police')], {
        roundTrip,
        seed: V1,
      })
    ).debrief;
    expect(police.ending?.id).toBe('police_override');
    expect(police.action).toMatchObject({ chosen: 'police', required: 'hotline', verdict: 'over' });
    const right = (await play(FILE, BEST_V1, { roundTrip, seed: V1 })).debrief;
    expect(dimensionScore(police, 'choice')).toBeLessThan(dimensionScore(right, 'choice'));
  });
});

describeContent('hotel kitchen porter', FILE, BEST_V1, {
  indicators: 6,
  inEveryVariant: true,
  shows: SEEN,
  herrings: 3,
  meta: { minor: false, variants: 2, situation: 'labour_trafficking' },
});
