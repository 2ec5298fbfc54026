// hotel.kitchen_porter (issue 12, labor trafficking through a staffing agency), played in real Chromium by
// keyboard alone along its best path to the debrief. Every screen is checked with axe-core, nothing is
// logged as an error, the parking-lot scene offers its hotspots, and the debrief shows the hotline
// referral through the control room as the exact rung, with no critical errors, and answers the
// misconceptions the encounter teaches.
// Screenshots go to test-results/screenshots/kitchen-porter-<nn>-<what>.png.

import { expect, it } from 'vitest';
import { axe } from './axe.ts';
import {
  encounterUrl,
  fileReportByKeyboard,
  SEL,
  shot,
  tabTo,
  useBrowser,
  walkSteps,
  watchErrors,
} from './play.ts';

const ID = 'hotel.kitchen_porter';

const OPENING = [
  'Put the boiler room on your rounds',
  "Look at the smokers' shelter",
  'Look at the silver car',
  'Look through the entrance doors',
  'Walk over to the kitchen door',
  'Which papers do you mean',
  'Is that your ride in the silver car',
];
/**
 * The best middle depends on the replay variant: the driver inside with the timesheets and Sol alone
 * for a minute (1), or the driver watching from the van (2).
 */
const ALONE_FIRST = 'finish that question';
const WATCHED_FIRST = 'Nod goodnight to Sol';
const ALONE = [ALONE_FIRST, 'I do have to tell my control room'];
const WATCHED = [WATCHED_FIRST];
const CLOSE = ['Just doing my rounds', 'in their words', 'make the hotline referral with you'];

const browser = useBrowser();

it(`${ID} in the browser, keyboard only: best path to the debrief, the hotline is the exact rung, no axe violations or console errors`, async () => {
  const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page, { console: true });
  const violations: string[] = [];
  let count = 0;
  const snap = async (what: string, fullPage = false) => {
    await shot(page, `kitchen-porter-${String(++count).padStart(2, '0')}-${what}`, {
      settle: true,
      fullPage,
    });
    violations.push(...(await axe(page, `${ID} ${what}`)));
  };

  await page.goto(encounterUrl(ID));
  await page.waitForSelector('#note-heading');
  const note = (await page.textContent('main')) ?? '';
  expect(note).toContain('You can step out at any time');
  expect(note).toContain('staffing agency');
  await snap('content-note');
  await tabTo(page, 'the start button', { selector: 'button', text: 'Start the encounter: Practice' });
  await page.keyboard.press('Enter');
  await page.waitForSelector(SEL.choice);
  await snap('briefing');

  const first = await walkSteps(page, OPENING, snap, 'keyboard');
  expect(first.sawHotspots).toBe(true);
  await page.waitForSelector(SEL.choice, { state: 'visible' });
  const alone = await page.locator(SEL.choice).filter({ hasText: ALONE_FIRST }).count();
  const watched = await page.locator(SEL.choice).filter({ hasText: WATCHED_FIRST }).count();
  expect(alone + watched).toBe(1);
  const rest = await walkSteps(page, [...(alone ? ALONE : WATCHED), ...CLOSE], snap, 'keyboard');
  expect([...new Set([...first.phases, ...rest.phases])].sort()).toEqual([
    'act',
    'briefing',
    'observe',
    'talk',
  ]);
  const said = (await page.textContent('.transcript')) ?? '';
  if (alone) expect(said).toContain('they send me home, and the loan is still hers');
  else expect(said).toContain('Sol flinches at the sound');

  await snap('report');
  await fileReportByKeyboard(page, {
    observed: [
      'hotel.few_possessions_long_stay',
      'hotel.guest_withholds_id_details',
      'hotel.staff_contractor_exploitation',
      'hotel.companion_holds_id_money_keys',
    ],
    who: 'Sol, dishwasher about 20, Lakeline agency; the agency driver, fleece vest, bank cards on his lanyard',
    when: 'About 21:20 to 22:00',
    where: 'Kitchen staff door, dumpsters, staff bays; the white Lakeline minibus',
    action: 'hotline',
  });
  await snap('debrief', true);
  const text = (await page.textContent('main')) ?? '';
  expect(text).toContain('No critical errors');
  expect(text).toContain('Passed to the control room, and on to the hotline');
  // The exact rung: the debrief has no "what your policy expected" correction.
  expect(text).not.toContain('What your policy expected');
  expect(text).toContain('A changing story is a reason to slow down');
  expect(text).toContain('doing nothing wrong itself');
  expect(errors).toEqual([]);
  expect(violations).toEqual([]);
  await page.close();
});
