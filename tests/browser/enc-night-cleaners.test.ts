// hospital.night_cleaners (issue 12, contract cleaners on a hospital night shift), played in real
// Chromium by keyboard alone along its best path to the debrief. The replay variant comes from the
// attempt's seed, so the walk reads which one it got from the choices on offer after the nurse's
// welfare check: refused (variant 1, the control room is the exact rung) or done (variant 2, the
// hotline referral with the control room). Every screen is checked with axe-core, nothing is logged as
// an error, the waiting room offers its hotspots, and the debrief shows the exact rung with no
// critical errors. Screenshots go to test-results/screenshots/nightclean-<nn>-<what>.png.

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

const ID = 'hospital.night_cleaners';

const OPENING = [
  'On my way',
  'Check the door log',
  'Look at the cleaning cart',
  'Read the staff notices',
  'Look at the woman asleep',
  'Ask the woman in the end seat',
  'Go through the treatment doors',
  'Stay in the doorway',
  'Is it all right to talk',
  'I found her resting',
  'Ask Ines to offer Dalia',
];
/** What follows the welfare check in each variant, to the report. */
const REFUSED = {
  first: 'Thanks anyway, Ines',
  rest: ["I can't keep this to myself", 'shared badges, the phones'],
  action: 'supervisor',
  ending: 'The control room had it, and Dalia kept her choice',
} as const;
const DONE = {
  first: "You don't have to tell me any of it",
  rest: ['she asked for help and agreed'],
  action: 'hotline',
  ending: 'The referral went where Dalia asked',
} as const;

const SEEN = [
  'hospital.contract_staff_exploitation',
  'hospital.malnourished_poor_hygiene',
  'hospital.hypervigilant_startle',
  'hospital.companion_holds_documents_pays',
  'hospital.patient_defers_fearful',
  'hospital.companion_speaks_for_patient',
];

const browser = useBrowser();

it(`${ID} in the browser, keyboard only: best path to the debrief with no axe violations or console errors`, async () => {
  const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page, { console: true });
  const violations: string[] = [];
  let count = 0;
  const snap = async (what: string, fullPage = false) => {
    await shot(page, `nightclean-${String(++count).padStart(2, '0')}-${what}`, { settle: true, fullPage });
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
  const refused = await page.locator(SEL.choice).filter({ hasText: REFUSED.first }).count();
  const done = await page.locator(SEL.choice).filter({ hasText: DONE.first }).count();
  expect(refused + done).toBe(1);
  const path = refused ? REFUSED : DONE;
  const rest = await walkSteps(page, [path.first, ...path.rest], snap, 'keyboard');
  expect([...new Set([...first.phases, ...rest.phases])].sort()).toEqual([
    'act',
    'briefing',
    'observe',
    'talk',
  ]);

  await snap('report');
  await fileReportByKeyboard(page, {
    observed: refused ? SEEN : [...SEEN, 'hospital.disoriented_time_place'],
    who: 'Dalia, contract cleaner, 30s, green work smock; Jo, crew lead, 40s, black fleece',
    when: 'Night shift, 03:50 to 05:55',
    where: 'ED supply storeroom past bay 4; staff entrance',
    action: path.action,
  });
  await snap('debrief', true);
  const text = (await page.textContent('main')) ?? '';
  expect(text).toContain('No critical errors');
  // The exact rung: the debrief has no "what your policy expected" correction.
  expect(text).not.toContain('What your policy expected');
  expect(text).toContain(path.ending);
  expect(text).toContain('Women traffic people too');
  expect(text).toContain('Hostility and a flat voice are common responses to trauma');
  expect(errors).toEqual([]);
  expect(violations).toEqual([]);
  await page.close();
});
