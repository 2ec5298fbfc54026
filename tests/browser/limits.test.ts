// Audit M1 in a real browser: a history file over the size limit is refused with the limit named,
// and a stored attempt too big to show (a huge title) is moved aside at launch, so the first screen
// appears and the good attempts stay.

import { describe, expect, it } from 'vitest';
import { FILE_LIMITS } from '../../src/core/limits.ts';
import { HISTORY_DB, HISTORY_STORE, QUARANTINE_DB } from '../../src/state/history.ts';
import { openBlankPageOf, putRecords, storedKeys } from './idb.ts';
import { gameUrl, useBrowser, watchErrors } from './play.ts';

const url = gameUrl();
const browser = useBrowser();

const attempt = (id: string, title: string) => ({
  id,
  encounterId: 'store.busy_saturday',
  title,
  setting: 'store',
  mode: 'practice',
  finishedAt: '2026-10-01T10:00:00.000Z',
  percent: 75,
  dimensions: [{ id: 'safety', name: 'Safety', score: 3, max: 4 }],
  missed: [],
  critical: [],
});

describe('input limits in the browser (M1)', () => {
  it('moves a huge stored attempt aside, keeps the good one, and refuses an oversize import', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    // Records written from a blank page of the origin: the game must not move the huge one aside
    // before the reload (its first read of history may come late on a loaded machine).
    await openBlankPageOf(page, url);
    await putRecords(
      page,
      HISTORY_DB,
      HISTORY_STORE,
      [attempt('good-1', 'A good attempt'), attempt('huge-1', 'x'.repeat(2_000_000))].map(
        (r) => [r.id, r] as const,
      ),
    );
    await page.reload();
    await page.getByRole('button', { name: 'Progress' }).click();
    await page.waitForFunction(() => document.querySelector('.notices')?.textContent?.includes('could not'));
    expect(await page.textContent('.notices')).toContain('1 saved attempt could not be read');
    expect(await page.textContent('.notices')).toContain('moved aside on this device (not deleted)');
    expect(await page.textContent('.progress-table')).toContain('Store');
    const keysIn = (name: string) => storedKeys(page, name, HISTORY_STORE);
    expect(await keysIn(HISTORY_DB)).toEqual(['good-1']);
    expect(await keysIn(QUARANTINE_DB)).toEqual(['huge-1']);

    // A file over the limit is refused by its size, before it is read.
    await page.setInputFiles('#history-import', {
      name: 'huge-history.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(FILE_LIMITS.historyFile + 1_000_000, 0x20),
    });
    await page.waitForFunction(() =>
      document.querySelector('.notices')?.textContent?.includes('not imported'),
    );
    const notices = (await page.textContent('.notices')) ?? '';
    expect(notices).toContain('huge-history.json: is too large (6.0 MB; at most 5.0 MB)');
    expect(notices).toContain('Nothing already saved was changed');
    expect(await keysIn(HISTORY_DB)).toEqual(['good-1']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
