// A heap snapshot of a page, taken over the Chrome DevTools Protocol and parsed: used by the bench
// (compiled code and external strings, scripts/bench/bench-stage.ts) and by the stage-memory browser
// test (stage hosts still held, tests/browser/stage-memory.test.ts).

import type { CDPSession } from 'playwright-core';

/** The parts of V8's heap snapshot format that are read here. */
export interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  /** Flat: one run of `node_fields.length` numbers per node. */
  nodes: number[];
  strings: string[];
}

/** Takes a snapshot of the page's heap as it is (collect garbage first if that matters). */
export async function takeHeapSnapshot(cdp: CDPSession): Promise<HeapSnapshot> {
  const chunks: string[] = [];
  const take = (e: { chunk: string }) => void chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
  return JSON.parse(chunks.join('')) as HeapSnapshot;
}
