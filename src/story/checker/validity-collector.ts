// Gathers what the validity report needs while the explorer plays every path of one variant: each
// scored choice set as offered, a graph of the explored states (for the naive players), and which
// character each shown indicator belongs to. Used only when the explorer is asked (`validity: true`),
// so plain checks and builds pay nothing for it. The metrics themselves are in src/core/encounter/validity.ts.

import type { StoryChoice, StoryLine, StoryStep } from '../../core/encounter/beats.ts';
import { knotOf } from '../../core/encounter/encounter.ts';
import type { CharacterDecl } from '../../core/tags/tags.ts';
import {
  ambiguousLooks,
  firstAnswer,
  mergeAmbiguity,
  isScoredSet,
  naivePlayers,
  type AmbiguousLook,
  type CharacterFigures,
  type ChoiceSetRecord,
  type ExploredValidity,
  type PlayGraph,
  type PlayerPoints,
  type SetOption,
} from '../../core/encounter/validity.ts';

function setOption(c: StoryChoice): SetOption {
  const scores: Record<string, number> = {};
  for (const s of c.tags.scores) scores[s.dimension] = (scores[s.dimension] ?? 0) + s.value;
  return { text: c.text, scores, critical: [...c.tags.critical] };
}

function points(c: StoryChoice): number {
  return c.tags.scores.reduce((s, x) => s + x.value, 0);
}

export class ValidityCollector {
  private readonly graph: PlayGraph = { root: '', nodes: {} };
  private readonly sets = new Map<string, ChoiceSetRecord>();
  private readonly shown = new Map<string, Set<string>>();
  private readonly scene = new Set<string>();
  private readonly names: [string, RegExp][];

  constructor(
    private readonly characters: readonly CharacterDecl[],
    private readonly variant: number,
  ) {
    this.names = characters.map((c) => [
      c.id,
      new RegExp(`\\b${c.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`),
    ]);
    for (const c of characters) this.shown.set(c.id, new Set());
  }

  /** Whom a line is about: its speaker when a declared character, else the characters it names. */
  private charactersOf(line: StoryLine): string[] {
    const speaker = line.tags.speaker;
    if (speaker && this.shown.has(speaker)) return [speaker];
    return this.names.filter(([, re]) => re.test(line.text)).map(([id]) => id);
  }

  /**
   * Notes the indicators a step shows, by character. With the choice that led to it, returns the
   * characters who answer in it (speak a line) and the indicators shown of each; the choice's own
   * `indicator` tags belong to the first of them.
   */
  step(step: StoryStep, choice?: StoryChoice): Record<string, string[]> | undefined {
    const about = step.lines.map((line) => this.charactersOf(line));
    step.lines.forEach((line, i) => {
      for (const id of line.tags.indicators) {
        if (about[i]!.length === 0) this.scene.add(id);
        for (const c of about[i]!) this.shown.get(c)?.add(id);
      }
    });
    if (!choice) return undefined;
    const speakers = [
      ...new Set(step.lines.map((l) => l.tags.speaker ?? '').filter((s) => this.shown.has(s))),
    ];
    const first = speakers[0];
    if (first === undefined) {
      for (const id of choice.tags.indicators) this.scene.add(id);
      return undefined;
    }
    for (const id of choice.tags.indicators) this.shown.get(first)?.add(id);
    const voices: Record<string, string[]> = {};
    for (const who of speakers) {
      const ids = step.lines.flatMap((l, i) => (about[i]!.includes(who) ? l.tags.indicators : []));
      if (who === first) ids.unshift(...choice.tags.indicators);
      voices[who] = [...new Set(ids)];
    }
    return voices;
  }

  /** The first state explored. */
  root(key: string): void {
    this.graph.root = key;
  }

  /** A state being explored for the first time, with its choices. */
  state(key: string, choices: readonly StoryChoice[], path: () => string[]): void {
    this.graph.nodes[key] = { options: [] };
    for (const c of choices) if (c.tags.reveals) this.scene.add(c.tags.reveals);
    const options = choices.filter((c) => !c.tags.report).map(setOption);
    if (!isScoredSet(options)) return;
    const id = JSON.stringify(options);
    if (this.sets.has(id)) return;
    this.sets.set(id, {
      options,
      knot: knotOf(choices[0]?.id ?? ''),
      path: path(),
      variants: [this.variant],
    });
  }

  /** A choice taken from state `key`: its points, what it led to (null if it failed or looped back). */
  option(key: string, choice: StoryChoice, next: string | null, voices?: Record<string, string[]>): void {
    this.graph.nodes[key]?.options.push({
      text: choice.text,
      points: points(choice),
      next,
      ...(voices ? { voices } : {}),
      ...(choice.tags.ambiguous ? { ambiguous: choice.tags.ambiguous } : {}),
      ...(choice.tags.resolves ? { resolves: choice.tags.resolves } : {}),
    });
  }

  result(): {
    sets: ChoiceSetRecord[];
    players: PlayerPoints;
    characters: CharacterFigures[];
    scene: string[];
    ambiguity: AmbiguousLook[];
  } {
    return {
      sets: [...this.sets.values()],
      players: naivePlayers(this.graph),
      characters: this.characters.map((c) => ({
        id: c.id,
        name: c.name,
        indicators: [...(this.shown.get(c.id) ?? [])].sort(),
        ...firstAnswer(this.graph, c.id),
      })),
      scene: [...this.scene].sort(),
      ambiguity: ambiguousLooks(this.graph),
    };
  }
}

/** One encounter's gathered data from its variants' collections. */
export function mergeValidity(list: ReturnType<ValidityCollector['result']>[]): ExploredValidity {
  const sets = new Map<string, ChoiceSetRecord>();
  for (const r of list)
    for (const s of r.sets) {
      const id = JSON.stringify(s.options);
      const had = sets.get(id);
      if (had) had.variants = [...new Set([...had.variants, ...s.variants])].sort();
      else sets.set(id, { ...s, variants: [...s.variants] });
    }
  const characters = new Map<string, CharacterFigures>();
  for (const r of list)
    for (const c of r.characters) {
      const had = characters.get(c.id);
      characters.set(
        c.id,
        had
          ? {
              ...had,
              indicators: [...new Set([...had.indicators, ...c.indicators])].sort(),
              answers: had.answers || c.answers,
              disclosesOnFirst: had.disclosesOnFirst || c.disclosesOnFirst,
            }
          : c,
      );
    }
  return {
    sets: [...sets.values()],
    players: list.map((r) => r.players),
    characters: [...characters.values()],
    scene: [...new Set(list.flatMap((r) => r.scene))].sort(),
    ambiguity: mergeAmbiguity(list.map((r) => r.ambiguity)),
  };
}
