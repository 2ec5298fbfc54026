// The sound manifest, validated when the audio layer loads.

import sounds from '../../assets/audio/sounds.json';
import { readSoundManifest, type SoundEntry } from '../core/encounter/scene-manifest.ts';
import { soundsInUse } from './scene-words.ts';

export function bundledSounds(): SoundEntry[] {
  return soundsInUse(readSoundManifest('assets/audio/sounds.json', sounds));
}
