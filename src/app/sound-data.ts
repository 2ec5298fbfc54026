// The sound manifest, validated when the audio layer loads, with its captions in the language in use
// (assets/audio/<locale>/sounds.json, checked by npm run check:translations); anything not
// translated stays English.

import sounds from '../../assets/audio/sounds.json';
import { checkSoundTranslation, soundsInLanguage } from '../core/encounter/scene-language.ts';
import { readSoundManifest, type SoundEntry } from '../core/encounter/scene-manifest.ts';
import { activeLocale } from '../i18n/messages.ts';
import { lastTwo } from './scene-words.ts';

const captionFiles = import.meta.glob<unknown>('../../assets/audio/*/sounds.json', {
  eager: true,
  import: 'default',
});

/** The sounds with their captions following the language in use. */
function soundsInUse(list: readonly SoundEntry[]): SoundEntry[] {
  const byLocale = new Map<string, ReadonlyMap<string, string>>();
  for (const [path, raw] of Object.entries(captionFiles)) {
    const [locale] = lastTwo(path);
    byLocale.set(locale, checkSoundTranslation(list, raw, `assets/audio/${locale}/sounds.json`).captions);
  }
  return soundsInLanguage(list, () => byLocale.get(activeLocale()));
}

export function bundledSounds(): SoundEntry[] {
  return soundsInUse(readSoundManifest('assets/audio/sounds.json', sounds));
}
