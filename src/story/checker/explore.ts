// The explorer: takes every choice at every branch of a compiled story, de-duplicating identical
// states, and proves what the story can do: score bounds per dimension, indicators it can show,
// endings, dead ends, runtime errors, loops with no way out. The build plugin uses it to compute
// score maxima (never typed by hand); the story checker uses it to report problems.

import type { StoryAnalysis } from '../../core/encounter/analysis.ts';
import type { Diagnostic } from '../../core/encounter/diagnostics.ts';
import { STORY_VARIABLES } from '../../core/config/config.ts';
import { StoryRunner } from '../runner.ts';
import { mergeValidity } from './validity-collector.ts';
import { mergeAnalyses, readsTurns } from './explore-parts.ts';
import type { ExploreOptions, ExploreResult } from './explore-options.ts';
import { exploreVariant } from './explore-variant.ts';

export { readsTurns };
export { exploredContinues } from './explore-search.ts';
export {
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_MS,
  DEFAULT_MAX_STATES,
  type ExploreOptions,
  type ExploreResult,
} from './explore-options.ts';

/**
 * Explores every replay variant of the story (the ink variable `variant`, 1…variants) and merges
 * the results; `byVariant` keeps each variant's own analysis for scoring an attempt.
 */
export function exploreStory(
  json: string,
  opts: ExploreOptions = {},
): ExploreResult & { byVariant: StoryAnalysis[] } {
  const count = new StoryRunner(json, opts.ctx ? { ctx: opts.ctx } : {}).meta.variants;
  const results: ReturnType<typeof exploreVariant>[] = [];
  for (let v = 1; v <= count; v++) {
    const r = exploreVariant(json, {
      ...opts,
      variables: { ...opts.variables, [STORY_VARIABLES.variant]: v },
    });
    results.push(
      count === 1
        ? r
        : { ...r, diagnostics: r.diagnostics.map((d) => ({ ...d, message: `${d.message} [variant ${v}]` })) },
    );
  }
  const byVariant = results.map((r) => r.analysis);
  const diagnostics: Diagnostic[] = [];
  const seenMessages = new Set<string>();
  for (const d of results.flatMap((r) => r.diagnostics)) {
    const key = d.message.replace(/ \[variant \d+\]$/, '').replace(/ \[on \d+ paths\]$/, '');
    if (seenMessages.has(key)) continue;
    seenMessages.add(key);
    diagnostics.push(d);
  }
  return {
    analysis: mergeAnalyses(byVariant),
    byVariant,
    diagnostics,
    unreachedKnots: results.map((r) => r.unreachedKnots).reduce((a, b) => a.filter((k) => b.includes(k))),
    unexploredKnots: [...new Set(results.flatMap((r) => r.unexploredKnots))].sort(),
    ...(opts.validity ? { validity: mergeValidity(results.map((r) => r.collected!)) } : {}),
  };
}
