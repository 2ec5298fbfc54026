// The two tags that make an ambiguous look checkable (issue #12): a look that could show an indicator
// or could be innocent, and the question that settles it. Spread into the rule table in
// src/core/tags/tag-rules.ts; the parser ties them to `observe` there, and the validity report
// (src/core/encounter/validity-graph.ts) counts the looks a later question resolves.

import { TAG, type TagContext } from './tag-types.ts';
import { known, type Rule } from './tag-values.ts';

export const AMBIGUITY_RULES = {
  [TAG.ambiguous]: {
    key: TAG.ambiguous,
    scopes: ['choice'],
    repeatable: false,
    syntax: 'an indicator id from stories/catalog/indicators.json',
    example: '# ambiguous: hotel.few_possessions_long_stay',
    meaning:
      'With `observe`: the look could mean this indicator, or something ordinary; looking alone cannot tell. A later question must settle it (`resolves`); the validity report counts it.',
    parse: (v: string, ctx: TagContext) => known('indicator', ctx.indicators, v),
  } satisfies Rule<string>,
  [TAG.resolves]: {
    key: TAG.resolves,
    scopes: ['choice'],
    repeatable: false,
    syntax: 'an indicator id named by an `ambiguous` look',
    example: '# resolves: hotel.few_possessions_long_stay',
    meaning:
      'Asking this settles the ambiguous look of that indicator, either way: the answer shows the indicator (an `indicator` tag) or shows the ordinary reason.',
    parse: (v: string, ctx: TagContext) => known('indicator', ctx.indicators, v),
  } satisfies Rule<string>,
} as const;
