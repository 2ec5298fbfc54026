import { describe, expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  expectEmergencyRequired,
  expectRightOutcome,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

const FILE = storyFile('store', 'mall-kiosk');

const report = reporter({
  observed: 'seen',
  who: 'Boy about 15, red hoodie, called Ollie; kiosk manager Vera, 50s, black suit; workers Dara (camel coat) and Tomas',
  when: 'Wednesday 10:45 to 12:30',
  where: 'Nail-bar and phone-repair kiosk, benches by the food court, Lakeview mall',
});
const HOTLINE = report('police');
const EMERGENCY = report('emergency');

const OPENING: Step[] = [
  "Thanks. I'll take a quiet look",
  'Look at the storage cupboard behind the kiosk',
  'Look at the fountain',
  'Watch the food-court counter',
];

const TO_OLLIE: Step[] = [...OPENING, 'Sit at the far end of the bench'];
const TO_OLLIE_OPEN: Step[] = [...TO_OLLIE, "I'll take one. Had anything to eat", 'Sit quietly a bench away'];
const TO_VERA: Step[] = [...OPENING, 'Walk over to the kiosk and ask Vera'];

const HONEST = 'I have to get some people whose job is keeping kids safe';
const BEST: Step[] = [...TO_OLLIE_OPEN, HONEST, HOTLINE];

const CRITICAL_PATHS: [string, Step[]][] = [
  ['confront_controller', [...TO_VERA, 'Stay back and watch', EMERGENCY]],
  [
    'threaten_arrest_or_immigration',
    [...TO_OLLIE, "Shouldn't you be in school", 'Call it in anyway', HOTLINE],
  ],
  [
    'labelling_question',
    [...TO_OLLIE, 'Is that woman at the nail bar making you', 'Call it in anyway', HOTLINE],
  ],
  ['promise_cannot_keep', [...TO_OLLIE_OPEN, 'This stays between us', HOTLINE]],
  ['detain_or_rescue', [...TO_OLLIE_OPEN, 'Take him by the arm', 'Stay back and watch', EMERGENCY]],
  ['no_emergency_call', [...TO_VERA, 'wait to be told what to do', EMERGENCY]],
  ['interrogate_victim', [...TO_OLLIE, 'How old are you? Where do you live', 'Call it in anyway', HOTLINE]],
  ['minor_not_escalated', [...TO_OLLIE_OPEN, HONEST, report('supervisor')]],
];

describeBothWays('store mall kiosk', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title: 'best path: no critical errors, the minor escalated, a high score',
      steps: BEST,
      also: ({ debrief }) => expect(debrief.encounter.minor).toBe(true),
      best: {
        ending: 'help_came',
        action: 'police',
        noticed: [
          'retail.tenant_worker_lives_onsite',
          'retail.recruiter_approaching_youth',
          'retail.not_allowed_to_buy_or_speak',
          'retail.minors_selling_begging',
          'retail.older_companion_gifts',
        ],
        minDecisions: 4,
      },
      missed: [{ id: 'retail.worker_coached_monitored', seen: false, look: 'Nail bar' }],
    },
    {
      title: 'the myth of the well-dressed worker is answered when it is voiced',
      steps: [
        'The girl in the camel coat',
        'Look at the phone-repair counter',
        'Look at the escalator',
        'Get your coffee and head back',
        'Tell him selling',
        'Let it go',
        { report: { observed: [], action: 'log' } },
      ],
      ending: 'went_back',
      myths: ['myth.well_dressed'],
      action: { verdict: 'under' },
      criticalIncludes: ['minor_not_escalated'],
      noticed: 'nothing',
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { fromReport: ['minor_not_escalated'] });

  it('danger path: a child pulled away needs the emergency number', async () => {
    const right = await expectEmergencyRequired(FILE, [...TO_VERA, 'Stay back and watch'], report, roundTrip);
    expect(right.ending?.id).toBe('emergency');
    expect(right.critical.map((c) => c.id)).toEqual(['confront_controller']);
  });
});

describe('store mall kiosk, must-fix items', () => {
  it('Ollie does not give his whole situation to the first question', async () => {
    for (const seed of [0, 1]) {
      const { transcript } = await play(
        FILE,
        [...TO_OLLIE, "I'll take one. Had anything to eat", 'Sit quietly a bench away', HONEST, HOTLINE],
        { seed },
      );
      const text = transcript.join(' ');
      const first = text.slice(text.indexOf('Had anything to eat'), text.indexOf('Sit quietly'));
      expect(first).not.toMatch(/Auntie|real auntie|paid|Mom/);
    }
  });

  it('the wary variant discloses differently', async () => {
    const one = (await play(FILE, BEST, { seed: 0 })).transcript.join(' ');
    const two = (await play(FILE, BEST, { seed: 1 })).transcript.join(' ');
    expect(one).toContain("She's not my real auntie");
    expect(two).not.toContain("She's not my real auntie");
    expect(two).toContain("I'm sixteen. Before you ask.");
  });

  it('for the minor, the act-phase call and the report are both police and child protection', async () => {
    const { debrief, transcript } = await play(FILE, BEST);
    expect(debrief.action).toMatchObject({ chosen: 'police', required: 'police', verdict: 'right' });
    expect(transcript.join(' ')).toMatch(/ask for police and/);
  });

  it('with the manager watching, not approaching and calling it in is defensible', async () => {
    const { debrief } = await play(FILE, [...OPENING, "Don't approach while she's watching", HOTLINE]);
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('help_late');
    expect(debrief.action).toMatchObject({ chosen: 'police', verdict: 'right' });
  });
});

describe('store mall kiosk, variants', () => {
  it('variant 2 changes temperament, not the signs or the best path', async () => {
    const one = await play(FILE, BEST, { seed: 0 });
    const two = await play(FILE, BEST, { seed: 1, roundTrip: true });
    expect(one.transcript.join(' ')).toContain('Vera stands with her arms folded');
    expect(two.transcript.join(' ')).toContain('Vera smiles at a customer');
    expectRightOutcome(two.debrief);
  });
});

describeContent('store mall kiosk', FILE, BEST, {
  indicators: 6,
  inEveryVariant: true,
  herrings: 2,
  meta: { minor: true },
});
