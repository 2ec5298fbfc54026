// The Phaser stage: one game, one thin scene that draws the setting, the people in it and the
// hotspots on offer. It renders store state and turns pointer input into store actions; it holds no
// rules. The canvas is decoration for sighted mouse users: the DOM overlay mirrors every hotspot as
// a real button, so the canvas is hidden from assistive technology and from the tab order.
// Loaded lazily (`await import('../scenes/stage.ts')`), so Phaser never delays the first choice.

import * as Phaser from 'phaser';
import { SCENE_HEIGHT, SCENE_WIDTH, type SceneManifest } from '../core/encounter/scene-manifest.ts';
import type { AppStore } from '../state/store.ts';
import { lightBackground } from './lighting.ts';
import { backgroundTextureKey, RENDERER_CHOICES, RENDERER_PARAM, SCENE_KEYS } from './keys.ts';
import { StageArt } from './stage-art.ts';
import { StageCast } from './stage-cast.ts';
import { StageHotspots } from './stage-hotspots.ts';
import { FrameLoop, type StageFrames } from './stage-loop.ts';
import { sameView, viewOf, type StageView } from './stage-view.ts';

export type { StageFrames } from './stage-loop.ts';

/** Shown around the art while it loads and in the letterbox: the night-lobby outline colour. */
const STAGE_BACKGROUND = '#231b16';

/** Wait after a scene appears before loading the moods nobody shows yet. */
const WARM_MOODS_DELAY_MS = 400;

const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

/** The DOM event Phaser's mouse manager listens to for the wheel (and forgets to stop listening to). */
const WHEEL_EVENT = 'wheel';

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

/**
 * The scene: follows the store's view and hands the work to its parts: the frame loop (render on
 * demand, stage-loop.ts), the texture requests (stage-art.ts), the people (stage-cast.ts) and the
 * hotspots with their ring (stage-hotspots.ts). It draws the background itself.
 */
class SettingScene extends Phaser.Scene {
  private readonly deps: StageDeps;
  private view: StageView;
  private unsubscribe: (() => void) | null = null;
  /** The scene whose art is on screen (may lag `staging.bg` while new art loads). */
  private shown: SceneManifest | null = null;
  private background: Phaser.GameObjects.Image | null = null;
  private readonly frames: FrameLoop;
  private readonly art: StageArt;
  private readonly cast: StageCast;
  private readonly hotspots: StageHotspots;
  private warmTimer: ReturnType<typeof setTimeout> | undefined;
  private resizeObserver: ResizeObserver | null = null;

  constructor(deps: StageDeps) {
    super({ key: SCENE_KEYS.setting });
    this.deps = deps;
    this.view = viewOf(deps.store.getState(), deps.systemReducedMotion());
    this.frames = new FrameLoop(this, () => this.unsubscribe !== null, deps.onFrames);
    const invalidate = () => this.frames.invalidate();
    this.art = new StageArt(this, deps.scenes, deps.assetUrl);
    this.cast = new StageCast(this, invalidate);
    this.hotspots = new StageHotspots({
      scene: this,
      store: deps.store,
      invalidate,
      shown: () => this.shown,
      focused: () => this.view.focusedHotspot,
    });
  }

  preload(): void {
    this.load.on(Phaser.Loader.Events.FILE_COMPLETE, this.art.fileLoaded, this.art);
    // First paint: the background and each present person's current mood only.
    this.art.request(this.view);
  }

  create(): void {
    this.cameras.main.setBackgroundColor(STAGE_BACKGROUND);
    this.hotspots.createRing();
    this.load.on(Phaser.Loader.Events.COMPLETE, this.onLoaded, this);
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, this.art.loadError, this.art);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, this.teardown, this);
    this.events.once(Phaser.Scenes.Events.DESTROY, this.teardown, this);
    this.game.events.on(Phaser.Core.Events.POST_RENDER, this.frames.afterFrame, this.frames);
    window.addEventListener('resize', this.onResize);
    // Pointer events come before the mouse events Phaser reads, so the bounds are fresh for its hit test.
    this.game.canvas.addEventListener('pointermove', this.onPointer, { passive: true });
    this.game.canvas.addEventListener('pointerdown', this.onPointer, { passive: true });
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
    this.load?.off(Phaser.Loader.Events.FILE_LOAD_ERROR, this.art.loadError, this.art);
    this.load?.off(Phaser.Loader.Events.FILE_COMPLETE, this.art.fileLoaded, this.art);
    this.events?.off(Phaser.Scenes.Events.SHUTDOWN, this.teardown, this);
    this.events?.off(Phaser.Scenes.Events.DESTROY, this.teardown, this);
    this.game?.events.off(Phaser.Core.Events.POST_RENDER, this.frames.afterFrame, this.frames);
    window.removeEventListener('resize', this.onResize);
    this.game?.canvas?.removeEventListener('pointermove', this.onPointer);
    this.game?.canvas?.removeEventListener('pointerdown', this.onPointer);
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    clearTimeout(this.warmTimer);
    this.frames.stop();
  }

  /**
   * The canvas may have moved on the page without changing size (text above it grew, a notice
   * appeared). Phaser only re-reads its position every half second of a running loop, and a sleeping
   * loop never does, so the pointer would miss the hotspots: read it before every pointer event.
   */
  private readonly onPointer = (): void => {
    this.scale.updateBounds();
  };

  /** The host or window changed size: the scale manager re-fits the canvas on the next step. */
  private readonly onResize = (): void => {
    this.scale.dirty = true;
    this.frames.invalidate();
  };

  private onLoaded(): void {
    this.art.settle();
    this.render();
  }

  /** Every mood of everyone in the scene shown, loaded in the background so mood changes are instant. */
  private warmMoods(): void {
    if (this.shown && this.unsubscribe) this.art.warmMoods(this.shown);
  }

  private render(): void {
    this.art.request(this.view);
    this.art.startLoading();
    this.renderBackground();
    this.cast.render(this.shown, this.view.staging?.cast ?? {}, !this.view.reducedMotion);
    this.hotspots.render(this.view.choices);
    this.hotspots.renderRing();
    this.deps.onActivity?.(this.cast.activity());
  }

  private renderBackground(): void {
    const wanted = this.art.manifestFor(this.view);
    if (wanted === this.shown) return;
    if (wanted && !this.textures.exists(backgroundTextureKey(wanted.id))) {
      // Keep the old picture until the new one has loaded, unless it failed for good.
      if (!this.art.hasFailed(backgroundTextureKey(wanted.id))) return;
    }
    this.background?.destroy();
    this.background = null;
    this.cast.clear();
    this.hotspots.clear();
    this.frames.invalidate();
    this.shown = wanted;
    if (!wanted) return;
    // After the first picture is up, fetch the other moods without competing with it. A timer
    // outside Phaser's clock: that clock stops while the loop sleeps.
    clearTimeout(this.warmTimer);
    this.warmTimer = setTimeout(() => this.warmMoods(), WARM_MOODS_DELAY_MS);
    const key = backgroundTextureKey(wanted.id);
    if (this.textures.exists(key))
      this.background = lightBackground(this, this.add.image(0, 0, key).setOrigin(0, 0), wanted.lighting);
    this.hotspots.build(wanted);
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
 * What `game.destroy()` leaves behind in Phaser 4.2.1, each holding the whole destroyed game (its
 * scenes, textures, and the encounter screen it was mounted in) for as long as the page is open; every
 * stage mounted and destroyed added one more (docs/performance.md, "Heap"):
 * - the mouse manager's `wheel` listener, which `MouseManager.stopListeners` never removes. The game's
 *   canvas comes from Phaser's canvas pool and goes back to it, so the next game gets the same
 *   element, and the listeners piled up on it;
 * - the texture manager's tile sprite (`TextureManager.tileSprite`, for drawing into dynamic
 *   textures), which its `destroy()` never destroys: its two canvases stay taken in the pool, and the
 *   pool keeps them, and through the sprite its scene and game, for ever.
 * Called just before the game is destroyed.
 */
function releaseWhatPhaserKeeps(game: Phaser.Game): void {
  const mouse = game.input?.mouse;
  const canvas = mouse?.target as EventTarget | null | undefined;
  canvas?.removeEventListener(WHEEL_EVENT, mouse?.onMouseWheel as EventListener);
  game.textures?.tileSprite?.destroy();
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
    releaseWhatPhaserKeeps(game);
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
