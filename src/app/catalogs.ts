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

/** The served asset URLs (src/app/asset-urls.ts), a chunk of its own: only the stage and the sound need them. */
export const assetUrls = (): Promise<(file: string) => string> =>
  import('./asset-urls.ts').then((m) => m.assetUrl);
