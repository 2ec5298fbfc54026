// Opens a compiled story with the inkjs adapter, loading the adapter (and inkjs) only when an
// encounter starts, so the title screen never waits for it. Registers the encounter's scenes.

import type { StoryOpener } from '../state/store.ts';
import type { SceneRegistry } from './catalogs.ts';
import { sceneInUse } from './scene-words.ts';

export function lazyStoryOpener(scenes: SceneRegistry): StoryOpener {
  const adapter = () => import('../story/runner.ts');
  return {
    prepare: adapter,
    async open(compiled, variables, ctx) {
      for (const scene of compiled.scenes) scenes.set(scene.id, sceneInUse(scene));
      const { StoryRunner } = await adapter();
      return new StoryRunner(compiled.story, { ctx, variables });
    },
  };
}
