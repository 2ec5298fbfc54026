// Issue #13: the interface in Spanish. Switches language on the first screen by keyboard, plays one
// encounter's first beats to the report and the debrief with zero axe violations, and checks that
// the interface's own words (buttons, headings, labels, live regions outside the story) are the
// Spanish catalog's; then that the choice survives a reload and that a `?lang=en` link overrides it.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../src/core/storage-keys.ts';
import enGeneral from '../../src/i18n/generated/en-US/general.ts';
import esDebrief from '../../src/i18n/generated/es-US/debrief.ts';
import esGeneral from '../../src/i18n/generated/es-US/general.ts';
import esPicker from '../../src/i18n/generated/es-US/picker.ts';
import esReport from '../../src/i18n/generated/es-US/report.ts';
import { axe } from './axe.ts';
import {
  ON_OFFER,
  SEL,
  encounterUrl,
  gameUrl,
  playToReport,
  pressFirst,
  settled,
  tabTo,
  useBrowser,
  watchErrors,
} from './play.ts';

const url = gameUrl();
const browser = useBrowser();

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const texts = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').trim()));

/** The top bar's buttons, the way the learner reads them. */
async function navTexts(page: Page): Promise<string[]> {
  return (await texts(page, 'header nav button')).filter((t) => t !== '');
}

describe('the interface in Spanish', () => {
  it('switches by keyboard on the first screen, plays to the debrief in Spanish, and stays after a reload', async () => {
    const context = await browser().newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page, { console: true });
    const violations: string[] = [];

    await page.goto(`${url}?renderer=canvas`);
    await page.waitForSelector('#picker-heading');
    expect(await htmlLang(page)).toBe('en-US');
    expect(await navTexts(page)).toContain(enGeneral.nav.settings);

    // The Spanish button names itself in Spanish, for the screen reader too.
    const es = page.locator('button[data-locale="es-US"]');
    expect(await es.getAttribute('lang')).toBe('es-US');
    expect((await es.textContent())?.trim()).toBe('Español');
    await tabTo(page, 'the Español button', { selector: 'button[data-locale="es-US"]' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'es-US');
    await page.waitForFunction(
      (h) => document.querySelector('#picker-heading')?.textContent === h,
      esPicker.heading,
    );
    await page.waitForFunction(
      (t) => document.querySelector('.announcer')?.textContent === t,
      esGeneral.language.changed,
    );
    expect(await page.getAttribute('button[data-locale="es-US"]', 'aria-pressed')).toBe('true');
    expect(await navTexts(page)).toEqual(
      expect.arrayContaining([esGeneral.nav.scenarios, esGeneral.nav.progress, esGeneral.nav.settings]),
    );
    expect(await page.getAttribute('header nav', 'aria-label')).toBe(esGeneral.nav.label);
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEYS.locale)).toBe('es-US');
    await settled(page);
    violations.push(...(await axe(page, 'picker (es)')));

    // An encounter's content note and first beats: the chrome is Spanish (the story is not translated yet).
    await page.goto(encounterUrl('hotel.night_lobby'));
    await page.waitForSelector('#note-heading');
    expect(await htmlLang(page)).toBe('es-US');
    expect((await page.textContent('.content-note legend'))?.trim()).toBe(esGeneral.note.modes);
    violations.push(...(await axe(page, 'content note (es)')));
    const start = `${esGeneral.note.start}: ${esGeneral.note.practice}`;
    await tabTo(page, 'the start button', { selector: 'button', text: start });
    await page.keyboard.press('Enter');
    await page.waitForSelector(ON_OFFER);
    expect(await page.getAttribute('.phases', 'aria-label')).toBe(esGeneral.encounter.phasesLabel);
    const phases = await texts(page, '.phases li');
    expect(phases.length).toBeGreaterThan(3);
    expect(phases.filter((p) => !Object.values<string>(esGeneral.phases).includes(p))).toEqual([]);
    expect(await texts(page, 'button.step-out')).toEqual([esGeneral.nav.stepOut]);
    await settled(page);
    violations.push(...(await axe(page, 'encounter (es)')));
    await pressFirst(page);
    // Practice mode's coaching note is a live region; its verdict line comes from the catalog.
    const coaching = await page.$('.coaching:not([hidden])');
    if (coaching) {
      const verdicts = [
        esGeneral.encounter.coachingGood,
        esGeneral.encounter.coachingMixed,
        esGeneral.encounter.coachingCritical,
      ];
      const said = (await coaching.textContent()) ?? '';
      expect(said.includes(esGeneral.encounter.coaching) || verdicts.some((v) => said.includes(v))).toBe(
        true,
      );
    }

    await playToReport(page, pressFirst);
    await page.waitForSelector(SEL.reportForm);
    expect((await page.textContent('#report-heading'))?.trim()).toBe(esReport.heading);
    expect((await page.textContent(`${SEL.reportForm} button[type="submit"]`))?.trim()).toBe(esReport.submit);
    await settled(page);
    violations.push(...(await axe(page, 'report (es)')));
    // Filing without an action is refused in Spanish, in the form's alert.
    await page.focus(`${SEL.reportForm} button[type="submit"]`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (t) => document.querySelector('#report-error')?.textContent === t,
      esReport.needAction,
    );
    await page.check('input[name="action"][value="supervisor"]');
    await page.focus(`${SEL.reportForm} button[type="submit"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(SEL.debriefHeading);
    expect(await page.textContent(SEL.debriefHeading)).toMatch(new RegExp(`^${esDebrief.heading}: `));
    const sectionHeadings = await texts(page, '.debrief h3');
    for (const heading of [esDebrief.critical, esDebrief.scores, esDebrief.decisions, esDebrief.recommended])
      expect(
        sectionHeadings.some((t) => t.startsWith(heading)),
        heading,
      ).toBe(true);
    expect(await page.textContent('.debrief .total')).toMatch(/^En total \d+\s?% \(-?\d+ de \d+ puntos?\)$/);
    expect(await texts(page, '.debrief th[scope="col"]')).toEqual([
      esDebrief.colDimension,
      esDebrief.colScore,
      esDebrief.colPath,
      esDebrief.colMax,
    ]);
    await settled(page);
    violations.push(...(await axe(page, 'debrief (es)')));

    // The choice is remembered on this device.
    await page.goto(`${url}?renderer=canvas`);
    await page.waitForSelector('#picker-heading');
    expect(await htmlLang(page)).toBe('es-US');
    expect((await page.textContent('#picker-heading'))?.trim()).toBe(esPicker.heading);

    // A link's language wins for that page, and does not replace the remembered choice.
    await page.goto(`${url}?renderer=canvas&lang=en`);
    await page.waitForSelector('#picker-heading');
    expect(await htmlLang(page)).toBe('en-US');
    expect(await navTexts(page)).toContain(enGeneral.nav.settings);
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEYS.locale)).toBe('es-US');

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes its first language from the browser, and can be changed back in Settings', async () => {
    const context = await browser().newContext({ locale: 'es-MX', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page, { console: true });
    await page.goto(`${url}?renderer=canvas`);
    await page.waitForSelector('#picker-heading');
    expect(await htmlLang(page)).toBe('es-US');
    await page.getByRole('button', { name: esGeneral.nav.settings }).click();
    await page.waitForSelector('#settings-heading');
    await page.click('button[data-locale="en-US"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en-US');
    await page.waitForSelector('#settings-heading');
    expect(await navTexts(page)).toContain(enGeneral.nav.settings);
    await page.waitForFunction(
      (t) => document.querySelector('.announcer')?.textContent === t,
      enGeneral.language.changed,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
