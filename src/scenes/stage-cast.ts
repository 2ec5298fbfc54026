// The people on the stage (stage.ts): one image per person in their current mood, faded in and out
// and cross-faded between moods unless motion is reduced.

import * as Phaser from 'phaser';
import type { CastPlacement, SceneManifest } from '../core/encounter/scene-manifest.ts';
import type { Mood } from '../core/vocabulary.ts';
import { characterTextureKey, DEPTHS, STAGE_MOTION_MS } from './keys.ts';

interface Figure {
  image: Phaser.GameObjects.Image;
  mood: Mood;
}

export class StageCast {
  private readonly figures = new Map<string, Figure>();
  private tweensStarted = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    /** Something on screen changed (render on demand). */
    private readonly invalidate: () => void,
  ) {}

  /** Animations started so far, and people on stage. */
  activity(): { tweens: number; figures: number } {
    return { tweens: this.tweensStarted, figures: this.figures.size };
  }

  /** Takes everyone off at once (a new scene). */
  clear(): void {
    for (const figure of this.figures.values()) this.removeImage(figure.image);
    this.figures.clear();
  }

  /** Draws who is on stage (`cast`: character → mood) in the scene shown. */
  render(manifest: SceneManifest | null, cast: Readonly<Record<string, Mood>>, motion: boolean): void {
    for (const [character, figure] of this.figures) {
      if (cast[character] !== undefined) continue;
      this.figures.delete(character);
      this.invalidate();
      this.fadeOutAndDestroy(figure.image, motion ? STAGE_MOTION_MS.leave : 0);
    }
    if (!manifest) return;
    for (const placement of manifest.cast) {
      const mood = cast[placement.character];
      if (mood === undefined) continue;
      const key = characterTextureKey(manifest.id, placement.character, mood);
      if (!this.scene.textures.exists(key)) continue; // requested; drawn when it arrives
      const figure = this.figures.get(placement.character);
      if (!figure || figure.mood !== mood) this.invalidate();
      if (!figure) {
        const image = this.placeFigure(placement, key);
        this.figures.set(placement.character, { image, mood });
        if (motion) this.fadeIn(image, STAGE_MOTION_MS.enter);
      } else if (figure.mood !== mood) {
        if (motion) {
          const image = this.placeFigure(placement, key);
          // The new pose fades in on top; the old one goes only in the second half, so the
          // person never turns see-through.
          const half = STAGE_MOTION_MS.moodCrossFade / 2;
          this.fadeIn(image, STAGE_MOTION_MS.moodCrossFade);
          this.fadeOutAndDestroy(figure.image, half, half);
          this.figures.set(placement.character, { image, mood });
        } else {
          figure.image.setTexture(key);
          figure.mood = mood;
        }
      }
    }
  }

  /** Every tween goes through here, so reduced motion can be proved to start none. */
  private tween(config: Phaser.Types.Tweens.TweenBuilderConfig): void {
    this.tweensStarted++;
    this.scene.tweens.add(config);
    this.invalidate();
  }

  private placeFigure(placement: CastPlacement, key: string): Phaser.GameObjects.Image {
    return this.scene.add
      .image(placement.x, placement.y, key)
      .setOrigin(0.5, 1)
      .setFlipX(placement.facing === -1)
      .setDepth(DEPTHS.characters + placement.y);
  }

  private fadeIn(image: Phaser.GameObjects.Image, duration: number): void {
    image.setAlpha(0);
    this.tween({ targets: image, alpha: 1, duration, ease: Phaser.Math.Easing.Sine.InOut });
  }

  private fadeOutAndDestroy(image: Phaser.GameObjects.Image, duration: number, delay = 0): void {
    this.scene.tweens.killTweensOf(image);
    if (duration <= 0) {
      image.destroy();
      return;
    }
    this.tween({
      targets: image,
      alpha: 0,
      delay,
      duration,
      ease: Phaser.Math.Easing.Sine.InOut,
      onComplete: () => image.destroy(),
    });
  }

  private removeImage(image: Phaser.GameObjects.Image): void {
    this.scene.tweens.killTweensOf(image);
    image.destroy();
  }
}
