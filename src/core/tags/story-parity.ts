// Translation parity (issue #13): a translated encounter must keep its English source's structure, so
// that attempts, scores and reports mean the same in every language. Both files are reduced to a
// skeleton — knots and stitches, choices with their bullets, labels, conditions, diverts and every tag
// that is not display text, gathers, variables, logic and includes — and the skeletons are compared
// knot by knot. Each difference names the line in both files. Display text (what people say, a
// choice's words, a rationale, a title) is free to change; the tag rule table says which tag values
// are display text (`Rule.translated`). Pure: the caller reads the files and hashes the source.

import { RULES } from './tag-rules.ts';
import type { TagKey } from './tag-types.ts';

/** The comment a translation starts with, naming the hash of the English text it was made from. */
const TRANSLATION_OF = 'translation-of:';

export type SkeletonKind =
  'include' | 'variable' | 'stitch' | 'choice' | 'gather' | 'logic' | 'tag' | 'divert';

export interface SkeletonItem {
  kind: SkeletonKind;
  /** What must be equal in a translation (display text already removed). */
  key: string;
  /** 1-based line in its file. */
  line: number;
}

/** One knot (or the part before the first knot, named ''), with its items in order. */
export interface SkeletonSection {
  name: string;
  line: number;
  items: SkeletonItem[];
}

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

/** How each tag's value is translated: not at all (default), wholly, or every field after the id. */
function translatedPart(key: string): 'whole' | 'after-id' | undefined {
  const rule = (RULES as Record<string, { translated?: 'whole' | 'after-id' }>)[key as TagKey];
  return rule?.translated;
}

/** A tag as it must stay in every language: display parts dropped, the rest as written. */
export function structuralTag(raw: string): string | null {
  const text = raw.trim();
  if (!text) return null;
  const colon = text.indexOf(':');
  const key = (colon < 0 ? text : text.slice(0, colon)).trim();
  const value = colon < 0 ? '' : text.slice(colon + 1).trim();
  const part = translatedPart(key);
  if (part === 'whole') return `${key}: …`;
  if (part === 'after-id') return `${key}: ${value.split(';')[0]?.trim() ?? ''}; …`;
  return colon < 0 ? key : `${key}: ${value}`;
}

/** Removes `//` and `/* … *\/` comments, keeping line numbers; text inside quotes is left alone. */
function stripComments(text: string): string[] {
  const out: string[] = [];
  let inBlock = false;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    let quoted = false;
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i];
      const next = raw[i + 1];
      if (inBlock) {
        if (c === '*' && next === '/') {
          inBlock = false;
          i++;
        }
        continue;
      }
      if (c === '"') quoted = !quoted;
      if (!quoted && c === '/' && next === '*') {
        inBlock = true;
        i++;
        continue;
      }
      if (!quoted && c === '/' && next === '/' && raw[i - 1] !== ':') break;
      line += c;
    }
    out.push(line);
  }
  return out;
}

/** The tags on a line (`# a # b`), escaped `\#` excepted, and the line without them. */
function splitTags(line: string): { body: string; tags: string[] } {
  const parts = line.split(/(?<!\\)#/);
  const body = parts.shift() ?? '';
  // Tags inside a choice's brackets end at the closing bracket; the rest of the line is body again.
  const tags: string[] = [];
  let rest = '';
  for (const p of parts) {
    const close = p.indexOf(']');
    if (close >= 0) {
      tags.push(p.slice(0, close));
      rest += p.slice(close);
    } else tags.push(p);
  }
  return { body: body + rest, tags };
}

/** An ink condition opening inside text or a block: `{asked:` (not a variable print `{name}`). */
const CONDITION = /\{\s*([^{}:|"]+?)\s*:(?!:)/g;

const DIVERT = /->\s*(->|[A-Za-z_][\w.]*)?/g;

function diverts(body: string): string[] {
  return [...body.matchAll(DIVERT)].map((m) => `-> ${m[1] ?? ''}`.trim());
}

/** The conditions written before a choice's text: `{a} {not b}`, as written. */
function leadingConditions(text: string): { conditions: string[]; rest: string } {
  const conditions: string[] = [];
  let rest = text.trimStart();
  while (rest.startsWith('{')) {
    const end = rest.indexOf('}');
    if (end < 0) break;
    conditions.push(rest.slice(0, end + 1).replace(/\s+/g, ' '));
    rest = rest.slice(end + 1).trimStart();
  }
  return { conditions, rest };
}

/** A skeleton of an ink source: the sections (knots) with their structural items, in order. */
export function storySkeleton(text: string): SkeletonSection[] {
  const sections: SkeletonSection[] = [{ name: '', line: 1, items: [] }];
  let current = sections[0]!;
  let braceDepth = 0;
  const lines = stripComments(text);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const t = raw.trim();
    if (!t) return;
    const push = (kind: SkeletonKind, key: string): void => {
      current.items.push({ kind, key, line });
    };
    const knot = /^={2,}\s*(function\s+)?([\w]+)\s*(\([^)]*\))?\s*=*\s*$/.exec(t);
    if (knot) {
      current = { name: `${knot[1] ? 'function ' : ''}${knot[2]}${knot[3] ?? ''}`, line, items: [] };
      sections.push(current);
      braceDepth = 0;
      return;
    }
    const stitch = /^=\s*([\w]+)\s*(\([^)]*\))?\s*$/.exec(t);
    if (stitch) {
      push('stitch', `= ${stitch[1]}${stitch[2] ?? ''}`);
      return;
    }
    const include = /^INCLUDE\s+(.+)$/.exec(t);
    if (include) {
      push('include', `INCLUDE ${include[1]!.trim()}`);
      return;
    }
    if (/^(VAR|CONST|LIST)\s/.test(t)) {
      push('variable', t.replace(/\s+/g, ' '));
      return;
    }
    if (t.startsWith('~')) {
      push('logic', t.replace(/\s+/g, ' '));
      return;
    }
    const { body, tags } = splitTags(t);
    const structural = tags.map(structuralTag).filter((x): x is string => x !== null);
    const bullets = /^([*+](\s*[*+])*)/.exec(body);
    const gather = /^(-(\s*-)*)(?!>)/.exec(body);
    if (bullets) {
      const after = body.slice(bullets[0].length).trimStart();
      const label = /^\(([\w]+)\)/.exec(after);
      const { conditions, rest } = leadingConditions(label ? after.slice(label[0].length) : after);
      const parts = [
        bullets[0].replace(/\s+/g, ''),
        label ? `(${label[1]})` : '',
        conditions.join(' '),
        structural.length ? `# ${structural.join(' # ')}` : '',
        diverts(rest).join(' '),
      ].filter(Boolean);
      push('choice', parts.join(' '));
      return;
    }
    if (gather && braceDepth > 0) {
      // A branch of a multi-line conditional: `- condition:` (the text after the colon is display).
      const cond = body.slice(gather[0].length).split(':')[0]?.trim() ?? '';
      push('gather', `branch ${cond}`);
    } else if (gather) {
      const after = body.slice(gather[0].length).trimStart();
      const label = /^\(([\w]+)\)/.exec(after);
      push('gather', `${gather[0].replace(/\s+/g, '')}${label ? ` (${label[1]})` : ''}`);
    } else if (body.trim() === '{') {
      push('logic', '{');
    } else if (body.trim() === '}') {
      push('logic', '}');
    }
    // Conditions inside text (`{asked: … | …}`, a multi-line `{asked:`) steer the story: keep them.
    if (!bullets)
      for (const m of body.matchAll(CONDITION)) push('logic', `{${m[1]!.trim().replace(/\s+/g, ' ')}:`);
    const opens = (body.match(/\{/g) ?? []).length;
    const closes = (body.match(/\}/g) ?? []).length;
    braceDepth = Math.max(0, braceDepth + opens - closes);
    for (const tag of structural) push('tag', `# ${tag}`);
    for (const d of diverts(body)) push('divert', d);
  });
  return sections;
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
