// Plays the built hotel encounter by keyboard alone, in real Chromium, to its debrief.
// Fails on any console error; saves a screenshot of every phase to test-results/screenshots/.

import { describe, expect, it } from 'vitest';
import { gameUrl, useBrowser, watchErrors, shot, settled, tabTo, takeStep } from './play.ts';

const url = gameUrl();
const browser = useBrowser();

describe('hotel encounter in the browser, keyboard only', () => {
  it('plays from the picker to the debrief with no console errors', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page, { console: true });
    await page.goto(`${url}?renderer=canvas`);
    await page.waitForSelector('h2#picker-heading');
    await shot(page, '01-picker', { settle: true });

    await tabTo(page, 'the hotel encounter’s Open button', {
      selector: '[aria-label="Open: Night shift: the lobby"]',
    });
    await page.keyboard.press('Enter');
    await page.waitForSelector('#note-heading');
    await shot(page, '02-content-note', { settle: true });
    await tabTo(page, 'the start button', { selector: 'button', text: 'Start the encounter' });
    await page.keyboard.press('Enter');

    await page.waitForSelector('.choices button.choice');
    await page.waitForSelector('#scene-host canvas', { timeout: 30_000 });
    await shot(page, '03-briefing', { settle: true });
    await takeStep(page, 'Could be nothing', 'keyboard');
    await shot(page, '04-observe', { settle: true });
    await takeStep(page, 'Check the registration list', 'keyboard');
    await takeStep(page, 'Look at the man in the armchair', 'keyboard');
    await takeStep(page, 'Glance at the things on the counter', 'keyboard');
    await shot(page, '05-arrival', { settle: true });
    await takeStep(page, 'Evening. Dana will look after you', 'keyboard');
    await shot(page, '06-talk', { settle: true });
    // Standing back while he is there (the sourced rule), then the control room: the same in every variant.
    await takeStep(page, 'Stay at the desk and let them go', 'keyboard');
    await shot(page, '07-act', { settle: true });
    await takeStep(page, 'Radio the control room', 'keyboard');

    await page.waitForSelector('.report-form');
    await shot(page, '08-report', { settle: true });
    // Tick the checklist items for what was seen, by keyboard.
    for (const label of ['Someone hangs around', 'One person holds the others']) {
      await tabTo(page, `the checkbox "${label}"`, { selector: 'input[type="checkbox"]', label });
      await page.keyboard.press('Space');
    }
    await tabTo(page, 'the who field', { selector: '#report-who' });
    await page.keyboard.type('Man in his 40s, wool coat (Victor); woman in her 20s, thin grey top (Mara)');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Friday, 01:40');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Front desk, hotel lobby');
    await tabTo(page, 'the action radio group', { selector: 'input[name="action"]' });
    // Arrow keys move within the radio group; select the control-room option.
    for (let i = 0; i < 6; i++) {
      const onSupervisor = await page.evaluate(
        () => (document.activeElement as HTMLInputElement).id === 'action-supervisor',
      );
      if (onSupervisor) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Space');
    await shot(page, '09-report-filled', { settle: true });
    await tabTo(page, 'the file button', { selector: '[type="submit"]' });
    await page.keyboard.press('Enter');

    await page.waitForSelector('#debrief-heading', { timeout: 10_000 });
    await shot(page, '10-debrief', { settle: true });
    await shot(page, '11-debrief-full', { fullPage: true });
    const text = await page.textContent('main');
    expect(text).toContain('No critical errors');
    expect(text).toContain('The elevator doors closed');
    expect(text).toContain('they decide with you whether to refer');
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
      /Keep it in your notebook/,
    ]) {
      await page.getByRole('button', { name: text }).click();
    }
    await page.waitForSelector('.report-form');
    await page.getByLabel('Where? (exact place)').fill('Front desk');
    await page.getByLabel(/they decide with you, per policy, whether to refer/).check();
    await page.getByRole('button', { name: 'File the report' }).click();
    await page.waitForSelector('#debrief-heading');
    await shot(page, 'mouse-02-debrief', { settle: true });
    expect(await page.textContent('.debrief-section.decisions')).toContain('Stay at the desk');
    expect(errors).toEqual([]);
    await page.close();
  });
});
