import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

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
  itPlays(FILE, roundTrip, [
    {
      title: 'best path: no critical errors, the right report, a high score',
      steps: BEST,
      best: {
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
      },
      recommends: '1-888-373-7888',
      // The registration gap is only visible on the cart's room report, which this path walked past.
      missed: [{ id: 'hotel.guest_withholds_id_details', seen: false, look: 'Room report on the cart' }],
    },
    {
      title: 'a path that walks away from the door: few indicators, and a report that is too little',
      steps: [
        'A crew run by a woman',
        'Look through the open linen-room door',
        'Glance at the tray outside 412',
        'Look at the door of 414',
        'No problem, sorry to bother you',
        { report: { observed: [], action: 'log' } },
      ],
      ending: 'no_check',
      noticed: 'nothing',
      missedIncludes: ['hotel.dnd_refuses_service', 'hotel.paraphernalia_cash_devices'],
      missed: [
        { id: 'hotel.dnd_refuses_service', seen: true },
        { id: 'hotel.paraphernalia_cash_devices', seen: false },
      ],
      action: { chosen: 'log', required: 'supervisor', verdict: 'under' },
      myths: ['myth.traffickers_men'],
    },
    {
      title: 'a co-worker as interpreter costs culture points and ends without a private talk',
      steps: [
        ...TO_CHECK,
        'Nod to Grace',
        'Ines, you translate',
        'Point to the poster',
        report('supervisor'),
      ],
      critical: ['companion_as_interpreter'],
      ending: 'declined',
      scores: { culture: 'negative' },
      action: { verdict: 'right' },
    },
    {
      title:
        'with Renata in the room, stepping out and telling the control room is the top choice and the exact report',
      steps: [...TO_CHECK, 'Let Grace swap the towels', 'Radio the control room', report('supervisor')],
      critical: [],
      ending: 'no_contact',
      action: { chosen: 'supervisor', required: 'supervisor', verdict: 'right' },
      decisions: [{ text: 'Let Grace swap', better: null }],
    },
    {
      title: 'with Renata in the room, the pretext names stepping out as the better choice',
      steps: BEST,
      decisions: [{ text: 'Nod to Grace', better: 'Let Grace swap' }],
    },
    {
      title: 'the yard minibus and the cart show contractor exploitation, not drop-offs or selling',
      steps: BEST,
      notNoticed: ['hotel.repeat_dropoff_nonguests', 'hotel.selling_begging_on_property'],
    },
    {
      title: 'judgement calls: a second defensible option at the door earns partial credit',
      steps: [
        ...OPENING,
        'get the duty manager up here',
        'Let Grace swap the towels',
        'Radio the control room',
        report('supervisor'),
      ],
      decisions: [{ text: 'duty manager', critical: false, points: 0, better: "It's routine" }],
      shows: ['a phone call'],
    },
    {
      title: 'judgement calls: starting with Ines in English earns partial credit',
      steps: [
        ...TO_CHECK,
        'Nod to Grace',
        'start with Ines, in English',
        'Grace does the form',
        'Grace has a number',
        HOTLINE,
      ],
      critical: [],
      decisions: [{ text: 'start with Ines', points: 0, why: /Renata now knows/ }],
    },
    {
      title: 'judgement calls: hurrying to the yard earns partial credit',
      steps: [...OPENING, 'Who have you got in there', 'Hurry down to the staff entrance', HOTLINE],
      decisions: [{ text: 'Hurry down', critical: false, better: 'Stay at the window' }],
    },
    {
      title: 'flagging things that are not indicators is explained',
      steps: [
        ...BEST.slice(0, -1),
        report('hotline', { observed: ['not.speaks_other_language', 'not.accent'] }),
      ],
      flagged: ['not.speaks_other_language', 'not.accent'],
    },
  ]);

  itRecordsCriticalErrors(FILE, CRITICAL_PATHS, roundTrip);

  it('the sign-off is routine, not an invented rule; Renata stays on the floor; Sefa does not recite the list', async () => {
    const { transcript } = await play(FILE, BEST, { roundTrip });
    const text = transcript.join(' ');
    expect(text).not.toContain('new rule');
    expect(text).toContain('She waits by the service elevator');
    expect(text).not.toMatch(/Sixteen rooms|The flight, the house|Renata has the key/);
    expect(text).toContain('they send me home');
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
