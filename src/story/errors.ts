// The errors the story runner throws, in a module of their own (no inkjs), so the store can tell
// them apart (src/state/failure.ts) without loading the story engine.

export class StoryError extends Error {
  override name = 'StoryError';
}

/** A step ran past STEP_LIMITS: the story loops without offering a choice. */
export class StepLimitError extends StoryError {
  override name = 'StepLimitError';
}

/** inkjs itself failed (a TypeError, a stack overflow, a broken invariant), not the story's ink. */
export class EngineError extends StoryError {
  override name = 'EngineError';
}

/** A saved story state that ink could not load (damaged, or saved by another version of the story). */
export class SavedStateError extends StoryError {
  override name = 'SavedStateError';
}
