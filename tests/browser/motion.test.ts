// Reduced motion in a real browser: the stage animates people entering and changing mood unless the
// learner turns motion off in Settings or the system asks for reduced motion; then it starts no
// animation at all and still draws everyone. The stage reports what it did on its host element.

import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encounterUrl, useBrowser, watchErrors, startEncounter, pressFirst, settled } from './play.ts';

const browser = useBrowser();

interface Activity {
  tweens: number;
  figures: number;
}

async function activity(page: Page): Promise<Activity> {
  return page.$eval('#scene-host', (el) => ({
    tweens: Number((el as HTMLElement).dataset['stageTweens'] ?? 'NaN'),
    figures: Number((el as HTMLElement).dataset['stageFigures'] ?? 'NaN'),
  }));
}

/** Plays the opening of the hotel encounter: people enter, and their moods change as choices land. */
async function playOpening(options: BrowserContextOptions, turnOffInSettings: boolean): Promise<Activity> {
  const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(encounterUrl('hotel.night_lobby'));
  if (turnOffInSettings) {
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('checkbox', { name: 'Reduce motion' }).check();
    expect(await page.evaluate(() => document.documentElement.classList.contains('reduced-motion'))).toBe(
      true,
    );
    // The setting is kept: it still holds after the page is opened again.
    await page.goto(encounterUrl('hotel.night_lobby'));
  }
  await startEncounter(page);
  await page.waitForFunction(
    () => Number(document.querySelector<HTMLElement>('#scene-host')?.dataset['stageFigures'] ?? 0) > 0,
  );
  for (let i = 0; i < 5; i++) await pressFirst(page);
  // The stage starts its animations as it draws each step (synchronously, when the store changes); wait
  // until it has drawn everyone the opening brings on, and the page is still.
  await page.waitForFunction(
    () => Number(document.querySelector<HTMLElement>('#scene-host')?.dataset['stageFigures'] ?? 0) > 0,
  );
  await settled(page);
  const result = await activity(page);
  expect(errors).toEqual([]);
  await context.close();
  return result;
}

describe('reduced motion', () => {
  it('the stage animates people by default', async () => {
    const { tweens, figures } = await playOpening({}, false);
    expect(figures).toBeGreaterThan(0);
    expect(tweens).toBeGreaterThan(0);
  });

  it('starts no animation when the learner turns motion off in Settings', async () => {
    const { tweens, figures } = await playOpening({}, true);
    expect(figures).toBeGreaterThan(0);
    expect(tweens).toBe(0);
  });

  it('starts no animation when the system asks for reduced motion', async () => {
    const { tweens, figures } = await playOpening({ reducedMotion: 'reduce' }, false);
    expect(figures).toBeGreaterThan(0);
    expect(tweens).toBe(0);
  });
});
