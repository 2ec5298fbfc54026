// Works out each variant's opening (src/core/encounter/opening.ts) from a compiled story, and proves
// it: the story is run to its first choice with every configuration word as a placeholder, and the
// result, filled in, must equal what the engine prints with the bundled configuration's words, with
// every word it does not print empty, and with other words and every yes/no fact flipped. A variant whose first step
// depends on the configuration in any other way (a condition on a word or a fact) gets no opening:
// the game then waits for the engine, as it always did.

import {
  fillOpening,
  placeholder,
  sameStep,
  wordsPrinted,
  type Opening,
} from '../../src/core/encounter/opening.ts';
import { STORY_VARIABLES } from '../../src/core/config/config.ts';
import { StoryRunner } from '../../src/story/runner.ts';
import type { StoryStep } from '../../src/core/encounter/beats.ts';

type Variables = Record<string, string | number>;

/** The first step the game's runner gives with these variables (the browser opens stories with no tag context). */
function firstStep(story: string, variables: Variables): StoryStep | null {
  try {
    return new StoryRunner(story, { ctx: {}, variables }).continue();
  } catch {
    return null;
  }
}

/** The configuration's variables with each text replaced by `word(name)` and each number by `fact(n)`. */
function probe(
  variables: Variables,
  word: (name: string, i: number) => string,
  fact: (n: number) => number,
): Variables {
  const words = Object.keys(variables).filter((k) => typeof variables[k] === 'string');
  return Object.fromEntries(
    Object.entries(variables).map(([k, v]) => [
      k,
      typeof v === 'number' ? fact(v) : word(k, words.indexOf(k)),
    ]),
  );
}

/**
 * One opening per variant (index 0 is variant 1), or null for a variant whose first step cannot be
 * told without the engine. `variables` are the bundled configuration's (storyVariables), without
 * the variant.
 */
export function openingsOf(story: string, variants: number, variables: Variables): (Opening | null)[] {
  const words = Object.keys(variables).filter((k) => typeof variables[k] === 'string');
  const out: (Opening | null)[] = [];
  for (let variant = 1; variant <= Math.max(1, variants); variant++) {
    const withVariant = (v: Variables): Variables => ({ ...v, [STORY_VARIABLES.variant]: variant });
    const templated = firstStep(
      story,
      withVariant(
        probe(
          variables,
          (_k, i) => placeholder(i),
          (n) => n,
        ),
      ),
    );
    if (!templated || templated.problems.length > 0) {
      out.push(null);
      continue;
    }
    const opening: Opening = { step: templated, words };
    // A word the opening prints is filled only when ink would print it as it is (fillOpening); one it
    // does not print must not matter at all, not even whether it is empty.
    const printed = wordsPrinted(templated);
    const probes = [
      variables,
      probe(
        variables,
        (k, i) => (printed.has(i) ? `[${k}]` : ''),
        (n) => n,
      ),
      probe(
        variables,
        (k) => `(${k})`,
        (n) => (n === 0 ? 1 : 0),
      ),
    ].map(withVariant);
    const proven = probes.every((vars) => {
      const engine = firstStep(story, vars);
      const filled = fillOpening(opening, vars);
      return engine !== null && filled !== null && sameStep(engine, filled);
    });
    out.push(proven ? opening : null);
  }
  return out;
}
