import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  dimensionScore,
  expectEmergencyRequired,
  expectRightOutcome,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

const FILE = storyFile('hospital', 'waiting-room');

const report = reporter({
  observed: 'seen',
  who: 'Woman, 20s, thin summer dress, bandaged left hand, called Kayla; man, 30s, green winter coat, two phones',
  when: 'Saturday 22:50 to 01:30',
  where: 'ED waiting room, water cooler, bay 4 and corridor bench',
});
const CONTROL_ROOM = report('supervisor');

// Seed 42 plays variant 1 (the pretext works); seed 1 plays variant 2 (he refuses to leave the bay).
const V1 = 42;
const V2 = 1;

const OPENING: Step[] = [
  "OK. I'll watch, and write it down.",
  'Look at the triage window',
  'Look at the pair on the far seats',
];
const TO_BAY: Step[] = [...OPENING, 'Answer her, and add', 'About forty minutes'];
const TO_STATION: Step[] = [...TO_BAY, 'Same for everyone, sir', 'Keep it ordinary'];
const BEST: Step[] = [...TO_STATION, 'Got it.', 'Step to the side of the corridor', CONTROL_ROOM];
const LEFT_WITH_HIM = 'Watch them out to the lot';

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'suspicion_in_front_of_controller',
    [...OPENING, "You don't know where you are", LEFT_WITH_HIM, CONTROL_ROOM],
  ],
  [
    'confront_controller',
    [...OPENING, 'Just answer her', 'Funny. The nurse said', LEFT_WITH_HIM, CONTROL_ROOM],
  ],
  ['interrogate_victim', [...TO_BAY, "I'll sit in with Kayla", 'Write down the times', CONTROL_ROOM]],
  ['take_documents', [...TO_BAY, 'Same for everyone, sir', 'Give me her ID', LEFT_WITH_HIM, CONTROL_ROOM]],
  ['promise_cannot_keep', [...TO_STATION, 'Slip behind the curtain', CONTROL_ROOM]],
  ['detain_or_rescue', [...TO_BAY, 'Sir, step outside', 'Grab his arm', report('emergency')]],
  ['no_emergency_call', [...TO_BAY, 'Sir, step outside', 'Radio', CONTROL_ROOM]],
];

describeBothWays('hospital waiting room', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title:
        'best path (variant 1): the care team brings in social work, and the control room is the exact report',
      steps: BEST,
      seed: V1,
      best: {
        ending: 'stayed',
        action: 'supervisor',
        noticed: [
          'hospital.companion_speaks_for_patient',
          'hospital.companion_holds_documents_pays',
          'hospital.dress_wrong_for_weather',
          'hospital.branding_tattoos',
          'hospital.companion_wont_leave',
          'hospital.relationship_claim_doesnt_fit',
          'hospital.repeat_sexual_health_visits',
        ],
        minDecisions: 7,
      },
      // A plausible cluster, not a checklist: no path shows her more than a handful of signs.
      also: ({ debrief }) => expect(debrief.noticed.length).toBeLessThanOrEqual(10),
    },
    {
      title: 'reading her flat manner as "not that upset" is answered in the debrief as a trauma response',
      steps: [...TO_STATION, "She didn't seem that upset", 'Step to the side of the corridor', CONTROL_ROOM],
      seed: V1,
      myths: ['myth.trauma_hostile_or_flat'],
      decisions: [{ text: "didn't seem that upset", points: 'negative' }],
    },
    {
      title: 'a path without looking: signs missed, too little reported',
      steps: [
        'If she needed help',
        'Walk on toward the seats',
        'Go back to the podium',
        'Smile.',
        'No idea. Ask at the window.',
        'Stand where he can see you',
        "Say nothing. It's their choice",
        { report: { observed: [], action: 'log' } },
      ],
      seed: V1,
      ending: 'no_private',
      noticed: 'nothing',
      missed: [{ id: 'hospital.dress_wrong_for_weather', seen: false }],
      action: { verdict: 'under' },
      myths: ['myth.would_ask_for_help'],
    },
  ]);

  it('security never reads the triage screen or hears her health history', async () => {
    const { transcript } = await play(FILE, BEST, { roundTrip, seed: V1 });
    const text = transcript.join(' ');
    expect(text).toContain("You can't see the screen from here, and you don't try to.");
    expect(text).toContain("The team has concerns I can't go into.");
    expect(text).not.toMatch(/records|other hospitals|date of birth/);
    const asked = await play(
      FILE,
      [...TO_STATION, 'What did she tell you, exactly', 'Step to the side of the corridor', CONTROL_ROOM],
      { roundTrip, seed: V1 },
    );
    const d = asked.debrief.decisions.find((x) => x.text.includes('What did she tell you'));
    expect(d?.points).toBeLessThan(0);
    expect(d?.why).toContain('care team');
  });

  it('variant 2: the companion refuses, and stopping to watch and report beats pushing the rule', async () => {
    const stop = await play(
      FILE,
      [...TO_BAY, 'Same for everyone, sir', 'Let it go.', 'Write down the times', CONTROL_ROOM],
      { roundTrip, seed: V2 },
    );
    expectRightOutcome(stop.debrief, 'no_private');
    expect(stop.transcript.join(' ')).toContain('I said I stay.');
    const push = await play(
      FILE,
      [...TO_BAY, 'Same for everyone, sir', "It's hospital policy", LEFT_WITH_HIM, CONTROL_ROOM],
      { roundTrip, seed: V2 },
    );
    expect(push.debrief.ending?.id).toBe('left_ama');
    const pts = (p: typeof stop, s: string) =>
      p.debrief.decisions.find((x) => x.text.includes(s))?.points ?? NaN;
    expect(pts(stop, 'Let it go.')).toBeGreaterThan(pts(push, "It's hospital policy"));
    expect(pts(push, "It's hospital policy")).toBeLessThan(0);
  });

  it('an adult who leaves with him: the control room is exact; police is an override that costs her choice', async () => {
    const steps: Step[] = [...TO_BAY, 'Stand where he can see you'];
    const right = await play(FILE, [...steps, 'Write down the times', CONTROL_ROOM], { roundTrip, seed: V1 });
    expectRightOutcome(right.debrief, 'no_private');
    const police = await play(FILE, [...steps, 'Call police about him', report('police')], {
      roundTrip,
      seed: V1,
    });
    expect(police.debrief.action?.verdict).not.toBe('right');
    expect(dimensionScore(police.debrief, 'choice')).toBeLessThan(dimensionScore(right.debrief, 'choice'));
  });

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip);

  it('emergency (variant 1): calling the emergency number is required, and a lesser report is a critical error', async () => {
    const path: Step[] = [...TO_STATION, 'Got it.', "She doesn't want to see you", 'Dial'];
    const right = await expectEmergencyRequired(FILE, path, report, roundTrip);
    expect(right.ending?.id).toBe('emergency');
    expect(right.critical.map((c) => c.id)).toEqual(['confront_controller']);
  });

  it('emergency (variant 2): the call does not make him let go; police stop the van', async () => {
    const path: Step[] = [...TO_BAY, 'Sir, step outside', 'Dial', report('emergency')];
    const { debrief, transcript } = await play(FILE, path, { roundTrip, seed: V2 });
    expect(debrief.action).toMatchObject({ required: 'emergency', verdict: 'right' });
    expect(transcript.join(' ')).toContain('and keeps pulling');
    expect(debrief.ending?.title).toBe('Police stopped the van');
  });
});

describeContent('hospital waiting room', FILE, BEST, {
  indicators: 6,
  inEveryVariant: true,
  shows: [
    'hospital.branding_tattoos',
    'hospital.disoriented_time_place',
    'hospital.repeat_sexual_health_visits',
  ],
  herrings: 2,
  meta: { minor: false, variants: 2 },
});
