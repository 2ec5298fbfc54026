// Issue #13: the stories in Spanish. With Spanish chosen on the first screen, one translated encounter
// per setting is played by keyboard alone to its debrief, with zero axe violations: every line of the
// story and every choice on screen comes from the Spanish file (none is a line of the English one);
// then the attempt shows on the progress page and on the printed certificate under its Spanish title.
// Every screen on the way (the content note, each step, the report, the debrief, progress and the
// printed certificate) shows no English but names and configured contacts (tests/browser/screen-text.ts).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import esGeneral from '../../src/i18n/generated/es-US/general.ts';
import { axe } from './axe.ts';
import { allowedOnScreen, englishIn } from './screen-text.ts';
import {
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

const ROOT = join(import.meta.dirname, '..', '..');
const browser = useBrowser();
const ALLOWED = allowedOnScreen('es-US');

/** The words a file shows: each line's text without tags, choice brackets or logic. */
function storyWords(path: string): Set<string> {
  const words = new Set<string>();
  for (const raw of readFileSync(join(ROOT, path), 'utf8').split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (!line || /^(=|~|INCLUDE|VAR|CONST|LIST|->|#)/.test(line)) continue;
    const text = line
      .replace(/^[*+-](\s*[*+-])*\s*(\([\w]+\))?/, '')
      .replace(/#[^\]|}]*/g, '')
      .replace(/[[\]]/g, '')
      .replace(/->\s*[\w.]+/g, '')
      .trim();
    if (text.length > 12 && !/[{}]/.test(text)) words.add(text);
  }
  return words;
}

const ENCOUNTERS = [
  { id: 'hotel.room_ad', file: 'hotel/room-ad.ink' },
  { id: 'hospital.night_visitor', file: 'hospital/night-visitor.ink' },
  { id: 'store.nail_salon', file: 'store/nail-salon.ink' },
  { id: 'transit.farm_bus', file: 'transit/farm-bus.ink' },
];

const texts = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));

describe('the stories in Spanish', () => {
  it('plays one encounter per setting by keyboard to the debrief, every story line in Spanish', async () => {
    const context = await browser().newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page, { console: true });
    const violations: string[] = [];
    const englishShown: string[] = [];

    // Spanish, chosen by keyboard on the first screen and remembered.
    await page.goto(`${gameUrl()}?renderer=canvas`);
    await page.waitForSelector('#picker-heading');
    await tabTo(page, 'the Español button', { selector: 'button[data-locale="es-US"]' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'es-US');

    const titles: string[] = [];
    for (const { id, file } of ENCOUNTERS) {
      const english = storyWords(`stories/${file}`);
      const spanish = storyWords(`stories/es-US/${file}`);
      const title = /^# title: (.+)$/m.exec(readFileSync(join(ROOT, 'stories/es-US', file), 'utf8'))![1]!;
      titles.push(title);

      await page.goto(encounterUrl(id));
      await page.waitForSelector('#note-heading');
      expect((await page.textContent('#note-heading'))?.trim(), id).toBe(title);
      englishShown.push(...(await englishIn(page, `${id} content note`, ALLOWED)));
      const start = `${esGeneral.note.start}: ${esGeneral.note.practice}`;
      await tabTo(page, 'the start button', { selector: 'button', text: start });
      await page.keyboard.press('Enter');
      await page.waitForSelector(`${SEL.choice}, ${SEL.look}`);
      await settled(page);
      violations.push(...(await axe(page, `${id} (es)`)));

      const shown = new Set<string>();
      let step = 0;
      const look = async (): Promise<void> => {
        for (const t of await texts(page, `${SEL.line}, ${SEL.choice}`)) shown.add(t);
        englishShown.push(...(await englishIn(page, `${id} step ${step++}`, ALLOWED)));
      };
      await look();
      await playToReport(page, async (p) => {
        await pressFirst(p);
        await look();
      });
      await page.waitForSelector(SEL.reportForm);
      englishShown.push(...(await englishIn(page, `${id} report`, ALLOWED)));
      await tabTo(page, 'the action radio group', { selector: 'input[name="action"]' });
      await page.keyboard.press('Space');
      await page.focus(`${SEL.reportForm} button[type="submit"]`);
      await page.keyboard.press('Enter');
      await page.waitForSelector(SEL.debriefHeading);
      await settled(page);
      violations.push(...(await axe(page, `${id} debrief (es)`)));
      englishShown.push(...(await englishIn(page, `${id} debrief`, ALLOWED)));
      // The last step's sound caption went with the encounter screen: none sits over the debrief.
      expect((await page.textContent('.captions'))?.trim(), `${id}: caption over the debrief`).toBe('');

      // No line of the English story is on screen, and the Spanish file's lines are.
      const fromEnglish = [...shown].filter((t) => [...english].some((e) => t.includes(e)));
      expect(fromEnglish, `${id}: English story text on screen`).toEqual([]);
      const fromSpanish = [...shown].filter((t) => [...spanish].some((s) => t.includes(s)));
      expect(fromSpanish.length, `${id}: Spanish story lines on screen`).toBeGreaterThan(3);
      // The rationale in the debrief is the Spanish file's too.
      const debrief = (await page.textContent('.debrief')) ?? '';
      expect(
        [...english].filter((e) => debrief.includes(e)),
        `${id}: English in the debrief`,
      ).toEqual([]);
    }

    // The certificate names the encounters in Spanish.
    await page.getByRole('button', { name: esGeneral.nav.progress }).click();
    await page.waitForSelector('.progress-table');
    englishShown.push(...(await englishIn(page, 'progress', ALLOWED)));
    await page.fill('#cert-name', 'Alex Ejemplo');
    await page.evaluate(() => document.documentElement.classList.add('printing-certificate'));
    await page.emulateMedia({ media: 'print' });
    const certificate = (await page.textContent('.certificate')) ?? '';
    expect(certificate).toContain('Alex Ejemplo');
    for (const title of titles) expect(certificate).toContain(title);
    englishShown.push(...(await englishIn(page, 'printed certificate', [...ALLOWED, 'Alex Ejemplo'])));

    expect(englishShown).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
