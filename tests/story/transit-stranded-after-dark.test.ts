import { describe, expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  expectBestPath,
  expectEmergencyRequired,
  expectMissed,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';

const FILE = storyFile('transit', 'stranded-after-dark');

const report = reporter({
  observed: 'seen',
  who: 'Boy about 16, grey hoodie, no coat, called Kit; man mid-20s, dark tracksuit, called Shay; young woman in a silver hatchback',
  when: 'Sunday 19:50 to 21:40',
  where: 'Coach station hall, far bench, window 2; service road behind Bay 4',
});
const HOTLINE = report('police');
const EMERGENCY = report('emergency');

// Seed 42 plays variant 1; seed 1 plays variant 2 (variant = seed % 2 + 1).
const OPENING: Step[] = [
  "Thanks. I'll keep an eye on both",
  'Look at the boy by the far bench',
  'Look out through the Bay 4 doors',
];

const TO_FOOD: Step[] = [...OPENING, 'Stop a little way off', 'Can I get you a hot drink'];
const TO_DISCLOSURE: Step[] = [...TO_FOOD, "What's happened tonight"];
const TO_SHUT_DOWN: Step[] = [
  ...TO_FOOD,
  'What exactly did they want you to do',
  'Step out of sight and radio',
];

const BEST: Step[] = [...TO_DISCLOSURE, 'None of this is your fault', 'Keep it routine', HOTLINE];

const NEW_INDICATORS = ['transit.stranded_after_refusal', 'transit.commercial_sex_around_terminal'];

const BEST_NOTICED = [
  ...NEW_INDICATORS,
  'transit.recruiter_at_terminal',
  'transit.fear_of_uniforms',
  'transit.few_belongings_wrong_clothes',
  'transit.malnourished_drugged',
  'transit.restricted_monitored_movement',
  'transit.unsure_destination_or_contact',
  'transit.companion_holds_documents_ticket',
];

const CRITICAL_PATHS: [string, Step[]][] = [
  ['labelling_question', [...OPENING, 'Are you one of the ones', 'Step out of sight and radio', HOTLINE]],
  [
    'threaten_arrest_or_immigration',
    [...TO_FOOD, "If you've been doing stuff for money", 'Step out of sight and radio', HOTLINE],
  ],
  [
    'promise_cannot_keep',
    [...TO_DISCLOSURE, "OK. I won't tell anyone", 'Step back inside the doors', EMERGENCY],
  ],
  ['confront_controller', [...TO_DISCLOSURE, "Right. Let's go round the back", HOTLINE]],
  ['detain_or_rescue', [...OPENING, "You can't doss here", 'Run out and pull', EMERGENCY]],
  ['no_emergency_call', [...OPENING, "You can't doss here", 'Radio', report('supervisor')]],
  ['minor_not_escalated', [...BEST.slice(0, -1), report('supervisor')]],
];

describeBothWays('transit stranded after dark', (roundTrip) => {
  it('best path: no critical errors, escalated as a minor, both new signs seen, a high score', async () => {
    const { debrief, transcript } = await play(FILE, BEST, { roundTrip });
    expectBestPath(debrief, {
      ending: 'police_came',
      action: 'police',
      noticed: BEST_NOTICED,
      minDecisions: 6,
    });
    expect(debrief.recommended.join(' ')).toContain('under 18');
    // The ticket bought by someone else is only seen by looking at Nell's screen.
    expectMissed(debrief, 'transit.ticket_bought_by_other', { seen: false });
    // The boy is told honestly what happens next, and the officer is not in the room afterwards.
    expect(transcript.join(' ')).toContain('Police say they will be there');
  });

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip, { fromReport: ['minor_not_escalated'] });

  it('a boy who will not talk is still escalated; reporting less than the hotline is a critical error', async () => {
    const under = await play(FILE, [...TO_SHUT_DOWN, report('log')], { roundTrip });
    expect(under.debrief.ending?.id).toBe('police_came');
    expect(under.debrief.action?.required).toBe('police');
    expect(under.debrief.critical.map((c) => c.id)).toContain('minor_not_escalated');
    const right = await play(FILE, [...TO_SHUT_DOWN, HOTLINE], { roundTrip });
    expect(right.debrief.critical.map((c) => c.id)).toEqual(['interrogate_victim']);
    expect(right.debrief.action?.verdict).toBe('right');
  });

  it('when curiosity questions shut him down, the debrief shows what he never got to say and where', async () => {
    const { debrief } = await play(FILE, [...TO_SHUT_DOWN, HOTLINE], { roundTrip });
    expectMissed(debrief, 'transit.stranded_after_refusal', { seen: false });
    const stranded = debrief.missed.find((i) => i.id === 'transit.stranded_after_refusal');
    expect(stranded?.why.length).toBeGreaterThan(30);
    expect(stranded?.places.some((p) => p.via === 'line' && p.text.includes('I said no'))).toBe(true);
    const asked = debrief.decisions.find((d) => d.text.includes('What exactly did they want'));
    expect(asked?.points).toBeLessThan(0);
    expect(asked?.better?.text).toContain("What's happened tonight");
  });

  it('emergency path: a boy pulled toward a car needs the emergency number first', async () => {
    const path: Step[] = [...OPENING, "You can't doss here", 'Step back inside the doors'];
    const right = await expectEmergencyRequired(FILE, path, report, roundTrip);
    expect(right.ending?.id).toBe('emergency');
    expect(right.critical).toEqual([]);
  });
});

describe('transit stranded after dark, replay variants', () => {
  it('variant 2 shows a different look at the bench and an angrier man, with the same new signs', async () => {
    const one = await play(FILE, BEST, { seed: 42 });
    const two = await play(FILE, BEST, { seed: 1 });
    expect(one.transcript.join(' ')).toContain('long grey coat');
    expect(two.transcript.join(' ')).toContain('counts a few coins');
    expect(two.transcript.join(' ')).toContain("Where's the kid?");
    expect(two.debrief.noticed.map((i) => i.id)).toEqual(
      expect.arrayContaining([...NEW_INDICATORS, 'transit.few_belongings_wrong_clothes']),
    );
    expect(two.debrief.noticed.map((i) => i.id)).not.toContain('transit.recruiter_at_terminal');
    expect(two.debrief.critical).toEqual([]);
  });
});

describeContent(
  'transit stranded after dark',
  FILE,
  BEST,
  // The best path notices these, so at least as many are shown.
  { indicators: BEST_NOTICED.length, shows: NEW_INDICATORS, herrings: 2, meta: { minor: true, variants: 2 } },
  (c) => {
    it('can show the two transit signs no other encounter shows, in every variant', () => {
      for (const v of c.variants)
        for (const id of NEW_INDICATORS) expect(Object.keys(v.indicators)).toContain(id);
    });
  },
);
