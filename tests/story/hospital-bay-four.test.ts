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

const FILE = storyFile('hospital', 'bay-four');

const report = reporter({
  observed: 'seen',
  who: 'Woman, late 20s, sequined top, no coat, called Dee; man 30s, black puffer jacket, called Marco, dark sedan',
  when: 'Night, 01:10 to 02:40',
  where: 'ED waiting room, bay 4 corridor, ambulance bay',
});
const CONTROL_ROOM = report('supervisor');

const OPENING: Step[] = [
  "I'll be in the corridor, in sight",
  'Look out through the entrance doors',
  'Check the rows of seats',
  'Go through to the corridor',
];
const TO_MARCO: Step[] = [...OPENING, 'Say nothing. Take two steps back', 'Understood. Where do you want me'];
const TO_DEE: Step[] = [...TO_MARCO, "They'll be a while."];
const BEST: Step[] = [...TO_DEE, "There's a social worker on tonight", 'Radio', CONTROL_ROOM];

const V1 = 42;
const V2 = 43;

const CRITICAL_PATHS: [string, Step[]][] = [
  ['confront_controller', [...TO_MARCO, 'Are you the reason', 'Radio', CONTROL_ROOM]],
  ['interrogate_victim', [...TO_DEE, 'Who do you owe', 'Radio', CONTROL_ROOM]],
  ['detain_or_rescue', [...TO_DEE, "I can't let you go with him", 'Radio', CONTROL_ROOM]],
];

describeBothWays('hospital bay four', (roundTrip) => {
  it('best path (variant 1): the care team brings in social work, and the control room is the exact report', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip, seed: V1 });
    expectBestPath(debrief, {
      ending: 'social_work',
      action: 'supervisor',
      noticed: [
        'hospital.companion_wont_leave',
        'hospital.dress_wrong_for_weather',
        'hospital.inconsistent_injury_story',
        'hospital.hypervigilant_startle',
        'hospital.relationship_claim_doesnt_fit',
        'hospital.substance_dependence_control',
      ],
      minDecisions: 6,
    });
    expect(debrief.myths.map((m) => m.id)).toEqual(
      expect.arrayContaining(['myth.trauma_hostile_or_flat', 'myth.trauma_story_changes']),
    );
  });

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { also: (d) => expect(d.ending).toBeDefined() });

  it('an adult who declines and leaves: the control room is still exact, police is an override', async () => {
    const steps: Step[] = [...TO_DEE, 'No. You can go whenever'];
    const right = await play(FILE, [...steps, 'Radio', CONTROL_ROOM], { roundTrip, seed: V1 });
    expect(right.debrief.ending?.id).toBe('left_with_him');
    expect(right.debrief.critical).toEqual([]);
    expect(right.debrief.action).toMatchObject({
      chosen: 'supervisor',
      required: 'supervisor',
      verdict: 'right',
    });
    const police = await play(FILE, [...steps, 'Call police to stop the car', report('police')], {
      roundTrip,
      seed: V1,
    });
    expect(police.debrief.action?.verdict).not.toBe('right');
    expect(dimensionScore(police.debrief, 'choice')).toBeLessThan(dimensionScore(right.debrief, 'choice'));
  });

  it('security does not read the chart or judge the story: both are scored down and explained', async () => {
    const { debrief } = await play(
      FILE,
      [
        ...OPENING,
        'Watch your language',
        'Lean over the nurse station',
        "They'll be a while.",
        "There's a social worker",
        'Radio',
        CONTROL_ROOM,
      ],
      { roundTrip, seed: V1 },
    );
    const read = debrief.decisions.find((d) => d.text.includes('Lean over the nurse station'));
    expect(read?.points).toBeLessThan(0);
    expect(read?.why).toContain('not security');
    expect(debrief.myths.map((m) => m.id)).toContain('myth.trauma_hostile_or_flat');
  });

  it('variant 2: she declines social work, Marco takes hold of her, and the emergency number comes first', async () => {
    const path: Step[] = [...TO_DEE, "There's a social worker on tonight", 'Phone'];
    const right = (await play(FILE, [...path, report('emergency')], { roundTrip, seed: V2 })).debrief;
    expect(right.action?.required).toBe('emergency');
    expect(right.critical).toEqual([]);
    const under = (await play(FILE, [...path, report('supervisor')], { roundTrip, seed: V2 })).debrief;
    expect(under.critical.map((c) => c.id)).toContain('no_emergency_call');
    expect(right.ending?.id).toBe('emergency');
  });

  it('variant 2: paging the manager while she is forced into the car is no_emergency_call', async () => {
    const { debrief } = await play(
      FILE,
      [...TO_DEE, 'No. You can go whenever', 'Ask the clerk', report('emergency')],
      {
        roundTrip,
        seed: V2,
      },
    );
    expect(debrief.critical.map((c) => c.id)).toContain('no_emergency_call');
  });

  it('flagging things that are not indicators is explained', async () => {
    const flagged = ['not.any_tattoo', 'not.late_arrival'];
    const { debrief } = await play(
      FILE,
      [...BEST.slice(0, -1), report('supervisor', { observed: flagged })],
      {
        roundTrip,
        seed: V1,
      },
    );
    expectWronglyFlagged(debrief, flagged);
  });
});

describeContent('hospital bay four', FILE, BEST, {
  indicators: 6,
  inEveryVariant: true,
  herrings: 2,
  meta: { minor: false, variants: 2 },
});
