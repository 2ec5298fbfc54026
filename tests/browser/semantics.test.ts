// What a screen reader is given, read from Chromium's accessibility tree: one banner with the game's
// name as the page heading, a named navigation, one main region; on the encounter screen the scene
// described in words, the story as a log that grows with each choice, the coaching note as a status,
// and every action a named button in a named region. Headings never skip a level.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gameUrl, encounterUrl, useBrowser, startEncounter } from './play.ts';

const url = gameUrl();
const browser = useBrowser();

/** Heading levels in document order, for visible headings (those a screen reader lists). */
async function headingLevels(page: Page): Promise<number[]> {
  return page.$$eval('h1, h2, h3, h4, h5, h6', (list) =>
    list
      .filter((el) => !el.closest('[hidden], [aria-hidden="true"], dialog:not([open])'))
      .map((el) => Number(el.tagName.slice(1))),
  );
}

function skipsALevel(levels: number[]): boolean {
  return levels.some((level, i) => i > 0 && level > (levels[i - 1] ?? 0) + 1);
}

describe('screen-reader semantics', () => {
  it('gives the encounter screen landmarks, headings, a scene description, a live log and named controls', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(encounterUrl('hotel.night_lobby'));
    await startEncounter(page);

    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual(['Second Look']);

    const tree = await page.locator('main').ariaSnapshot();
    expect(tree).toContain('heading "The scene" [level=2]');
    // The scene is described in words, not only drawn.
    const description = await page.locator('.scene-description').textContent();
    expect(description?.length ?? 0).toBeGreaterThan(80);
    expect(tree).toContain(description?.slice(0, 40));
    expect(tree).toContain('region "What do you do?"');

    // New lines arrive inside the log, which announces additions.
    const log = page.getByRole('log');
    expect(await log.getAttribute('aria-live')).toBe('polite');
    const before = await log.locator('p').count();
    await page.keyboard.press('1');
    await page.waitForFunction((n) => document.querySelectorAll('.transcript p').length > n, before);
    expect(await page.getByRole('status').filter({ hasText: 'Coaching note' }).count()).toBe(1);

    // Every button has a name a screen reader can say.
    const unnamed = await page.$$eval(
      'button',
      (list) =>
        list.filter(
          (b) =>
            !b.closest('[hidden]') && (b.textContent ?? '').trim() === '' && !b.getAttribute('aria-label'),
        ).length,
    );
    expect(unnamed).toBe(0);
    expect(skipsALevel(await headingLevels(page))).toBe(false);
    await page.close();
  });

  it('keeps a heading order without skipped levels on every main screen', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForSelector('main h2');
    const screens: Record<string, number[]> = { picker: await headingLevels(page) };
    for (const [name, screen] of [
      ['Progress', '.screen.progress'],
      ['Settings', '.screen.settings'],
    ] as const) {
      await page.getByRole('button', { name }).click();
      await page.waitForSelector(`main ${screen} h2`);
      screens[name] = await headingLevels(page);
    }
    for (const [screen, levels] of Object.entries(screens)) {
      expect(levels[0], screen).toBe(1);
      expect(skipsALevel(levels), `${screen}: ${levels.join(' ')}`).toBe(false);
    }
    await page.close();
  });
});
