import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  expectBestPath,
  expectEmergencyRequired,
  expectRightOutcome,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';

const FILE = storyFile('hospital', 'loading-dock-injury');

const report = reporter({
  observed: 'seen',
  who: 'Man, 30s, grey overalls, called Teo, chemical burn to right hand; driver, 50s, navy fleece and cap',
  when: 'Tuesday 06:00 to 08:30',
  where: 'Staff entrance, loading bay, eyewash station, ED triage and podium',
});

const OPENING: Step[] = ['Thanks, Gwen', 'Look at the time clock', 'Look at the cleaning carts'];
const TO_TRIAGE: Step[] = [
  ...OPENING,
  'Take the worker straight to the eyewash station',
  "Let's get him inside",
];
const TO_PRIVATE: Step[] = [...TO_TRIAGE, 'Back Ines'];
const TO_NURSE: Step[] = [...TO_PRIVATE, 'Keep it routine'];
const TO_DANGER: Step[] = [...TO_NURSE, 'Understood.', "He's not going anywhere"];

const BEST: Step[] = [...TO_NURSE, 'Understood.', 'Step calmly to one side', report('supervisor')];

const CRITICAL_PATHS: [string, Step[]][] = [
  ['companion_as_interpreter', [...TO_TRIAGE, 'Fine. He can translate', report('supervisor')]],
  [
    'take_documents',
    [...TO_PRIVATE, "You're holding his passport", 'Stay back, note the time', report('supervisor')],
  ],
  [
    'threaten_arrest_or_immigration',
    [...TO_PRIVATE, 'immigration will want', 'Stay back, note the time', report('supervisor')],
  ],
  ['promise_cannot_keep', [...TO_NURSE, "Go to Teo's bay", report('supervisor')]],
  ['detain_or_rescue', [...TO_NURSE, "I'll keep the driver here", report('supervisor')]],
  ['confront_controller', [...TO_DANGER, 'Step back, call', report('emergency')]],
  ['no_emergency_call', [...TO_DANGER, 'Radio', report('supervisor')]],
];

describeBothWays('hospital loading dock injury', (roundTrip) => {
  it('best path: no critical errors, the right report, a high score', async () => {
    const { debrief, transcript } = await play(FILE, BEST, { roundTrip });
    expectBestPath(debrief, {
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
      minDecisions: 6,
    });
    // The worker's words reach the officer only through the professional interpreter.
    expect(transcript.join(' ')).toContain('cleaning liquid');
  });

  it('the second variant plays the same best path with the same outcome', async () => {
    const { debrief, transcript } = await play(FILE, BEST, { roundTrip, seed: 1 });
    expectRightOutcome(debrief, 'stayed');
    expect(transcript.join(' ')).toContain("I'm responsible for him.");
  });

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip);

  it('sending the worker away: an early ending, and the missed signs are shown', async () => {
    const { debrief } = await play(
      FILE,
      [
        'The hospital checks its contractors',
        'Stay in the booth',
        'Head back to the booth',
        'Tell the driver to sort it out',
        "Leave it. He's their worker",
        { report: { observed: [], action: 'log' } },
      ],
      { roundTrip },
    );
    expect(debrief.ending?.id).toBe('van_left');
    expect(debrief.noticed).toEqual([]);
    expect(debrief.missed.map((i) => i.id)).toEqual(
      expect.arrayContaining(['hospital.malnourished_poor_hygiene', 'hospital.occupational_injury_no_gear']),
    );
    expect(debrief.action?.verdict).toBe('under');
    expect(debrief.myths.map((m) => m.id)).toContain('myth.not_in_nice_places');
  });

  it('emergency path: calling the emergency number is required, and a lesser report is a critical error', async () => {
    const right = await expectEmergencyRequired(FILE, [...TO_DANGER, 'Step back, call'], report, roundTrip);
    expect(right.ending?.id).toBe('emergency');
    expect(right.critical.map((c) => c.id)).not.toContain('no_emergency_call');
  });
});

describeContent('hospital loading dock injury', FILE, BEST, { indicators: 6, herrings: 2 });
