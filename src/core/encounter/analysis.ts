// What exploring every path of a story proves about it. Computed at build time by the explorer
// (src/story/checker/explore.ts) and shipped with the compiled story; never typed by hand.

import type { SceneManifest } from './scene-manifest.ts';
import type { Opening } from './opening.ts';
import type { EncounterMeta } from '../tags/tags.ts';
import { DEFAULT_LOCALE } from '../locale.ts';

export interface IndicatorPlace {
  /** `look` for an observation hotspot, `line` for something said or shown, `choice` for something asked. */
  via: 'look' | 'line' | 'choice';
  /** The hotspot label, choice text or the start of the line. */
  text: string;
  /** For a look: the scene and hotspot, so a view can name it in the language in use. */
  scene?: string;
  hotspot?: string;
}

export interface StoryAnalysis {
  /** Highest reachable score per dimension over all complete paths, the best report included. */
  max: Record<string, number>;
  /** Lowest reachable score per dimension, the worst report included. */
  min: Record<string, number>;
  /** Every indicator some path makes visible, with where it can be seen. */
  indicators: Record<string, IndicatorPlace[]>;
  /** Most distinct indicators one path can show. */
  maxSeen: number;
  endings: { id: string; title: string }[];
  criticalErrors: string[];
  /** Misconceptions some choice acts on (the debrief answers them when taken). */
  myths: string[];
  states: number;
  paths: number;
  longestPath: number;
  /** True when exploration stopped at a bound; the numbers above then cover only what was explored. */
  truncated: boolean;
  /** Which bounds stopped it (empty or absent when not truncated). */
  bounds?: ExploreBound[];
}

/**
 * What can stop an exploration short: too many states, too long, a path too many choices deep, a
 * step that never reached a choice (STEP_LIMITS), or a loop judged on visit counts that a later
 * branch turned out to read.
 */
export type ExploreBound = 'states' | 'time' | 'depth' | 'step' | 'counts';

/** A compiled encounter as the browser receives it (the default export of a `.ink` module). */
export interface CompiledEncounter {
  meta: EncounterMeta;
  /** The inkjs story JSON. */
  story: string;
  contentHash: string;
  /** All variants together (the checker's view). */
  analysis: StoryAnalysis;
  /** Each replay variant's own analysis; index 0 is variant 1. An attempt is scored against its variant. */
  variants: StoryAnalysis[];
  /** The manifests of the scenes the story draws, so only the chosen encounter's art data is loaded. */
  scenes: SceneManifest[];
  /** The language the story is written in, as the game's list loads it (English when not given). */
  locale?: string;
  /**
   * Each replay variant's first step, shown while the story engine loads (index 0 is variant 1; null
   * when only the engine can tell it). Absent: the game waits for the engine.
   */
  openings?: (Opening | null)[];
}

/** The analysis an attempt is scored against: its variant's own, or the merged one. */
export function analysisFor(encounter: CompiledEncounter, variant: number): StoryAnalysis {
  return encounter.variants[variant - 1] ?? encounter.analysis;
}

/** The light entry the scenario picker lists; `load` fetches the story only when chosen. */
export interface EncounterEntry {
  /**
   * The encounter's id, readable before its header (the bundled list loads headers after a direct
   * link's first choice; reading `meta` of another encounter before then throws). Same as `meta.id`.
   */
  id?: string;
  meta: EncounterMeta;
  load: () => Promise<CompiledEncounter>;
  /**
   * Optional: starts loading now and keeps the result for the next `load()` of this version (in
   * this language), which takes it instead of asking again: picking an encounter fetches it while
   * the learner reads its content note, and starting it then uses that fetch.
   */
  prefetch?: () => void;
  /**
   * The same encounter in other languages (stories/<locale>/…, proven to keep its structure by
   * `npm run check:translations`): its header in that language and its loader.
   */
  translations?: Readonly<Record<string, Omit<EncounterEntry, 'translations'>>>;
}

/** An entry's id, without reading its header. */
export function entryId(entry: EncounterEntry): string {
  return entry.id ?? entry.meta.id;
}

/** One encounter as the bundled index names it: its id and loaders, no header. */
export interface EncounterIndexEntry {
  id: string;
  load: () => Promise<CompiledEncounter>;
  /** Loaders of its translations, by locale. */
  translations?: Readonly<Record<string, () => Promise<CompiledEncounter>>>;
}

/** Every encounter's header by id, then by locale (the default locale always present). */
export type EncounterHeaders = Readonly<Record<string, Readonly<Record<string, EncounterMeta>>>>;

/**
 * The entry as the learner's language shows it: header and story in `current()` when translated,
 * in English otherwise. Read at each use, so a change of language applies from the next screen.
 */
export function inLanguage(entry: EncounterEntry, current: () => string): EncounterEntry {
  const translations = entry.translations;
  if (!translations) return entry;
  const pick = () => translations[current()] ?? entry;
  return {
    ...(entry.id === undefined ? {} : { id: entry.id }),
    get meta() {
      return pick().meta;
    },
    load: () => pick().load(),
    prefetch: () => pick().prefetch?.(),
    translations: {
      ...translations,
      [DEFAULT_LOCALE]: {
        get meta() {
          return entry.meta;
        },
        load: entry.load,
      },
    },
  };
}

/**
 * Every version of an encounter (the language in use first): a saved session is resumed in the
 * version it was played in, whatever the language is now.
 */
export function everyVersion(entry: EncounterEntry): (() => Promise<CompiledEncounter>)[] {
  const versions = [entry.load, ...Object.values(entry.translations ?? {}).map((t) => t.load)];
  return [...new Set(versions)];
}
