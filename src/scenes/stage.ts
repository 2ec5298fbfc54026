// The Phaser stage: one game, one thin scene that draws the setting, the people in it and the
// hotspots on offer. It renders store state and turns pointer input into store actions; it holds no
// rules. The canvas is decoration for sighted mouse users: the DOM overlay mirrors every hotspot as
// a real button, so the canvas is hidden from assistive technology and from the tab order.
// Loaded lazily (`await import('../scenes/stage.ts')`), so Phaser never delays the first choice.

import * as Phaser from 'phaser';
import type { StoryChoice } from '../core/encounter/beats.ts';
import type { Staging } from '../core/encounter/encounter.ts';
import {
  SCENE_HEIGHT,
  SCENE_WIDTH,
  type CastPlacement,
  type Hotspot,
  type SceneManifest,
} from '../core/encounter/scene-manifest.ts';
import { MOODS, type Mood } from '../core/vocabulary.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { CHARACTER_SVG_SIZE, characterSvg, type CharacterPose } from './character-art.ts';
import {
  backgroundTextureKey,
  characterTextureKey,
  DEPTHS,
  HOTSPOT_RING,
  RENDERER_CHOICES,
  RENDERER_PARAM,
  SCENE_KEYS,
  STAGE_MOTION_MS,
} from './keys.ts';

/** Shown around the art while it loads and in the letterbox: the night-lobby outline colour. */
const STAGE_BACKGROUND = '#231b16';

/** Everyone is drawn standing: the manifest has no pose field yet. */
const DEFAULT_POSE: CharacterPose = 'standing';

/** Wait after a scene appears before loading the moods nobody shows yet. */
const WARM_MOODS_DELAY_MS = 400;

const SVG_DATA_URL_PREFIX = 'data:image/svg+xml;base64,';

const NO_CHOICES: readonly StoryChoice[] = [];

const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

/** The slice of the app state the stage draws. Each field is compared by reference. */
interface StageView {
  staging: Staging | null;
  choices: readonly StoryChoice[];
  focusedHotspot: string | null;
  reducedMotion: boolean;
}

/** Motion is off when the learner turns it off in Settings or asks for less motion system-wide. */
function viewOf(state: AppState, systemReducedMotion: boolean): StageView {
  return {
    staging: state.session?.state.staging ?? null,
    choices: state.session?.state.choices ?? NO_CHOICES,
    focusedHotspot: state.focusedHotspot,
    reducedMotion: state.settings.reducedMotion || systemReducedMotion,
  };
}

function sameView(a: StageView, b: StageView): boolean {
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
function svgDataUrl(svg: string): string {
  const ascii = svg.replace(/[^\x20-\x7e\t\n\r]/gu, (c) => `&#${c.codePointAt(0) ?? 0};`);
  return SVG_DATA_URL_PREFIX + btoa(ascii);
}

/** Size a character's texture is drawn at: the art's box scaled by the person's height. */
function characterSize(placement: CastPlacement): { width: number; height: number } {
  const scale = placement.appearance.height;
  return {
    width: Math.round(CHARACTER_SVG_SIZE.width * scale),
    height: Math.round(CHARACTER_SVG_SIZE.height * scale),
  };
}

interface Figure {
  image: Phaser.GameObjects.Image;
  mood: Mood;
}

interface StageDeps {
  store: AppStore;
  scenes: ReadonlyMap<string, SceneManifest>;
  assetUrl: (file: string) => string;
  /** Called once, after the first render. */
  onReady: () => void;
  /** Whether the system asks for reduced motion (`prefers-reduced-motion`). */
  systemReducedMotion: () => boolean;
  /** Told about every animation the stage starts and how many people it draws (for the page to expose). */
  onActivity?: (activity: StageActivity) => void;
  /** Told after every frame drawn and when the stage goes to sleep (for the page to expose). */
  onFrames?: (frames: StageFrames) => void;
}

/** What the stage has done so far: animations started and people on stage. */
export interface StageActivity {
  tweens: number;
  figures: number;
}

/** Frames drawn so far, and whether the game loop is asleep (no frame is requested until a change). */
export interface StageFrames {
  renders: number;
  sleeping: boolean;
}

class SettingScene extends Phaser.Scene {
  private readonly deps: StageDeps;
  private view: StageView;
  private unsubscribe: (() => void) | null = null;
  /** The scene whose art is on screen (may lag `staging.bg` while new art loads). */
  private shown: SceneManifest | null = null;
  private background: Phaser.GameObjects.Image | null = null;
  private readonly figures = new Map<string, Figure>();
  private readonly zones = new Map<string, Phaser.GameObjects.Zone>();
  private ring: Phaser.GameObjects.Graphics | null = null;
  /** Texture keys asked of the loader and not yet in; keys that failed are never asked again. */
  private readonly requested = new Set<string>();
  private readonly failed = new Set<string>();
  private hovered: string | null = null;
  private pressed: string | null = null;
  private offered = new Set<string>();
  private tweensStarted = 0;
  // Render on demand: the game loop sleeps (no requestAnimationFrame at all) while nothing moves,
  // and wakes for a change: the store, a texture arriving, a hover, a resize. A tween keeps it awake.
  /** Frames still owed to a change made since the last frame. */
  private framesOwed = 0;
  private renders = 0;
  private sleeping = false;
  /** The animation frame that will wake the loop, if one is booked. */
  private wakeFrame = 0;
  /** The hotspots the ring is drawn around now, by id (so an unchanged ring costs no frame). */
  private ringed = ':';
  private warmTimer: ReturnType<typeof setTimeout> | undefined;
  private resizeObserver: ResizeObserver | null = null;

  constructor(deps: StageDeps) {
    super({ key: SCENE_KEYS.setting });
    this.deps = deps;
    this.view = viewOf(deps.store.getState(), deps.systemReducedMotion());
  }

  preload(): void {
    this.load.on(Phaser.Loader.Events.FILE_COMPLETE, this.onFileLoaded, this);
    // First paint: the background and each present person's current mood only.
    this.requestTextures(this.view);
  }

  create(): void {
    this.cameras.main.setBackgroundColor(STAGE_BACKGROUND);
    this.ring = this.add.graphics().setDepth(DEPTHS.ring);
    this.load.on(Phaser.Loader.Events.COMPLETE, this.onLoaded, this);
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, this.onLoadError, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, this.teardown, this);
    this.events.once(Phaser.Scenes.Events.DESTROY, this.teardown, this);
    this.game.events.on(Phaser.Core.Events.POST_RENDER, this.afterFrame, this);
    window.addEventListener('resize', this.onResize);
    const host = this.scale.parent as HTMLElement | null;
    if (host && typeof ResizeObserver === 'function') {
      this.resizeObserver = new ResizeObserver(this.onResize);
      this.resizeObserver.observe(host);
    }
    this.unsubscribe = this.deps.store.subscribe((state) => {
      const next = viewOf(state, this.deps.systemReducedMotion());
      if (sameView(next, this.view)) return;
      this.view = next;
      this.render();
    });
    this.view = viewOf(this.deps.store.getState(), this.deps.systemReducedMotion());
    this.render();
    this.deps.onReady();
  }

  /**
   * Stops listening to the store and the loader. Safe to call more than once, and before the scene
   * has booted (its plugins are not injected yet then, hence the optional chaining).
   */
  teardown(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.load?.off(Phaser.Loader.Events.COMPLETE, this.onLoaded, this);
    this.load?.off(Phaser.Loader.Events.FILE_LOAD_ERROR, this.onLoadError, this);
    this.load?.off(Phaser.Loader.Events.FILE_COMPLETE, this.onFileLoaded, this);
    this.events?.off(Phaser.Scenes.Events.SHUTDOWN, this.teardown, this);
    this.events?.off(Phaser.Scenes.Events.DESTROY, this.teardown, this);
    this.game?.events.off(Phaser.Core.Events.POST_RENDER, this.afterFrame, this);
    window.removeEventListener('resize', this.onResize);
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    clearTimeout(this.warmTimer);
    if (this.wakeFrame) cancelAnimationFrame(this.wakeFrame);
    this.wakeFrame = 0;
  }

  // --- render on demand ----------------------------------------------------------------------

  /** Something on screen changed: draw the next frame, waking the loop if it sleeps. */
  private invalidate(): void {
    this.framesOwed = 1;
    if (!this.sleeping || this.wakeFrame || !this.unsubscribe) return;
    // Wake in the next animation frame rather than now: a store change arrives inside a key or
    // click handler, and the overlay should paint first.
    this.wakeFrame = requestAnimationFrame(() => {
      this.wakeFrame = 0;
      if (!this.sleeping || !this.unsubscribe) return;
      this.sleeping = false;
      const loop = this.game.loop;
      loop.resetDelta(); // no jump in time for whatever starts now
      loop.wake(); // steps (and draws) at once, then every frame until it sleeps again
    });
  }

  /** Whether anything needs another frame: a change not drawn yet, a tween, or files still queued. */
  private busy(): boolean {
    return (
      this.framesOwed > 0 ||
      this.tweens.getTweens().length > 0 ||
      (this.load.isLoading() && this.load.list.size > 0)
    );
  }

  /** After each frame: count it, and put the loop to sleep when nothing moves any more. */
  private afterFrame(): void {
    this.renders++;
    if (this.framesOwed > 0) this.framesOwed--;
    if (!this.busy() && !this.sleeping) {
      this.game.loop.sleep();
      this.sleeping = true;
    }
    this.deps.onFrames?.({ renders: this.renders, sleeping: this.sleeping });
  }

  /** The host or window changed size: the scale manager re-fits the canvas on the next step. */
  private readonly onResize = (): void => {
    this.scale.dirty = true;
    this.invalidate();
  };

  // --- loading -------------------------------------------------------------------------------

  private manifestFor(view: StageView): SceneManifest | null {
    const bg = view.staging?.bg;
    return bg ? (this.deps.scenes.get(bg) ?? null) : null;
  }

  private requestTextures(view: StageView): void {
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
      url = this.deps.assetUrl(manifest.art);
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
    this.load.svg(key, url);
  }

  private requestCharacter(manifest: SceneManifest, placement: CastPlacement, mood: Mood): void {
    const key = characterTextureKey(manifest.id, placement.character, mood);
    if (!this.needs(key)) return;
    this.requested.add(key);
    const svg = characterSvg(placement.appearance, mood, DEFAULT_POSE);
    this.load.svg(key, svgDataUrl(svg), characterSize(placement));
  }

  private needs(key: string): boolean {
    return !this.textures.exists(key) && !this.requested.has(key) && !this.failed.has(key);
  }

  /** Starts the loader if files are queued (outside preload the loader does not start itself). */
  private startLoading(): void {
    if (this.load.list.size > 0 && !this.load.isLoading()) this.load.start();
  }

  /** Every mood of everyone in the scene, loaded in the background so mood changes are instant. */
  private warmMoods(): void {
    const manifest = this.shown;
    if (!manifest || !this.unsubscribe) return;
    for (const placement of manifest.cast) {
      for (const mood of MOODS) this.requestCharacter(manifest, placement, mood);
    }
    this.startLoading();
  }

  private onLoaded(): void {
    for (const key of this.requested) if (this.textures.exists(key)) this.requested.delete(key);
    this.render();
  }

  private onFileLoaded(key: string, type: string): void {
    if (type === 'svg' && this.textures.exists(key)) this.rasterize(key);
  }

  /**
   * Replaces a loaded SVG texture by a bitmap of it, drawn once. The Canvas renderer would otherwise
   * draw the SVG document again, vector by vector, in every frame (~20 ms a frame for a scene).
   */
  private rasterize(key: string): void {
    const source = this.textures.get(key).getSourceImage();
    if (!(source instanceof HTMLImageElement)) return;
    const canvas = document.createElement('canvas');
    canvas.width = source.width;
    canvas.height = source.height;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.drawImage(source, 0, 0, canvas.width, canvas.height);
    this.textures.remove(key);
    this.textures.addCanvas(key, canvas);
    // A texture is in use as soon as its file is in, before the whole batch is: re-point its images.
    for (const child of this.children.list) {
      if (child instanceof Phaser.GameObjects.Image && child.texture.key === key) child.setTexture(key);
    }
  }

  private onLoadError(file: Phaser.Loader.File): void {
    this.requested.delete(file.key);
    this.failed.add(file.key);
    console.warn(`Stage: could not load "${file.key}"; drawing the scene without it.`);
  }

  // --- drawing -------------------------------------------------------------------------------

  private render(): void {
    this.requestTextures(this.view);
    this.startLoading();
    this.renderBackground();
    this.renderCast();
    this.renderHotspots();
    this.renderRing();
    this.deps.onActivity?.({ tweens: this.tweensStarted, figures: this.figures.size });
  }

  /** Every tween goes through here, so reduced motion can be proved to start none. */
  private tween(config: Phaser.Types.Tweens.TweenBuilderConfig): void {
    this.tweensStarted++;
    this.tweens.add(config);
    this.invalidate();
  }

  private renderBackground(): void {
    const wanted = this.manifestFor(this.view);
    if (wanted === this.shown) return;
    if (wanted && !this.textures.exists(backgroundTextureKey(wanted.id))) {
      // Keep the old picture until the new one has loaded, unless it failed for good.
      if (!this.failed.has(backgroundTextureKey(wanted.id))) return;
    }
    this.clearScene();
    this.invalidate();
    this.shown = wanted;
    if (!wanted) return;
    // After the first picture is up, fetch the other moods without competing with it. A timer
    // outside Phaser's clock: that clock stops while the loop sleeps.
    clearTimeout(this.warmTimer);
    this.warmTimer = setTimeout(() => this.warmMoods(), WARM_MOODS_DELAY_MS);
    const key = backgroundTextureKey(wanted.id);
    if (this.textures.exists(key)) {
      this.background = this.add.image(0, 0, key).setOrigin(0, 0).setDepth(DEPTHS.background);
    }
    for (const hotspot of wanted.hotspots) this.zones.set(hotspot.id, this.makeZone(hotspot));
  }

  private clearScene(): void {
    this.background?.destroy();
    this.background = null;
    for (const figure of this.figures.values()) this.removeImage(figure.image);
    this.figures.clear();
    for (const zone of this.zones.values()) zone.destroy();
    this.zones.clear();
    this.hovered = null;
    this.pressed = null;
    this.offered = new Set();
  }

  private renderCast(): void {
    const manifest = this.shown;
    const cast = this.view.staging?.cast ?? {};
    const motion = !this.view.reducedMotion;
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
      if (!this.textures.exists(key)) continue; // requested; drawn when it arrives
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

  private placeFigure(placement: CastPlacement, key: string): Phaser.GameObjects.Image {
    return this.add
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
    this.tweens.killTweensOf(image);
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
    this.tweens.killTweensOf(image);
    image.destroy();
  }

  // --- hotspots ------------------------------------------------------------------------------

  private makeZone(hotspot: Hotspot): Phaser.GameObjects.Zone {
    const zone = this.add
      .zone(hotspot.x, hotspot.y, hotspot.w, hotspot.h)
      .setOrigin(0, 0)
      .setDepth(DEPTHS.zones);
    const id = hotspot.id;
    zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => this.onHover(id));
    zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, () => this.onLeave(id));
    zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, () => {
      this.pressed = id;
    });
    zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => {
      if (this.pressed !== id) return;
      this.pressed = null;
      this.deps.store.getState().chooseHotspot(id);
      // An inspected hotspot stops being interactive under the pointer, so no "out" will come.
      if (!this.offered.has(id)) this.releaseFocus(id);
    });
    return zone;
  }

  private onHover(id: string): void {
    this.hovered = id;
    this.renderRing();
    if (this.deps.store.getState().focusedHotspot !== id) this.deps.store.getState().focusHotspot(id);
  }

  private onLeave(id: string): void {
    if (this.pressed === id) this.pressed = null;
    if (this.hovered !== id) return;
    this.hovered = null;
    this.renderRing();
    this.releaseFocus(id);
  }

  private releaseFocus(id: string): void {
    if (this.deps.store.getState().focusedHotspot === id) this.deps.store.getState().focusHotspot(null);
  }

  private renderHotspots(): void {
    const manifest = this.shown;
    const offered = new Set<string>();
    if (manifest) {
      for (const choice of this.view.choices) {
        const id = choice.tags.observe;
        if (id !== undefined && this.zones.has(id)) offered.add(id);
      }
    }
    for (const [id, zone] of this.zones) {
      const on = offered.has(id);
      if (on === this.offered.has(id)) continue;
      if (on) zone.setInteractive({ useHandCursor: true });
      else {
        zone.disableInteractive(true);
        if (this.hovered === id) this.hovered = null;
        if (this.pressed === id) this.pressed = null;
      }
    }
    this.offered = offered;
  }

  private renderRing(): void {
    const ring = this.ring;
    const manifest = this.shown;
    if (!ring) return;
    const lit = new Set([this.hovered, this.view.focusedHotspot]);
    const ringed = (manifest?.hotspots ?? []).filter((h) => lit.has(h.id) && this.offered.has(h.id));
    const drawn = `${manifest?.id ?? ''}:${ringed.map((h) => h.id).join(' ')}`;
    if (drawn === this.ringed) return;
    this.ringed = drawn;
    this.invalidate();
    ring.clear();
    for (const hotspot of ringed) {
      const x = hotspot.x + HOTSPOT_RING.inset;
      const y = hotspot.y + HOTSPOT_RING.inset;
      const w = hotspot.w - 2 * HOTSPOT_RING.inset;
      const h = hotspot.h - 2 * HOTSPOT_RING.inset;
      ring.lineStyle(HOTSPOT_RING.glowWidth, HOTSPOT_RING.colour, HOTSPOT_RING.glowAlpha);
      ring.strokeRoundedRect(x, y, w, h, HOTSPOT_RING.radius);
      ring.lineStyle(HOTSPOT_RING.width, HOTSPOT_RING.colour, 1);
      ring.strokeRoundedRect(x, y, w, h, HOTSPOT_RING.radius);
    }
  }
}

/**
 * Canvas unless the link asks for WebGL. The stage is a few bitmaps drawn now and then: under
 * software WebGL (SwiftShader, as on guard-station PCs and thin clients without a GPU) one frame
 * took 200–550 ms while the Canvas renderer kept 60 frames/s (`npm run bench`), and browsers with a
 * GPU accelerate a 2D canvas too.
 */
function rendererFromUrl(): number {
  const choice = new URLSearchParams(window.location.search).get(RENDERER_PARAM);
  return choice === RENDERER_CHOICES.webgl ? Phaser.WEBGL : Phaser.CANVAS;
}

/**
 * Mounts the stage into `host` and resolves once the first picture is drawn. `destroy()` stops
 * listening to the store at once and removes the game and its canvas.
 */
export async function mountStage(
  host: HTMLElement,
  store: AppStore,
  scenes: ReadonlyMap<string, SceneManifest>,
  assetUrl: (file: string) => string,
): Promise<{ destroy(): void }> {
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const query = window.matchMedia?.(REDUCED_MOTION_QUERY);
  const scene = new SettingScene({
    store,
    scenes,
    assetUrl,
    onReady: () => resolveReady(),
    systemReducedMotion: () => query?.matches ?? false,
    onActivity: ({ tweens, figures }) => {
      host.dataset['stageTweens'] = String(tweens);
      host.dataset['stageFigures'] = String(figures);
    },
    onFrames: ({ renders, sleeping }) => {
      host.dataset['stageRenders'] = String(renders);
      host.dataset['stageSleeping'] = String(sleeping);
    },
  });
  const game = new Phaser.Game({
    type: rendererFromUrl(),
    parent: host,
    width: SCENE_WIDTH,
    height: SCENE_HEIGHT,
    backgroundColor: STAGE_BACKGROUND,
    banner: false,
    audio: { noAudio: true },
    // The DOM overlay owns the keyboard; the stage only listens to the pointer.
    input: { keyboard: false, gamepad: false },
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width: SCENE_WIDTH,
      height: SCENE_HEIGHT,
    },
    scene,
  });

  let destroyed = false;
  const destroy = (): void => {
    if (destroyed) return;
    destroyed = true;
    scene.teardown();
    resolveReady();
    game.destroy(true);
    // The game is destroyed on its next step: a sleeping loop takes that step now.
    if (game.loop.started && !game.loop.running) game.loop.wake();
  };

  // Decoration only: hidden from assistive technology and the tab order (the overlay mirrors it).
  const hideCanvas = (): void => {
    game.canvas?.setAttribute('aria-hidden', 'true');
    if (game.canvas) game.canvas.tabIndex = -1;
  };
  hideCanvas();
  game.events.once(Phaser.Core.Events.READY, hideCanvas);

  await ready;
  hideCanvas();
  return { destroy };
}
