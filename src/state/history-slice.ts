// The history slice: completed attempts for the progress page, kept in the history store
// (IndexedDB in the browser), exported and imported as files.

import { historyFile, type AttemptRecord } from '../core/progress/history.ts';
import { DataError } from '../core/validate.ts';
import { failureOf } from './failure.ts';
import type { HistoryPort } from './history.ts';
import type { Cached } from './lazy.ts';
import type { GetState, HistorySlice, SetState } from './types.ts';

export function historySlice(history: Cached<HistoryPort> | null, now: () => number) {
  const port = (): Promise<HistoryPort | null> => history?.load() ?? Promise.resolve(null);
  return (set: SetState, get: GetState): HistorySlice => ({
    attempts: [],

    addAttempt: (record) => {
      set({ attempts: [...get().attempts, record] });
      void port()
        .then((h) => h?.add([record]))
        .catch((e: unknown) => get().tell('attemptNotSaved', failureOf(e)));
    },

    loadHistory: async () => {
      const h = await port().catch(() => null);
      if (!h) return;
      try {
        const { attempts, damaged } = await h.list();
        set({ attempts });
        if (damaged > 0) get().tell('historyDamaged', damaged);
      } catch (e) {
        get().tell('historyUnreadable', failureOf(e));
      }
    },

    exportHistory: (learner) =>
      JSON.stringify(
        { ...historyFile(get().attempts, new Date(now()), learner), setAside: get().setAside },
        null,
        2,
      ),

    importHistory: async (name, text) => {
      let incoming: AttemptRecord[];
      // Reading a file is rare: its validation loads only when a file is imported.
      const { readHistoryFile } = await import('../core/progress/history-read.ts');
      try {
        incoming = readHistoryFile(name, text);
      } catch (e) {
        if (!(e instanceof DataError)) throw e;
        await get().tell('importRefused', e);
        return false;
      }
      const known = new Set(get().attempts.map((a) => a.id));
      const fresh = incoming.filter((a) => !known.has(a.id));
      const h = await port();
      await h?.add(fresh);
      set({ attempts: [...get().attempts, ...fresh] });
      get().tell('imported', fresh.length, name);
      return true;
    },
  });
}
