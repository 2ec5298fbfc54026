// Thread numbers in ink's saves, for the explorer's state keys (src/story/ink-key.ts). ink numbers every thread it forks from one counter that only grows (one fork per
// choice offered), so no state it saves ever repeats: a hub the player can return to would look new
// every time. A thread's number only names it (a choice names the thread it was made in); two states
// that differ only in how their threads are numbered do exactly the same from then on. So keys leave
// the counter out and number threads in the order the save first mentions them.
export const THREAD_COUNTER = 'threadCounter';
export const CHOICE_THREADS = 'choiceThreads';

export function renumbered(seen: Map<number, number>, n: number): number {
  let m = seen.get(n);
  if (m === undefined) {
    m = seen.size;
    seen.set(n, m);
  }
  return m;
}

interface SavedThread {
  threadIndex: number;
}
interface SavedFlow {
  callstack?: { threads?: SavedThread[]; threadCounter?: number };
  currentChoices?: { originalThreadIndex: number }[];
  choiceThreads?: Record<string, SavedThread>;
}

/**
 * Renumbers the threads of a parsed ink save in place the way keys do (the counter dropped, threads
 * numbered by first mention: the call stack's, then each choice's), for comparing saves as JSON.
 */
export function canonicalThreads(save: Record<string, unknown>): void {
  const seen = new Map<number, number>();
  const flows = save['flows'];
  if (!flows || typeof flows !== 'object') return;
  for (const flow of Object.values(flows as Record<string, SavedFlow>)) {
    delete flow.callstack?.threadCounter;
    for (const t of flow.callstack?.threads ?? []) t.threadIndex = renumbered(seen, t.threadIndex);
    for (const c of flow.currentChoices ?? [])
      c.originalThreadIndex = renumbered(seen, c.originalThreadIndex);
    if (!flow.choiceThreads) continue;
    const threads: Record<string, SavedThread> = {};
    for (const [n, t] of Object.entries(flow.choiceThreads)) {
      t.threadIndex = renumbered(seen, Number(n));
      threads[String(t.threadIndex)] = t;
    }
    flow.choiceThreads = threads;
  }
}
