// An encounter's opening: the story's first step (its lines and first choices), worked out at build
// time so the game can show it while the story engine (inkjs, the largest file on the first path) is
// still loading. The organisation's words in it (its name, contacts) come from configuration at run
// time, so the build keeps each of them as a numbered placeholder and the game fills them in. The
// build proves, per variant, that filling the placeholders gives what the engine itself prints
// (scripts/check/openings.ts); the game checks it again when the engine arrives, and the engine's
// step wins whenever the two differ (src/state/session-slice.ts).

import type { StoryStep } from './beats.ts';

/** One variant's first step, with the configuration's words as placeholders. */
export interface Opening {
  step: StoryStep;
  /** The story variable each placeholder stands for: placeholder i is `words[i]`. */
  words: string[];
}

const START = '\u0001';
const END = '\u0002';
/** Ink text never holds these control characters, so a placeholder cannot clash with a story's words. */
const PLACEHOLDER = new RegExp(`${START}(\\d+)${END}`, 'g');

/** The placeholder for the i-th configuration word. */
export function placeholder(i: number): string {
  return `${START}${i}${END}`;
}

/** The placeholders' numbers found in `step`: the configuration words the opening prints. */
export function wordsPrinted(step: StoryStep): Set<number> {
  return new Set([...JSON.stringify(step).matchAll(/\\u0001(\d+)\\u0002/g)].map((m) => Number(m[1])));
}

/** Every string in `value` passed through `f`; everything else as it is. */
function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  return value;
}

/**
 * Whether ink prints `value` as it is: ink trims a line's ends and closes up runs of spaces, so an
 * empty word, or one with spaces at an end or doubled, can come out of the engine differently.
 */
function printsAsIs(value: string): boolean {
  return value !== '' && !/^\s|\s$|\s\s|[\n\r]/.test(value);
}

/**
 * The opening's step with each placeholder replaced by the value of its variable in `variables`, or
 * null when a variable it needs is not given or ink would not print its value as it is (then only
 * the engine can say what the story prints).
 */
export function fillOpening(
  opening: Opening,
  variables: Readonly<Record<string, string | number>>,
): StoryStep | null {
  let missing = false;
  const step = mapStrings(opening.step, (s) =>
    s.replace(PLACEHOLDER, (_all, i: string) => {
      const name = opening.words[Number(i)];
      const value = name === undefined ? undefined : variables[name];
      if (value === undefined || !printsAsIs(String(value))) {
        missing = true;
        return '';
      }
      return String(value);
    }),
  ) as StoryStep;
  return missing ? null : step;
}

/** Whether two steps are the same (beats are plain data: the same JSON with keys in any order). */
export function sameStep(a: StoryStep, b: StoryStep): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
        )
      : v,
  );
}
