// Which visit counts a story reads while it runs, for the explorer (src/story/checker/explore.ts): a state
// whose future never reads a count can share the results of a state that differs only in it, and a
// loop that only adds to unread counts is a loop. Reaches into inkjs 2.4 (StoryState's methods
// named below; tests/story/inkjs-internals.test.ts guards them).

import type { InkState } from '../ink-state.ts';

// Which visit counts the story reads. ink reads a count (VisitCountForContainer) to decide whether
// a once-only choice is still offered, for a knot's name used as a number, for READ_COUNT and for
// sequences; it also reads one to add to it while looking ahead, which is not a read that matters.
// The explorer collects the containers read while it takes choices, to know which counts a
// state's future depends on.
interface InkContainer {
  path: { toString(): string };
}
interface CountingState {
  VisitCountForContainer(container: InkContainer): number;
  IncrementVisitCountForContainer(container: InkContainer): void;
}
let readsInto: Set<InkContainer> | null = null;
let incrementing = 0;
const tracked = new WeakSet<object>();

/** Starts noting count reads for stories whose state has the same class as `s` (once per class). */
export function trackVisitReads(s: InkState): void {
  const proto = Object.getPrototypeOf(s) as CountingState;
  if (tracked.has(proto)) return;
  tracked.add(proto);
  const read = proto.VisitCountForContainer;
  const increment = proto.IncrementVisitCountForContainer;
  proto.VisitCountForContainer = function (this: CountingState, container: InkContainer): number {
    if (readsInto !== null && incrementing === 0) readsInto.add(container);
    return read.call(this, container);
  };
  proto.IncrementVisitCountForContainer = function (this: CountingState, container: InkContainer): void {
    incrementing++;
    try {
      increment.call(this, container);
    } finally {
      incrementing--;
    }
  };
}

/**
 * Runs `work`, adding the path of every container whose visit count it reads to `into` (with
 * trackVisitReads in place). Reads made inside a nested call go to that call's set only.
 */
export function collectVisitReads<T>(into: Set<string>, work: () => T): T {
  const outer = readsInto;
  const containers = new Set<InkContainer>();
  readsInto = containers;
  try {
    return work();
  } finally {
    readsInto = outer;
    for (const c of containers) into.add(c.path.toString());
  }
}
