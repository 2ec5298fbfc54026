// store.nail_salon (issue 12, labour trafficking at a mall nail bar), played in real Chromium by keyboard
// alone along its best path to the debrief: the path that is best in both replay variants (Gil never
// leaves Kim's side, so the officer does not step in and refers it). Every screen is checked with
// axe-core, nothing is logged as an error, the concourse draws its hotspots, and the debrief shows the
// hotline referral as the exact rung, with no critical errors, and answers the misconceptions the
// encounter teaches.
// Screenshots go to test-results/screenshots/nail-salon-<nn>-<what>.png.

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

const ID = 'store.nail_salon';

const STEPS = [
  'Could I have a number for you',
  'Watch the nail bar for a minute',
  'Look at the storage cupboard',
  'Read the sign on the post',
  'Look at the phone-repair counter',
  'Look down the service corridor',
  'Walk over to the nail bar',
  'Not today, thanks',
  "I'll let you get on",
  'Ask Walt, quietly',
  'Leave the nail bar alone',
  'Call it in to',
];

const SEEN = [
  'retail.not_allowed_to_buy_or_speak',
  'retail.hotline_signage_removed',
  'retail.worker_coached_monitored',
  'retail.injuries_avoids_eye_contact',
  'retail.tenant_worker_lives_onsite',
];

const browser = useBrowser();

it(`${ID}: keyboard walk to the debrief, the hotline referral is the exact rung, no axe violations or console errors`, async () => {
  const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page, { console: true });
  const violations: string[] = [];
  let count = 0;
  const snap = async (what: string, fullPage = false) => {
    await shot(page, `nail-salon-${String(++count).padStart(2, '0')}-${what}`, { settle: true, fullPage });
    violations.push(...(await axe(page, `${ID} ${what}`)));
  };

  await page.goto(encounterUrl(ID));
  await page.waitForSelector('#note-heading');
  const note = (await page.textContent('main')) ?? '';
  expect(note).toContain('You can step out at any time');
  expect(note).toContain('training');
  await snap('content-note');
  await tabTo(page, 'the start button', { selector: 'button', text: 'Start the encounter: Practice' });
  await page.keyboard.press('Enter');
  await page.waitForSelector(SEL.choice);
  await snap('briefing');

  const { phases, sawHotspots } = await walkSteps(page, STEPS, snap, 'keyboard');
  expect(sawHotspots).toBe(true);
  expect([...phases].sort()).toEqual(['act', 'briefing', 'observe', 'talk']);
  // The cot stays ambiguous from the look; the neighbor's answer is what settles it.
  const transcript = (await page.textContent('.transcript')) ?? '';
  expect(transcript).toContain("you can't tell which this is");
  expect(transcript).toContain("That bed back there isn't for anybody's feet.");

  await snap('report');
  await fileReportByKeyboard(page, {
    observed: SEEN,
    who: 'Kim, nail technician, 20s, black tunic; Gil, owner, 50s, white shirt, cash pouch',
    when: 'Tuesday, 11:20 to 12:30',
    where: 'Riverside Commons concourse, nail bar kiosk',
    action: 'hotline',
  });
  await snap('debrief', true);
  const text = (await page.textContent('main')) ?? '';
  expect(text).toContain('No critical errors');
  expect(text).toContain('The control room and the hotline have it');
  // The exact rung: the debrief has no "what your policy expected" correction.
  expect(text).not.toContain('What your policy expected');
  expect(text).toContain('salons');
  expect(text).toContain('A changing story is a reason to slow down');
  expect(errors).toEqual([]);
  expect(violations).toEqual([]);
  await page.close();
});
