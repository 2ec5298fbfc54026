import { expect, it } from 'vitest';
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

const FILE = storyFile('hospital', 'waiting-room');

const report = reporter({
  observed: 'seen',
  who: 'Woman, 20s, thin summer dress, bandaged left hand, called Kayla; man, 30s, green winter coat, two phones',
  when: 'Saturday 22:50 to 01:30',
  where: 'ED waiting room, water cooler, bay 4 and corridor bench',
});

const OPENING: Step[] = [
  "Thanks. I'll keep an eye out",
  'Look at the screen behind the triage window',
  'Look at the pair on the far seats',
];

const TO_BAY: Step[] = [...OPENING, 'Answer her plainly', 'About forty minutes'];
const TO_STATION: Step[] = [...TO_BAY, 'Back Ines', 'Keep it ordinary'];

const BEST: Step[] = [...TO_STATION, 'Understood.', 'Stand calmly in the corridor', report('supervisor')];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'suspicion_in_front_of_controller',
    [...OPENING, "You don't know where you are", 'Stay back, note the time', report('supervisor')],
  ],
  [
    'confront_controller',
    [
      ...OPENING,
      'Answer her plainly',
      'Funny. The nurse said',
      'Stay back, note the time',
      report('supervisor'),
    ],
  ],
  [
    'take_documents',
    [...TO_BAY, 'Back Ines', 'Give me her ID', 'Stay back, note the time', report('supervisor')],
  ],
  ['promise_cannot_keep', [...TO_STATION, 'Slip behind the curtain', report('supervisor')]],
  ['detain_or_rescue', [...TO_BAY, 'Sir, step outside', 'Grab his arm', report('emergency')]],
  ['no_emergency_call', [...TO_BAY, 'Sir, step outside', 'Radio', report('supervisor')]],
];

describeBothWays('hospital waiting room', (roundTrip) => {
  it('best path: no critical errors, the right report, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expectBestPath(debrief, {
      ending: 'stayed',
      action: 'supervisor',
      noticed: [
        'hospital.companion_speaks_for_patient',
        'hospital.companion_holds_documents_pays',
        'hospital.dress_wrong_for_weather',
        'hospital.disoriented_time_place',
        'hospital.companion_wont_leave',
        'hospital.relationship_claim_doesnt_fit',
      ],
      minDecisions: 5,
    });
  });

  it('the second variant plays the same best path with the same outcome', async () => {
    const { debrief, transcript } = await play(FILE, BEST, { roundTrip, seed: 1 });
    expectRightOutcome(debrief, 'stayed');
    expect(transcript.join(' ')).toContain('What day is it today?');
  });

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip);

  it('a path without private time: few looks, too little reported', async () => {
    const { debrief } = await play(
      FILE,
      [
        'If she needed help',
        'Walk on toward the seats',
        'Go back to the podium',
        'Smile.',
        'About forty minutes',
        "Stay back. It's between him",
        "Say nothing. It's their choice",
        { report: { observed: [], action: 'log' } },
      ],
      { roundTrip },
    );
    expect(debrief.ending?.id).toBe('no_private');
    expect(debrief.noticed).toEqual([]);
    expect(debrief.missed.map((i) => i.id)).toEqual(
      expect.arrayContaining(['hospital.dress_wrong_for_weather', 'hospital.companion_holds_documents_pays']),
    );
    expectMissed(debrief, 'hospital.dress_wrong_for_weather', { seen: false });
    expect(debrief.action?.verdict).toBe('under');
    expect(debrief.myths.map((m) => m.id)).toContain('myth.would_ask_for_help');
  });

  it('emergency path: calling the emergency number is required, and a lesser report is a critical error', async () => {
    const path: Step[] = [...TO_STATION, 'Understood.', "She doesn't want to see you", 'Step back, call'];
    const right = await expectEmergencyRequired(FILE, path, report, roundTrip);
    expect(right.ending?.id).toBe('emergency');
    expect(right.critical.map((c) => c.id)).not.toContain('no_emergency_call');
  });
});

describeContent('hospital waiting room', FILE, BEST, { indicators: 6, herrings: 2 });
