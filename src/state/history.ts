// Where completed attempts are kept: IndexedDB in the browser (through idb-keyval), memory in tests.
// Reading checks every record; a damaged or oversized one is reported, moved out of the way into a
// quarantine store (kept for support, never deleted) and left out, so it cannot break or slow the page
// on later launches, while every good record stays where it is.

import type { AttemptRecord } from '../core/progress/history.ts';
import { readAttempt } from '../core/progress/history-read.ts';
import { FILE_LIMITS } from '../core/limits.ts';
import { DataError } from '../core/validate.ts';
import { HISTORY_DB, HISTORY_STORE, QUARANTINE_DB } from '../core/storage-keys.ts';

export interface HistoryPort {
  list(): Promise<{ attempts: AttemptRecord[]; damaged: number }>;
  add(records: AttemptRecord[]): Promise<void>;
}

/** A stored value's rough size in characters, without serialising a huge value twice. */
function storedSize(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Sorts stored entries into readable attempts and the keys of damaged ones. */
function check(entries: [IDBValidKey, unknown][]): {
  attempts: AttemptRecord[];
  bad: [IDBValidKey, unknown][];
} {
  const attempts: AttemptRecord[] = [];
  const bad: [IDBValidKey, unknown][] = [];
  for (const [key, v] of entries) {
    if (storedSize(v) > FILE_LIMITS.storedAttempt) {
      bad.push([key, v]);
      continue;
    }
    try {
      attempts.push(readAttempt('attempt history', v));
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      bad.push([key, v]);
    }
  }
  return { attempts, bad };
}

export function memoryHistory(
  initial: unknown[] = [],
): HistoryPort & { values: Map<IDBValidKey, unknown>; quarantine: Map<IDBValidKey, unknown> } {
  const values = new Map<IDBValidKey, unknown>(initial.map((v, i) => [`seed-${i}`, v]));
  const quarantine = new Map<IDBValidKey, unknown>();
  return {
    values,
    quarantine,
    list: async () => {
      const { attempts, bad } = check([...values.entries()]);
      for (const [key, v] of bad) {
        quarantine.set(key, v);
        values.delete(key);
      }
      return { attempts, damaged: bad.length };
    },
    add: async (records) => {
      for (const r of records) values.set(r.id, r);
    },
  };
}

export { HISTORY_DB, HISTORY_STORE, QUARANTINE_DB };

export async function indexedDbHistory(): Promise<HistoryPort> {
  const idb = await import('idb-keyval');
  const store = idb.createStore(HISTORY_DB, HISTORY_STORE);
  const quarantine = idb.createStore(QUARANTINE_DB, HISTORY_STORE);
  return {
    list: async () => {
      const { attempts, bad } = check(await idb.entries(store));
      if (bad.length > 0) {
        // Copied first, then removed: a failure part-way leaves the record in one place or both.
        await idb.setMany(bad, quarantine);
        await idb.delMany(
          bad.map(([key]) => key),
          store,
        );
      }
      return { attempts, damaged: bad.length };
    },
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
    list: async () => {
      const { attempts, bad } = check(read().map((v, i): [IDBValidKey, unknown] => [i, v]));
      return { attempts, damaged: bad.length };
    },
    add: async (records) => {
      const ids = new Set(records.map((r) => r.id));
      const kept = read().filter(
        (v) => !(typeof v === 'object' && v !== null && ids.has((v as { id?: string }).id ?? '')),
      );
      storage.setItem(key, JSON.stringify([...kept, ...records]));
    },
  };
}
