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
  'Your check, Grace',
  'Read the sign-in sheet',
  'Look at the housekeeping cart',
  'Look out of the window',
];

const TO_CHECK: Step[] = [...OPENING, "It's routine. Every room"];
const TO_PRIVATE_TALK: Step[] = [...TO_CHECK, 'Nod to Grace', 'For this form we use the phone interpreter'];
const SECURITY: Step[] = [...TO_PRIVATE_TALK, 'Grace does the form'];

const BEST: Step[] = [...SECURITY, 'Grace has a number you can keep', HOTLINE];

const CRITICAL_PATHS: [string, Step[]][] = [
  ['confront_controller', [...OPENING, 'Who have you got in there', 'Stay at the window', HOTLINE]],
  [
    'suspicion_in_front_of_controller',
    [...TO_CHECK, 'Is she making you work like this', 'Stay at the window', HOTLINE],
  ],
  ['companion_as_interpreter', [...TO_CHECK, 'Nod to Grace', 'OK, Renata', report('supervisor')]],
  ['interrogate_victim', [...SECURITY, 'How much is the debt', 'Point to the poster', HOTLINE]],
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
      [...TO_CHECK, 'Nod to Grace', 'Ines, you translate', 'Point to the poster', report('supervisor')],
      { roundTrip },
    );
    expect(debrief.critical.map((c) => c.id)).toEqual(['companion_as_interpreter']);
    expect(debrief.ending?.id).toBe('declined');
    expect(dimensionScore(debrief, 'culture')).toBeLessThan(0);
    expect(debrief.action?.verdict).toBe('right');
  });

  it('with Renata in the room, stepping out and telling the control room is the top choice and the exact report', async () => {
    const { debrief } = await play(
      FILE,
      [...TO_CHECK, 'Let Grace swap the towels', 'Radio the control room', report('supervisor')],
      { roundTrip },
    );
    expect(debrief.critical).toEqual([]);
    expect(debrief.ending?.id).toBe('no_contact');
    expect(debrief.action).toMatchObject({ chosen: 'supervisor', required: 'supervisor', verdict: 'right' });
    expect(debrief.decisions.find((d) => d.text.includes('Let Grace swap'))?.better).toBeUndefined();
    const pretext = await play(FILE, BEST, { roundTrip });
    expect(pretext.debrief.decisions.find((d) => d.text.includes('Nod to Grace'))?.better?.text).toContain(
      'Let Grace swap',
    );
  });

  it('the sign-off is routine, not an invented rule; Renata stays on the floor; Sefa does not recite the list', async () => {
    const { transcript } = await play(FILE, BEST, { roundTrip });
    const text = transcript.join(' ');
    expect(text).not.toContain('new rule');
    expect(text).toContain('She waits by the service elevator');
    expect(text).not.toMatch(/Sixteen rooms|The flight, the house|Renata has the key/);
    expect(text).toContain('they send me home');
  });

  it('the yard minibus and the cart show contractor exploitation, not drop-offs or selling', async () => {
    const { debrief } = await play(FILE, BEST, { roundTrip });
    const ids = debrief.noticed.map((i) => i.id);
    expect(ids).not.toContain('hotel.repeat_dropoff_nonguests');
    expect(ids).not.toContain('hotel.selling_begging_on_property');
  });

  it('judgement calls: a second defensible option at the door, the interpreter and the yard earns partial credit', async () => {
    const manager = await play(
      FILE,
      [
        ...OPENING,
        'get the duty manager up here',
        'Let Grace swap the towels',
        'Radio the control room',
        report('supervisor'),
      ],
      { roundTrip },
    );
    const waited = manager.debrief.decisions.find((d) => d.text.includes('duty manager'));
    expect(waited?.critical).toBe(false);
    expect(waited?.points).toBe(0);
    expect(waited?.better?.text).toContain("It's routine");
    expect(manager.transcript.join(' ')).toContain('a phone call');

    const inesFirst = await play(
      FILE,
      [
        ...TO_CHECK,
        'Nod to Grace',
        'start with Ines, in English',
        'Grace does the form',
        'Grace has a number',
        HOTLINE,
      ],
      { roundTrip },
    );
    expect(inesFirst.debrief.critical).toEqual([]);
    const later = inesFirst.debrief.decisions.find((d) => d.text.includes('start with Ines'));
    expect(later?.points).toBe(0);
    expect(later?.why).toMatch(/Renata now knows/);

    const close = await play(
      FILE,
      [...OPENING, 'Who have you got in there', 'Hurry down to the staff entrance', HOTLINE],
      {
        roundTrip,
      },
    );
    const plate = close.debrief.decisions.find((d) => d.text.includes('Hurry down'));
    expect(plate?.critical).toBe(false);
    expect(plate?.better?.text).toContain('Stay at the window');
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
    'hotel.paraphernalia_cash_devices',
  ],
  herrings: 2,
  meta: { variants: 2, situation: 'labour_trafficking', minor: false },
});
