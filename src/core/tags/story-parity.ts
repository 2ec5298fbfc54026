// Translation parity (issue #13): a translated encounter must keep its English source's structure, so
// that attempts, scores and reports mean the same in every language. Both files are reduced to a
// skeleton (src/core/tags/story-skeleton.ts) — knots and stitches, choices, every tag
// that is not display text, variables, logic and includes — and the skeletons are compared
// knot by knot. Each difference names the line in both files. Display text (what people say, a
// choice's words, a rationale, a title) is free to change; the tag rule table says which tag values
// are display text (`Rule.translated`). Pure: the caller reads the files and hashes the source.

import {
  storySkeleton,
  type SkeletonItem,
  type SkeletonKind,
  type SkeletonSection,
} from './story-skeleton.ts';

/** The comment a translation starts with, naming the hash of the English text it was made from. */
const TRANSLATION_OF = 'translation-of:';

export interface ParityProblem {
  /** 'file:line' in the source, when the problem has a place there. */
  source?: string;
  /** 'file:line' in the translation, when the problem has a place there. */
  translation?: string;
  message: string;
}

export interface ParityInput {
  sourceFile: string;
  sourceText: string;
  /** The hash of the source text now (the caller's choice of hash, e.g. sha256 hex). */
  sourceHash: string;
  translationFile: string;
  translationText: string;
}

/** The longest common subsequence of two key lists, as index pairs. */
function commonPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i]![j] =
        a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

const KIND_NAMES: Record<SkeletonKind, string> = {
  include: 'include',
  variable: 'variable',
  stitch: 'stitch',
  choice: 'choice',
  gather: 'gather',
  logic: 'logic line',
  tag: 'tag',
  divert: 'divert',
};

/** Compares one knot's items; differences as problems naming both files' lines. */
function compareSection(
  name: string,
  src: SkeletonSection,
  tr: SkeletonSection,
  at: { source: (line: number) => string; translation: (line: number) => string },
): ParityProblem[] {
  const where = name ? `knot ${name}` : 'the start of the story';
  const a = src.items;
  const b = tr.items;
  const pairs = commonPairs(
    a.map((x) => `${x.kind} ${x.key}`),
    b.map((x) => `${x.kind} ${x.key}`),
  );
  const problems: ParityProblem[] = [];
  let i = 0;
  let j = 0;
  const gaps: { missing: SkeletonItem[]; extra: SkeletonItem[] }[] = [];
  for (const [pi, pj] of [...pairs, [a.length, b.length] as [number, number]]) {
    if (i < pi || j < pj) gaps.push({ missing: a.slice(i, pi), extra: b.slice(j, pj) });
    i = pi + 1;
    j = pj + 1;
  }
  // An item missing in one place and extra in another has moved.
  const extraByKey = new Map<string, SkeletonItem>();
  for (const g of gaps) for (const y of g.extra) extraByKey.set(`${y.kind} ${y.key}`, y);
  const movedFrom = new Set<SkeletonItem>();
  const movedTo = new Set<SkeletonItem>();
  for (const g of gaps)
    for (const x of g.missing) {
      const y = extraByKey.get(`${x.kind} ${x.key}`);
      if (!y || movedTo.has(y)) continue;
      movedFrom.add(x);
      movedTo.add(y);
      problems.push({
        source: at.source(x.line),
        translation: at.translation(y.line),
        message: `${where}: ${KIND_NAMES[x.kind]} "${x.key}" is in a different order (moved)`,
      });
    }
  // What is left in a gap: pairs that differ, then what is missing or extra.
  for (const g of gaps) {
    const missing = g.missing.filter((x) => !movedFrom.has(x));
    const extra = g.extra.filter((y) => !movedTo.has(y));
    const n = Math.min(missing.length, extra.length);
    for (let k = 0; k < n; k++) {
      const x = missing[k]!;
      const y = extra[k]!;
      problems.push({
        source: at.source(x.line),
        translation: at.translation(y.line),
        message:
          x.kind === y.kind
            ? `${where}: ${KIND_NAMES[x.kind]} differs: "${x.key}" in the source, "${y.key}" in the translation`
            : `${where}: the source has ${KIND_NAMES[x.kind]} "${x.key}" where the translation has ${KIND_NAMES[y.kind]} "${y.key}"`,
      });
    }
    for (const x of missing.slice(n))
      problems.push({
        source: at.source(x.line),
        message: `${where}: ${KIND_NAMES[x.kind]} "${x.key}" is missing from the translation`,
      });
    for (const y of extra.slice(n))
      problems.push({
        translation: at.translation(y.line),
        message: `${where}: ${KIND_NAMES[y.kind]} "${y.key}" is not in the source`,
      });
  }
  return problems;
}

/** The hash a translation says it was made from, or null when it does not say. */
function translatedFrom(translationText: string): string | null {
  for (const line of translationText.split(/\r?\n/).slice(0, 10)) {
    const m = new RegExp(`^\\s*//\\s*${TRANSLATION_OF}\\s*(\\S+)`).exec(line);
    if (m) return m[1]!;
  }
  return null;
}

/** Every way a translation differs in structure from its source, and whether it is stale. */
export function checkParity(input: ParityInput): ParityProblem[] {
  const at = {
    source: (line: number) => `${input.sourceFile}:${line}`,
    translation: (line: number) => `${input.translationFile}:${line}`,
  };
  const problems: ParityProblem[] = [];
  const from = translatedFrom(input.translationText);
  if (from === null)
    problems.push({
      translation: at.translation(1),
      message: `does not say which version of the source it translates: start it with "// ${TRANSLATION_OF} ${input.sourceHash}"`,
    });
  else if (from !== input.sourceHash)
    problems.push({
      source: at.source(1),
      translation: at.translation(1),
      message: `stale: translated from source ${from}, but the source is now ${input.sourceHash}; bring the translation up to date, then update its ${TRANSLATION_OF} line`,
    });
  const src = storySkeleton(input.sourceText);
  const tr = storySkeleton(input.translationText);
  const trByName = new Map(tr.map((s) => [s.name, s]));
  const srcNames = new Set(src.map((s) => s.name));
  for (const s of src) {
    const t = trByName.get(s.name);
    if (!t)
      problems.push({ source: at.source(s.line), message: `knot ${s.name} is missing from the translation` });
    else problems.push(...compareSection(s.name, s, t, at));
  }
  for (const t of tr)
    if (!srcNames.has(t.name))
      problems.push({ translation: at.translation(t.line), message: `knot ${t.name} is not in the source` });
  const order = (list: SkeletonSection[]) =>
    list.map((s) => s.name).filter((n) => srcNames.has(n) && trByName.has(n));
  if (order(src).join('\n') !== order(tr).join('\n'))
    problems.push({
      source: at.source(1),
      translation: at.translation(1),
      message: 'the knots are in a different order',
    });
  return problems;
}

/** One line per problem: "where: message" with both places when there are two. */
export function formatParityProblem(p: ParityProblem): string {
  const place = [p.source, p.translation].filter(Boolean).join(' ↔ ');
  return `${place}: ${p.message}`;
}
