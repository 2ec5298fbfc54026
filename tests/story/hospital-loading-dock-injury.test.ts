import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  expectEmergencyRequired,
  dimensionScore,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

const FILE = storyFile('hospital', 'loading-dock-injury');

const report = reporter({
  observed: 'seen',
  who: 'Man, 30s, grey overalls, called Teo, chemical burn to right hand; driver, 50s, navy fleece and cap',
  when: 'Tuesday 06:00 to 08:30',
  where: 'Staff entrance, loading bay, eyewash station, ED triage and podium',
});

const OPENING: Step[] = ['Thanks, Gwen', 'Look at the time clock', 'Look at the cleaning carts'];
const TO_TRIAGE: Step[] = [...OPENING, 'Sleeve off, hand under running water', "Let's get him inside"];
const TO_PRIVATE: Step[] = [...TO_TRIAGE, 'Back Ines'];
const TO_NURSE: Step[] = [...TO_PRIVATE, 'Keep it routine'];
const TO_DANGER: Step[] = [...TO_NURSE, 'Nod, and radio', "He's not going anywhere"];

const BEST: Step[] = [...TO_NURSE, 'Nod, and radio', "He's still being treated", report('supervisor')];
const LET_GO = 'Let them go; radio';

const CRITICAL_PATHS: [string, Step[]][] = [
  ['companion_as_interpreter', [...TO_TRIAGE, 'Fine. He can translate', report('supervisor')]],
  ['take_documents', [...TO_PRIVATE, "You're holding his passport", LET_GO, report('supervisor')]],
  ['threaten_arrest_or_immigration', [...TO_PRIVATE, 'immigration will want', LET_GO, report('supervisor')]],
  ['promise_cannot_keep', [...TO_NURSE, "Go to Teo's bay", report('supervisor')]],
  ['detain_or_rescue', [...TO_NURSE, "I'll keep the driver here", report('supervisor')]],
  ['confront_controller', [...TO_DANGER, 'Call 911', report('emergency')]],
  ['no_emergency_call', [...TO_DANGER, 'Radio', report('supervisor')]],
];

describeBothWays('hospital loading dock injury', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title: 'best path: no critical errors, the right report, a high score',
      steps: BEST,
      best: {
        ending: 'stayed',
        action: 'supervisor',
        noticed: [
          'hospital.contract_staff_exploitation',
          'hospital.occupational_injury_no_gear',
          'hospital.inconsistent_injury_story',
          'hospital.companion_holds_documents_pays',
          'hospital.relationship_claim_doesnt_fit',
          'hospital.companion_speaks_for_patient',
        ],
        minDecisions: 7,
      },
      shows: [
        // The worker's words reach the officer only through the professional interpreter.
        'cleaning liquid',
        // The driver deflects; he never explains his business to security.
        'Ask the agency.',
        // Telling the agency or the contracts manager is not security's move that morning.
        'Nobody calls the agency.',
      ],
      hides: [/pay me back|not on any books/i],
    },
    {
      title: 'the second variant plays the same best path with the same outcome',
      steps: BEST,
      seed: 1,
      critical: [],
      ending: 'stayed',
      action: { verdict: 'right' },
      shows: ["I'm responsible for him."],
    },
    {
      title: 'sending the worker away: an early ending, and the missed signs are shown',
      steps: [
        'The hospital checks its contractors',
        'Stay in the booth',
        'Head back to the booth',
        'Tell the driver to sort it out',
        "Leave it. He's their worker",
        { report: { observed: [], action: 'log' } },
      ],
      ending: 'van_left',
      noticed: 'nothing',
      missedIncludes: ['hospital.contract_staff_exploitation', 'hospital.occupational_injury_no_gear'],
      action: { verdict: 'under' },
      myths: ['myth.not_in_nice_places'],
    },
  ]);

  it('chemical-burn first aid: clothing off and running water at once; anything first costs', async () => {
    const best = await play(FILE, BEST, { roundTrip });
    const aid = best.debrief.decisions.find((d) => d.text.includes('Sleeve off'));
    expect(aid?.points).toBe(3);
    expect(aid?.why).toMatch(/running water/);
    expect(aid?.why).toMatch(/clothing off/);
    expect(best.transcript.join(' ')).not.toContain('eyewash');
    for (const first of [
      'Ask the driver what happened first',
      'Radio the emergency department for a nurse',
    ]) {
      const { debrief } = await play(
        FILE,
        [
          ...OPENING,
          first,
          "Let's get him inside",
          'Back Ines',
          'Keep it routine',
          'Nod, and radio',
          "He's still being treated",
          report('supervisor'),
        ],
        { roundTrip },
      );
      const d = debrief.decisions.find((x) => x.text.includes(first));
      expect(d?.points, first).toBeLessThan(3);
      expect(d?.better?.text, first).toContain('Sleeve off');
    }
  });

  it('the crowded van shows contract-staff exploitation, not malnutrition', async () => {
    const { debrief } = await play(
      FILE,
      ['Thanks, Gwen', 'Look at the minivan', 'Head back to the booth', ...BEST.slice(3)],
      { roundTrip },
    );
    const sign = debrief.noticed.find((i) => i.id === 'hospital.contract_staff_exploitation');
    expect(sign?.places.some((p) => p.via === 'look' && p.text.includes('minivan'))).toBe(true);
    expect(debrief.noticed.map((i) => i.id)).not.toContain('hospital.malnourished_poor_hygiene');
  });

  it('an adult who said no to police: the control room is exact, and police is an override', async () => {
    const police = await play(FILE, [...BEST.slice(0, -1), report('police')], { roundTrip });
    expect(police.debrief.action?.verdict).not.toBe('right');
    const right = await play(FILE, BEST, { roundTrip });
    expect(dimensionScore(police.debrief, 'choice')).toBeLessThan(dimensionScore(right.debrief, 'choice'));
  });

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip);

  it('emergency path: calling the emergency number is required, and a lesser report is a critical error', async () => {
    const right = await expectEmergencyRequired(FILE, [...TO_DANGER, 'Call 911'], report, roundTrip);
    expect(right.ending?.id).toBe('emergency');
    expect(right.critical.map((c) => c.id)).not.toContain('no_emergency_call');
  });
});

describeContent('hospital loading dock injury', FILE, BEST, { indicators: 6, herrings: 2 });
