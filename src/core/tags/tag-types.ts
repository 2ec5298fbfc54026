// The tag grammar's vocabulary: tag names, scopes and the typed fields the parser fills. Read
// through src/core/tags/tags.ts, which re-exports all of it.

import type { Mood, ReportAction, Setting, Situation, StoryPhase } from '../vocabulary.ts';

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
  ambiguous: 'ambiguous',
  resolves: 'resolves',
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
  /** An indicator this look could show, or could not: only a later question settles it. Only with `observe`. */
  ambiguous?: string;
  /** The indicator of an ambiguous look that this question settles, either way. */
  resolves?: string;
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
