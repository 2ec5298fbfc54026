// A scene's lighting (the manifest's `lighting` field): `night` draws the same art under a dark,
// cool shade, so a day picture serves a night scene without new drawing. A rectangle over the
// background, not a tint, because the default Canvas renderer does not tint images.

import * as Phaser from 'phaser';
import { SCENE_HEIGHT, SCENE_WIDTH, type SceneLighting } from '../core/encounter/scene-manifest.ts';
import { DEPTHS } from './keys.ts';

/** The shade laid over the art for each lighting; null draws the art as it is. */
const LIGHTING_SHADE: Readonly<Record<SceneLighting, { colour: number; alpha: number } | null>> = {
  as_drawn: null,
  night: { colour: 0x0b1633, alpha: 0.45 },
};

/**
 * Puts a scene's background image at the background depth and lays its lighting over it; the shade
 * goes when the image does. Returns the image.
 */
export function lightBackground(
  scene: Phaser.Scene,
  image: Phaser.GameObjects.Image,
  lighting: SceneLighting,
): Phaser.GameObjects.Image {
  image.setDepth(DEPTHS.background);
  const shade = LIGHTING_SHADE[lighting];
  if (!shade) return image;
  const rect = scene.add
    .rectangle(0, 0, SCENE_WIDTH, SCENE_HEIGHT, shade.colour, shade.alpha)
    .setOrigin(0, 0)
    .setDepth(DEPTHS.background + 1);
  image.once(Phaser.GameObjects.Events.DESTROY, () => rect.destroy());
  return image;
}
