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
    parse: (v: string, ctx: TagContext) => known('indicator', ctx.indicators, v),
  } satisfies Rule<string>,
  [TAG.resolves]: {
    key: TAG.resolves,
    scopes: ['choice'],
    repeatable: false,
    parse: (v: string, ctx: TagContext) => known('indicator', ctx.indicators, v),
  } satisfies Rule<string>,
} as const;
