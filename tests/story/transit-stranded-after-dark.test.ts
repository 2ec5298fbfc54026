import { describe, expect, it } from 'vitest';
import {
  compiled,
  describeBothWays,
  describeContent,
  expectEmergencyRequired,
  expectMissed,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

const FILE = storyFile('transit', 'stranded-after-dark');

const report = reporter({
  observed: 'seen',
  who: 'Boy about 16, gray hoodie, no coat, called Kit; man mid-20s, dark tracksuit, called Shay; young woman who may be under 18, silver hatchback',
  when: 'Sunday 19:50 to 21:40',
  where: 'Bus terminal hall, far bench, window 2; service road behind Bay 4',
});
const EMERGENCY = report('emergency');
const POLICE = report('police');

// Seed 42 plays variant 1; seed 1 plays variant 2 (variant = seed % 2 + 1).
const OPENING: Step[] = ['Note the times', 'Look at the boy by the far bench'];

const TO_FOOD: Step[] = [...OPENING, 'Stay where you are', 'Want a hot chocolate'];
const TO_DISCLOSURE: Step[] = [...TO_FOOD, "What's happened tonight", 'Is he coming back here'];
const TO_BAY: Step[] = [...TO_DISCLOSURE, 'Tell him straight'];
const TO_SHUT_DOWN: Step[] = [
  ...TO_FOOD,
  'What exactly did they want you to do',
  'Radio the security control room from behind',
];

const BEST: Step[] = [...TO_BAY, 'Call 911 now', 'Let Nell handle it', EMERGENCY];

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
  [
    'labelling_question',
    [
      ...OPENING,
      'Are you one of the ones',
      'Radio the security control room from behind',
      'Call 911 now',
      'Let Nell handle it',
      EMERGENCY,
    ],
  ],
  [
    'threaten_arrest_or_immigration',
    [
      ...TO_FOOD,
      "If you've been doing stuff for money",
      'Radio the security control room from behind',
      'Call 911 now',
      'Let Nell handle it',
      EMERGENCY,
    ],
  ],
  ['promise_cannot_keep', [...TO_DISCLOSURE, "OK. I won't tell anyone", 'Dial 911 quietly', EMERGENCY]],
  ['confront_controller', [...TO_DISCLOSURE, "Let's go out back", POLICE]],
  ['detain_or_rescue', [...OPENING, "You can't sleep in here", 'Run out and pull', EMERGENCY]],
  [
    'no_emergency_call',
    [...OPENING, "You can't sleep in here", 'Radio the security control room and wait', POLICE],
  ],
  ['interrogate_victim', [...TO_SHUT_DOWN, 'Call 911 now', 'Let Nell handle it', EMERGENCY]],
];

describeBothWays('transit stranded after dark', (roundTrip) => {
  // The must-fix 1 tests of issue #12 stay as their own tests below; these rows differ only in data.
  itPlays(FILE, roundTrip, [
    {
      title:
        'best path: Kit escalated as a minor, the Bay 4 sale called in as an emergency, no critical errors',
      steps: BEST,
      best: { ending: 'police_came', action: 'emergency', noticed: BEST_NOTICED, minDecisions: 7 },
      recommends: 'under 18',
      missed: [{ id: 'transit.ticket_bought_by_other', seen: false }],
      // A visible call does not make everyone flee: the driver strolls off, he does not run.
      shows: ['Nobody runs'],
    },
    {
      title: 'telling him first, or calling first, both escalate; calling behind his back costs trust',
      steps: [...TO_DISCLOSURE, 'Say nothing yet', 'Call 911 now', 'Let Nell handle it', EMERGENCY],
      critical: [],
      decisions: [{ text: 'Say nothing yet', points: 'positive', better: 'Tell him straight' }],
    },
    {
      title: 'a boy who will not talk is still escalated; reporting only a log entry is a critical error',
      steps: [...TO_SHUT_DOWN, 'Call 911 now', 'Let Nell handle it', report('log')],
      criticalIncludes: ['minor_not_escalated'],
    },
    {
      title: 'with the man himself at the window, staying out of it is best',
      steps: [...TO_BAY, 'Call 911 now', 'Ask him to leave the wallet', EMERGENCY],
      decisions: [{ text: 'Ask him to leave the wallet', better: 'Let Nell handle it' }],
    },
  ]);

  it('must-fix 1: a possible minor sold in real time requires the emergency number, and the debrief says why', async () => {
    const right = await expectEmergencyRequired(
      FILE,
      [...TO_BAY, 'Call 911 now', 'Let Nell handle it'],
      report,
      roundTrip,
    );
    expect(right.critical).toEqual([]);
    // Reporting only police and child protection for Kit, after seeing Bay 4, is too little.
    const under = await play(FILE, [...TO_BAY, 'Write down the time', 'Let Nell handle it', POLICE], {
      roundTrip,
    });
    expect(under.debrief.critical.map((c) => c.id)).toContain('no_emergency_call');
    const noted = under.debrief.decisions.find((d) => d.text.includes('Write down the time'));
    expect(noted?.points).toBeLessThan(0);
    expect(noted?.better?.text).toContain('Call 911 now');
    expect(noted?.why).toContain('emergency');
  });

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip);

  it('must-fix 1: interrogating Kit is the critical error interrogate_victim', async () => {
    const { debrief } = await play(FILE, [...TO_SHUT_DOWN, 'Call 911 now', 'Let Nell handle it', EMERGENCY], {
      roundTrip,
    });
    expect(debrief.critical.map((c) => c.id)).toEqual(['interrogate_victim']);
    expectMissed(debrief, 'transit.stranded_after_refusal', { seen: false });
    const asked = debrief.decisions.find((d) => d.text.includes('What exactly did they want'));
    expect(asked?.better?.text).toContain("What's happened tonight");
  });

  it('must-fix 1: Kit discloses slowly and in part; one question does not give the whole story', async () => {
    const { transcript } = await play(
      FILE,
      [
        ...TO_FOOD,
        "What's happened tonight",
        'Is he coming back here',
        'Tell him straight',
        'Call 911 now',
        'Let Nell handle it',
        EMERGENCY,
      ],
      { roundTrip },
    );
    const text = transcript.join(' ');
    expect(text).toContain('I missed my bus');
    expect(text).toContain('I never had a ticket home');
    expect(text).not.toMatch(/one way|no return/i);
    expect(compiled(FILE).story).toContain('does not make him less believable');
  });

  it('emergency path: a boy pulled toward a car needs the emergency number first', async () => {
    const path: Step[] = [...OPENING, "You can't sleep in here", 'Dial 911 quietly'];
    const right = await expectEmergencyRequired(FILE, path, report, roundTrip);
    expect(right.ending?.id).toBe('emergency');
    expect(right.critical).toEqual([]);
  });
});

describe('transit stranded after dark, replay variants', () => {
  it('variant 2 shows a different look at the bench and an angrier man, with the same new signs', async () => {
    const one = await play(FILE, BEST, { seed: 42 });
    const two = await play(FILE, BEST, { seed: 1 });
    expect(one.transcript.join(' ')).toContain('long gray coat');
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
  { indicators: BEST_NOTICED.length, shows: NEW_INDICATORS, herrings: 2, meta: { minor: true, variants: 2 } },
  (c) => {
    it('can show the two transit signs no other encounter shows, in every variant', () => {
      for (const v of c.variants)
        for (const id of NEW_INDICATORS) expect(Object.keys(v.indicators)).toContain(id);
    });
    it('US English, and no unverified one-way detail', () => {
      expect(compiled(FILE).story).not.toMatch(/\b(coach|doss|kerb|nappy|petrol|mate)\b/i);
    });
  },
);
