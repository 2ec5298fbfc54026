// An encounter left is let go: its stage (its scene and textures) and the screen it was mounted in must
// not outlive it. A game per encounter once kept every earlier one alive (Phaser 4.2.1 leaves a `wheel`
// listener on the canvas and its texture manager's tile sprite in the canvas pool after
// `game.destroy()`); the page now keeps one game for the visit, which must let go of the screen it was
// on when the encounter is left (src/scenes/stage.ts, docs/performance.md "Heap"). Counted in a heap
// snapshot, after a forced GC.
// Locators only, never element handles: DevTools keeps the node of every handle alive.

import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { takeHeapSnapshot } from '../../scripts/bench/heap-snapshot.ts';
import { gameUrl, useBrowser, watchErrors } from './play.ts';

const browser = useBrowser();

const ENCOUNTERS = 3;
/** How a heap snapshot names the stage's host element (a native node, its tag as written). */
const STAGE_HOST = '<div id="scene-host"';

/** A canvas as a heap snapshot names it: its tag as written, with its width. */
const CANVAS = /^<canvas width="(\d+)"/;
/** Phaser's own canvases are a few pixels wide; the stage's and its textures' are wider than this. */
const SMALL_CANVAS = 16;

/**
 * Stage hosts (of the screen on show or of screens left) that the page's heap still holds, and the
 * canvases wider than Phaser's own: the game's, and those of the textures (a background, each mood of
 * each person).
 */
async function held(cdp: CDPSession): Promise<{ hosts: number; canvases: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const snap = await takeHeapSnapshot(cdp);
  const fields = snap.snapshot.meta.node_fields;
  const name = fields.indexOf('name');
  let hosts = 0;
  let canvases = 0;
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const node = snap.strings[snap.nodes[i + name]!]!;
    if (node.startsWith(STAGE_HOST)) hosts++;
    if (Number(CANVAS.exec(node)?.[1] ?? 0) > SMALL_CANVAS) canvases++;
  }
  return { hosts, canvases };
}

/** Opens an encounter from the picker, takes its first choice and waits for its stage to draw and sleep. */
async function playOne(page: Page, open: string): Promise<void> {
  await page.getByRole('button', { name: open, exact: true }).click();
  await page.getByRole('button', { name: 'Start the encounter: Practice' }).click();
  await page.locator('.choices button.choice').first().waitFor();
  const lines = await page.locator('.transcript .line').count();
  await page.keyboard.press('1');
  await page.waitForFunction((n) => document.querySelectorAll('.transcript .line').length > n, lines);
  await page.waitForFunction(() => {
    const host = document.querySelector<HTMLElement>('#scene-host');
    return !!host?.querySelector('canvas') && host.dataset['stageSleeping'] === 'true';
  });
}

describe('an encounter left is let go', () => {
  it('keeps no stage of an encounter the learner has left', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page, { console: true });
    const cdp = await context.newCDPSession(page);
    await page.goto(`${gameUrl()}?renderer=canvas`);
    await page.locator('h2#picker-heading').waitFor();
    const opens = await page.$$eval('button[aria-label^="Open: "]', (bs) =>
      bs.map((b) => b.getAttribute('aria-label') ?? ''),
    );
    expect(opens.length).toBeGreaterThanOrEqual(ENCOUNTERS);

    for (const [i, open] of opens.slice(0, ENCOUNTERS).entries()) {
      await playOne(page, open);
      // With the last one on screen its stage is held (so the count does see a held stage), and only it,
      // with its textures (so the count does see them: the background at least).
      if (i === ENCOUNTERS - 1) {
        const onScreen = await held(cdp);
        expect(onScreen.hosts).toBe(1);
        expect(onScreen.canvases).toBeGreaterThan(1);
      }
      await page.getByRole('button', { name: 'Step out', exact: true }).click();
      await page.getByRole('button', { name: 'Leave the encounter', exact: true }).click();
      await page.locator('h2#picker-heading').waitFor();
    }
    // Back on the picker, after three encounters: none of their stages is held, and none of their
    // textures; the one game of the visit keeps its own canvas for the next encounter.
    expect(await held(cdp)).toEqual({ hosts: 0, canvases: 1 });
    expect(errors).toEqual([]);
    await context.close();
    // Heap snapshots of a whole game page take seconds each on a loaded machine.
  }, 300_000);
});
