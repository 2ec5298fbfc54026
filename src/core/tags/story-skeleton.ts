// A story's skeleton for translation parity (src/core/tags/story-parity.ts): knots and stitches,
// choices with their bullets, labels, conditions, diverts and every tag that is not display text,
// gathers, variables, logic and includes, each with its line. Display text is left out; the tag rule
// table says which tag values are display text (`Rule.translated`).

import { RULES } from './tag-rules.ts';
import type { TagKey } from './tag-types.ts';

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

/**
 * The tags on a line (`# a # b`), escaped `\#` excepted, and the line without them. A tag ends at
 * the next `#`, at the `]` closing a choice's brackets, and inside `{…}` at the `|` or `}` that ends
 * its branch (`{variant == 2: Hi # speaker: sasha|Hello # speaker: sasha}`); what follows is text.
 */
function splitTags(line: string): { body: string; tags: string[] } {
  let body = '';
  const tags: string[] = [];
  let tag: string | null = null;
  let depth = 0;
  let inner = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && line[i + 1] === '#') {
      if (tag === null) body += '\\#';
      else tag += '#';
      i++;
      continue;
    }
    if (c === '#') {
      if (tag !== null) tags.push(tag);
      tag = '';
      inner = 0;
      continue;
    }
    if (tag !== null && inner === 0 && (c === ']' || (depth > 0 && (c === '|' || c === '}')))) {
      tags.push(tag);
      tag = null;
    }
    if (tag !== null) {
      // Braces the tag opens itself (`# speaker: {who}`) are part of it.
      if (c === '{') inner++;
      if (c === '}') inner--;
      tag += c;
      continue;
    }
    if (c === '{') depth++;
    if (c === '}') depth = Math.max(0, depth - 1);
    body += c;
  }
  if (tag !== null) tags.push(tag);
  return { body, tags };
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
