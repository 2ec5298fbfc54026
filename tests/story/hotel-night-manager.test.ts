import { expect, it } from 'vitest';
import {
  describeBothWays,
  describeContent,
  dimensionScore,
  expectBestPath,
  expectWronglyFlagged,
  itRecordsCriticalErrors,
  play,
  reporter,
  storyFile,
  type Step,
} from './harness.ts';

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
  it('best path (variant 1): Cole is watching, so the routine answer; notes; the control room, past Rick', async () => {
    const { debrief } = await play(FILE, BEST_V1, { roundTrip, seed: V1 });
    expectBestPath(debrief, { ending: 'documented', action: 'supervisor', noticed: SEEN, minDecisions: 5 });
    expect(debrief.myths.map((m) => m.id)).toEqual(
      expect.arrayContaining(['myth.would_ask_for_help', 'myth.not_in_nice_places', 'myth.initial_consent']),
    );
  });

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

  it('variant 2: questioning Jas at the desk is interrogation, and taking her away is rescue', async () => {
    const asked = await play(
      FILE,
      [...OPENING, "What's really going on up there", NOTES, GO_PAST, CONTROL_ROOM],
      {
        roundTrip,
        seed: V2,
      },
    );
    expect(asked.debrief.critical.map((c) => c.id)).toContain('interrogate_victim');
    const taken = await play(
      FILE,
      [...OPENING, 'Come with me to the security office', NOTES, GO_PAST, CONTROL_ROOM],
      {
        roundTrip,
        seed: V2,
      },
    );
    expect(taken.debrief.critical.map((c) => c.id)).toContain('detain_or_rescue');
    expect(taken.debrief.myths.map((m) => m.id)).toContain('myth.security_rescues');
  });

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

  it('the report: the control room is exact; the hotline is one rung ahead; logging it with Rick or dropping it is under', async () => {
    const hotline = (
      await play(FILE, [...TO_RICK_V1, NOTES, 'Phone', report('hotline')], { roundTrip, seed: V1 })
    ).debrief;
    expect(hotline.action).toMatchObject({ chosen: 'hotline', required: 'supervisor', verdict: 'over' });
    expect(hotline.critical).toEqual([]);
    const logged = (
      await play(FILE, [...TO_RICK_V1, NOTES, 'Tell Rick', report('log')], { roundTrip, seed: V1 })
    ).debrief;
    expect(logged.action).toMatchObject({ chosen: 'log', required: 'supervisor', verdict: 'under' });
    const dropped = (
      await play(FILE, [...TO_RICK_V1, NOTES, 'Drop it, as Rick asked', report('none')], {
        roundTrip,
        seed: V1,
      })
    ).debrief;
    expect(dropped.action?.verdict).toBe('under');
    const police = (
      await play(FILE, [...TO_RICK_V1, NOTES, GO_PAST, report('police')], { roundTrip, seed: V1 })
    ).debrief;
    expect(police.action?.verdict).toBe('over');
    expect(dimensionScore(police, 'choice')).toBeLessThan(
      dimensionScore((await play(FILE, BEST_V1, { roundTrip, seed: V1 })).debrief, 'choice'),
    );
  });

  it('flagging things that are not indicators is explained', async () => {
    const flagged = ['not.late_arrival', 'not.travels_light_short_stay'];
    const { debrief } = await play(
      FILE,
      [...BEST_V1.slice(0, -1), report('supervisor', { observed: flagged })],
      {
        roundTrip,
        seed: V1,
      },
    );
    expectWronglyFlagged(debrief, flagged);
  });
});

describeContent('hotel night manager', FILE, BEST_V1, {
  indicators: 6,
  inEveryVariant: true,
  herrings: 2,
  endings: 4,
  meta: { minor: false, variants: 2, situation: 'sex_trafficking' },
});
