import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  dimensionScore,
  expectRightOutcome,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

const FILE = storyFile('transit', 'farm-bus');

const report = reporter({
  observed: 'seen',
  who: 'Crew leader, 40s, tan work jacket, called Royce; Daniel, about 22, gray sweatshirt; Luis, 30s, injured right hand',
  when: 'Evening, 7:40 to 7:56 pm',
  where: 'Bay 4 benches and window 2, Crossways Bus Terminal; the 7:55 overnight to Harlan',
});
const HOTLINE = report('hotline');

/** Seeds: variant = seed % 2 + 1. Variant 1: first aid allowed; variant 2: Royce refuses it. */
const V1 = 42;
const V2 = 43;

const LOOKS: Step[] = ['Look at the bags on the bench', 'Look at ticket window 2', 'Look at the Bay 4 doors'];
const OPENING: Step[] = ['Nod, and note the time', ...LOOKS, 'Walk on toward Bay 4'];
const TO_QUESTION: Step[] = [...OPENING, 'Is somebody meeting you there'];
const TO_ROYCE: Step[] = [...TO_QUESTION, 'somewhere else tonight instead'];
const TO_ACT: Step[] = [...TO_ROYCE, 'Bus is on time'];
const RADIO_FIRST = 'first: the coach, the time';
const FIRST_AID_FIRST = 'Take the kit to Bay 4 now';
const CARD = 'Get a clinic to see it in Harlan';
const STOP = "The kit's at window 2";
const BEST_V1: Step[] = [...TO_ACT, RADIO_FIRST, CARD, HOTLINE];
const BEST_V2: Step[] = [...TO_ACT, RADIO_FIRST, STOP, HOTLINE];

const SEEN = [
  'transit.group_with_handler',
  'transit.ticket_bought_by_other',
  'transit.restricted_monitored_movement',
  'transit.fear_of_uniforms',
  'transit.unsure_destination_or_contact',
  'transit.companion_holds_documents_ticket',
  'transit.discreet_disclosure_to_staff',
  'transit.scripted_inconsistent_story',
  'transit.not_allowed_to_speak_or_separate',
];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'labelling_question',
    [...OPENING, "somewhere you don't want to go", 'Bus is on time', RADIO_FIRST, CARD, HOTLINE],
  ],
  [
    'interrogate_victim',
    [...TO_QUESTION, 'I need the whole picture', 'Bus is on time', RADIO_FIRST, CARD, HOTLINE],
  ],
  ['confront_controller', [...TO_ROYCE, 'Those passports belong to them', RADIO_FIRST, STOP, HOTLINE]],
  ['suspicion_in_front_of_controller', [...TO_ROYCE, 'Daniel was asking me', RADIO_FIRST, STOP, HOTLINE]],
  ['take_documents', [...TO_ACT, 'pick up the folder', HOTLINE]],
  ['promise_cannot_keep', [...TO_ACT, RADIO_FIRST, "Nobody's going to deport you", HOTLINE]],
  ['companion_as_interpreter', [...TO_ACT, RADIO_FIRST, 'Wave Daniel over', HOTLINE]],
];

describeBothWays('transit farm bus', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title:
        'best path, variant 1: an ordinary answer in front of Royce, the radio before the bus goes, then first aid and a number',
      steps: BEST_V1,
      seed: V1,
      best: { ending: 'referred', action: 'hotline', noticed: SEEN, minDecisions: 6 },
      myths: ['myth.only_foreigners', 'myth.trauma_story_changes', 'myth.trauma_hostile_or_flat'],
      // Daniel's story changes when Royce is back; Luis voices the fear and the debt at home.
      shows: [
        "He's got my license",
        'born in Bakersfield',
        'I was asking about the restroom',
        'they send me back',
        'my family still owes',
      ],
    },
    {
      title:
        'best path, variant 2: Royce refuses the first aid; stopping there is best, and the referral still goes in',
      steps: BEST_V2,
      seed: V2,
      best: { ending: 'referred', action: 'hotline', noticed: SEEN.slice(0, 6), minDecisions: 5 },
      shows: ['Sit down, Luis'],
    },
    {
      title: 'the failed pretext: pushing after a no is a critical error',
      steps: [...TO_ACT, RADIO_FIRST, 'station policy', HOTLINE],
      seed: V2,
      criticalIncludes: ['suspicion_in_front_of_controller'],
      shows: ["There's no such policy"],
    },
    {
      title:
        'the looks stay ambiguous: without the question about leaving, whether the papers are held against him is never shown',
      steps: [...TO_QUESTION, 'station leaflet', 'Bus is on time', RADIO_FIRST, CARD, HOTLINE],
      seed: V1,
      critical: [],
      noticed: ['transit.group_with_handler'],
      missed: [{ id: 'transit.companion_holds_documents_ticket', seen: false }],
      shows: ["From here you can't tell whose idea it was"],
    },
    {
      title:
        'Royce turns hostile at a mild question, which is not a critical error, and then refuses the first aid',
      steps: [...TO_ROYCE, "Who's the crew working for", RADIO_FIRST, STOP, HOTLINE],
      seed: V1,
      shows: ['You immigration?'],
      critical: [],
      ending: 'referred',
      action: { verdict: 'right' },
    },
    {
      title: 'the report step: a log is too little',
      steps: [...TO_ACT, 'Log it: a legal crew', report('log')],
      seed: V1,
      ending: 'logged',
      action: { chosen: 'log', required: 'hotline' },
      scores: { report: 'negative' },
      myths: ['myth.only_foreigners'],
    },
    {
      title: 'the report step: the control room alone is too little',
      steps: [...TO_ACT, RADIO_FIRST, CARD, report('supervisor')],
      seed: V1,
      action: { chosen: 'supervisor', required: 'hotline' },
      notRight: true,
    },
    {
      title: 'flagging things that are not indicators is explained',
      steps: [
        ...BEST_V1.slice(0, -1),
        report('hotline', { observed: ['not.speaks_other_language', 'not.outside_contractor'] }),
      ],
      seed: V1,
      flagged: ['not.speaks_other_language', 'not.outside_contractor'],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { also: (d) => expect(d.ending).toBeDefined() });

  it('the failed pretext: stopping is right; slipping a leaflet is not a critical error, but costs safety', async () => {
    const path = (pick: string): Step[] => [...TO_ACT, RADIO_FIRST, pick, HOTLINE];
    const stopped = (await play(FILE, path(STOP), { roundTrip, seed: V2 })).debrief;
    expectRightOutcome(stopped, 'referred');
    const slipped = (await play(FILE, path('pack of gauze'), { roundTrip, seed: V2 })).debrief;
    expect(slipped.critical).toEqual([]);
    expect(dimensionScore(slipped, 'safety')).toBeLessThan(dimensionScore(stopped, 'safety'));
    expect(slipped.decisions.find((d) => d.text.includes('pack of gauze'))?.better?.text).toContain(STOP);
  });

  it('partial credit: first aid before the radio is defensible, but the report reaches the control room after the bus has gone', async () => {
    const late = await play(FILE, [...TO_ACT, FIRST_AID_FIRST, CARD, 'Radio', HOTLINE], {
      roundTrip,
      seed: V1,
    });
    expectRightOutcome(late.debrief, 'referred_late');
    expect(late.transcript.join(' ')).toContain('while the bus was still at the bay');
    const best = (await play(FILE, BEST_V1, { roundTrip, seed: V1 })).debrief;
    expect(dimensionScore(late.debrief, 'trust')).toBeGreaterThan(dimensionScore(best, 'trust'));
    expect(late.debrief.total.score).toBeLessThan(best.total.score);
    const decision = late.debrief.decisions.find((d) => d.text.includes(FIRST_AID_FIRST));
    expect(decision?.better?.text).toContain(RADIO_FIRST);
  });

  it('partial credit: checking for his ticket and ID resolves the folder too, at a cost in safety', async () => {
    const steps = [
      ...TO_QUESTION,
      'Got your own ticket and ID',
      'Bus is on time',
      RADIO_FIRST,
      CARD,
      HOTLINE,
    ];
    const { debrief } = await play(FILE, steps, { roundTrip, seed: V1 });
    expectRightOutcome(debrief, 'referred');
    expect(debrief.noticed.map((i) => i.id)).toContain('transit.companion_holds_documents_ticket');
    const best = (await play(FILE, BEST_V1, { roundTrip, seed: V1 })).debrief;
    expect(dimensionScore(debrief, 'safety')).toBeLessThan(dimensionScore(best, 'safety'));
  });

  it('the report step: police for adults who have not asked is an override', async () => {
    const police = (
      await play(FILE, [...TO_ACT, 'Call the police to hold the bus', report('police')], {
        roundTrip,
        seed: V1,
      })
    ).debrief;
    expect(police.ending?.id).toBe('police_override');
    expect(police.action).toMatchObject({ chosen: 'police', required: 'hotline' });
    expect(police.action?.verdict).not.toBe('right');
    const best = (await play(FILE, BEST_V1, { roundTrip, seed: V1 })).debrief;
    expect(dimensionScore(police, 'choice')).toBeLessThan(dimensionScore(best, 'choice'));
  });
});

describeContent('transit farm bus', FILE, BEST_V1, {
  indicators: 6,
  inEveryVariant: true,
  herrings: 3,
  criticalErrors: 5,
  meta: { minor: false, variants: 2, situation: 'labour_trafficking' },
});
