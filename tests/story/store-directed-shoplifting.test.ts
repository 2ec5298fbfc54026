import { describe, expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  expectBestPath,
  expectEmergencyRequired,
  expectMissed,
  expectRightOutcome,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';

const FILE = storyFile('store', 'directed-shoplifting');

const report = reporter({
  observed: 'seen',
  who: 'Man, about 20, grey tracksuit, bandaged left hand, gave his name as Jordan; man, 30s, black jacket and cap, silver hatchback',
  when: 'Tuesday 09:05 to 09:40',
  where: 'Cosmetics counter, fitting rooms, front doors and pick-up bay, LP office',
});
const HOTLINE = report('hotline');
const EMERGENCY = report('emergency');

const OPENING: Step[] = [
  "Got it. I'll watch him",
  'Ask Ren on the radio what the ceiling camera shows',
  'Look out of the front window at the car park',
  'Have a word with Gloria',
];

const TO_OFFICE: Step[] = [...OPENING, 'Radio Ren:'];
const NOT_THE_POLICE = "I'm with store security. I'm not the police.";

const BEST: Step[] = [
  ...TO_OFFICE,
  NOT_THE_POLICE,
  'There are people whose whole job',
  'Write the facts',
  HOTLINE,
];

const CRITICAL_PATHS: [string, Step[]][] = [
  ['confront_controller', [...OPENING, 'Go out to the car', 'Write down the car', HOTLINE]],
  [
    'suspicion_in_front_of_controller',
    [...OPENING, 'Shout "Stop right there!"', 'Keep the door locked', EMERGENCY],
  ],
  [
    'labelling_question',
    [...TO_OFFICE, 'Are you being trafficked', 'Slow down.', 'Write the facts', HOTLINE],
  ],
  [
    'threaten_arrest_or_immigration',
    [...TO_OFFICE, "You're on camera", 'Slow down.', 'Write the facts', HOTLINE],
  ],
  [
    'promise_cannot_keep',
    [...TO_OFFICE, "I promise there'll be no police", 'Slow down.', 'Write the facts', HOTLINE],
  ],
  ['detain_or_rescue', [...TO_OFFICE, NOT_THE_POLICE, 'You need to stay right here', HOTLINE]],
  [
    'no_emergency_call',
    [...OPENING, 'Let Ren stop him outside the doors', 'wait to be told what to do', report('supervisor')],
  ],
];

describeBothWays('store directed shoplifting', (roundTrip) => {
  it('best path: no critical errors, the right report, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expectBestPath(debrief, {
      ending: 'made_call',
      action: 'hotline',
      noticed: [
        'retail.directed_shoplifting_orc',
        'retail.watcher_outside',
        'retail.discreet_help_seeking',
        'retail.injuries_avoids_eye_contact',
        'retail.group_led_by_one_payer',
        'retail.cannot_say_where_lives',
      ],
      minDecisions: 4,
    });
    expect(debrief.myths.map((m) => m.id)).toContain('myth.offender_not_victim');
    // Looks not taken are missed, with where to find them.
    expectMissed(debrief, 'retail.hotline_signage_removed', {
      seen: false,
      look: 'Restroom corridor and hotline sticker',
    });
  });

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip);

  it('emergency path: the man at the door needs the emergency number, and less is a critical error', async () => {
    const path: Step[] = [...OPENING, 'Let Ren stop him outside the doors', 'Keep the door locked'];
    const right = await expectEmergencyRequired(FILE, path, report, roundTrip);
    expect(right.critical).toEqual([]);
    expect(right.ending?.id).toBe('emergency');
  });

  it('treating him only as a thief: booked, with the myth answered and the report still required', async () => {
    const { debrief } = await play(
      FILE,
      [
        'Another thief',
        'Look at the queue at the tills',
        'Look at the exit gates',
        'Glance at the full-length mirror',
        'Radio Ren:',
        NOT_THE_POLICE,
        'Ask Ren to call the police',
        { report: { observed: [], action: 'log' } },
      ],
      { roundTrip },
    );
    expect(debrief.ending?.id).toBe('charged');
    expect(debrief.action?.verdict).toBe('under');
    expect(debrief.myths.map((m) => m.id)).toContain('myth.offender_not_victim');
    expect(debrief.missed.map((i) => i.id)).toEqual(
      expect.arrayContaining(['retail.watcher_outside', 'retail.matching_tattoos_group']),
    );
  });
});

describe('store directed shoplifting, variants', () => {
  it('variant 2 changes how people behave, not the signs or the best path', async () => {
    const one = await play(FILE, BEST, { seed: 0 });
    const two = await play(FILE, BEST, { seed: 1, roundTrip: true });
    expect(one.transcript.join(' ')).toContain('sits at the wheel');
    expect(two.transcript.join(' ')).toContain('leans on its bonnet');
    expectRightOutcome(two.debrief, 'made_call');
  });
});

describeContent('store directed shoplifting', FILE, BEST, {
  indicators: 6,
  inEveryVariant: true,
  herrings: 2,
  meta: { minor: false },
});
