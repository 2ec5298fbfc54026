// Recurring wordings for the validity report: is the same best-option wording the answer in many
// encounters, so that a learner scores by recognising a formula? Pure functions; re-exported by
// ./validity.ts, where the rest of the report lives. Definitions: docs/validity.md.

/** Lower case, punctuation and quotes gone, one space between words. */
export function normaliseWording(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Token-set Jaccard similarity of two texts after normalising: shared words / all words (0–1). */
export function wordingSimilarity(a: string, b: string): number {
  const x = new Set(normaliseWording(a).split(' ').filter(Boolean));
  const y = new Set(normaliseWording(b).split(' ').filter(Boolean));
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

/** Two best-option wordings at least this similar count as the same wording. */
export const WORDING_SIMILARITY = 0.5;

export interface Wording {
  encounter: string;
  file: string;
  text: string;
}

export interface RecurringWording {
  /** The wording met first (in file order). */
  text: string;
  /** Distinct encounters using it. */
  encounters: number;
  /** Every occurrence, one per encounter and distinct text. */
  uses: Wording[];
}

/**
 * Groups best-option wordings that are alike (similarity ≥ threshold, joined transitively) and
 * returns the groups used in two or more encounters, most widespread first.
 */
export function recurringWordings(
  wordings: readonly Wording[],
  threshold = WORDING_SIMILARITY,
): RecurringWording[] {
  const seen = new Set<string>();
  const items = wordings.filter((w) => {
    const key = `${w.encounter}\u0000${normaliseWording(w.text)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      if (
        items[i]!.encounter !== items[j]!.encounter &&
        wordingSimilarity(items[i]!.text, items[j]!.text) >= threshold
      )
        parent[find(j)] = find(i);
  const groups = new Map<number, Wording[]>();
  for (let i = 0; i < items.length; i++) {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), items[i]!]);
  }
  return [...groups.values()]
    .map((uses) => ({ text: uses[0]!.text, encounters: new Set(uses.map((u) => u.encounter)).size, uses }))
    .filter((g) => g.encounters >= 2)
    .sort((a, b) => b.encounters - a.encounters || a.text.localeCompare(b.text));
}
