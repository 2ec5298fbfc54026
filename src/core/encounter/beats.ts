// Beats: the plain, serialisable shape of a story as the adapter hands it to the rest of the game.
// Produced only by src/story (the inkjs adapter); consumed by the core, the store and the views.

import type { ChoiceTags, LineTags, TagProblem } from '../tags/tags.ts';

export interface StoryLine {
  text: string;
  tags: LineTags;
  /** The ink knot (and stitch) the line came from, e.g. `lobby.hub`. */
  knot: string;
}

export interface StoryChoice {
  /** Position in the current choice list; what `choose` takes. */
  index: number;
  /** Stable id within one version of the story (the ink source path of the choice). */
  id: string;
  text: string;
  tags: ChoiceTags;
}

/** What one step of the story produced: new lines, then either choices or the end. */
export interface StoryStep {
  lines: StoryLine[];
  choices: StoryChoice[];
  ended: boolean;
  /** Tag problems met on the way; a checked story has none. */
  problems: TagProblem[];
}
