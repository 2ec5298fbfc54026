// transit.farm_bus (issue 12, a seasonal farm crew moved by its crew leader), played in real Chromium
// by keyboard alone along its best path to the debrief: every screen is checked with axe-core, nothing
// is logged as an error, the bus station hall offers its hotspots, and the debrief shows the hotline
// referral through the control room as the exact rung, no critical errors, and the misconceptions the
// encounter teaches. The replay variant (picked by the attempt's seed) decides whether the crew
// leader lets the injured worker have first aid; the walk takes whichever best line is on offer.
// Screenshots go to test-results/screenshots/farm-bus-<nn>-<what>.png.

import { expect, it } from 'vitest';
import { axe } from './axe.ts';
import {
  chooseByKey,
  encounterUrl,
  fileReportByKeyboard,
  ON_OFFER,
  SEL,
  shot,
  tabTo,
  useBrowser,
  walkSteps,
  watchErrors,
} from './play.ts';

const STEPS = [
  'Nod, and note the time',
  'Look at the bags on the bench',
  'Look at ticket window 2',
  'Look at the Bay 4 doors',
  'Walk on toward Bay 4',
  'Is somebody meeting you there',
  'somewhere else tonight instead',
  'Bus is on time',
  'first: the coach, the time',
];

/** The best line after the first-aid offer: variant 1 (allowed) or variant 2 (refused). */
const AFTER_FIRST_AID = { allowed: 'Get a clinic to see it in Harlan', refused: "The kit's at window 2" };

const SEEN = [
  'transit.group_with_handler',
  'transit.ticket_bought_by_other',
  'transit.restricted_monitored_movement',
  'transit.fear_of_uniforms',
  'transit.unsure_destination_or_contact',
  'transit.companion_holds_documents_ticket',
  'transit.discreet_disclosure_to_staff',
  'transit.scripted_inconsistent_story',
  'transit.not_allowed_to_speak_or_separate',
];

const browser = useBrowser();

it('transit.farm_bus: keyboard walk to the debrief, the hotline through the control room is the exact rung, no axe violations or console errors', async () => {
  const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page, { console: true });
  const violations: string[] = [];
  let count = 0;
  const snap = async (what: string, fullPage = false) => {
    await shot(page, `farm-bus-${String(++count).padStart(2, '0')}-${what}`, { settle: true, fullPage });
    violations.push(...(await axe(page, `transit.farm_bus ${what}`)));
  };

  await page.goto(encounterUrl('transit.farm_bus'));
  await page.waitForSelector('#note-heading');
  expect(await page.textContent('main')).toContain('You can step out at any time');
  await snap('content-note');
  await tabTo(page, 'the start button', { selector: 'button', text: 'Start the encounter: Practice' });
  await page.keyboard.press('Enter');
  await page.waitForSelector(SEL.choice);
  await snap('briefing');

  const { phases, sawHotspots } = await walkSteps(page, STEPS, snap, 'keyboard');
  expect(sawHotspots).toBe(true);
  expect([...phases].sort()).toEqual(['act', 'briefing', 'observe', 'talk']);

  // The first-aid offer: which best line follows depends on the variant.
  await page.waitForSelector(ON_OFFER, { state: 'visible' });
  const allowed = (await page.locator(ON_OFFER).filter({ hasText: AFTER_FIRST_AID.allowed }).count()) === 1;
  await snap(allowed ? 'first-aid-allowed' : 'first-aid-refused');
  await chooseByKey(page, allowed ? AFTER_FIRST_AID.allowed : AFTER_FIRST_AID.refused);

  await snap('report');
  await fileReportByKeyboard(page, {
    observed: SEEN,
    who: 'Crew leader Royce, 40s, tan work jacket; Daniel, about 22; Luis, 30s, injured right hand',
    when: 'Evening, 7:40 to 7:56 pm',
    where: 'Bay 4 benches and window 2; the 7:55 overnight to Harlan',
    action: 'hotline',
  });
  await snap('debrief', true);
  const text = (await page.textContent('main')) ?? '';
  expect(text).toContain('No critical errors');
  expect(text).toContain('The control room had it before the bus left');
  // The exact rung: the debrief has no "what your policy expected" correction.
  expect(text).not.toContain('What your policy expected');
  expect(text).toContain('Citizens and people with lawful visas are trafficked too');
  expect(text).toContain('A changing story is a reason to slow down');
  expect(text).toContain('Hostility and a flat voice are common responses to trauma');
  expect(errors).toEqual([]);
  expect(violations).toEqual([]);
  await page.close();
});
