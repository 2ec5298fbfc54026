import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  dimensionScore,
  expectBestPath,
  expectMissed,
  expectWronglyFlagged,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';

const FILE = storyFile('hotel', 'housekeeping-check');

const report = reporter({
  observed: 'seen',
  who: 'Crew leader Renata, 40s, teal fleece; attendant Sefa, 30s, lilac tunic, bandaged right wrist; attendant Ines, 20s',
  when: 'Tuesday 10:40 to 11:20',
  where: 'Fourth floor, room 414, linen room and service yard',
});
const HOTLINE = report('hotline');

const OPENING: Step[] = [
  "Let's do it by the book",
  'Read the sign-in sheet',
  'Look at the housekeeping cart',
  'Look out of the window',
];

const TO_CHECK: Step[] = [...OPENING, "It's a routine check"];
const TO_PRIVATE_TALK: Step[] = [...TO_CHECK, 'Nod to Grace', 'the hotel uses a phone interpreter'];
const SECURITY: Step[] = [...TO_PRIVATE_TALK, "I'm with hotel security"];

const BEST: Step[] = [...SECURITY, "That's your choice, and I respect it", HOTLINE];

const CRITICAL_PATHS: [string, Step[]][] = [
  ['confront_controller', [...OPENING, 'Who have you got in there', 'Stay at the window', HOTLINE]],
  [
    'suspicion_in_front_of_controller',
    [...TO_CHECK, 'Is she making you work like this', 'Stay at the window', HOTLINE],
  ],
  ['companion_as_interpreter', [...TO_CHECK, 'Nod to Grace', 'OK, Renata', HOTLINE]],
  [
    'labelling_question',
    [...TO_PRIVATE_TALK, 'Are you a victim of trafficking', 'Point to the poster', HOTLINE],
  ],
  [
    'promise_cannot_keep',
    [...TO_PRIVATE_TALK, 'Nothing you say will leave this room', 'Point to the poster', HOTLINE],
  ],
  [
    'threaten_arrest_or_immigration',
    [...TO_PRIVATE_TALK, 'lose your right to work', 'Stay at the window', HOTLINE],
  ],
  ['detain_or_rescue', [...SECURITY, "You're coming with us now", 'Stay at the window', HOTLINE]],
  ['take_documents', [...SECURITY, "I'll fetch your bank cards", 'Stay at the window', HOTLINE]],
];

describeBothWays('hotel housekeeping check', (roundTrip) => {
  it('best path: no critical errors, the right report, a high score', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    expectBestPath(debrief, {
      ending: 'resource_kept',
      action: 'hotline',
      noticed: [
        'hotel.staff_contractor_exploitation',
        'hotel.selling_begging_on_property',
        'hotel.repeat_dropoff_nonguests',
        'hotel.paraphernalia_cash_devices',
        'hotel.few_possessions_long_stay',
        'hotel.companion_holds_id_money_keys',
        'hotel.guest_injured_deprived',
      ],
      minDecisions: 5,
    });
    expect(debrief.recommended.join(' ')).toContain('1-888-373-7888');
    // The registration gap is only visible on the cart's room report, which this path walked past.
    expectMissed(debrief, 'hotel.guest_withholds_id_details', {
      seen: false,
      look: 'Room report on the cart',
    });
  });

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip);

  it('a path that walks away from the door: few indicators, and a report that is too little', async () => {
    const { debrief } = await play(
      FILE,
      [
        'A crew run by a woman',
        'Look through the open linen-room door',
        'Glance at the tray outside 412',
        'Look at the door of 414',
        'No problem, sorry to bother you',
        { report: { observed: [], action: 'log' } },
      ],
      { roundTrip },
    );
    expect(debrief.ending?.id).toBe('no_check');
    expect(debrief.noticed).toEqual([]);
    expect(debrief.missed.map((i) => i.id)).toEqual(
      expect.arrayContaining(['hotel.dnd_refuses_service', 'hotel.paraphernalia_cash_devices']),
    );
    expectMissed(debrief, 'hotel.dnd_refuses_service', { seen: true });
    expectMissed(debrief, 'hotel.paraphernalia_cash_devices', { seen: false });
    expect(debrief.action).toMatchObject({ chosen: 'log', required: 'supervisor', verdict: 'under' });
    expect(debrief.myths.map((m) => m.id)).toContain('myth.traffickers_men');
  });

  it('a co-worker as interpreter costs culture points and ends without a private talk', async () => {
    const { debrief } = await play(
      FILE,
      [...TO_CHECK, 'Nod to Grace', 'Ines, you translate', 'Point to the poster', HOTLINE],
      { roundTrip },
    );
    expect(debrief.critical.map((c) => c.id)).toEqual(['companion_as_interpreter']);
    expect(debrief.ending?.id).toBe('declined');
    expect(dimensionScore(debrief, 'culture')).toBeLessThan(0);
    expect(debrief.action?.verdict).toBe('right');
  });

  it('flagging things that are not indicators is explained', async () => {
    const flagged = ['not.speaks_other_language', 'not.accent'];
    const { debrief } = await play(FILE, [...BEST.slice(0, -1), report('hotline', { observed: flagged })], {
      roundTrip,
    });
    expectWronglyFlagged(debrief, flagged);
  });
});

describeContent('hotel housekeeping check', FILE, BEST, {
  indicators: 6,
  shows: [
    'hotel.staff_contractor_exploitation',
    'hotel.guest_withholds_id_details',
    'hotel.selling_begging_on_property',
    'hotel.paraphernalia_cash_devices',
    'hotel.repeat_dropoff_nonguests',
  ],
  herrings: 2,
  meta: { variants: 2, situation: 'labour_trafficking', minor: false },
});
