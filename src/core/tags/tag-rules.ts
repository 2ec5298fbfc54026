// The tag grammar's rule table: where each tag may appear, whether it repeats, how its value is parsed
// and what a translation rewrites. Parser, grammar doc and checker read it; what a writer reads about
// each tag (syntax, example, meaning) is in src/core/tags/tag-docs.ts.

import {
  REPORT_ACTIONS,
  SETTINGS,
  SITUATIONS,
  SPEAKER_NARRATOR,
  SPEAKER_OFFICER,
  STORY_PHASES,
  type ReportAction,
  type Setting,
  type Situation,
  type StoryPhase,
} from '../vocabulary.ts';
import {
  GRAMMAR_VERSION,
  MAX_VARIANTS,
  REVEALS_NOTHING,
  SCORE_MAX,
  SCORE_MIN,
  TAG,
  type CharacterDecl,
  type EndingTag,
  type ScoreTag,
  type Staging,
  type TagContext,
} from './tag-types.ts';
import {
  character,
  DOTTED,
  fail,
  fields,
  known,
  none,
  ok,
  oneOf,
  type Parsed,
  type Rule,
  slug,
  staging,
  text,
} from './tag-values.ts';
import { AMBIGUITY_RULES } from './tag-rules-ambiguity.ts';
export { FIELD_SEPARATOR, type Parsed, type Rule } from './tag-values.ts';

export const RULES = {
  [TAG.grammar]: {
    key: TAG.grammar,
    scopes: ['global'],
    repeatable: false,
    parse: (v: string) =>
      v === String(GRAMMAR_VERSION) ? ok(GRAMMAR_VERSION) : fail(`must be ${GRAMMAR_VERSION}`),
  } satisfies Rule<number>,
  [TAG.id]: {
    key: TAG.id,
    scopes: ['global'],
    repeatable: false,
    parse: (v: string) => (DOTTED.test(v) ? ok(v) : fail(`must look like "hotel.night_lobby" (got "${v}")`)),
  } satisfies Rule<string>,
  [TAG.title]: {
    key: TAG.title,
    translated: 'whole',
    scopes: ['global'],
    repeatable: false,
    parse: text,
  } satisfies Rule<string>,
  [TAG.setting]: {
    key: TAG.setting,
    scopes: ['global'],
    repeatable: false,
    parse: oneOf(SETTINGS),
  } satisfies Rule<Setting>,
  [TAG.summary]: {
    key: TAG.summary,
    translated: 'whole',
    scopes: ['global'],
    repeatable: false,
    parse: text,
  } satisfies Rule<string>,
  [TAG.minutes]: {
    key: TAG.minutes,
    scopes: ['global'],
    repeatable: false,
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
    parse: oneOf(SITUATIONS),
  } satisfies Rule<Situation>,
  [TAG.minor]: {
    key: TAG.minor,
    scopes: ['global'],
    repeatable: false,
    parse: (v: string) =>
      v === 'yes' ? ok(true) : v === 'no' ? ok(false) : fail(`must be yes or no (got "${v}")`),
  } satisfies Rule<boolean>,
  [TAG.contentNote]: {
    key: TAG.contentNote,
    translated: 'whole',
    scopes: ['global'],
    repeatable: false,
    parse: text,
  } satisfies Rule<string>,
  [TAG.focus]: {
    key: TAG.focus,
    translated: 'whole',
    scopes: ['global'],
    repeatable: false,
    parse: text,
  } satisfies Rule<string>,
  [TAG.variants]: {
    key: TAG.variants,
    scopes: ['global'],
    repeatable: false,
    parse: (v: string) => {
      const n = Number(v);
      return Number.isInteger(n) && n >= 1 && n <= MAX_VARIANTS
        ? ok(n)
        : fail(`must be a whole number 1–${MAX_VARIANTS} (got "${v}")`);
    },
  } satisfies Rule<number>,
  [TAG.character]: {
    key: TAG.character,
    translated: 'after-id',
    scopes: ['global'],
    repeatable: true,
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
    parse: (v: string, ctx: TagContext) => known('distractor', ctx.distractors, v),
  } satisfies Rule<string>,
  [TAG.teaches]: {
    key: TAG.teaches,
    scopes: ['global'],
    repeatable: true,
    parse: (v: string, ctx: TagContext) => known('misconception', ctx.misconceptions, v),
  } satisfies Rule<string>,
  [TAG.phase]: {
    key: TAG.phase,
    scopes: ['knot'],
    repeatable: false,
    parse: oneOf(STORY_PHASES),
  } satisfies Rule<StoryPhase>,
  [TAG.bg]: {
    key: TAG.bg,
    scopes: ['knot'],
    repeatable: false,
    parse: (v: string, ctx: TagContext) => known('scene', ctx.scenes, v),
  } satisfies Rule<string>,
  [TAG.show]: {
    key: TAG.show,
    scopes: ['knot', 'line'],
    repeatable: true,
    parse: staging,
  } satisfies Rule<Staging>,
  [TAG.hide]: {
    key: TAG.hide,
    scopes: ['knot', 'line'],
    repeatable: true,
    parse: character,
  } satisfies Rule<string>,
  [TAG.ambience]: {
    key: TAG.ambience,
    scopes: ['knot'],
    repeatable: false,
    parse: (v: string, ctx: TagContext) => (v === 'none' ? ok(v) : known('sound', ctx.sounds, v)),
  } satisfies Rule<string>,
  [TAG.requires]: {
    key: TAG.requires,
    scopes: ['knot', 'line'],
    repeatable: false,
    parse: oneOf(REPORT_ACTIONS),
  } satisfies Rule<ReportAction>,
  [TAG.ending]: {
    key: TAG.ending,
    translated: 'after-id',
    scopes: ['knot', 'line'],
    repeatable: false,
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
    parse: (v: string, ctx: TagContext) =>
      v === SPEAKER_NARRATOR || v === SPEAKER_OFFICER ? ok(v) : character(v, ctx),
  } satisfies Rule<string>,
  [TAG.indicator]: {
    key: TAG.indicator,
    scopes: ['line', 'choice'],
    repeatable: true,
    parse: (v: string, ctx: TagContext) => known('indicator', ctx.indicators, v),
  } satisfies Rule<string>,
  [TAG.sound]: {
    key: TAG.sound,
    scopes: ['line'],
    repeatable: true,
    parse: (v: string, ctx: TagContext) => known('sound', ctx.sounds, v),
  } satisfies Rule<string>,
  [TAG.observe]: {
    key: TAG.observe,
    scopes: ['choice'],
    repeatable: false,
    parse: (v: string) => slug('hotspot id', v),
  } satisfies Rule<string>,
  [TAG.reveals]: {
    key: TAG.reveals,
    scopes: ['choice'],
    repeatable: false,
    parse: (v: string, ctx: TagContext): Parsed<string | null> =>
      v === REVEALS_NOTHING ? ok(null) : known('indicator', ctx.indicators, v),
  } satisfies Rule<string | null>,
  [TAG.score]: {
    key: TAG.score,
    scopes: ['choice'],
    repeatable: true,
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
    translated: 'whole',
    scopes: ['choice'],
    repeatable: false,
    parse: text,
  } satisfies Rule<string>,
  [TAG.critical]: {
    key: TAG.critical,
    scopes: ['choice'],
    repeatable: true,
    parse: (v: string, ctx: TagContext) => known('critical error', ctx.criticalErrors, v),
  } satisfies Rule<string>,
  [TAG.myth]: {
    key: TAG.myth,
    scopes: ['choice'],
    repeatable: true,
    parse: (v: string, ctx: TagContext) => known('misconception', ctx.misconceptions, v),
  } satisfies Rule<string>,
  [TAG.report]: {
    key: TAG.report,
    scopes: ['choice'],
    repeatable: false,
    parse: none,
  } satisfies Rule<true>,
  [TAG.action]: {
    key: TAG.action,
    scopes: ['choice'],
    repeatable: false,
    parse: oneOf(REPORT_ACTIONS.filter((a) => a !== 'none')),
  } satisfies Rule<ReportAction>,
  [TAG.discuss]: {
    key: TAG.discuss,
    translated: 'whole',
    scopes: ['knot', 'line'],
    repeatable: false,
    parse: text,
  } satisfies Rule<string>,
  ...AMBIGUITY_RULES,
} as const;

export type Rules = typeof RULES;

/** The grammar rules, for documentation and the checker. */
