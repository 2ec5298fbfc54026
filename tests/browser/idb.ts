// Reading and writing the game's IndexedDB from a test, inside the page (the same origin as the game).

import type { Page } from 'playwright-core';

/** Puts `records` (`[key, value]` pairs) into `storeName` of database `db`, creating the store if it is new. */
export async function putRecords(
  page: Page,
  db: string,
  storeName: string,
  records: readonly (readonly [string, unknown])[],
): Promise<void> {
  await page.evaluate(
    ([dbName, name, rows]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onupgradeneeded = () => open.result.createObjectStore(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const [key, value] of rows) tx.objectStore(name).put(value, key);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [db, storeName, records] as const,
  );
}

/** The keys stored in `storeName` of database `db`, sorted. */
export async function storedKeys(page: Page, db: string, storeName: string): Promise<string[]> {
  return page.evaluate(
    ([dbName, name]) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).getAllKeys();
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as string[]).sort());
          };
          req.onerror = () => reject(req.error);
        };
      }),
    [db, storeName] as const,
  );
}

/**
 * Opens a blank page of the game's origin at `url`, for writing records the game must find only at
 * its next load: on the game's own page, its first read of history may come late on a loaded
 * machine and move a damaged record aside before the reload the test relies on.
 */
export async function openBlankPageOf(page: Page, url: string): Promise<void> {
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }),
  );
  await page.goto(url);
  await page.unroute(url);
}
