// Where completed attempts are kept: IndexedDB in the browser (through idb-keyval), memory in tests.
// Reading checks every record; a damaged one is reported and left out, never allowed to break the page.

import type { AttemptRecord } from '../core/history.ts';
import { readAttempt } from '../core/history-read.ts';
import { DataError } from '../core/validate.ts';
import { HISTORY_DB, HISTORY_STORE } from '../core/storage-keys.ts';

export interface HistoryPort {
  list(): Promise<{ attempts: AttemptRecord[]; damaged: number }>;
  add(records: AttemptRecord[]): Promise<void>;
}

function check(values: unknown[]): { attempts: AttemptRecord[]; damaged: number } {
  const attempts: AttemptRecord[] = [];
  let damaged = 0;
  for (const v of values) {
    try {
      attempts.push(readAttempt('attempt history', v));
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      damaged++;
    }
  }
  return { attempts, damaged };
}

export function memoryHistory(initial: unknown[] = []): HistoryPort & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>(initial.map((v, i) => [`seed-${i}`, v]));
  return {
    values,
    list: async () => check([...values.values()]),
    add: async (records) => {
      for (const r of records) values.set(r.id, r);
    },
  };
}

export { HISTORY_DB, HISTORY_STORE };

export async function indexedDbHistory(): Promise<HistoryPort> {
  const idb = await import('idb-keyval');
  const store = idb.createStore(HISTORY_DB, HISTORY_STORE);
  return {
    list: async () => check(await idb.values(store)),
    add: async (records) =>
      idb.setMany(
        records.map((r) => [r.id, r]),
        store,
      ),
  };
}

/**
 * Shared-device mode: attempts kept in `storage` (sessionStorage) under `key`, so they go with the
 * browser session instead of staying in IndexedDB for the next person. A damaged value reads as empty.
 */
export function storageHistory(storage: Pick<Storage, 'getItem' | 'setItem'>, key: string): HistoryPort {
  const read = (): unknown[] => {
    try {
      const v: unknown = JSON.parse(storage.getItem(key) ?? '[]');
      return Array.isArray(v) ? v : [];
    } catch {
      return [];
    }
  };
  return {
    list: async () => check(read()),
    add: async (records) => {
      const ids = new Set(records.map((r) => r.id));
      const kept = read().filter(
        (v) => !(typeof v === 'object' && v !== null && ids.has((v as { id?: string }).id ?? '')),
      );
      storage.setItem(key, JSON.stringify([...kept, ...records]));
    },
  };
}
