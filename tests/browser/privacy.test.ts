// The learner's data on this device, in a real browser: "Clear my data on this device" (confirmed in a
// keyboard-usable dialog) removes what an encounter left in IndexedDB, localStorage, sessionStorage
// and the offline caches, and a reload finds nothing; on a shared device (the organisation's
// configuration, or a learner's own choice) nothing personal is left once the tab is closed.

import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import usPreset from '../../src/config/presets/us.config.json';
import {
  DEVICE_KEYS,
  HISTORY_DB,
  HISTORY_STORE,
  STORAGE_KEYS,
  isOwnedKey,
} from '../../src/core/storage-keys.ts';
import { PRIVACY_STRINGS as T } from '../../src/ui/strings/strings-privacy.ts';
import { axe } from './axe.ts';
import {
  encounterUrl,
  fileReport,
  gameUrl,
  playToReport,
  pressFirst,
  shot,
  startEncounter,
  useBrowser,
  watchErrors,
} from './play.ts';

const url = gameUrl();
const browser = useBrowser();
const LEARNER = 'Officer Test 4711';

interface Stored {
  local: Record<string, string>;
  session: Record<string, string>;
  attempts: number;
  caches: string[];
}

/** What the game has stored in this page's origin: its storage keys, attempts in IndexedDB, its caches. */
async function stored(page: Page): Promise<Stored> {
  const keys = await page.evaluate(() => ({
    local: { ...localStorage },
    session: { ...sessionStorage },
  }));
  const attempts = await page.evaluate(
    ([db, storeName]) =>
      new Promise<number>((resolve, reject) => {
        // Opening an absent database would create it: look first.
        void indexedDB.databases().then((list) => {
          if (!list.some((d) => d.name === db)) return resolve(0);
          const open = indexedDB.open(db);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const conn = open.result;
            if (!conn.objectStoreNames.contains(storeName)) {
              conn.close();
              return resolve(0);
            }
            const req = conn.transaction(storeName).objectStore(storeName).count();
            req.onsuccess = () => {
              conn.close();
              resolve(req.result);
            };
            req.onerror = () => reject(req.error);
          };
        });
      }),
    [HISTORY_DB, HISTORY_STORE] as const,
  );
  const caches = await page.evaluate(async () =>
    (await globalThis.caches.keys()).filter((n) => n.startsWith('second-look')),
  );
  return { ...keys, attempts, caches };
}

/** Whether the saved store holds anything about a learner (a fresh one holds only default settings). */
function personalState(text: string): boolean {
  const s = (JSON.parse(text) as { state?: Record<string, unknown> }).state ?? {};
  return (
    s['session'] != null ||
    s['lastDebrief'] != null ||
    s['lastAttempt'] != null ||
    Object.keys(s['best'] ?? {}).length > 0 ||
    ((s['setAside'] as unknown[] | undefined) ?? []).length > 0
  );
}

/**
 * The game's keys in `stored` that hold something about a learner: every key it owns except the
 * device's settings (organisation set-up, shared mode) and a saved store holding only default settings.
 */
const personal = (stored: Record<string, string>) =>
  Object.entries(stored)
    .filter(([k]) => isOwnedKey(k) && !(DEVICE_KEYS as readonly string[]).includes(k))
    .filter(([k, v]) => k !== STORAGE_KEYS.state || personalState(v))
    .map(([k]) => k);

/** Neither the learner's name nor the encounter played is anywhere in what is stored. */
function expectNoTrace(s: Stored): void {
  const text = JSON.stringify(s);
  expect(text).not.toContain(LEARNER);
  expect(text).not.toContain('night_lobby');
}

/** Plays the hotel encounter to its debrief and enters the learner's name on the Progress page. */
async function playAndName(page: Page): Promise<void> {
  await page.goto(encounterUrl('hotel.night_lobby'));
  await startEncounter(page);
  await playToReport(page, pressFirst);
  await fileReport(page, 'hotline');
  await page.getByRole('button', { name: 'Progress' }).click();
  await page.waitForSelector('.progress-table');
  await page.fill('#learner-name', LEARNER);
  await page.press('#learner-name', 'Tab');
}

/** The Progress page shows no attempt and no name; the picker offers no last debrief. */
async function expectNothingShown(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await page.waitForSelector('.picker');
  expect(await page.getByRole('button', { name: 'See your last debrief' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Progress' }).click();
  await page.waitForSelector('#learner-name');
  await page.waitForFunction(() => document.querySelector('.progress-body p') !== null);
  expect(await page.$('.progress-table')).toBeNull();
  expect(await page.inputValue('#learner-name')).toBe('');
}

/** Waits for the service worker to take the page, so that there is an offline copy to clear. */
async function offlineCopyReady(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      const names = await caches.keys();
      return names.some((n) => n.startsWith('second-look-precache-'));
    },
    undefined,
    { timeout: 60_000 },
  );
}

const MARKER = 'privacy-test-marker';

/** Puts a marker entry in each of the game's caches named. */
async function mark(page: Page, names: string[]): Promise<void> {
  await page.evaluate(
    async ([list, marker]) => {
      for (const name of list) await (await caches.open(name)).put(marker, new Response('kept?'));
    },
    [names, MARKER] as const,
  );
}

/** The caches that still hold a marker. */
async function marked(page: Page): Promise<string[]> {
  return page.evaluate(async (marker) => {
    const found: string[] = [];
    for (const name of await caches.keys())
      if (await (await caches.open(name)).match(marker)) found.push(name);
    return found;
  }, MARKER);
}

async function sharedByConfig(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(([key, config]) => localStorage.setItem(key, JSON.stringify(config)), [
    STORAGE_KEYS.deviceConfig,
    { ...usPreset, privacy: { sharedDevice: true } },
  ] as const);
  await page.reload();
  await page.waitForSelector('.shared-banner');
  return page;
}

describe('clear my data on this device', () => {
  it('is confirmed in an accessible dialog, then leaves nothing behind after a reload', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await playAndName(page);
    await offlineCopyReady(page);
    const before = await stored(page);
    expect(before.attempts).toBe(1);
    expect(Object.keys(before.local)).toContain(STORAGE_KEYS.state);
    expect(Object.keys(before.local)).toContain(STORAGE_KEYS.programme);
    expect(before.caches.length).toBeGreaterThan(0);
    await mark(page, before.caches);
    expect(await marked(page)).toEqual(before.caches);
    // Not in shared mode: no banner.
    expect(await page.$('.shared-banner')).toBeNull();

    // The Progress page offers it too.
    expect(await page.getByRole('button', { name: T.clear }).count()).toBe(1);
    await page.getByRole('button', { name: 'Settings' }).click();
    const button = page.locator('#settings-clear-data');
    await button.waitFor();
    expect(await page.isChecked('#set-shared-device')).toBe(false);
    expect(await page.isDisabled('#set-shared-device')).toBe(false);
    await shot(page, 'privacy-settings', { settle: true, fullPage: true });
    expect(await axe(page, 'settings')).toEqual([]);

    // Keyboard: open, focus starts on Cancel, Escape closes, focus returns to the button; nothing cleared.
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: T.dialogs.clear.heading });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(T.cancel);
    await shot(page, 'privacy-clear-dialog', { settle: true });
    expect(await axe(page, 'clear dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('settings-clear-data');
    expect((await stored(page)).attempts).toBe(1);

    // Cancel by button: the same.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: T.cancel }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(Object.keys((await stored(page)).local)).toContain(STORAGE_KEYS.programme);

    // Confirm: a fresh first screen, and nothing stored.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await Promise.all([
      page.waitForEvent('load'),
      dialog.getByRole('button', { name: T.dialogs.clear.confirm, exact: true }).click(),
    ]);
    await page.waitForSelector('.picker');
    expect(new URL(page.url()).search).toBe('');
    await page.reload();
    await page.waitForSelector('.picker');
    const after = await stored(page);
    expect(personal(after.local)).toEqual([]);
    expect(personal(after.session)).toEqual([]);
    expect(after.attempts).toBe(0);
    // The offline copy may be downloaded afresh by now, but the caches that were there are gone.
    expect(await marked(page)).toEqual([]);
    expectNoTrace(after);
    await expectNothingShown(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('shared-device mode', () => {
  it('set by the organisation: shown on every screen, locked on, and nothing personal survives closing the tab', async () => {
    const context = await browser().newContext();
    const page = await sharedByConfig(context);
    const errors = watchErrors(page);
    await shot(page, 'privacy-shared-banner', { settle: true });
    expect(await axe(page, 'shared banner')).toEqual([]);
    await playAndName(page);
    // The banner is on the Progress page too, and the attempt is shown while the session lasts.
    await page.waitForSelector('.shared-banner');
    const during = await stored(page);
    expect(during.attempts).toBe(0);
    expect(personal(during.local)).toEqual([]);
    expect(JSON.stringify(during.local)).not.toContain(LEARNER);
    expect(Object.keys(during.session)).toContain(STORAGE_KEYS.sessionAttempts);
    expect(Object.keys(during.session)).toContain(STORAGE_KEYS.programme);
    // Leaving with results not exported: the browser asks first (accepted here). A reload keeps the
    // session's work (same tab).
    const asked: string[] = [];
    page.on('dialog', (d) => {
      asked.push(d.type());
      void d.accept();
    });
    await page.reload();
    expect(asked).toEqual(['beforeunload']);
    await page.getByRole('button', { name: 'Progress' }).click();
    await page.waitForSelector('.progress-table');
    expect(await page.inputValue('#learner-name')).toBe(LEARNER);

    // The learner cannot turn it off: the organisation's setting wins, and the screen says so.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.waitForSelector('#set-shared-device');
    expect(await page.isChecked('#set-shared-device')).toBe(true);
    expect(await page.isDisabled('#set-shared-device')).toBe(true);
    expect(await page.textContent('.settings fieldset.privacy')).toContain(T.sharedByOrganisation);
    await shot(page, 'privacy-settings-shared', { settle: true, fullPage: true });
    expect(await axe(page, 'settings, shared')).toEqual([]);

    // Close the tab, open the game again: nothing personal remains.
    await page.close();
    const next = await context.newPage();
    const nextErrors = watchErrors(next);
    await next.goto(url);
    await next.waitForSelector('.shared-banner');
    const left = await stored(next);
    expect(personal(left.local)).toEqual([]);
    expect(personal(left.session)).toEqual([]);
    expect(left.attempts).toBe(0);
    expectNoTrace(left);
    await expectNothingShown(next);
    expect([...errors, ...nextErrors]).toEqual([]);
    await context.close();
  });

  it('chosen by a learner: turning it on clears what was kept, and End session starts afresh', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await playAndName(page);
    expect((await stored(page)).attempts).toBe(1);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.waitForSelector('#set-shared-device');
    await page.click('#set-shared-device');
    const dialog = page.getByRole('dialog', { name: T.dialogs.sharedOn.heading });
    await dialog.waitFor();
    // Not yet on: the box follows the answer, not the click.
    expect(await page.isChecked('#set-shared-device')).toBe(false);
    await Promise.all([
      page.waitForEvent('load'),
      dialog.getByRole('button', { name: T.dialogs.sharedOn.confirm }).click(),
    ]);
    await page.waitForSelector('.shared-banner');
    const on = await stored(page);
    expect(Object.keys(on.local)).toContain(STORAGE_KEYS.sharedDevice);
    expect(personal(on.local)).toEqual([]);
    expectNoTrace(on);
    expect(on.attempts).toBe(0);

    // A session's work, then End session: the next person starts with nothing.
    await playAndName(page);
    expect(Object.keys((await stored(page)).session)).toContain(STORAGE_KEYS.sessionAttempts);
    await page.locator('#end-session').click();
    const end = page.getByRole('dialog', { name: T.dialogs.end.heading });
    await end.waitFor();
    expect(await axe(page, 'end-session dialog')).toEqual([]);
    await Promise.all([
      page.waitForEvent('load'),
      end.getByRole('button', { name: T.dialogs.end.confirm }).click(),
    ]);
    await page.waitForSelector('.shared-banner');
    const ended = await stored(page);
    expect(personal(ended.session)).toEqual([]);
    expectNoTrace(ended);
    await expectNothingShown(page);

    // A learner may turn it off again (it was theirs, not the organisation's).
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.waitForSelector('#set-shared-device');
    expect(await page.isDisabled('#set-shared-device')).toBe(false);
    await page.click('#set-shared-device');
    const off = page.getByRole('dialog', { name: T.dialogs.sharedOff.heading });
    await off.waitFor();
    await Promise.all([
      page.waitForEvent('load'),
      off.getByRole('button', { name: T.dialogs.sharedOff.confirm }).click(),
    ]);
    await page.waitForSelector('.picker');
    expect(await page.$('.shared-banner')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});
