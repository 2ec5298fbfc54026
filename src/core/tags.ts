// The tag grammar, version 1: the one place that turns ink tags into typed fields.
// Documented for writers in stories/README.md; every rule in RULES has a test in tests/unit/tags.test.ts.

import {
  MOODS,
  REPORT_ACTIONS,
  SETTINGS,
  SITUATIONS,
  SPEAKER_NARRATOR,
  SPEAKER_OFFICER,
  STORY_PHASES,
  type Mood,
  type ReportAction,
  type Setting,
  type Situation,
  type StoryPhase,
} from './vocabulary.ts';

export const GRAMMAR_VERSION = 1;

export const TAG_SCOPES = ['global', 'knot', 'line', 'choice'] as const;
export type TagScope = (typeof TAG_SCOPES)[number];

/** Every tag key the grammar knows. Typed so no other module spells a tag name. */
export const TAG = {
  grammar: 'grammar',
  id: 'id',
  title: 'title',
  setting: 'setting',
  summary: 'summary',
  minutes: 'minutes',
  situation: 'situation',
  minor: 'minor',
  contentNote: 'content_note',
  focus: 'focus',
  variants: 'variants',
  character: 'character',
  distractor: 'distractor',
  teaches: 'teaches',
  phase: 'phase',
  bg: 'bg',
  show: 'show',
  hide: 'hide',
  ambience: 'ambience',
  requires: 'requires',
  ending: 'ending',
  speaker: 'speaker',
  indicator: 'indicator',
  sound: 'sound',
  observe: 'observe',
  reveals: 'reveals',
  score: 'score',
  why: 'why',
  critical: 'critical',
  myth: 'myth',
  report: 'report',
  discuss: 'discuss',
  action: 'action',
} as const;
export type TagKey = (typeof TAG)[keyof typeof TAG];

export const REVEALS_NOTHING = 'nothing';
export const MAX_VARIANTS = 4;
export const SCORE_MIN = -3;
export const SCORE_MAX = 3;

export interface CharacterDecl {
  id: string;
  name: string;
  description: string;
}
export interface Staging {
  character: string;
  mood: Mood;
}
export interface ScoreTag {
  dimension: string;
  value: number;
}
export interface EndingTag {
  id: string;
  title: string;
}

export interface EncounterMeta {
  grammar: number;
  id: string;
  title: string;
  setting: Setting;
  summary: string;
  minutes: number;
  situation: Situation;
  minor: boolean;
  contentNote: string;
  focus: string;
  /** How many replay variants the story has (the ink variable `variant` runs from 1 to this). */
  variants: number;
  characters: CharacterDecl[];
  distractors: string[];
  teaches: string[];
}

/** Tags on a line of story text (knot-scope tags arrive on the first line of their knot). */
export interface LineTags {
  speaker?: string;
  phase?: StoryPhase;
  bg?: string;
  show: Staging[];
  hide: string[];
  ambience?: string;
  requires?: ReportAction;
  ending?: EndingTag;
  indicators: string[];
  sounds: string[];
  /** A question for a class to discuss (presenter mode pauses here); solo play ignores it. */
  discuss?: string;
}

export interface ChoiceTags {
  observe?: string;
  /** An indicator id, or null for a red herring (`reveals: nothing`). Present only with `observe`. */
  reveals?: string | null;
  scores: ScoreTag[];
  why?: string;
  critical: string[];
  indicators: string[];
  myths: string[];
  report: boolean;
  /** The response-ladder action this (act-phase) choice takes, e.g. radioing the control room. */
  action?: ReportAction;
}

/** Ids the parser checks tags against. Any set left out is not checked (e.g. before catalogs load). */
export interface TagContext {
  indicators?: ReadonlySet<string>;
  dimensions?: ReadonlySet<string>;
  criticalErrors?: ReadonlySet<string>;
  misconceptions?: ReadonlySet<string>;
  distractors?: ReadonlySet<string>;
  characters?: ReadonlySet<string>;
  scenes?: ReadonlySet<string>;
  sounds?: ReadonlySet<string>;
}

export interface TagProblem {
  /** The raw tag text as written. */
  tag: string;
  message: string;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

interface Rule<T> {
  key: TagKey;
  scopes: readonly TagScope[];
  repeatable: boolean;
  /** Value syntax as written for writers. */
  syntax: string;
  example: string;
  meaning: string;
  parse: (value: string, ctx: TagContext) => Parsed<T>;
}

const SLUG = /^[a-z][a-z0-9_]*$/;
const DOTTED = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;

function oneOf<T extends string>(list: readonly T[]) {
  return (value: string): Parsed<T> =>
    (list as readonly string[]).includes(value)
      ? ok(value as T)
      : fail(`must be one of ${list.join(', ')} (got "${value}")`);
}
function text(value: string): Parsed<string> {
  return value.length > 0 ? ok(value) : fail('needs a value');
}
function none(value: string): Parsed<true> {
  return value.length === 0 ? ok(true) : fail(`takes no value (got "${value}")`);
}
function known(kind: string, set: ReadonlySet<string> | undefined, value: string): Parsed<string> {
  if (value.length === 0) return fail(`needs ${kind} id`);
  if (set && !set.has(value)) return fail(`unknown ${kind} id "${value}"`);
  return ok(value);
}
function slug(kind: string, value: string): Parsed<string> {
  return SLUG.test(value) ? ok(value) : fail(`${kind} must be lower_snake_case (got "${value}")`);
}
function character(value: string, ctx: TagContext): Parsed<string> {
  if (!SLUG.test(value)) return fail(`character id must be lower_snake_case (got "${value}")`);
  if (ctx.characters && !ctx.characters.has(value))
    return fail(`unknown character "${value}" (declare it with a global "character" tag)`);
  return ok(value);
}
function staging(value: string, ctx: TagContext): Parsed<Staging> {
  const [who = '', mood = '', ...rest] = value.split(':').map((part) => part.trim());
  if (rest.length > 0 || !who || !mood) return fail(`must be "character:mood" (got "${value}")`);
  const c = character(who, ctx);
  if (!c.ok) return c;
  const m = oneOf(MOODS)(mood);
  if (!m.ok) return fail(`mood ${m.message}`);
  return ok({ character: c.value, mood: m.value });
}
/** Splits a multi-field value. Fields are separated by `;` (ink reserves `|`; an escaped `\|` is accepted too). */
export const FIELD_SEPARATOR = ';';
function fields(value: string, count: number, names: string): string[] | null {
  const parts = value.split(/[;|]/).map((part) => part.trim());
  return parts.length === count && parts.every((p) => p.length > 0) ? parts : (void names, null);
}

const RULES = {
  [TAG.grammar]: {
    key: TAG.grammar,
    scopes: ['global'],
    repeatable: false,
    syntax: 'the grammar version, `1`',
    example: '# grammar: 1',
    meaning: 'Which version of this grammar the file is written for.',
    parse: (v: string) =>
      v === String(GRAMMAR_VERSION) ? ok(GRAMMAR_VERSION) : fail(`must be ${GRAMMAR_VERSION}`),
  } satisfies Rule<number>,
  [TAG.id]: {
    key: TAG.id,
    scopes: ['global'],
    repeatable: false,
    syntax: '`setting.name`, lower case',
    example: '# id: hotel.night_lobby',
    meaning: 'The encounter id. Saves, progress and reports use it; never change it once published.',
    parse: (v: string) => (DOTTED.test(v) ? ok(v) : fail(`must look like "hotel.night_lobby" (got "${v}")`)),
  } satisfies Rule<string>,
  [TAG.title]: {
    key: TAG.title,
    scopes: ['global'],
    repeatable: false,
    syntax: 'text',
    example: '# title: Night shift: the lobby',
    meaning: 'Title shown in the scenario picker and the debrief.',
    parse: text,
  } satisfies Rule<string>,
  [TAG.setting]: {
    key: TAG.setting,
    scopes: ['global'],
    repeatable: false,
    syntax: SETTINGS.join(' / '),
    example: '# setting: hotel',
    meaning: 'The workplace. Must match the folder the file is in.',
    parse: oneOf(SETTINGS),
  } satisfies Rule<Setting>,
  [TAG.summary]: {
    key: TAG.summary,
    scopes: ['global'],
    repeatable: false,
    syntax: 'text',
    example: '# summary: A quiet night at the front desk, until a guest checks in for three.',
    meaning: 'One or two sentences for the picker.',
    parse: text,
  } satisfies Rule<string>,
  [TAG.minutes]: {
    key: TAG.minutes,
    scopes: ['global'],
    repeatable: false,
    syntax: 'whole number of minutes, 1–60',
    example: '# minutes: 10',
    meaning: 'Estimated play time.',
    parse: (v: string) => {
      const n = Number(v);
      return Number.isInteger(n) && n >= 1 && n <= 60
        ? ok(n)
        : fail(`must be a whole number 1–60 (got "${v}")`);
    },
  } satisfies Rule<number>,
  [TAG.situation]: {
    key: TAG.situation,
    scopes: ['global'],
    repeatable: false,
    syntax: SITUATIONS.join(' / '),
    example: '# situation: sex_trafficking',
    meaning: 'What is really going on. Shown only in the debrief.',
    parse: oneOf(SITUATIONS),
  } satisfies Rule<Situation>,
  [TAG.minor]: {
    key: TAG.minor,
    scopes: ['global'],
    repeatable: false,
    syntax: 'yes / no',
    example: '# minor: no',
    meaning: 'Whether a young person under 18 is involved. A minor always needs escalation.',
    parse: (v: string) =>
      v === 'yes' ? ok(true) : v === 'no' ? ok(false) : fail(`must be yes or no (got "${v}")`),
  } satisfies Rule<boolean>,
  [TAG.contentNote]: {
    key: TAG.contentNote,
    scopes: ['global'],
    repeatable: false,
    syntax: 'text',
    example: '# content_note: Talks about sexual exploitation of an adult. No violence is shown.',
    meaning: 'Shown before the encounter starts, with a way to step out.',
    parse: text,
  } satisfies Rule<string>,
  [TAG.focus]: {
    key: TAG.focus,
    scopes: ['global'],
    repeatable: false,
    syntax: 'a few words',
    example: '# focus: Who holds the ID and the key cards',
    meaning: 'What the encounter practises, shown in the picker. Optional.',
    parse: text,
  } satisfies Rule<string>,
  [TAG.variants]: {
    key: TAG.variants,
    scopes: ['global'],
    repeatable: false,
    syntax: `whole number 1–${MAX_VARIANTS}`,
    example: '# variants: 2',
    meaning:
      'How many replay variants the story has. The engine sets the ink variable `variant` from the attempt’s seed; optional, default 1.',
    parse: (v: string) => {
      const n = Number(v);
      return Number.isInteger(n) && n >= 1 && n <= MAX_VARIANTS
        ? ok(n)
        : fail(`must be a whole number 1–${MAX_VARIANTS} (got "${v}")`);
    },
  } satisfies Rule<number>,
  [TAG.character]: {
    key: TAG.character,
    scopes: ['global'],
    repeatable: true,
    syntax: '`id; Name; short description`',
    example: '# character: mara; Mara; A guest in her twenties in a grey hoodie',
    meaning: 'Declares someone who can speak or be shown. The description is read to screen-reader users.',
    parse: (v: string): Parsed<CharacterDecl> => {
      const parts = fields(v, 3, 'id; Name; description');
      if (!parts) return fail(`must be "id; Name; description" (got "${v}")`);
      const [id = '', name = '', description = ''] = parts;
      if (id === SPEAKER_NARRATOR || id === SPEAKER_OFFICER) return fail(`"${id}" is reserved`);
      const s = slug('character id', id);
      return s.ok ? ok({ id, name, description }) : s;
    },
  } satisfies Rule<CharacterDecl>,
  [TAG.distractor]: {
    key: TAG.distractor,
    scopes: ['global'],
    repeatable: true,
    syntax: 'a distractor id from stories/catalog/distractors.json',
    example: '# distractor: not.speaks_other_language',
    meaning: 'Something that is not an indicator, offered on the report checklist.',
    parse: (v: string, ctx: TagContext) => known('distractor', ctx.distractors, v),
  } satisfies Rule<string>,
  [TAG.teaches]: {
    key: TAG.teaches,
    scopes: ['global'],
    repeatable: true,
    syntax: 'a misconception id from stories/catalog/misconceptions.json',
    example: '# teaches: myth.would_ask_for_help',
    meaning: 'A misconception the debrief always answers for this encounter.',
    parse: (v: string, ctx: TagContext) => known('misconception', ctx.misconceptions, v),
  } satisfies Rule<string>,
  [TAG.phase]: {
    key: TAG.phase,
    scopes: ['knot'],
    repeatable: false,
    syntax: STORY_PHASES.join(' / '),
    example: '# phase: observe',
    meaning: 'Moves the encounter to this phase. Phases only move forward.',
    parse: oneOf(STORY_PHASES),
  } satisfies Rule<StoryPhase>,
  [TAG.bg]: {
    key: TAG.bg,
    scopes: ['knot'],
    repeatable: false,
    syntax: 'a scene id',
    example: '# bg: hotel_lobby_night',
    meaning: 'The scene art to draw. Observation hotspots belong to it.',
    parse: (v: string, ctx: TagContext) => known('scene', ctx.scenes, v),
  } satisfies Rule<string>,
  [TAG.show]: {
    key: TAG.show,
    scopes: ['knot', 'line'],
    repeatable: true,
    syntax: '`character:mood`; mood is ' + MOODS.join(' / '),
    example: '# show: mara:anxious',
    meaning: 'Puts a character in the scene, or changes their mood.',
    parse: staging,
  } satisfies Rule<Staging>,
  [TAG.hide]: {
    key: TAG.hide,
    scopes: ['knot', 'line'],
    repeatable: true,
    syntax: 'a character id',
    example: '# hide: victor',
    meaning: 'Takes a character out of the scene.',
    parse: character,
  } satisfies Rule<string>,
  [TAG.ambience]: {
    key: TAG.ambience,
    scopes: ['knot'],
    repeatable: false,
    syntax: 'a sound id, or `none`',
    example: '# ambience: lobby_night',
    meaning: 'The background loop from here on.',
    parse: (v: string, ctx: TagContext) => (v === 'none' ? ok(v) : known('sound', ctx.sounds, v)),
  } satisfies Rule<string>,
  [TAG.requires]: {
    key: TAG.requires,
    scopes: ['knot', 'line'],
    repeatable: false,
    syntax: REPORT_ACTIONS.join(' / '),
    example: '# requires: hotline',
    meaning:
      'The report action this situation calls for, from here on. The most urgent one reached on the path counts.',
    parse: oneOf(REPORT_ACTIONS),
  } satisfies Rule<ReportAction>,
  [TAG.ending]: {
    key: TAG.ending,
    scopes: ['knot', 'line'],
    repeatable: false,
    syntax: '`id; Title`',
    example: '# ending: card_taken; She takes the card',
    meaning: 'Names the outcome this path reached. Every path must reach one before the story ends.',
    parse: (v: string): Parsed<EndingTag> => {
      const parts = fields(v, 2, 'id; Title');
      if (!parts) return fail(`must be "id; Title" (got "${v}")`);
      const [id = '', title = ''] = parts;
      const s = slug('ending id', id);
      return s.ok ? ok({ id, title }) : s;
    },
  } satisfies Rule<EndingTag>,
  [TAG.speaker]: {
    key: TAG.speaker,
    scopes: ['line'],
    repeatable: false,
    syntax: `a character id, \`${SPEAKER_OFFICER}\` (the player) or \`${SPEAKER_NARRATOR}\``,
    example: '# speaker: mara',
    meaning: 'Who says this line. Lines without it are narration.',
    parse: (v: string, ctx: TagContext) =>
      v === SPEAKER_NARRATOR || v === SPEAKER_OFFICER ? ok(v) : character(v, ctx),
  } satisfies Rule<string>,
  [TAG.indicator]: {
    key: TAG.indicator,
    scopes: ['line', 'choice'],
    repeatable: true,
    syntax: 'an indicator id from stories/catalog/indicators.json',
    example: '# indicator: hotel.companion_holds_id_money_keys',
    meaning: 'This line (or taking this choice) makes the indicator visible to the officer.',
    parse: (v: string, ctx: TagContext) => known('indicator', ctx.indicators, v),
  } satisfies Rule<string>,
  [TAG.sound]: {
    key: TAG.sound,
    scopes: ['line'],
    repeatable: true,
    syntax: 'a sound id',
    example: '# sound: lift_chime',
    meaning: 'A short sound played with the line (captioned when captions are on).',
    parse: (v: string, ctx: TagContext) => known('sound', ctx.sounds, v),
  } satisfies Rule<string>,
  [TAG.observe]: {
    key: TAG.observe,
    scopes: ['choice'],
    repeatable: false,
    syntax: 'a hotspot id in the current scene',
    example: '# observe: desk_keycards',
    meaning: 'Makes the choice an observation target, bound to a hotspot in the scene art. Needs `reveals`.',
    parse: (v: string) => slug('hotspot id', v),
  } satisfies Rule<string>,
  [TAG.reveals]: {
    key: TAG.reveals,
    scopes: ['choice'],
    repeatable: false,
    syntax: `an indicator id, or \`${REVEALS_NOTHING}\` for a red herring`,
    example: '# reveals: hotel.few_possessions_long_stay',
    meaning: 'What looking at the hotspot shows.',
    parse: (v: string, ctx: TagContext): Parsed<string | null> =>
      v === REVEALS_NOTHING ? ok(null) : known('indicator', ctx.indicators, v),
  } satisfies Rule<string | null>,
  [TAG.score]: {
    key: TAG.score,
    scopes: ['choice'],
    repeatable: true,
    syntax: `\`dimension +n\` or \`dimension -n\`, n from ${SCORE_MIN} to ${SCORE_MAX}`,
    example: '# score: trust +2',
    meaning: 'Points on a scoring dimension. Needs a `why`.',
    parse: (v: string, ctx: TagContext): Parsed<ScoreTag> => {
      const m = /^([a-z_]+)\s+([+-]\d+)$/.exec(v);
      if (!m) return fail(`must be "dimension +n" or "dimension -n" (got "${v}")`);
      const d = known('dimension', ctx.dimensions, m[1] ?? '');
      if (!d.ok) return d;
      const value = Number(m[2]);
      if (value < SCORE_MIN || value > SCORE_MAX || value === 0)
        return fail(`points must be from ${SCORE_MIN} to ${SCORE_MAX} and not 0 (got ${m[2]})`);
      return ok({ dimension: d.value, value });
    },
  } satisfies Rule<ScoreTag>,
  [TAG.why]: {
    key: TAG.why,
    scopes: ['choice'],
    repeatable: false,
    syntax: 'one sentence',
    example: '# why: Asking in private gives her a safe chance to answer.',
    meaning: 'The rationale shown in the debrief.',
    parse: text,
  } satisfies Rule<string>,
  [TAG.critical]: {
    key: TAG.critical,
    scopes: ['choice'],
    repeatable: true,
    syntax: 'a critical-error id from stories/catalog/critical-errors.json',
    example: '# critical: confront_controller',
    meaning: 'Taking this choice is a critical error, listed first in the debrief.',
    parse: (v: string, ctx: TagContext) => known('critical error', ctx.criticalErrors, v),
  } satisfies Rule<string>,
  [TAG.myth]: {
    key: TAG.myth,
    scopes: ['choice'],
    repeatable: true,
    syntax: 'a misconception id',
    example: '# myth: myth.would_ask_for_help',
    meaning: 'The choice acts on this misconception; the debrief answers it when taken.',
    parse: (v: string, ctx: TagContext) => known('misconception', ctx.misconceptions, v),
  } satisfies Rule<string>,
  [TAG.report]: {
    key: TAG.report,
    scopes: ['choice'],
    repeatable: false,
    syntax: 'no value',
    example: '+ [File the incident report] # report',
    meaning: 'This choice opens the incident report form (report phase only).',
    parse: none,
  } satisfies Rule<true>,
  [TAG.action]: {
    key: TAG.action,
    scopes: ['choice'],
    repeatable: false,
    syntax: REPORT_ACTIONS.filter((a) => a !== 'none').join(' / '),
    example: '# action: supervisor',
    meaning:
      'The response-ladder action this act-phase choice takes. The checker reports any path where a rewarded action is then scored as wrong in the report.',
    parse: oneOf(REPORT_ACTIONS.filter((a) => a !== 'none')),
  } satisfies Rule<ReportAction>,
  [TAG.discuss]: {
    key: TAG.discuss,
    scopes: ['knot', 'line'],
    repeatable: false,
    syntax: 'a question, on a line of text',
    example: '# discuss: What would you want to know before acting?',
    meaning:
      'A discussion prompt for a class. Presenter mode pauses here and shows the question before the next choice; solo play ignores it.',
    parse: text,
  } satisfies Rule<string>,
} as const;

type Rules = typeof RULES;

/** The grammar rules, for documentation and the checker. */
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
    }
  }
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
