// Damaged saved data in a real browser: a corrupt record in the attempt history (IndexedDB) is
// reported, moved aside (not deleted) and left out while the good ones still show; a corrupt
// saved session (localStorage) is reported and reset instead of breaking the game.

import { describe, expect, it } from 'vitest';
import { HISTORY_DB, HISTORY_STORE, QUARANTINE_DB } from '../../src/state/history.ts';
import { DAMAGED_SUFFIX, PERSIST_KEY } from '../../src/state/store.ts';
import { openBlankPageOf, putRecords, storedKeys } from './idb.ts';
import { gameUrl, useBrowser, watchErrors, startEncounter } from './play.ts';

const url = gameUrl();
const browser = useBrowser();

const GOOD = {
  id: 'good-1',
  encounterId: 'store.busy_saturday',
  title: 'A good attempt',
  setting: 'store',
  mode: 'practice',
  finishedAt: '2026-10-01T10:00:00.000Z',
  percent: 75,
  dimensions: [{ id: 'safety', name: 'Safety', score: 3, max: 4 }],
  missed: [],
  critical: [],
};
const DAMAGED = { id: 'bad-1', encounterId: 'store.busy_saturday', percent: 'lots' };

describe('damaged saved data', () => {
  it('leaves a corrupt history record out, says so, and moves it aside without deleting anything', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    // Records written from a blank page of the origin: the game must not read them before the reload.
    await openBlankPageOf(page, url);
    await putRecords(page, HISTORY_DB, HISTORY_STORE, [
      ['good-1', GOOD],
      ['bad-1', DAMAGED],
    ]);
    await page.reload();
    await page.getByRole('button', { name: 'Progress' }).click();
    await page.waitForFunction(() => document.querySelector('.notices')?.textContent?.includes('could not'));
    expect(await page.textContent('.notices')).toContain('1 saved attempt could not be read');
    expect(await page.textContent('.progress-table')).toContain('Store');
    // The damaged record is moved aside into the quarantine database (it may be recoverable), so later
    // launches do not read it again; nothing was deleted, and the good record stays where it was.
    const keysIn = (name: string) => storedKeys(page, name, HISTORY_STORE);
    expect(await keysIn(HISTORY_DB)).toEqual(['good-1']);
    expect(await keysIn(QUARANTINE_DB)).toEqual(['bad-1']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('resets a corrupt saved session with a notice, and the game still starts', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    // Damage the save before the game's first script runs (once, so the game can then write a good one).
    await page.addInitScript((key) => {
      if (sessionStorage.getItem('damaged')) return;
      sessionStorage.setItem('damaged', 'yes');
      localStorage.setItem(key, '{"state": {"session": {broken');
    }, PERSIST_KEY);
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('.notices')?.textContent?.includes('reset'));
    expect(await page.textContent('.notices')).toContain('could not be read and were reset');
    // The damaged text is kept beside the fresh save, not thrown away.
    expect(await page.evaluate((key) => localStorage.getItem(key), PERSIST_KEY + DAMAGED_SUFFIX)).toBe(
      '{"state": {"session": {broken',
    );
    await page.goto(`${url}?encounter=hotel.night_lobby`);
    await startEncounter(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
