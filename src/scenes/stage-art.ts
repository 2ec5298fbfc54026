// The stage's texture requests (stage.ts): the background and each person's mood drawn now asked of
// Phaser's loader first, the other moods later; SVG textures replaced by bitmaps as they arrive; a
// texture that failed is never asked again.

import * as Phaser from 'phaser';
import type { CastPlacement, SceneManifest } from '../core/encounter/scene-manifest.ts';
import { MOODS, type Mood } from '../core/vocabulary.ts';
import { characterSvg, type CharacterPose } from './character-art.ts';
import { backgroundTextureKey, characterTextureKey } from './keys.ts';
import { characterSize, svgDataUrl, type StageView } from './stage-view.ts';

/** Everyone is drawn standing: the manifest has no pose field yet. */
const DEFAULT_POSE: CharacterPose = 'standing';

export class StageArt {
  /** Texture keys asked of the loader and not yet in; keys that failed are never asked again. */
  private readonly requested = new Set<string>();
  private readonly failed = new Set<string>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly scenes: ReadonlyMap<string, SceneManifest>,
    private readonly assetUrl: (file: string) => string,
  ) {}

  manifestFor(view: StageView): SceneManifest | null {
    const bg = view.staging?.bg;
    return bg ? (this.scenes.get(bg) ?? null) : null;
  }

  /** Whether a texture failed to load for good. */
  hasFailed(key: string): boolean {
    return this.failed.has(key);
  }

  /** Asks for the view's background and each present person's current mood. */
  request(view: StageView): void {
    const manifest = this.manifestFor(view);
    if (!manifest) return;
    this.requestBackground(manifest);
    for (const placement of manifest.cast) {
      const mood = view.staging?.cast[placement.character];
      if (mood) this.requestCharacter(manifest, placement, mood);
    }
  }

  private requestBackground(manifest: SceneManifest): void {
    const key = backgroundTextureKey(manifest.id);
    if (!this.needs(key)) return;
    let url: string;
    try {
      url = this.assetUrl(manifest.art);
    } catch (e) {
      this.failed.add(key);
      console.warn(
        `Stage: no art for "${manifest.id}" (${(e as Error).message}); drawing it without a picture.`,
      );
      return;
    }
    this.requested.add(key);
    // The scene files are drawn at SCENE_WIDTH × SCENE_HEIGHT already (their width and height, checked by
    // tests/unit/csp.test.ts). Given a size, Phaser would parse each file in the page, and the <style>
    // inside would be reported against the Content Security Policy; without one it only draws it.
    this.scene.load.svg(key, url);
  }

  private requestCharacter(manifest: SceneManifest, placement: CastPlacement, mood: Mood): void {
    const key = characterTextureKey(manifest.id, placement.character, mood);
    if (!this.needs(key)) return;
    this.requested.add(key);
    const svg = characterSvg(placement.appearance, mood, DEFAULT_POSE);
    this.scene.load.svg(key, svgDataUrl(svg), characterSize(placement));
  }

  private needs(key: string): boolean {
    return !this.scene.textures.exists(key) && !this.requested.has(key) && !this.failed.has(key);
  }

  /** Starts the loader if files are queued (outside preload the loader does not start itself). */
  startLoading(): void {
    const load = this.scene.load;
    if (load.list.size > 0 && !load.isLoading()) load.start();
  }

  /** Every mood of everyone in the scene, loaded in the background so mood changes are instant. */
  warmMoods(manifest: SceneManifest): void {
    for (const placement of manifest.cast) {
      for (const mood of MOODS) this.requestCharacter(manifest, placement, mood);
    }
    this.startLoading();
  }

  /** The loader's batch is done: forget the requests that came in. */
  settle(): void {
    for (const key of this.requested) if (this.scene.textures.exists(key)) this.requested.delete(key);
  }

  fileLoaded(key: string, type: string): void {
    if (type === 'svg' && this.scene.textures.exists(key)) this.rasterize(key);
  }

  /**
   * Replaces a loaded SVG texture by a bitmap of it, drawn once. The Canvas renderer would otherwise
   * draw the SVG document again, vector by vector, in every frame (~20 ms a frame for a scene).
   */
  private rasterize(key: string): void {
    const textures = this.scene.textures;
    const source = textures.get(key).getSourceImage();
    if (!(source instanceof HTMLImageElement)) return;
    const canvas = document.createElement('canvas');
    canvas.width = source.width;
    canvas.height = source.height;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.drawImage(source, 0, 0, canvas.width, canvas.height);
    textures.remove(key);
    textures.addCanvas(key, canvas);
    // A texture is in use as soon as its file is in, before the whole batch is: re-point its images.
    for (const child of this.scene.children.list) {
      if (child instanceof Phaser.GameObjects.Image && child.texture.key === key) child.setTexture(key);
    }
  }

  loadError(file: Phaser.Loader.File): void {
    this.requested.delete(file.key);
    this.failed.add(file.key);
    console.warn(`Stage: could not load "${file.key}"; drawing the scene without it.`);
  }
}
