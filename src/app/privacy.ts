// The learner's data on this device: where it is kept (localStorage and IndexedDB, or sessionStorage
// only in shared-device mode), clearing it, and ending a shared session. The rules are in
// src/core/config/privacy.ts and src/core/storage-keys.ts; the words and dialogs in src/ui/learner/privacy.ts.

import { SHARED_CHOICE, sharedMode, type PrivacyConfig, type SharedMode } from '../core/config/privacy.ts';
import {
  cachesToClear,
  HISTORY_DB,
  HISTORY_STORE,
  keysToClear,
  QUARANTINE_DB,
  STORAGE_KEYS,
} from '../core/storage-keys.ts';
import type { HistoryPort } from '../state/history.ts';
import type { PrivacyPort } from '../ui/context.ts';

export interface DevicePrivacy {
  mode: SharedMode;
  /** Where the learner's settings, name, session and debriefs are kept. */
  personal: Storage;
  /** Where completed attempts are kept. */
  history: () => Promise<HistoryPort>;
  /** What the Settings and Progress screens and the shared-device banner call. */
  port(lms: boolean, hasUnsaved: () => boolean): PrivacyPort;
}

function storageOf(get: () => Storage): Storage | null {
  try {
    return get();
  } catch {
    return null; // blocked by the browser's privacy settings
  }
}

function removeOwned(storage: Storage | null): void {
  if (!storage) return;
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
  for (const key of keysToClear(keys)) storage.removeItem(key);
}

/** Empties the attempts databases: the attempts and the damaged ones set aside. */
async function clearIndexedDb(idb: IDBFactory | undefined): Promise<void> {
  for (const name of [HISTORY_DB, QUARANTINE_DB]) await clearDatabase(idb, name);
}

/** Empties one database's attempts store (an open connection may delay deleting the database itself), then deletes it. */
async function clearDatabase(idb: IDBFactory | undefined, name: string): Promise<void> {
  if (!idb) return;
  await new Promise<void>((resolve) => {
    const open = idb.open(name);
    open.onerror = () => resolve();
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(HISTORY_STORE)) {
        db.close();
        resolve();
        return;
      }
      const tx = db.transaction(HISTORY_STORE, 'readwrite');
      tx.objectStore(HISTORY_STORE).clear();
      tx.oncomplete =
        tx.onerror =
        tx.onabort =
          () => {
            db.close();
            resolve();
          };
    };
  });
  await new Promise<void>((resolve) => {
    const del = idb.deleteDatabase(name);
    del.onsuccess = del.onerror = del.onblocked = () => resolve();
  });
}

/** The offline copy: the game's caches, and its service worker (registered for this folder). */
async function clearOfflineCopy(win: Window): Promise<void> {
  const cacheStorage = 'caches' in win ? win.caches : undefined;
  if (cacheStorage)
    for (const name of cachesToClear(await cacheStorage.keys())) await cacheStorage.delete(name);
  const sw = 'serviceWorker' in win.navigator ? win.navigator.serviceWorker : undefined;
  if (!sw) return;
  const base = new URL('.', win.location.href).href;
  for (const reg of await sw.getRegistrations()) if (reg.scope.startsWith(base)) await reg.unregister();
}

/**
 * Decides where this page keeps the learner's data. In shared-device mode whatever an earlier,
 * unshared use left in localStorage and IndexedDB is removed at start, so nothing carries over.
 */
export function startPrivacy(win: Window, privacy: PrivacyConfig | undefined): DevicePrivacy {
  const local = storageOf(() => win.localStorage);
  const session = storageOf(() => win.sessionStorage);
  const mode = sharedMode(privacy, local?.getItem(STORAGE_KEYS.sharedDevice) ?? null);
  const personal = (mode.on ? session : local) ?? local ?? session ?? win.localStorage;
  if (mode.on) {
    removeOwned(local);
    void clearIndexedDb(win.indexedDB);
  }
  let leaving = false;
  /** A fresh first screen: the game's page without the link's parameters (an assignment, an encounter). */
  const restart = () => {
    leaving = true;
    win.location.replace(win.location.pathname);
  };
  return {
    mode,
    personal,
    history: () =>
      import('../state/history.ts').then((m) =>
        mode.on ? m.storageHistory(personal, STORAGE_KEYS.sessionAttempts) : m.indexedDbHistory(),
      ),
    port: (lms, hasUnsaved) => {
      // Before the tab closes on a shared device, the browser asks whether to leave without exporting.
      if (mode.on && !lms)
        win.addEventListener('beforeunload', (ev) => {
          if (!leaving && hasUnsaved()) ev.preventDefault();
        });
      return {
        shared: mode,
        lms,
        setShared: async (on) => {
          if (on) {
            removeOwned(local);
            await clearIndexedDb(win.indexedDB);
          } else removeOwned(session);
          local?.setItem(STORAGE_KEYS.sharedDevice, on ? SHARED_CHOICE.on : SHARED_CHOICE.off);
          restart();
        },
        clearAll: async () => {
          leaving = true;
          removeOwned(local);
          removeOwned(session);
          await clearIndexedDb(win.indexedDB);
          await clearOfflineCopy(win).catch(() => undefined);
          restart();
        },
        endSession: async () => {
          leaving = true;
          removeOwned(session);
          removeOwned(local);
          restart();
        },
      };
    },
  };
}
