// An independent brute-force player for ink, to check the explorer's endings against: plain inkjs,
// ink's own JSON save and load at every choice, no merging of states, every sequence of choices up
// to a fixed depth. It shares nothing with the explorer but inkjs itself.

import { Story } from 'inkjs';

/** How much of an ending's last line names it (as the plain explorer names it). */
const ENDING_TEXT = 80;
/** Lines one step may print before the player gives that path up (a loop that never offers a choice). */
const STEP_LINES = 5000;

export interface BruteResult {
  /** The last line shown before each way the story stops within the depth, sorted. */
  endings: string[];
  /** Whether some path still offered choices at the depth (so deeper endings may exist). */
  cut: boolean;
  /** Whether some path failed (an ink runtime error, or a step that never reached a choice). */
  failed: boolean;
}

/** Every ending within `depth` choices, with the story seed fixed at 1 as the game and checker fix it. */
export function bruteForce(json: string, depth: number): BruteResult {
  const story = new Story(json);
  story.allowExternalFunctionFallbacks = true;
  story.state.storySeed = 1;
  story.state.previousRandom = 0;
  const endings = new Set<string>();
  let cut = false;
  let failed = false;
  /** Runs to the next choice; the last line shown, or null when the path failed. */
  const run = (last: string): string | null => {
    let shown = last;
    let lines = 0;
    try {
      while (story.canContinue) {
        if (++lines > STEP_LINES) return null;
        const text = (story.Continue() ?? '').trim();
        if (text) shown = text;
      }
    } catch {
      return null;
    }
    return story.currentErrors?.length ? null : shown;
  };
  const walk = (last: string, left: number): void => {
    const shown = run(last);
    if (shown === null) {
      failed = true;
      return;
    }
    const n = story.currentChoices.length;
    if (n === 0) {
      endings.add(shown.slice(0, ENDING_TEXT));
      return;
    }
    if (left === 0) {
      cut = true;
      return;
    }
    const saved = story.state.ToJson();
    for (let i = 0; i < n; i++) {
      story.state.LoadJson(saved);
      story.ChooseChoiceIndex(i);
      walk(shown, left - 1);
    }
  };
  walk('', depth);
  return { endings: [...endings].sort(), cut, failed };
}
