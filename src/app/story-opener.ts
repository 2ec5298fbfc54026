// Opens a compiled story with the inkjs adapter, loading the adapter (and inkjs) only when an
// encounter starts, so the title screen never waits for it. Registers the encounter's scenes (also
// on their own, for an opening shown before the engine: src/state/session-slice.ts).

import type { CompiledEncounter } from '../core/encounter/analysis.ts';
import type { StoryOpener } from '../state/store.ts';
import type { SceneRegistry } from './catalogs.ts';
import { sceneInUse } from './scene-words.ts';

export function lazyStoryOpener(scenes: SceneRegistry): StoryOpener {
  const adapter = () => import('../story/runner.ts');
  /** Each start's encounter registers its scenes once (before its opening, or when it opens). */
  const registered = new WeakMap<CompiledEncounter, Promise<void>>();
  const register = (compiled: CompiledEncounter): Promise<void> => {
    let done = registered.get(compiled);
    if (!done) {
      done = Promise.all(compiled.scenes.map(sceneInUse)).then((inUse) => {
        for (const scene of inUse) scenes.set(scene.id, scene);
      });
      registered.set(compiled, done);
    }
    return done;
  };
  return {
    prepare: adapter,
    scenes: register,
    async open(compiled, variables, ctx) {
      const [, { StoryRunner }] = await Promise.all([register(compiled), adapter()]);
      return new StoryRunner(compiled.story, { ctx, variables });
    },
  };
}
