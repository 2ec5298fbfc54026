// Scene words in the language in use (issue #13): the translations in
// assets/scenes/<locale>/<scene id>.json, checked by npm run check:translations, laid over the
// English; anything not translated stays English. Each translation file is a chunk of its own,
// fetched when an encounter that draws the scene opens: the language in use before the story starts,
// the others beside it, so a change of language mid-encounter finds them.

import { checkSceneTranslation, sceneInLanguage, type SceneWords } from '../core/encounter/scene-language.ts';
import type { SceneManifest } from '../core/encounter/scene-manifest.ts';
import { activeLocale } from '../i18n/messages.ts';

const sceneFiles = import.meta.glob<unknown>('../../assets/scenes/*/*.json', { import: 'default' });

/** The folder (locale) and file name of a globbed path. */
export function lastTwo(path: string): [string, string] {
  const [folder = '', file = ''] = path.split('/').slice(-2);
  return [folder, file];
}

/**
 * The scene with its words following the language in use, once the translation for the language in
 * use now has arrived (the others keep arriving in the background).
 */
export async function sceneInUse(scene: SceneManifest): Promise<SceneManifest> {
  const byLocale = new Map<string, SceneWords>();
  const now: Promise<void>[] = [];
  for (const [path, load] of Object.entries(sceneFiles)) {
    const [locale, file] = lastTwo(path);
    if (file !== `${scene.id}.json`) continue;
    const arrived = load().then((raw) => {
      byLocale.set(locale, checkSceneTranslation(scene, raw, `assets/scenes/${locale}/${file}`).words);
    });
    if (locale === activeLocale()) now.push(arrived);
    else arrived.catch(() => undefined);
  }
  await Promise.all(now);
  return sceneInLanguage(scene, () => byLocale.get(activeLocale()));
}
