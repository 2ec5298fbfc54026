// hotel.family_suite (issue 12, domestic servitude), played in real Chromium by keyboard alone along its
// best path to the debrief: every screen is checked with axe-core, nothing is logged as an error, the
// corridor scene offers its hotspots, and the debrief shows the hotline referral as
// the exact rung, with no critical errors, and answers the misconceptions the encounter teaches.
// Screenshots go to test-results/screenshots/family-suite-<nn>-<what>.png.

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

const STEPS = [
  "Let's not guess yet",
  'Look at the door of 414',
  'Look at the breakfast tray',
  'Read the room report',
  'Wait by the service elevator',
  'Hold the elevator door',
  "There's coffee on",
  'Glad to hear it',
  'Radio the control room: what you saw',
];

const SEEN = [
  'hotel.dnd_refuses_service',
  'hotel.guest_injured_deprived',
  'hotel.companion_holds_id_money_keys',
  'hotel.confused_rehearsed_guest',
  'hotel.guest_withholds_id_details',
  'hotel.few_possessions_long_stay',
];

const browser = useBrowser();

it('hotel.family_suite: keyboard walk to the debrief, hotline is the exact rung, no axe violations or console errors', async () => {
  const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page, { console: true });
  const violations: string[] = [];
  let count = 0;
  const snap = async (what: string, fullPage = false) => {
    await shot(page, `family-suite-${String(++count).padStart(2, '0')}-${what}`, { settle: true, fullPage });
    violations.push(...(await axe(page, `hotel.family_suite ${what}`)));
  };

  await page.goto(encounterUrl('hotel.family_suite'));
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

  await snap('report');
  await fileReportByKeyboard(page, {
    observed: SEEN,
    who: 'Lena, nanny, 40s, gray cardigan; Claire Whitlock, guest in 414',
    when: 'Morning, 10:20 to 11:15',
    where: 'Fourth floor, rooms 412 and 414',
    action: 'hotline',
  });
  await snap('debrief', true);
  const text = (await page.textContent('main')) ?? '';
  expect(text).toContain('No critical errors');
  expect(text).toContain('The control room and the hotline have it');
  // The exact rung: the debrief has no "what your policy expected" correction.
  expect(text).not.toContain('What your policy expected');
  expect(text).toContain("walk around freely and still be under someone's control");
  expect(text).toContain('upscale hotels');
  expect(errors).toEqual([]);
  expect(violations).toEqual([]);
  await page.close();
});
