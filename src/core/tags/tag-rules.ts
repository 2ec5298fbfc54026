// The tag grammar's rule table: where each tag may appear, whether it repeats, what a writer writes, how
// its value is parsed and what a translation rewrites. Parser, grammar doc and checker read it.

import {
  MOODS,
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
    translated: 'whole',
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
    translated: 'whole',
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
    translated: 'whole',
    scopes: ['global'],
    repeatable: false,
    syntax: 'text',
    example: '# content_note: Talks about sexual exploitation of an adult. No violence is shown.',
    meaning: 'Shown before the encounter starts, with a way to step out.',
    parse: text,
  } satisfies Rule<string>,
  [TAG.focus]: {
    key: TAG.focus,
    translated: 'whole',
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
    translated: 'after-id',
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
    translated: 'after-id',
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
    translated: 'whole',
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
    translated: 'whole',
    scopes: ['knot', 'line'],
    repeatable: false,
    syntax: 'a question, on a line of text',
    example: '# discuss: What would you want to know before acting?',
    meaning:
      'A discussion prompt for a class. Presenter mode pauses here and shows the question before the next choice; solo play ignores it.',
    parse: text,
  } satisfies Rule<string>,
  ...AMBIGUITY_RULES,
} as const;

export type Rules = typeof RULES;

/** The grammar rules, for documentation and the checker. */
