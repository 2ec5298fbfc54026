import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  dimensionScore,
  expectBestPath,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';
import { itPlays } from './table.ts';

const FILE = storyFile('hotel', 'night-manager');

const report = reporter({
  observed: 'seen',
  who: 'Night manager Rick; man 30s, gray quarter-zip, called Cole, paid cash; young woman about 20 in a hoodie',
  when: 'Night, 01:40 to 02:40',
  where: 'Lobby, front desk, second floor east wing rooms 214 to 216',
});
const CONTROL_ROOM = report('supervisor');

// Seeds: variant = seed % 2 + 1.
const V1 = 42;
const V2 = 43;

const OPENING: Step[] = [
  'Post orders have me on every floor',
  'Check the front-desk screen',
  'Look at the CCTV monitor',
  'Glance at the armchair',
  'Look at the traveler',
  'Go up to the second floor',
  'Nope. Just doing my rounds',
];
const TO_RICK_V1: Step[] = [...OPENING, 'Down the hall on the left'];
const TO_RICK_V2: Step[] = [...OPENING, 'Borrow the desk one'];
const NOTES = 'Understood." Later, write down';
const GO_PAST = 'say the night manager may be involved';
const BEST_V1: Step[] = [...TO_RICK_V1, NOTES, GO_PAST, CONTROL_ROOM];
const BEST_V2: Step[] = [...TO_RICK_V2, NOTES, GO_PAST, CONTROL_ROOM];

const SEEN = [
  'hotel.guest_withholds_id_details',
  'hotel.side_door_entry',
  'hotel.heavy_foot_traffic_room',
  'hotel.cash_prepaid_multiple_rooms',
  'hotel.room_location_and_keys_requests',
];

describeBothWays('hotel night manager', (roundTrip) => {
  itPlays(FILE, roundTrip, [
    {
      title:
        'best path (variant 1): Cole is watching, so the routine answer; notes; the control room, past Rick',
      steps: BEST_V1,
      seed: V1,
      best: { ending: 'documented', action: 'supervisor', noticed: SEEN, minDecisions: 5 },
      myths: ['myth.would_ask_for_help', 'myth.not_in_nice_places', 'myth.initial_consent'],
    },
    {
      title: 'variant 2: questioning Jas at the desk is interrogation',
      steps: [...OPENING, "What's really going on up there", NOTES, GO_PAST, CONTROL_ROOM],
      seed: V2,
      criticalIncludes: ['interrogate_victim'],
    },
    {
      title: 'variant 2: taking Jas away is rescue',
      steps: [...OPENING, 'Come with me to the security office', NOTES, GO_PAST, CONTROL_ROOM],
      seed: V2,
      criticalIncludes: ['detain_or_rescue'],
      myths: ['myth.security_rescues'],
    },
    {
      title: 'the report: the hotline is one rung ahead of the control room',
      steps: [...TO_RICK_V1, NOTES, 'Phone', report('hotline')],
      seed: V1,
      action: { chosen: 'hotline', required: 'supervisor', verdict: 'over' },
      critical: [],
    },
    {
      title: 'the report: logging it with Rick is under',
      steps: [...TO_RICK_V1, NOTES, 'Tell Rick', report('log')],
      seed: V1,
      action: { chosen: 'log', required: 'supervisor', verdict: 'under' },
    },
    {
      title: 'the report: dropping it is under',
      steps: [...TO_RICK_V1, NOTES, 'Drop it, as Rick asked', report('none')],
      seed: V1,
      action: { verdict: 'under' },
    },
    {
      title: 'flagging things that are not indicators is explained',
      steps: [
        ...BEST_V1.slice(0, -1),
        report('supervisor', { observed: ['not.late_arrival', 'not.travels_light_short_stay'] }),
      ],
      seed: V1,
      flagged: ['not.late_arrival', 'not.travels_light_short_stay'],
    },
  ]);

  it('best path (variant 2): Jas is alone for a minute and says a little, not everything', async () => {
    const { debrief, transcript } = await play(FILE, BEST_V2, { roundTrip, seed: V2 });
    expectBestPath(debrief, {
      ending: 'documented',
      action: 'supervisor',
      noticed: [...SEEN, 'hotel.companion_holds_id_money_keys'],
      minDecisions: 5,
    });
    const said = transcript.join(' ');
    expect(said).toContain('He knows where my mom lives');
    // Partial: she names the phones, the money and a threat, never a label for what is happening.
    const hers = transcript.slice(transcript.findIndex((l) => l.includes('Do you have a charger')));
    expect(hers.join(' ')).toContain('on my own');
    expect(hers.join(' ')).not.toMatch(/traffick|victim/i);
  });

  itRecordsCriticalErrors(
    FILE,
    [
      [
        'suspicion_in_front_of_controller',
        [...OPENING, 'Are you OK? Is he making', NOTES, GO_PAST, CONTROL_ROOM],
      ],
      ['confront_controller', [...TO_RICK_V1, "You're renting rooms off the books", GO_PAST, CONTROL_ROOM]],
    ],
    roundTrip,
  );

  it('partial credit: skipping the wing, no notes, or going to the general manager in front of Rick all cost something', async () => {
    const best = (await play(FILE, BEST_V1, { roundTrip, seed: V1 })).debrief;
    const skipped = (
      await play(
        FILE,
        ['No problem, it', ...OPENING.slice(1), 'Down the hall on the left', NOTES, GO_PAST, CONTROL_ROOM],
        { roundTrip, seed: V1 },
      )
    ).debrief;
    expect(dimensionScore(skipped, 'safety')).toBeLessThan(dimensionScore(best, 'safety'));
    const thin = (
      await play(FILE, [...TO_RICK_V1, '"Got it."', GO_PAST, CONTROL_ROOM], { roundTrip, seed: V1 })
    ).debrief;
    expect(thin.ending?.id).toBe('thin_notes');
    expect(thin.critical).toEqual([]);
    expect(dimensionScore(thin, 'document')).toBeLessThan(dimensionScore(best, 'document'));
    const gm = (
      await play(FILE, [...TO_RICK_V1, 'general manager', GO_PAST, CONTROL_ROOM], { roundTrip, seed: V1 })
    ).debrief;
    expect(gm.ending?.id).toBe('his_version_first');
    expect(gm.critical).toEqual([]);
    expect(gm.total.percent).toBeLessThan(best.total.percent);
    const pretext = (
      await play(FILE, [...OPENING, "I'll walk you down", NOTES, GO_PAST, CONTROL_ROOM], {
        roundTrip,
        seed: V1,
      })
    ).debrief;
    expect(pretext.critical).toEqual([]);
    expect(pretext.total.percent).toBeLessThan(best.total.percent);
  });

  it('the report: the control room is exact; police is an override', async () => {
    const police = (
      await play(FILE, [...TO_RICK_V1, NOTES, GO_PAST, report('police')], { roundTrip, seed: V1 })
    ).debrief;
    expect(police.action?.verdict).toBe('over');
    expect(dimensionScore(police, 'choice')).toBeLessThan(
      dimensionScore((await play(FILE, BEST_V1, { roundTrip, seed: V1 })).debrief, 'choice'),
    );
  });
});

describeContent('hotel night manager', FILE, BEST_V1, {
  indicators: 6,
  inEveryVariant: true,
  herrings: 2,
  endings: 4,
  meta: { minor: false, variants: 2, situation: 'sex_trafficking' },
});
