// Character art: a pure function that draws one cast member as a flat-vector SVG document.
// No Phaser, no DOM: the scene turns the string into a texture (e.g. as a data URL), so the same
// code runs in unit tests. The style matches the hand-drawn backgrounds in assets/scenes:
// one outline colour and width, rounded joins, flat fills with one darker shade for depth.
//
// Conventions the scene relies on:
// - The figure is drawn facing right (facing 1). For facing -1, flip the image horizontally.
// - The point between the feet is the bottom centre of the box (x = width / 2, y = height).
// - The figure always fills the same box; the caller scales it by `appearance.height`
//   (1.0 ≈ 300 px tall in the 1280×720 scene).
// - If `bottom` is the same colour as `skin` (bare legs), `top` is drawn as a knee-length dress.
// Appearance is only ever clothes, hair and build; moods are shown by posture and face alone.

import type { Appearance } from '../core/encounter/scene-manifest.ts';
import type { Mood } from '../core/vocabulary.ts';
import { CHARACTER_OUTLINE } from './figure-draw.ts';
import {
  arms,
  behindBody,
  figureFrame,
  head,
  legs,
  torso,
  wornInFront,
  type CharacterPose,
} from './figure-body.ts';

export type { CharacterPose } from './figure-body.ts';

export const CHARACTER_SVG_SIZE = { width: 160, height: 320 } as const;

/** Draws one cast member. The result is a complete SVG document (160×320, figure facing right). */
export function characterSvg(appearance: Appearance, mood: Mood, pose: CharacterPose = 'standing'): string {
  const f = figureFrame(appearance, mood, pose);
  const lower = legs(f);
  const parts = [
    // Ground shadow.
    `<ellipse cx="${f.seated ? 92 : 80}" cy="314" rx="${f.seated ? 28 : 34}" ry="5" fill="${CHARACTER_OUTLINE}" opacity="0.22"/>`,
    ...behindBody(f),
    ...lower.parts,
    ...torso(f),
    ...wornInFront(f),
    ...head(f, mood),
    ...lower.thighs,
    arms(f, mood),
  ];
  const { width, height } = CHARACTER_SVG_SIZE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<g>${parts.join('')}</g></svg>`
  );
}
