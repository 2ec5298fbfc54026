// hotel.night_manager (issue 12, an insider involved), played in real Chromium by keyboard alone along
// its best path to the debrief. Every screen is checked with axe-core, nothing is logged as an error,
// the lobby draws its hotspots, and the debrief shows the exact rung (the control room, past the
// night manager) with no critical errors.
// Screenshots go to test-results/screenshots/nightmgr-<nn>-<what>.png.

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

const ID = 'hotel.night_manager';

const OPENING = [
  'Post orders have me on every floor',
  'Check the front-desk screen',
  'Look at the CCTV monitor',
  'Glance at the armchair',
  'Go up to the second floor',
  'Nope. Just doing my rounds',
];
/** The best answer to Jas depends on the replay variant: Cole watching (1) or out in the lot (2). */
const JAS = { watched: 'Down the hall on the left', alone: 'Borrow the desk one' };
const CLOSE = ['Understood." Later, write down', 'say the night manager may be involved'];

const browser = useBrowser();

it(`${ID} in the browser, keyboard only: best path to the debrief with no axe violations or console errors`, async () => {
  const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page, { console: true });
  const violations: string[] = [];
  let count = 0;
  const snap = async (what: string, fullPage = false) => {
    await shot(page, `nightmgr-${String(++count).padStart(2, '0')}-${what}`, { settle: true, fullPage });
    violations.push(...(await axe(page, `${ID} ${what}`)));
  };

  await page.goto(encounterUrl(ID));
  await page.waitForSelector('#note-heading');
  expect(await page.textContent('main')).toContain('You can step out at any time');
  await snap('content-note');
  await tabTo(page, 'the start button', { selector: 'button', text: 'Start the encounter: Practice' });
  await page.keyboard.press('Enter');
  await page.waitForSelector(SEL.choice);
  await snap('briefing');

  const first = await walkSteps(page, OPENING, snap, 'keyboard');
  expect(first.sawHotspots).toBe(true);
  await page.waitForSelector(SEL.choice, { state: 'visible' });
  const watched = await page.locator(SEL.choice).filter({ hasText: JAS.watched }).count();
  const alone = await page.locator(SEL.choice).filter({ hasText: JAS.alone }).count();
  expect(watched + alone).toBe(1);
  const rest = await walkSteps(page, [watched ? JAS.watched : JAS.alone, ...CLOSE], snap, 'keyboard');
  expect([...new Set([...first.phases, ...rest.phases])].sort()).toEqual([
    'act',
    'briefing',
    'observe',
    'talk',
  ]);

  await snap('report');
  await fileReportByKeyboard(page, {
    observed: [
      'hotel.guest_withholds_id_details',
      'hotel.side_door_entry',
      'hotel.cash_prepaid_multiple_rooms',
    ],
    who: 'Night manager Rick; a man in a gray quarter-zip (Cole); a young woman in a hoodie',
    when: 'About 01:40 to 02:40',
    where: 'Lobby, front desk, rooms 214 to 216',
    action: 'supervisor',
  });
  await snap('debrief', true);
  const text = (await page.textContent('main')) ?? '';
  expect(text).toContain('No critical errors');
  // The exact rung: the debrief has no "what your policy expected" correction.
  expect(text).not.toContain('What your policy expected');
  expect(text).toContain('You had the facts written down, and gave nothing away');
  expect(text).toContain('Not asking for help is normal');
  expect(errors).toEqual([]);
  expect(violations).toEqual([]);
  await page.close();
});
