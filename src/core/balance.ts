// Sharing work between threads: the story checker's threads take files from one queue, and the whole
// run lasts as long as its busiest thread.

/**
 * The order a pool of threads should take `items` from a shared queue: heaviest first, so that no
 * big item is left to start last while the other threads sit idle (ties keep the items' order).
 */
export function heaviestFirst<T>(items: readonly T[], weight: (item: T) => number): T[] {
  return items
    .map((item, i) => ({ item, i, w: weight(item) }))
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .map((x) => x.item);
}
