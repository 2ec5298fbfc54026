// What an exploration is asked (explore.ts, explore-variant.ts): its options and bounds, and what it
// returns.

import type { StoryAnalysis } from '../../core/encounter/analysis.ts';
import type { Diagnostic } from '../../core/encounter/diagnostics.ts';
import type { SceneManifest } from '../../core/encounter/scene-manifest.ts';
import type { ExploredValidity } from '../../core/encounter/validity.ts';
import type { TagContext } from '../../core/tags/tags.ts';

export interface ExploreOptions {
  ctx?: TagContext;
  scenes?: ReadonlyMap<string, SceneManifest>;
  variables?: Record<string, string | number>;
  /** Stop after this many distinct states. */
  maxStates?: number;
  /** Stop after this many milliseconds. */
  maxMs?: number;
  file?: string;
  /** Paths longer than this many choices are cut off, making the result incomplete. */
  maxDepth?: number;
  /** For plain ink: a bound reached is a warning stating what was covered, not an error. */
  lenient?: boolean;
  /** Dimension ids to compute bounds for. */
  dimensions?: readonly string[];
  /**
   * Save and compare states the slow, obvious way (ink's JSON save, re-parsed and printed with
   * sorted keys, for every state); tests check the fast way gives the same results.
   */
  reference?: boolean;
  /**
   * Let a state share the results of an earlier one that differs only in visit counts its future
   * never reads (default true). Off, every state that ink would save differently is explored.
   */
  merge?: boolean;
  /**
   * Also gather the validity report's raw data (every scored choice set, the naive players' points,
   * indicators by character); off by default, since only `check:stories --validity` needs it.
   */
  validity?: boolean;
}

export const DEFAULT_MAX_STATES = 50000;
export const DEFAULT_MAX_MS = 120000;
export const DEFAULT_MAX_DEPTH = 400;

export interface ExploreResult {
  analysis: StoryAnalysis;
  diagnostics: Diagnostic[];
  /** Knots no path reaches (empty when exploration was cut short). */
  unreachedKnots: string[];
  /** When exploration was cut short: knots not met, which may lie past the cut (not fully explored). */
  unexploredKnots: string[];
  /** With `validity: true`: the raw data of the validity report (src/core/encounter/validity.ts). */
  validity?: ExploredValidity;
}
