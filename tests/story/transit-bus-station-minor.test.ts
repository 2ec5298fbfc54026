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

const FILE = storyFile('transit', 'bus-station-minor');

const report = reporter({
  observed: 'seen',
  who: 'Girl about 15, grey hoodie, called Tess; woman 40s, plum coat, says she is her aunt (Della); man 20s, red puffer jacket',
  when: 'Evening, 19:40 to 20:40',
  where: 'Coach station hall, Bay 4 bench and kiosk',
});
const HOTLINE = report('police');

const OPENING: Step[] = [
  "Let's keep an eye on him",
  'Look at the young traveller on the far bench',
  'Glance at the bags on the bench',
];

const TO_PRIVATE_TALK: Step[] = [...OPENING, "Thanks. The kiosk's open", 'Walk over calmly'];
const TO_TRIP: Step[] = [...TO_PRIVATE_TALK, 'OK. Long trip tonight'];
const TO_POLICE: Step[] = [...TO_TRIP, 'Thanks for telling me', 'The police are on their way'];

const BEST: Step[] = [...TO_TRIP, 'Thanks for telling me', 'Keep it routine', HOTLINE];

const CRITICAL_PATHS: [string, Step[]][] = [
  [
    'suspicion_in_front_of_controller',
    [...OPENING, 'Is she really your aunt', 'Step out of sight, radio', HOTLINE],
  ],
  [
    'confront_controller',
    [...OPENING, 'How do you know the man in the red jacket', 'Step out of sight, radio', HOTLINE],
  ],
  [
    'labelling_question',
    [...TO_PRIVATE_TALK, 'Are you being trafficked', 'Step out of sight, radio', HOTLINE],
  ],
  [
    'promise_cannot_keep',
    [...TO_PRIVATE_TALK, 'Whatever you tell me stays', 'Step out of sight, radio', HOTLINE],
  ],
  ['detain_or_rescue', [...TO_TRIP, 'Come with me now', 'Step back, call', report('emergency')]],
  ['no_emergency_call', [...TO_POLICE, 'Radio', report('supervisor')]],
  ['minor_not_escalated', [...BEST.slice(0, -1), report('supervisor')]],
];

describeBothWays('transit bus station minor', (roundTrip) => {
  it('best path: no critical errors, escalated as a minor, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expectBestPath(debrief, {
      ending: 'police_before_boarding',
      action: 'police',
      noticed: [
        'transit.recruiter_at_terminal',
        'transit.few_belongings_wrong_clothes',
        'transit.companion_holds_documents_ticket',
        'transit.minor_with_non_parent',
        'transit.unsure_destination_or_contact',
        'transit.fear_of_uniforms',
      ],
      minDecisions: 5,
    });
    expect(debrief.recommended.join(' ')).toContain('under 18');
    // The booking on Gail's screen is only seen by looking at it.
    expectMissed(debrief, 'transit.ticket_bought_by_other', { seen: false });
  });

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { fromReport: ['minor_not_escalated'] });

  it('a young person who says she is fine is still escalated: reporting less is a critical error', async () => {
    const path: Step[] = [...TO_TRIP, "If you say you're fine"];
    const under = await play(FILE, [...path, report('log')], { roundTrip });
    expect(under.debrief.ending?.id).toBe('coach_left');
    expect(under.debrief.action?.required).toBe('police');
    expect(under.debrief.critical.map((c) => c.id)).toContain('minor_not_escalated');
    const right = await play(FILE, [...path, HOTLINE], { roundTrip });
    expectRightOutcome(right.debrief);
  });

  it('emergency path: a girl pulled toward a car needs the emergency number first', async () => {
    const right = await expectEmergencyRequired(FILE, [...TO_POLICE, 'Step back, call'], report, roundTrip);
    expect(right.ending?.id).toBe('emergency');
    expect(right.critical.map((c) => c.id)).toEqual(['suspicion_in_front_of_controller']);
  });
});

describeContent('transit bus station minor', FILE, BEST, {
  indicators: 6,
  herrings: 2,
  meta: { minor: true, variants: 2 },
});
