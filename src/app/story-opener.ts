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
      const [inUse, { StoryRunner }] = await Promise.all([
        Promise.all(compiled.scenes.map(sceneInUse)),
        adapter(),
      ]);
      for (const scene of inUse) scenes.set(scene.id, scene);
      return new StoryRunner(compiled.story, { ctx, variables });
    },
  };
}
