// What the stage (stage.ts) draws, worked out without Phaser: the slice of the app state it follows,
// the character textures' data URLs and sizes, the hotspots on offer and the ring around them.

import type { StoryChoice } from '../core/encounter/beats.ts';
import type { Staging } from '../core/encounter/encounter.ts';
import type { CastPlacement, Hotspot, SceneManifest } from '../core/encounter/scene-manifest.ts';
import type { AppState } from '../state/store.ts';
import { CHARACTER_SVG_SIZE } from './character-art.ts';

const SVG_DATA_URL_PREFIX = 'data:image/svg+xml;base64,';

const NO_CHOICES: readonly StoryChoice[] = [];

/** The slice of the app state the stage draws. Each field is compared by reference. */
export interface StageView {
  staging: Staging | null;
  choices: readonly StoryChoice[];
  focusedHotspot: string | null;
  reducedMotion: boolean;
}

/** Motion is off when the learner turns it off in Settings or asks for less motion system-wide. */
export function viewOf(state: AppState, systemReducedMotion: boolean): StageView {
  return {
    staging: state.session?.state.staging ?? null,
    choices: state.session?.state.choices ?? NO_CHOICES,
    focusedHotspot: state.focusedHotspot,
    reducedMotion: state.settings.reducedMotion || systemReducedMotion,
  };
}

export function sameView(a: StageView, b: StageView): boolean {
  return (
    a.staging === b.staging &&
    a.choices === b.choices &&
    a.focusedHotspot === b.focusedHotspot &&
    a.reducedMotion === b.reducedMotion
  );
}

/**
 * An SVG document as a data URL Phaser's loader accepts. Phaser 4.2 decodes every `data:` URL as
 * base64, so a percent-encoded URL fails; non-ASCII characters become XML character references
 * first so that `btoa` can take the text.
 */
export function svgDataUrl(svg: string): string {
  const ascii = svg.replace(/[^\x20-\x7e\t\n\r]/gu, (c) => `&#${c.codePointAt(0) ?? 0};`);
  return SVG_DATA_URL_PREFIX + btoa(ascii);
}

/** Size a character's texture is drawn at: the art's box scaled by the person's height. */
export function characterSize(placement: CastPlacement): { width: number; height: number } {
  const scale = placement.appearance.height;
  return {
    width: Math.round(CHARACTER_SVG_SIZE.width * scale),
    height: Math.round(CHARACTER_SVG_SIZE.height * scale),
  };
}

/** The hotspots the choices on offer inspect (`# observe:` tags), among those the scene has. */
export function offeredHotspots(choices: readonly StoryChoice[], has: (id: string) => boolean): Set<string> {
  const offered = new Set<string>();
  for (const choice of choices) {
    const id = choice.tags.observe;
    if (id !== undefined && has(id)) offered.add(id);
  }
  return offered;
}

/**
 * The hotspots to ring: the offered ones under the pointer or focused, and a key that names them
 * (so an unchanged ring costs no frame).
 */
export function ringedHotspots(
  manifest: SceneManifest | null,
  lit: ReadonlySet<string | null>,
  offered: ReadonlySet<string>,
): { ringed: Hotspot[]; key: string } {
  const ringed = (manifest?.hotspots ?? []).filter((h) => lit.has(h.id) && offered.has(h.id));
  return { ringed, key: `${manifest?.id ?? ''}:${ringed.map((h) => h.id).join(' ')}` };
}
