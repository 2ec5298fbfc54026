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
  "Thanks, Nadia. I'll take a quiet look",
  'Look at the storage cupboard behind the kiosk',
  'Look at the fountain',
  'Watch the food-court counter',
];

const TO_OLLIE: Step[] = [...OPENING, 'Sit at the far end of the bench'];
const TO_OLLIE_OPEN: Step[] = [...TO_OLLIE, "I'm with mall security"];
const TO_VERA: Step[] = [...OPENING, 'Walk over to the kiosk and ask Vera'];

const BEST: Step[] = [...TO_OLLIE_OPEN, 'Tell Ollie honestly', HOTLINE];

const CRITICAL_PATHS: [string, Step[]][] = [
  ['confront_controller', [...TO_VERA, 'keep them in sight', EMERGENCY]],
  [
    'threaten_arrest_or_immigration',
    [...TO_OLLIE, "Shouldn't you be in school", 'a boy of about fifteen', HOTLINE],
  ],
  [
    'labelling_question',
    [...TO_OLLIE, 'Is that woman at the nail bar making you', 'a boy of about fifteen', HOTLINE],
  ],
  ['promise_cannot_keep', [...TO_OLLIE_OPEN, 'This stays between us', HOTLINE]],
  ['detain_or_rescue', [...TO_OLLIE_OPEN, 'Take him by the arm', 'keep them in sight', EMERGENCY]],
  ['no_emergency_call', [...TO_VERA, 'wait to be told what to do', EMERGENCY]],
  ['minor_not_escalated', [...TO_OLLIE_OPEN, 'Tell Ollie honestly', report('supervisor')]],
];

describeBothWays('store mall kiosk', (roundTrip) => {
  it('best path: no critical errors, the minor escalated, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expect(debrief.encounter.minor).toBe(true);
    expectBestPath(debrief, {
      ending: 'help_came',
      action: 'police',
      noticed: [
        'retail.tenant_worker_lives_onsite',
        'retail.recruiter_approaching_youth',
        'retail.not_allowed_to_buy_or_speak',
        'retail.minors_selling_begging',
        'retail.cannot_say_where_lives',
        'retail.older_companion_gifts',
      ],
      minDecisions: 4,
    });
    expectMissed(debrief, 'retail.worker_coached_monitored', { seen: false, look: 'Nail bar' });
  });

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { fromReport: ['minor_not_escalated'] });

  it('the myth of the well-dressed worker is answered when it is voiced', async () => {
    const { debrief } = await play(
      FILE,
      [
        'The girl in the camel coat',
        'Look at the phone-repair counter',
        'Look at the escalator',
        'Get your coffee and head back',
        'Tell him selling',
        'Let it go',
        { report: { observed: [], action: 'log' } },
      ],
      { roundTrip },
    );
    expect(debrief.ending?.id).toBe('went_back');
    expect(debrief.myths.map((m) => m.id)).toContain('myth.well_dressed');
    expect(debrief.action?.verdict).toBe('under');
    expect(debrief.critical.map((c) => c.id)).toContain('minor_not_escalated');
    expect(debrief.noticed).toEqual([]);
  });

  it('danger path: a child pulled away needs the emergency number', async () => {
    const right = await expectEmergencyRequired(FILE, [...TO_VERA, 'keep them in sight'], report, roundTrip);
    expect(right.ending?.id).toBe('emergency');
    expect(right.critical.map((c) => c.id)).toEqual(['confront_controller']);
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
