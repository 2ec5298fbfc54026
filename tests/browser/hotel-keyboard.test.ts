// Plays the built hotel encounter by keyboard alone, in real Chromium, to its debrief.
// Fails on any console error; saves a screenshot of every phase to test-results/screenshots/.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  ON_OFFER,
  gameUrl,
  useBrowser,
  watchErrors,
  transcriptLines,
  waitForMoreLines,
  shot,
  settled,
} from './play.ts';

const url = gameUrl();
const browser = useBrowser();

/** Presses Tab until the focused element satisfies `test`; fails after `max` presses. */
async function tabTo(page: Page, describe: string, test: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((src) => {
      const el = document.activeElement as HTMLElement | null;
      return el ? Boolean(new Function('el', `return (${src})`)(el)) : false;
    }, test);
    if (hit) return;
  }
  throw new Error(`could not reach ${describe} with the Tab key`);
}

async function choose(page: Page, text: string): Promise<void> {
  await page.waitForSelector(ON_OFFER, { state: 'visible' });
  const index = await page.$$eval(
    '.choices button.choice',
    (buttons, wanted) => buttons.findIndex((b) => (b.textContent ?? '').includes(wanted)),
    text,
  );
  const before = (await transcriptLines(page)).length;
  if (index >= 0) {
    await page.keyboard.press(String(index + 1));
  } else {
    const json = JSON.stringify(text);
    await tabTo(
      page,
      `the look button "${text}"`,
      `el.matches('button.look') && el.textContent.includes(${json})`,
    );
    await page.keyboard.press('Enter');
  }
  await waitForMoreLines(page, before, '.report-form, .debrief');
}

describe('hotel encounter in the browser, keyboard only', () => {
  it('plays from the picker to the debrief with no console errors', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page, { console: true });
    await page.goto(`${url}?renderer=canvas`);
    await page.waitForSelector('h2#picker-heading');
    await shot(page, '01-picker', { settle: true });

    await tabTo(
      page,
      'the hotel encounter’s Open button',
      `el.getAttribute('aria-label') === 'Open: Night shift: the lobby'`,
    );
    await page.keyboard.press('Enter');
    await page.waitForSelector('#note-heading');
    await shot(page, '02-content-note', { settle: true });
    await tabTo(page, 'the start button', `el.textContent.includes('Start the encounter')`);
    await page.keyboard.press('Enter');

    await page.waitForSelector('.choices button.choice');
    await page.waitForSelector('#scene-host canvas', { timeout: 30_000 });
    await shot(page, '03-briefing', { settle: true });
    await choose(page, 'Could be nothing');
    await shot(page, '04-observe', { settle: true });
    await choose(page, 'Check the registration list');
    await choose(page, 'Look at the man in the armchair');
    await choose(page, 'Glance at the things on the counter');
    await shot(page, '05-arrival', { settle: true });
    await choose(page, 'Evening. Dana will look after you');
    await shot(page, '06-talk', { settle: true });
    await choose(page, 'Dana, this is a cash booking');
    await choose(page, 'We use a phone interpreter');
    await choose(page, "I'm with hotel security");
    await shot(page, '07-act', { settle: true });
    await choose(page, "I'll mark a number on this map");

    await page.waitForSelector('.report-form');
    await shot(page, '08-report', { settle: true });
    // Tick the checklist items for what was seen, by keyboard.
    for (const label of ['Someone hangs around', 'One person holds the others']) {
      const json = JSON.stringify(label);
      await tabTo(
        page,
        `the checkbox "${label}"`,
        `el.type === 'checkbox' && el.labels[0]?.textContent.startsWith(${json})`,
      );
      await page.keyboard.press('Space');
    }
    await tabTo(page, 'the who field', `el.id === 'report-who'`);
    await page.keyboard.type('Man in his 40s, wool coat (Victor); woman in her 20s, thin grey top (Mara)');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Friday, 01:40');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Front desk, hotel lobby');
    await tabTo(page, 'the hotline action', `el.id === 'action-hotline' || (el.name === 'action')`);
    // Arrow keys move within the radio group; select the hotline option.
    for (let i = 0; i < 6; i++) {
      const onHotline = await page.evaluate(
        () => (document.activeElement as HTMLInputElement).id === 'action-hotline',
      );
      if (onHotline) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Space');
    await shot(page, '09-report-filled', { settle: true });
    await tabTo(page, 'the file button', `el.type === 'submit'`);
    await page.keyboard.press('Enter');

    await page.waitForSelector('#debrief-heading', { timeout: 10_000 });
    await shot(page, '10-debrief', { settle: true });
    await shot(page, '11-debrief-full', { fullPage: true });
    const text = await page.textContent('main');
    expect(text).toContain('No critical errors');
    expect(text).toContain('She took the map');
    expect(text).toContain('1-888-373-7888');
    expect(await page.$$eval('.debrief-section.noticed li', (l) => l.length)).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);

    // The last debrief survives a reload.
    await page.reload();
    await page.waitForSelector('h2#picker-heading');
    await page.getByRole('button', { name: 'See your last debrief' }).press('Enter');
    await page.waitForSelector('#debrief-heading');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('hotel encounter in the browser, by mouse', () => {
  it('plays by clicking buttons and a hotspot in the scene art', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page, { console: true });
    await page.goto(`${url}?renderer=canvas`);
    await page.getByRole('button', { name: 'Open: Night shift: the lobby', exact: true }).click();
    await page.getByRole('button', { name: 'Start the encounter: Practice' }).click();
    await page.getByRole('button', { name: /Could be nothing/ }).click();

    // Click the front-desk screen in the picture itself (its hotspot rectangle from the manifest).
    const canvas = page.locator('#scene-host canvas');
    await canvas.waitFor({ state: 'visible', timeout: 30_000 });
    // The hotspots are live once the stage has drawn the scene and its people.
    await page.waitForFunction(
      () => Number(document.querySelector<HTMLElement>('#scene-host')?.dataset['stageFigures'] ?? 0) > 0,
    );
    await settled(page);
    const box = (await canvas.boundingBox())!;
    const scale = box.width / 1280;
    const before = await page.$$eval('.transcript .line', (l) => l.length);
    await page.mouse.move(box.x + (120 + 75) * scale, box.y + (300 + 55) * scale);
    await page.waitForFunction(() => document.querySelector('button.look.hotspot-focus') !== null);
    await page.mouse.click(box.x + (120 + 75) * scale, box.y + (300 + 55) * scale);
    await page.waitForFunction((n) => document.querySelectorAll('.transcript .line').length > n, before);
    expect(await page.textContent('.transcript')).toMatch(/registration|screen|cash/i);
    await shot(page, 'mouse-01-after-hotspot', { settle: true });

    for (const text of [
      /Head back to the desk/,
      /Step up beside Dana/,
      /Evening. Dana will look after you/,
      /Stay at the desk and let them go/,
    ]) {
      await page.getByRole('button', { name: text }).click();
    }
    await page.waitForSelector('.report-form');
    await page.getByLabel('Where? (exact place)').fill('Front desk');
    await page.getByLabel(/Tell the supervisor, and call the trafficking hotline/).check();
    await page.getByRole('button', { name: 'File the report' }).click();
    await page.waitForSelector('#debrief-heading');
    await shot(page, 'mouse-02-debrief', { settle: true });
    expect(await page.textContent('.debrief-section.decisions')).toContain('Stay at the desk');
    expect(errors).toEqual([]);
    await page.close();
  });
});
