// Scene words and sound captions in the language in use (issue #13): the translations in
// assets/scenes/<locale>/<scene id>.json and assets/audio/<locale>/sounds.json, checked by
// npm run check:translations, laid over the English; anything not translated stays English.

import {
  checkSceneTranslation,
  checkSoundTranslation,
  sceneInLanguage,
  soundsInLanguage,
  type SceneWords,
} from '../core/encounter/scene-language.ts';
import type { SceneManifest, SoundEntry } from '../core/encounter/scene-manifest.ts';
import { activeLocale } from '../i18n/messages.ts';

const sceneFiles = import.meta.glob<unknown>('../../assets/scenes/*/*.json', {
  eager: true,
  import: 'default',
});
const captionFiles = import.meta.glob<unknown>('../../assets/audio/*/sounds.json', {
  eager: true,
  import: 'default',
});

/** The folder (locale) and file name of a globbed path. */
function lastTwo(path: string): [string, string] {
  const [folder = '', file = ''] = path.split('/').slice(-2);
  return [folder, file];
}

/** The scene with its words following the language in use. */
export function sceneInUse(scene: SceneManifest): SceneManifest {
  const byLocale = new Map<string, SceneWords>();
  for (const [path, raw] of Object.entries(sceneFiles)) {
    const [locale, file] = lastTwo(path);
    if (file !== `${scene.id}.json`) continue;
    byLocale.set(locale, checkSceneTranslation(scene, raw, `assets/scenes/${locale}/${file}`).words);
  }
  return sceneInLanguage(scene, () => byLocale.get(activeLocale()));
}

/** The sounds with their captions following the language in use. */
export function soundsInUse(sounds: readonly SoundEntry[]): SoundEntry[] {
  const byLocale = new Map<string, ReadonlyMap<string, string>>();
  for (const [path, raw] of Object.entries(captionFiles)) {
    const [locale] = lastTwo(path);
    byLocale.set(locale, checkSoundTranslation(sounds, raw, `assets/audio/${locale}/sounds.json`).captions);
  }
  return soundsInLanguage(sounds, () => byLocale.get(activeLocale()));
}
