// Typed names for the Phaser side: scene keys, texture keys, the renderer switch and the look of
// the hotspot highlight. Nothing in src/scenes spells these as bare strings.

import type { Mood } from '../core/vocabulary.ts';

export const SCENE_KEYS = {
  setting: 'setting',
} as const;
export type SceneKey = (typeof SCENE_KEYS)[keyof typeof SCENE_KEYS];

const TEXTURE_PREFIX = {
  background: 'bg',
  character: 'char',
} as const;

/** Texture of a scene's background art (one per scene manifest). */
export function backgroundTextureKey(sceneId: string): string {
  return `${TEXTURE_PREFIX.background}:${sceneId}`;
}

/** Texture of one character in one mood, as placed in one scene (appearance is per placement). */
export function characterTextureKey(sceneId: string, character: string, mood: Mood): string {
  return `${TEXTURE_PREFIX.character}:${sceneId}:${character}:${mood}`;
}

/** The stage draws with Phaser's Canvas renderer (the default) or, with `?renderer=webgl`, WebGL. */
export const RENDERER_PARAM = 'renderer';
export const RENDERER_CHOICES = {
  canvas: 'canvas',
  webgl: 'webgl',
} as const;

/** The hotspot highlight: the same colour and width as the DOM focus ring of the mirrored button. */
export const HOTSPOT_RING = {
  colour: 0xffbf47,
  width: 3,
  radius: 10,
  /** Space between the hotspot's rectangle and the ring. */
  inset: -4,
  /** A soft halo behind the ring: wider, faint, same colour. */
  glowWidth: 10,
  glowAlpha: 0.28,
} as const;

/** Draw order on the stage. Characters sort among themselves by their feet (y). */
export const DEPTHS = {
  background: 0,
  characters: 100,
  ring: 10_000,
  zones: 10_001,
} as const;

/** Tween lengths; all skipped when the player asks for reduced motion. */
export const STAGE_MOTION_MS = {
  moodCrossFade: 260,
  enter: 320,
  leave: 260,
} as const;
