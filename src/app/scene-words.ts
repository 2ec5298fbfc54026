// Scene words in the language in use (issue #13): the translations in
// assets/scenes/<locale>/<scene id>.json, checked by npm run check:translations, laid over the
// English; anything not translated stays English. Each translation file is a chunk of its own,
// fetched when an encounter that draws the scene opens, in the language in use; a change of language
// fetches the opened scenes' words in the new one before the screens are drawn again.

import { checkSceneTranslation, sceneInLanguage, type SceneWords } from '../core/encounter/scene-language.ts';
import type { SceneManifest } from '../core/encounter/scene-manifest.ts';
import { activeLocale } from '../i18n/messages.ts';

const sceneFiles = import.meta.glob<unknown>('../../assets/scenes/*/*.json', { import: 'default' });

/** The folder (locale) and file name of a globbed path. */
export function lastTwo(path: string): [string, string] {
  const [folder = '', file = ''] = path.split('/').slice(-2);
  return [folder, file];
}

/** Each opened scene's translations by locale, and what loads one more locale for it. */
const opened = new Map<
  string,
  { byLocale: Map<string, SceneWords>; load: (locale: string) => Promise<void> }
>();

/**
 * The scene with its words following the language in use, once its translation into the language
 * in use now has arrived. Other languages load when the learner switches (`sceneWordsIn`).
 */
export async function sceneInUse(scene: SceneManifest): Promise<SceneManifest> {
  const byLocale = new Map<string, SceneWords>();
  const load = async (locale: string): Promise<void> => {
    if (byLocale.has(locale)) return;
    const path = Object.keys(sceneFiles).find((p) => {
      const [folder, file] = lastTwo(p);
      return folder === locale && file === `${scene.id}.json`;
    });
    if (!path) return;
    const raw = await sceneFiles[path]!();
    byLocale.set(locale, checkSceneTranslation(scene, raw, `assets/scenes/${locale}/${scene.id}.json`).words);
  };
  opened.set(scene.id, { byLocale, load });
  await load(activeLocale());
  return sceneInLanguage(scene, () => byLocale.get(activeLocale()));
}

/** Loads the translations into `locale` of every scene opened so far (before the screens redraw in it). */
export async function sceneWordsIn(locale: string): Promise<void> {
  await Promise.all([...opened.values()].map((s) => s.load(locale)));
}
