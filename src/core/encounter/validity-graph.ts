// The validity report's walks over the explored state graph of one variant: the naive players
// (always the longest, shortest or first option, or at random), whether a character discloses on the
// first question, and which ambiguous looks a later question resolves. Pure; re-exported by
// ./validity.ts, which holds the definitions (docs/validity.md).

/** Option length in characters (code points, so one emoji or accented letter is one). */
export function optionLength(text: string): number {
  return [...text.trim()].length;
}

// ---------------------------------------------------------------- naive players

/** A state of one variant's story as the naive players see it: the options and where each leads. */
export interface PlayNode {
  options: {
    text: string;
    /** The option's own points, summed over every dimension. */
    points: number;
    /** The state it leads to; null when it fails or loops straight back (never a way on). */
    next: string | null;
    /**
     * The characters who answer in the lines the option leads to, each with the indicators those
     * lines show of them (see characterOf in the explorer's collector); absent when nobody answers.
     */
    voices?: Record<string, string[]>;
    /** A look's `ambiguous` indicator: the look could mean it, or not. */
    ambiguous?: string;
    /** A question's `resolves` indicator: asking settles the ambiguous look of it. */
    resolves?: string;
  }[];
}

/** Every explored state of one variant; a state with no way on is an end (0 more points). */
export interface PlayGraph {
  root: string;
  nodes: Record<string, PlayNode>;
}

export interface PlayerPoints {
  /** Always the longest option (the first of the longest on a tie). */
  longest: number;
  /** Always the shortest option (the first of the shortest on a tie). */
  shortest: number;
  /** Always the first option. */
  first: number;
  /** Uniformly at random: the exact expectation over the choice tree. */
  random: number;
  /** The best path's points: what a player could earn at most. */
  best: number;
}

/**
 * The points each naive player earns from the story's choices on one variant (the incident report
 * is a form, not a choice set, and is left out). Options that fail or loop back are not on offer.
 */
export function naivePlayers(graph: PlayGraph): PlayerPoints {
  type Options = PlayNode['options'];
  /** A policy turns the options, each with its points to the end, into the points the player expects. */
  const run = (policy: (opts: Options) => number): number => {
    const memo = new Map<string, number>();
    const onPath = new Set<string>();
    const value = (key: string): number => {
      const hit = memo.get(key);
      if (hit !== undefined) return hit;
      const node = graph.nodes[key];
      // A state the explorer stopped at, or one already on this path (never in a checked story).
      if (!node || onPath.has(key)) return 0;
      onPath.add(key);
      const open = node.options.filter((o) => o.next !== null && !onPath.has(o.next));
      const toEnd = open.map((o) => ({ ...o, points: o.points + value(o.next as string) }));
      const v = toEnd.length === 0 ? 0 : policy(toEnd);
      onPath.delete(key);
      memo.set(key, v);
      return v;
    };
    return value(graph.root);
  };
  /** The first option whose length beats every earlier one's by `better`. */
  const byLength = (better: (a: number, b: number) => boolean) => (opts: Options) => {
    let pick = opts[0]!;
    for (const o of opts) if (better(optionLength(o.text), optionLength(pick.text))) pick = o;
    return pick.points;
  };
  return {
    longest: run(byLength((a, b) => a > b)),
    shortest: run(byLength((a, b) => a < b)),
    first: run((opts) => opts[0]!.points),
    random: run((opts) => opts.reduce((s, o) => s + o.points, 0) / opts.length),
    best: run((opts) => Math.max(...opts.map((o) => o.points))),
  };
}

// ---------------------------------------------------------------- characters

export interface Disclosure {
  /** The character answers the officer on some path (speaks in the lines a choice leads to). */
  answers: boolean;
  /**
   * On some path, the first time the character answers, the answer shows an indicator of theirs:
   * the character discloses on the first question.
   */
  disclosesOnFirst: boolean;
}

/** Whether a character answers the officer, and whether some path has them disclose at once. */
export function firstAnswer(graph: PlayGraph, character: string): Disclosure {
  let answers = false;
  // States reachable without the character having answered yet.
  const seen = new Set<string>([graph.root]);
  const queue = [graph.root];
  while (queue.length > 0) {
    const node = graph.nodes[queue.pop()!];
    for (const o of node?.options ?? []) {
      const shown = o.voices?.[character];
      if (shown) {
        answers = true;
        if (shown.length > 0) return { answers: true, disclosesOnFirst: true };
        continue;
      }
      if (o.next !== null && !seen.has(o.next)) {
        seen.add(o.next);
        queue.push(o.next);
      }
    }
  }
  return { answers, disclosesOnFirst: false };
}

// ---------------------------------------------------------------- ambiguous looks

/** A look that could mean an indicator or something ordinary, and whether a later question settles it. */
export interface AmbiguousLook {
  indicator: string;
  /** The look's choice text. */
  look: string;
  /** On some path that takes the look, a later choice `resolves` the same indicator. */
  resolved: boolean;
}

/**
 * Every ambiguous look offered in one variant, and whether a question that resolves its indicator
 * can still be reached after taking it (on some path, any number of choices later).
 */
export function ambiguousLooks(graph: PlayGraph): AmbiguousLook[] {
  const keys = Object.keys(graph.nodes);
  // States from which a choice resolving the indicator is reachable, per indicator (a backward walk).
  const reaches = new Map<string, Set<string>>();
  const from = (indicator: string): Set<string> => {
    const had = reaches.get(indicator);
    if (had) return had;
    const set = new Set(keys.filter((k) => graph.nodes[k]!.options.some((o) => o.resolves === indicator)));
    for (let grew = true; grew;) {
      grew = false;
      for (const k of keys) {
        if (set.has(k)) continue;
        if (graph.nodes[k]!.options.some((o) => o.next !== null && set.has(o.next))) {
          set.add(k);
          grew = true;
        }
      }
    }
    reaches.set(indicator, set);
    return set;
  };
  const looks = new Map<string, AmbiguousLook>();
  for (const k of keys)
    for (const o of graph.nodes[k]!.options) {
      if (o.ambiguous === undefined) continue;
      const id = `${o.ambiguous}\n${o.text}`;
      const resolved = o.next !== null && from(o.ambiguous).has(o.next);
      const had = looks.get(id);
      looks.set(id, { indicator: o.ambiguous, look: o.text, resolved: resolved || !!had?.resolved });
    }
  return [...looks.values()];
}

/** The ambiguous looks of several variants together: a look is resolved when it is in some variant. */
export function mergeAmbiguity(lists: readonly (readonly AmbiguousLook[])[]): AmbiguousLook[] {
  const looks = new Map<string, AmbiguousLook>();
  for (const l of lists.flat()) {
    const id = `${l.indicator}\n${l.look}`;
    looks.set(id, { ...l, resolved: l.resolved || !!looks.get(id)?.resolved });
  }
  return [...looks.values()].sort(
    (a, b) => a.indicator.localeCompare(b.indicator) || a.look.localeCompare(b.look),
  );
}
