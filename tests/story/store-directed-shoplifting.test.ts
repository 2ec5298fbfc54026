import { describe, expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  expectEmergencyRequired,
  expectRightOutcome,
  itRecordsCriticalErrors,
  compiled,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

const FILE = storyFile('store', 'directed-shoplifting');

const report = reporter({
  observed: 'seen',
  who: 'Man, about 20, gray tracksuit, bandaged left hand, gave his name as Jordan; man, 30s, black jacket and cap, silver hatchback',
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

const TO_OFFICE: Step[] = [...OPENING, 'Stop him inside, behind the display'];
const OPENER = 'You look worried about that phone';

const BEST: Step[] = [
  ...TO_OFFICE,
  OPENER,
  'Push the first aid kit across the desk',
  'Hand him the desk phone',
  'Write the facts',
  HOTLINE,
];

const CRITICAL_PATHS: [string, Step[]][] = [
  ['confront_controller', [...OPENING, 'Go out to the car', 'Write down the car', HOTLINE]],
  [
    'suspicion_in_front_of_controller',
    [...OPENING, 'Shout "Stop right there!"', 'The door stays locked', EMERGENCY],
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
  [
    'detain_or_rescue',
    [...TO_OFFICE, OPENER, 'Push the first aid kit', 'You need to stay right here', HOTLINE],
  ],
  ['interrogate_victim', [...TO_OFFICE, OPENER, 'Who is he? What', 'Slow down.', 'Write the facts', HOTLINE]],
  [
    'no_emergency_call',
    [...OPENING, 'Let Ren stop him outside the doors', 'wait to be told what to do', report('supervisor')],
  ],
];

describeBothWays('store directed shoplifting', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title: 'best path: no critical errors, the right report, a high score',
      steps: BEST,
      best: {
        ending: 'made_call',
        action: 'hotline',
        noticed: [
          'retail.directed_shoplifting_orc',
          'retail.watcher_outside',
          'retail.discreet_help_seeking',
          'retail.injuries_avoids_eye_contact',
        ],
        minDecisions: 4,
      },
      myths: ['myth.offender_not_victim', 'myth.trauma_story_changes'],
      // Looks not taken are missed, with where to find them.
      missed: [
        { id: 'retail.hotline_signage_removed', seen: false, look: 'Restroom corridor and hotline sticker' },
      ],
    },
    {
      title: 'treating him only as a thief: booked, with the myth answered and the report still required',
      steps: [
        'Another thief',
        'Look at the line at the registers',
        'Look at the exit gates',
        'Glance at the full-length mirror',
        'Stop him inside, behind the display',
        OPENER,
        'Push the first aid kit',
        'Ask Ren to call the police',
        { report: { observed: [], action: 'log' } },
      ],
      ending: 'charged',
      action: { verdict: 'under' },
      myths: ['myth.offender_not_victim'],
      missedIncludes: ['retail.watcher_outside', 'retail.matching_tattoos_group'],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip);

  it('emergency path: the man at the door needs the emergency number, and less is a critical error', async () => {
    const path: Step[] = [...OPENING, 'Let Ren stop him outside the doors', 'The door stays locked'];
    const right = await expectEmergencyRequired(FILE, path, report, roundTrip);
    expect(right.critical).toEqual([]);
    expect(right.ending?.id).toBe('emergency');
  });
});

describe('store directed shoplifting, must-fix items', () => {
  it('one question gets a debt and a fear, not the whole typology; no misapplied indicator', async () => {
    const { transcript } = await play(FILE, [
      ...TO_OFFICE,
      OPENER,
      'Who is he? What',
      'Slow down.',
      'Write the facts',
      HOTLINE,
    ]);
    const text = transcript.join(' ');
    expect(text).toContain('I owe him.');
    expect(text).not.toContain('If I go back with nothing');
    expect(text).not.toMatch(/bus station|warehouse|moved twice/);
    expect(compiled(FILE).story).not.toContain('# indicator: retail.group_led_by_one_payer');
  });

  it('he voices a threat to his family only after a second, gentle move', async () => {
    const { transcript } = await play(FILE, BEST);
    expect(transcript.join(' ')).toContain('He knows where my mom lives');
  });

  it('detaining him "for your own good" answers myth.security_rescues', async () => {
    const { debrief } = await play(FILE, [
      ...TO_OFFICE,
      OPENER,
      'Push the first aid kit',
      'You need to stay right here',
      HOTLINE,
    ]);
    expect(debrief.myths.map((m) => m.id)).toContain('myth.security_rescues');
  });

  it('the theft-only why no longer claims the non-punishment principle', () => {
    expect(compiled(FILE).story).not.toMatch(/non-punishment principle/);
  });

  it('controller watching: letting him go and telling the control room is defensible and exact', async () => {
    const { debrief } = await play(FILE, [...OPENING, "Don't stop him today", report('supervisor')]);
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('let_go');
    expect(debrief.action).toMatchObject({ chosen: 'supervisor', required: 'supervisor', verdict: 'right' });
  });

  it('the act phase and the report agree: a referral with the control room is the hotline rung', async () => {
    const { debrief } = await play(FILE, [
      ...TO_OFFICE,
      'Say nothing yet',
      'Push the first aid kit',
      'Tell him honestly',
      'Write the facts',
      HOTLINE,
    ]);
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('referral');
    expect(debrief.action).toMatchObject({ chosen: 'hotline', required: 'hotline', verdict: 'right' });
  });

  it('the emergency call does not make the man at the door leave', async () => {
    const { transcript } = await play(FILE, [
      ...OPENING,
      'Let Ren stop him outside the doors',
      'The door stays locked',
      EMERGENCY,
    ]);
    expect(transcript.join(' ')).toContain("He doesn't leave.");
  });
});

describe('store directed shoplifting, variants', () => {
  it('variant 2 changes how people behave, not the signs or the best path', async () => {
    const one = await play(FILE, BEST, { seed: 0 });
    const two = await play(FILE, BEST, { seed: 1, roundTrip: true });
    expect(one.transcript.join(' ')).toContain('sits at the wheel');
    expect(two.transcript.join(' ')).toContain('leans on its hood');
    expectRightOutcome(two.debrief, 'made_call');
  });
});

describeContent('store directed shoplifting', FILE, BEST, {
  indicators: 5,
  inEveryVariant: true,
  herrings: 2,
  meta: { minor: false },
});
