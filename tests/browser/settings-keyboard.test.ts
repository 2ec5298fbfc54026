// Plays one encounter per setting by keyboard alone, in real Chromium, to its debrief, checking every
// screen with axe-core (WCAG 2.2 AA rules) and failing on any console error. Screenshots go to
// test-results/screenshots/<setting>-<phase>.png.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS } from './server.ts';
import { ON_OFFER, gameUrl, encounterUrl, useBrowser, watchErrors, shot, settled, tabTo } from './play.ts';
import { axe } from './axe.ts';

/** One encounter per setting; the walk presses the first option at every turn. */
const ENCOUNTERS = [
  ['hotel', 'hotel.night_lobby'],
  ['hospital', 'hospital.waiting_room'],
  ['store', 'store.directed_shoplifting'],
  ['transit', 'transit.bus_station_minor'],
] as const;

const url = gameUrl();
const browser = useBrowser();

describe.each(ENCOUNTERS)('%s encounter by keyboard', (setting, id) => {
  it(`${id}: keyboard only to the debrief, no axe violations, no console errors`, async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page, { console: true });
    const violations: string[] = [];

    await page.goto(`${url}?renderer=canvas`);
    await page.waitForSelector('#picker-heading');
    if (setting === 'hotel') violations.push(...(await axe(page, 'picker')));
    await tabTo(page, 'an Open button', { selector: '[aria-label^="Open:"]' });
    // The picker is reachable by keyboard; go straight to this setting's encounter from its link.
    await page.goto(encounterUrl(id));
    await page.waitForSelector('#note-heading');
    violations.push(...(await axe(page, `${setting} content note`)));
    await tabTo(page, 'the start button', { selector: 'button', text: 'Start the encounter' });
    await page.keyboard.press('Enter');
    await page.waitForSelector(ON_OFFER);

    const shotPhases = new Set<string>();
    for (let turn = 0; turn < 150; turn++) {
      if (await page.$('#debrief-heading')) break;
      const phase = (await page.textContent('.phases li.current'))?.trim().toLowerCase() ?? 'unknown';
      if (!shotPhases.has(phase)) {
        shotPhases.add(phase);
        await settled(page);
        await page.screenshot({
          path: join(SHOTS, `${setting}-${String(shotPhases.size).padStart(2, '0')}-${phase}.png`),
        });
        violations.push(...(await axe(page, `${setting} ${phase}`)));
      }
      if (await page.$('.report-form')) {
        await page.focus('#report-heading');
        await tabTo(page, 'the first checkbox', { selector: 'input[type="checkbox"]' });
        await page.keyboard.press('Space');
        await tabTo(page, 'the who field', { selector: '#report-who' });
        await page.keyboard.type('Two adults, described in my notes');
        await page.keyboard.press('Tab');
        await page.keyboard.type('Tonight, 01:40');
        await page.keyboard.press('Tab');
        await page.keyboard.type('Main entrance');
        await tabTo(page, 'the actions', { selector: 'input[name="action"]' });
        await page.keyboard.press('Space');
        await tabTo(page, 'the file button', { selector: '[type="submit"]' });
        await page.keyboard.press('Enter');
        await page.waitForSelector('#debrief-heading');
        break;
      }
      const before = await page.$$eval('.transcript .line', (l) => l.length);
      if (await page.$('.choices button.choice')) {
        await page.keyboard.press('1');
      } else {
        // Only observation targets on offer: the first has focus; Enter takes it.
        await page.focus('.observe button.look');
        await page.keyboard.press('Enter');
      }
      await page.waitForFunction(
        (n) =>
          document.querySelectorAll('.transcript .line').length > n ||
          document.querySelector('.report-form, #debrief-heading'),
        before,
      );
    }
    await page.waitForSelector('#debrief-heading');
    await shot(page, `${setting}-99-debrief`, { fullPage: true, settle: true });
    violations.push(...(await axe(page, `${setting} debrief`)));
    expect(await page.textContent('main')).toMatch(/Your scores/);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('progress screen', () => {
  it('has no axe violations', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForSelector('#picker-heading');
    await tabTo(page, 'the progress button', { selector: 'button', exactText: 'Progress' });
    await page.keyboard.press('Enter');
    await page.waitForSelector('#progress-heading');
    expect(await axe(page, 'progress')).toEqual([]);
    await page.close();
  });
});

describe('settings screen', () => {
  it('is reachable by keyboard, has no axe violations, and applies text size and contrast', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForSelector('#picker-heading');
    await tabTo(page, 'the settings button', { selector: 'button', exactText: 'Settings' });
    await page.keyboard.press('Enter');
    await page.waitForSelector('#settings-heading');
    const violations = await axe(page, 'settings');
    await page.selectOption('#set-text-size', 'larger');
    await page.check('#set-highContrast');
    expect(await page.evaluate(() => document.documentElement.dataset['textSize'])).toBe('larger');
    expect(await page.evaluate(() => document.documentElement.classList.contains('high-contrast'))).toBe(
      true,
    );
    await shot(page, 'settings-high-contrast');
    violations.push(...(await axe(page, 'settings high contrast')));
    await page.reload();
    await page.waitForSelector('#picker-heading');
    expect(await page.evaluate(() => document.documentElement.classList.contains('high-contrast'))).toBe(
      true,
    );
    expect(violations).toEqual([]);
    await page.close();
  });
});
