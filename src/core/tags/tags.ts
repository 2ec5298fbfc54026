// The tag grammar, version 1: the one place that turns ink tags into typed fields.
// Documented for writers in stories/README.md; every rule in RULES has a test in tests/unit/tags.test.ts.
// The vocabulary lives in src/core/tags/tag-types.ts and the rule table in src/core/tags/tag-rules.ts; this
// module is the one to import.

export * from './tag-types.ts';
import {
  TAG,
  type CharacterDecl,
  type ChoiceTags,
  type EncounterMeta,
  type EndingTag,
  type ScoreTag,
  type LineTags,
  type Staging,
  type TagContext,
  type TagProblem,
  type TagScope,
} from './tag-types.ts';
import type { ReportAction, Setting, Situation, StoryPhase } from '../vocabulary.ts';
import { RULES, type Rule, type Rules } from './tag-rules.ts';
export { FIELD_SEPARATOR } from './tag-rules.ts';

export const TAG_RULES: readonly Rule<unknown>[] = Object.values(RULES) as Rule<unknown>[];

export interface RawTag {
  key: string;
  value: string;
  raw: string;
}

/** Splits `key: value` (or a bare `key`). Tags from inkjs may carry stray whitespace. */
export function splitTag(raw: string): RawTag {
  const trimmed = raw.trim();
  const colon = trimmed.indexOf(':');
  if (colon < 0) return { key: trimmed, value: '', raw: trimmed };
  return { key: trimmed.slice(0, colon).trim(), value: trimmed.slice(colon + 1).trim(), raw: trimmed };
}

function isKey(key: string): key is keyof Rules {
  return Object.hasOwn(RULES, key);
}

interface Visit {
  key: keyof Rules;
  value: unknown;
}

function visit(
  tags: readonly string[],
  scopes: readonly TagScope[],
  ctx: TagContext,
  problems: TagProblem[],
) {
  const seen = new Set<string>();
  const out: Visit[] = [];
  for (const raw of tags) {
    const tag = splitTag(raw);
    if (tag.key.length === 0) continue;
    if (!isKey(tag.key)) {
      problems.push({ tag: tag.raw, message: `unknown tag "${tag.key}"` });
      continue;
    }
    const rule: Rule<unknown> = RULES[tag.key];
    if (!rule.scopes.some((s) => scopes.includes(s))) {
      problems.push({
        tag: tag.raw,
        message: `"${tag.key}" is a ${rule.scopes.join('/')} tag and cannot be used on a ${scopes.at(-1)}`,
      });
      continue;
    }
    if (!rule.repeatable && seen.has(tag.key)) {
      problems.push({ tag: tag.raw, message: `"${tag.key}" may appear only once here` });
      continue;
    }
    seen.add(tag.key);
    const parsed = rule.parse(tag.value, ctx);
    if (!parsed.ok) {
      problems.push({ tag: tag.raw, message: `"${tag.key}" ${parsed.message}` });
      continue;
    }
    out.push({ key: tag.key, value: parsed.value });
  }
  return out;
}

export interface TagResult<T> {
  value: T;
  problems: TagProblem[];
}

const REQUIRED_GLOBALS = [
  TAG.grammar,
  TAG.id,
  TAG.title,
  TAG.setting,
  TAG.summary,
  TAG.minutes,
  TAG.situation,
  TAG.minor,
  TAG.contentNote,
] as const;

/** Parses the file header. Missing required tags are problems; the result is filled with safe blanks. */
export function parseGlobalTags(tags: readonly string[], ctx: TagContext = {}): TagResult<EncounterMeta> {
  const problems: TagProblem[] = [];
  const meta: EncounterMeta = {
    grammar: 0,
    id: '',
    title: '',
    setting: 'hotel',
    summary: '',
    minutes: 0,
    situation: 'none',
    minor: false,
    contentNote: '',
    focus: '',
    variants: 1,
    characters: [],
    distractors: [],
    teaches: [],
  };
  const found = new Set<string>();
  for (const { key, value } of visit(tags, ['global'], ctx, problems)) {
    found.add(key);
    switch (key) {
      case TAG.grammar:
        meta.grammar = value as number;
        break;
      case TAG.id:
        meta.id = value as string;
        break;
      case TAG.title:
        meta.title = value as string;
        break;
      case TAG.setting:
        meta.setting = value as Setting;
        break;
      case TAG.summary:
        meta.summary = value as string;
        break;
      case TAG.minutes:
        meta.minutes = value as number;
        break;
      case TAG.situation:
        meta.situation = value as Situation;
        break;
      case TAG.minor:
        meta.minor = value as boolean;
        break;
      case TAG.contentNote:
        meta.contentNote = value as string;
        break;
      case TAG.focus:
        meta.focus = value as string;
        break;
      case TAG.variants:
        meta.variants = value as number;
        break;
      case TAG.character: {
        const c = value as CharacterDecl;
        if (meta.characters.some((x) => x.id === c.id))
          problems.push({ tag: `character: ${c.id}`, message: `character "${c.id}" is declared twice` });
        else meta.characters.push(c);
        break;
      }
      case TAG.distractor:
        meta.distractors.push(value as string);
        break;
      case TAG.teaches:
        meta.teaches.push(value as string);
        break;
    }
  }
  for (const key of REQUIRED_GLOBALS) {
    if (!found.has(key)) problems.push({ tag: '', message: `missing global tag "${key}"` });
  }
  if (meta.id && found.has(TAG.setting)) {
    const prefix = meta.id.split('.')[0];
    if (prefix !== meta.setting)
      problems.push({ tag: `id: ${meta.id}`, message: `id must start with the setting "${meta.setting}."` });
  }
  return { value: meta, problems };
}

/** Parses the tags of one line of text. Knot-scope tags are accepted here because ink attaches them to the knot's first line. */
export function parseLineTags(tags: readonly string[], ctx: TagContext = {}): TagResult<LineTags> {
  const problems: TagProblem[] = [];
  const line: LineTags = { show: [], hide: [], indicators: [], sounds: [] };
  for (const { key, value } of visit(tags, ['knot', 'line'], ctx, problems)) {
    switch (key) {
      case TAG.speaker:
        line.speaker = value as string;
        break;
      case TAG.phase:
        line.phase = value as StoryPhase;
        break;
      case TAG.bg:
        line.bg = value as string;
        break;
      case TAG.show:
        line.show.push(value as Staging);
        break;
      case TAG.hide:
        line.hide.push(value as string);
        break;
      case TAG.ambience:
        line.ambience = value as string;
        break;
      case TAG.requires:
        line.requires = value as ReportAction;
        break;
      case TAG.ending:
        line.ending = value as EndingTag;
        break;
      case TAG.indicator:
        line.indicators.push(value as string);
        break;
      case TAG.sound:
        line.sounds.push(value as string);
        break;
      case TAG.discuss:
        line.discuss = value as string;
        break;
    }
  }
  return { value: line, problems };
}

/** An ambiguous look is a look whose `reveals` is not already the indicator; a question resolves it. */
function ambiguityProblems(choice: ChoiceTags): TagProblem[] {
  const problems: TagProblem[] = [];
  const a = choice.ambiguous;
  if (a !== undefined && choice.observe === undefined)
    problems.push({ tag: `ambiguous: ${a}`, message: '"ambiguous" is only allowed with "observe"' });
  if (a !== undefined && choice.reveals === a)
    problems.push({
      tag: `ambiguous: ${a}`,
      message:
        '"ambiguous" names the indicator the look already "reveals"; a look that shows it is not ambiguous',
    });
  if (choice.resolves !== undefined && choice.observe !== undefined)
    problems.push({
      tag: `resolves: ${choice.resolves}`,
      message: '"resolves" belongs on a question, not on a look ("observe")',
    });
  return problems;
}

/** Parses the tags of one choice, and checks the rules that tie choice tags together. */
export function parseChoiceTags(tags: readonly string[], ctx: TagContext = {}): TagResult<ChoiceTags> {
  const problems: TagProblem[] = [];
  const choice: ChoiceTags = { scores: [], critical: [], indicators: [], myths: [], report: false };
  for (const { key, value } of visit(tags, ['choice'], ctx, problems)) {
    switch (key) {
      case TAG.observe:
        choice.observe = value as string;
        break;
      case TAG.reveals:
        choice.reveals = value as string | null;
        break;
      case TAG.score: {
        const s = value as ScoreTag;
        if (choice.scores.some((x) => x.dimension === s.dimension))
          problems.push({
            tag: `score: ${s.dimension}`,
            message: `dimension "${s.dimension}" is scored twice`,
          });
        else choice.scores.push(s);
        break;
      }
      case TAG.why:
        choice.why = value as string;
        break;
      case TAG.critical:
        choice.critical.push(value as string);
        break;
      case TAG.indicator:
        choice.indicators.push(value as string);
        break;
      case TAG.myth:
        choice.myths.push(value as string);
        break;
      case TAG.report:
        choice.report = true;
        break;
      case TAG.action:
        choice.action = value as ReportAction;
        break;
      case TAG.ambiguous:
        choice.ambiguous = value as string;
        break;
      case TAG.resolves:
        choice.resolves = value as string;
        break;
    }
  }
  problems.push(...ambiguityProblems(choice));
  if (choice.observe !== undefined && choice.reveals === undefined)
    problems.push({
      tag: `observe: ${choice.observe}`,
      message: '"observe" needs a "reveals" tag on the same choice',
    });
  if (choice.reveals !== undefined && choice.observe === undefined)
    problems.push({ tag: 'reveals', message: '"reveals" is only allowed with "observe"' });
  if ((choice.scores.length > 0 || choice.critical.length > 0) && choice.why === undefined)
    problems.push({
      tag: tags.map((t) => t.trim()).find((t) => t.startsWith('score') || t.startsWith('critical')) ?? 'why',
      message: 'a scored or critical choice needs a "why" rationale',
    });
  if (choice.report && (choice.observe !== undefined || choice.scores.length > 0))
    problems.push({
      tag: 'report',
      message: '"report" opens the report form and cannot also observe or score',
    });
  return { value: choice, problems };
}
