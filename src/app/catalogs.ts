// Bundled data, split by when it is needed: the catalogs load after the first choice is on screen
// (they serve the report and the debrief); scene manifests arrive with each encounter; sounds with
// the audio layer.

import type { Catalogs } from '../core/encounter/catalog.ts';
import type { SceneManifest } from '../core/encounter/scene-manifest.ts';
import { activeLocale } from '../i18n/messages.ts';

/** Loads and validates the catalogs (a separate chunk). */
export async function loadBundledCatalogs(): Promise<Catalogs> {
  const { bundledCatalogs } = await import('./catalog-data.ts');
  return bundledCatalogs(activeLocale);
}

/** Scenes of the encounters opened so far, filled as each encounter loads. */
export type SceneRegistry = Map<string, SceneManifest>;

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
