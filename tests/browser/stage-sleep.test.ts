// The stage renders on demand: once nothing moves, its game loop sleeps and draws no more frames, and a
// change (a choice that changes the scene, a hover over a hotspot) wakes it for as long as the change
// takes to draw. The stage reports frames drawn and whether it sleeps on its host element. No timing:
// every wait is for a condition or for the page's own animation frames.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encounterUrl, pressFirst, startEncounter, useBrowser, watchErrors } from './play.ts';

const browser = useBrowser();

interface StageState {
  renders: number;
  sleeping: boolean;
  tweens: number;
}

async function stage(page: Page): Promise<StageState> {
  return page.$eval('#scene-host', (el) => {
    const data = (el as HTMLElement).dataset;
    return {
      renders: Number(data['stageRenders'] ?? 'NaN'),
      sleeping: data['stageSleeping'] === 'true',
      tweens: Number(data['stageTweens'] ?? 'NaN'),
    };
  });
}

/** Waits until the stage has drawn more than `renders` frames and gone back to sleep. */
async function wokeAndSlept(page: Page, renders: number): Promise<void> {
  await page.waitForFunction((n) => {
    const data = document.querySelector<HTMLElement>('#scene-host')?.dataset;
    return Number(data?.['stageRenders'] ?? 0) > n && data?.['stageSleeping'] === 'true';
  }, renders);
}

/** Lets the page run `n` animation frames: a sleeping stage draws none of them. */
async function frames(page: Page, n: number): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const tick = (): void => {
          left -= 1;
          if (left <= 0) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    n,
  );
}

describe('the stage sleeps when nothing moves', () => {
  it('stops drawing once the scene settles, and wakes for a change', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page, { console: true });
    await page.goto(encounterUrl('hotel.night_lobby'));
    await startEncounter(page);
    await page.waitForFunction(
      () => Number(document.querySelector<HTMLElement>('#scene-host')?.dataset['stageFigures'] ?? 0) > 0,
    );
    await wokeAndSlept(page, 0);

    // Asleep: the page keeps running animation frames, the stage draws none.
    const settled = await stage(page);
    await frames(page, 12);
    expect(await stage(page)).toEqual(settled);

    // A choice changes what is on offer and, within a few choices, someone's mood (a cross-fade):
    // every change wakes the stage, and it sleeps again once drawn.
    let now = settled;
    for (let i = 0; i < 6 && now.tweens === settled.tweens; i++) {
      await pressFirst(page);
      await wokeAndSlept(page, now.renders);
      now = await stage(page);
    }
    expect(now.tweens).toBeGreaterThan(settled.tweens);
    await frames(page, 12);
    expect(await stage(page)).toEqual(now);

    expect(errors).toEqual([]);
    await context.close();
  });

  /**
   * Moves the pointer to (x, y), nudging it a pixel each try, until a hotspot is lit (or none is). On a
   * loaded machine the scene's pointer zones may not be listening yet when the first move arrives.
   */
  async function hoverUntil(page: Page, x: number, y: number, lit: boolean): Promise<void> {
    let nudge = 0;
    await expect
      .poll(
        async () => {
          await page.mouse.move(x + (nudge++ % 2), y);
          return page.evaluate(() => document.querySelector('button.look.hotspot-focus') !== null);
        },
        { timeout: 30_000 },
      )
      .toBe(lit);
  }

  it('wakes when the pointer lights a hotspot, and sleeps again', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page, { console: true });
    await page.goto(encounterUrl('hotel.night_lobby'));
    await startEncounter(page);
    await page.waitForFunction(
      () => Number(document.querySelector<HTMLElement>('#scene-host')?.dataset['stageFigures'] ?? 0) > 0,
    );
    await wokeAndSlept(page, 0);
    // The looks are offered while the stage sleeps: their pointer zones must still start listening.
    await page.getByRole('button', { name: /Could be nothing/ }).click();
    await page.waitForSelector('button.look');

    // The canvas moves down the page without changing size (text above it grew): the pointer must
    // still find the hotspots of a sleeping stage at their new place.
    await wokeAndSlept(page, 0);
    await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '90px';
      const host = document.querySelector('#scene-host')!;
      host.parentElement!.insertBefore(spacer, host);
    });

    // The front-desk screen's hotspot rectangle, from the scene manifest (x 120, y 300, 150 × 110).
    const box = (await page.locator('#scene-host canvas').boundingBox())!;
    const scale = box.width / 1280;
    const before = await stage(page);
    await hoverUntil(page, box.x + (120 + 75) * scale, box.y + (300 + 55) * scale, true);
    await wokeAndSlept(page, before.renders);

    const lit = await stage(page);
    await hoverUntil(page, box.x + 4, box.y + box.height - 4, false);
    await wokeAndSlept(page, lit.renders);

    expect(errors).toEqual([]);
    await context.close();
  });
});
