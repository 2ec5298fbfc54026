// Opens a compiled story with the inkjs adapter, loading the adapter (and inkjs) only when an
// encounter starts, so the title screen never waits for it.

import type { StoryOpener } from '../state/store.ts';

export const lazyStoryOpener: StoryOpener = {
  async open(compiled, variables, ctx) {
    const { StoryRunner } = await import('../story/runner.ts');
    return new StoryRunner(compiled.story, { ctx, variables });
  },
};
