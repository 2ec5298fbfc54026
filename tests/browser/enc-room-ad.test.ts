// hotel.room_ad (issue 12), played by keyboard alone in real Chromium along its best path to the
// debrief: every screen is checked with axe-core, nothing is logged as an error, the lobby offers its
// hotspots, the new cast is on stage, and the debrief answers the misconceptions the encounter teaches.
// The game picks the replay variant at random, so the act phase follows whichever variant is on offer.
// Screenshots go to test-results/screenshots/roomad-<nn>-<what>.png.

import { describe, expect, it } from 'vitest';
import { axe } from './axe.ts';
import {
  encounterUrl,
  fileReportByKeyboard,
  ON_OFFER,
  shot,
  startEncounter,
  useBrowser,
  walkSteps,
  watchErrors,
} from './play.ts';

const ID = 'hotel.room_ad';

const TO_LOBBY = [
  'Start a list of times and faces',
  'Read the booking on the desk screen',
  'Scroll back through the fourth-floor camera',
  'Look at the key cards',
  'Glance at the armchair',
  'Go back to the desk',
  "Say you can't share guest details",
  'note the time, and knock on 414 at once',
  "the desk's card",
];

/** The act phase of each variant: the first step's text shows which one the game picked. */
const VARIANT_1 = { steps: ['Noise call.', 'together, with your notes'], action: 'hotline' as const };
const VARIANT_2 = { steps: ['room 414, a woman shouting'], action: 'emergency' as const };

const SEEN = [
  'hotel.hourly_or_day_by_day_stay',
  'hotel.heavy_foot_traffic_room',
  'hotel.room_location_and_keys_requests',
  'hotel.lookout_hall_lobby_lot',
  'hotel.buyer_asks_adult_services',
  'hotel.companion_holds_id_money_keys',
  'hotel.confused_rehearsed_guest',
  'hotel.paraphernalia_cash_devices',
];

const browser = useBrowser();

describe(`${ID} in the browser, by keyboard`, () => {
  it('plays the best path to the debrief with no axe violations or console errors', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page, { console: true });
    const violations: string[] = [];
    let count = 0;
    const snap = async (what: string, fullPage = false) => {
      await shot(page, `roomad-${String(++count).padStart(2, '0')}-${what}`, { settle: true, fullPage });
      violations.push(...(await axe(page, `${ID} ${what}`)));
    };

    await page.goto(encounterUrl(ID));
    await page.waitForSelector('#note-heading');
    expect(await page.textContent('main')).toContain('You can step out at any time');
    await snap('content-note');
    await startEncounter(page);
    await snap('briefing');

    const { phases, sawHotspots } = await walkSteps(page, TO_LOBBY, snap, 'keyboard');
    const second = (await page.locator(ON_OFFER).filter({ hasText: VARIANT_2.steps[0]! }).count()) > 0;
    const act = second ? VARIANT_2 : VARIANT_1;
    const rest = await walkSteps(page, act.steps, snap, 'keyboard');
    for (const p of rest.phases) phases.add(p);
    expect(sawHotspots).toBe(true);
    expect(phases).toEqual(new Set(['briefing', 'observe', 'talk', 'act']));

    await fileReportByKeyboard(page, {
      observed: SEEN,
      who: 'A man in a navy sweater in the lobby armchair; a visitor in a fleece vest; the woman in 414',
      when: 'Tonight, from ten until the call from 416',
      where: 'Lobby, front desk and the fourth-floor corridor',
      action: act.action,
    });
    await snap('debrief', true);
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain('No critical errors');
    expect(text).not.toContain('What your policy expected');
    expect(text).toContain('A real victim would ask for help');
    expect(text).toContain('One red flag, or a certain nationality');
    expect(text).toContain('A real victim would be grateful for help');
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });
});
