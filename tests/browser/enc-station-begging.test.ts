// transit.station_begging (issue 12, forced begging by a young person who may be under 18), played in
// real Chromium by keyboard alone along its best path to the debrief: every screen is checked with
// axe-core, nothing is logged as an error, the platform scene offers its hotspots, and the debrief
// shows police and child protection as the exact rung, with no critical errors, and answers the
// misconception about an age nobody can be sure of.
// Screenshots go to test-results/screenshots/station-begging-<nn>-<what>.png.

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

const ID = 'transit.station_begging';

/** The best path is the same in both replay variants. */
const STEPS = [
  'Before I move him, I want a look at him',
  'Look at the young man at the foot of the stairs',
  'Ask Bea to look back on the camera',
  'Look at the man asleep in the shelter',
  "Bea, who's the man in the shelter?",
  'Walk over to the stairs',
  "Hey. It's OK. Sit, sit.",
  "I'll use our phone line",
  "Ask him if it's OK to talk for a minute",
  'Not yet. I think he may be under 18',
  "No problem. Last train's at ten to.",
  'Bea, I need police',
];

const SEEN = [
  'transit.few_belongings_wrong_clothes',
  'transit.restricted_monitored_movement',
  'transit.fear_of_uniforms',
  'transit.malnourished_drugged',
  'transit.minor_with_non_parent',
];

const browser = useBrowser();

it(`${ID}: keyboard walk to the debrief, police and child protection is the exact rung, no axe violations or console errors`, async () => {
  const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page, { console: true });
  const violations: string[] = [];
  let count = 0;
  const snap = async (what: string, fullPage = false) => {
    await shot(page, `station-begging-${String(++count).padStart(2, '0')}-${what}`, {
      settle: true,
      fullPage,
    });
    violations.push(...(await axe(page, `${ID} ${what}`)));
  };

  await page.goto(encounterUrl(ID));
  await page.waitForSelector('#note-heading');
  const note = (await page.textContent('main')) ?? '';
  expect(note).toContain('You can step out at any time');
  expect(note).toContain('may or may not be under eighteen');
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
    who: 'Young man, 16 to 20, thin jacket, bandaged foot; man, 30s, padded jacket, says he is his cousin',
    when: 'Thursday, 11:20 pm to 11:50 pm; cup emptied at 11:31',
    where: 'Platform 2, foot of the footbridge stairs',
    action: 'police',
  });
  await snap('debrief', true);
  const text = (await page.textContent('main')) ?? '';
  expect(text).toContain('No critical errors');
  expect(text).toContain('Police and child protection have it');
  // The exact rung: the debrief has no "what your policy expected" correction.
  expect(text).not.toContain('What your policy expected');
  expect(text).toContain("you can rarely know someone's age");
  expect(errors).toEqual([]);
  expect(violations).toEqual([]);
  await page.close();
});
