// Splitting work between processes: the story checker runs one process per core, and the whole
// run lasts as long as its busiest process.

/**
 * Splits `items` into at most `n` shares of about equal total weight: heaviest first, each to the
 * share with the least so far (so the biggest items never end up together at the end of one share).
 * Empty shares are dropped; ties keep the items' order.
 */
export function balancedShares<T>(items: readonly T[], n: number, weight: (item: T) => number): T[][] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`cannot split work into ${n} shares`);
  const shares = Array.from({ length: n }, () => ({ items: [] as T[], load: 0 }));
  const weighed = items.map((item, i) => ({ item, i, w: weight(item) }));
  weighed.sort((a, b) => b.w - a.w || a.i - b.i);
  for (const { item, w } of weighed) {
    let lightest = shares[0]!;
    for (const s of shares) if (s.load < lightest.load) lightest = s;
    lightest.items.push(item);
    lightest.load += w;
  }
  return shares.map((s) => s.items).filter((s) => s.length > 0);
}
