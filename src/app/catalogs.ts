// The catalogs and scene manifests, bundled as data and validated when the game boots.

import indicators from '../../stories/catalog/indicators.json';
import dimensions from '../../stories/catalog/dimensions.json';
import criticalErrors from '../../stories/catalog/critical-errors.json';
import misconceptions from '../../stories/catalog/misconceptions.json';
import distractors from '../../stories/catalog/distractors.json';
import sounds from '../../assets/audio/sounds.json';
import { loadCatalogs, type Catalogs } from '../core/catalog.ts';
import {
  readSceneManifest,
  readSoundManifest,
  type SceneManifest,
  type SoundEntry,
} from '../core/scene-manifest.ts';

export function bundledCatalogs(): Catalogs {
  return loadCatalogs({ indicators, dimensions, criticalErrors, misconceptions, distractors });
}

const sceneFiles = import.meta.glob<unknown>('../../assets/scenes/*.json', {
  eager: true,
  import: 'default',
});

export function bundledScenes(): Map<string, SceneManifest> {
  const out = new Map<string, SceneManifest>();
  for (const [path, data] of Object.entries(sceneFiles)) {
    const scene = readSceneManifest(path.replace('../../', ''), data);
    out.set(scene.id, scene);
  }
  return out;
}

export function bundledSounds(): SoundEntry[] {
  return readSoundManifest('assets/audio/sounds.json', sounds);
}

const assetUrls = import.meta.glob<string>('../../assets/{scenes,audio}/*.{svg,ogg,wav,mp3}', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The served URL of an asset file name such as `hotel_lobby_night.svg`. */
export function assetUrl(file: string): string {
  for (const [path, url] of Object.entries(assetUrls)) if (path.endsWith(`/${file}`)) return url;
  throw new Error(`assets: no file named "${file}"`);
}
