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

  constructor(key: string, deps: StageDeps) {
    super({ key });
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

/** The visit's one game, made by the first stage mounted and kept while the page is open. */
let kept: Phaser.Game | null = null;
/** The stage on screen, if any: a new one takes its place. */
let current: { destroy(): void } | null = null;
/** Mounts so far: each scene gets a key of its own, so a new one never meets the old one's key. */
let mounts = 0;

/**
 * One game for the whole visit: each encounter's stage is a new scene in it, not a new game. A game
 * per encounter ran Phaser's whole start-up and tear-down (its systems' constructors, boot and destroy)
 * again every time, and V8 compiled that code further each time: about 0.1 MB more compiled code in
 * the page after 20 encounters (docs/performance.md, "Heap"). The game is never destroyed, so nothing
 * Phaser's `destroy()` forgets (a `wheel` listener, the texture manager's tile sprite) piles up.
 * Made on the first mount, in `host`.
 */
function theGame(host: HTMLElement): Phaser.Game {
  if (kept) return kept;
  kept = new Phaser.Game({
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
  });
  // With no stage on screen (one left before the game had started, say), a frame puts the game to sleep.
  kept.events.on(Phaser.Core.Events.POST_RENDER, () => {
    if (!current) kept?.loop.sleep();
  });
  return kept;
}

/** The game's parent element, which it reads at boot (its config says it is fixed; here it moves). */
function setParent(game: Phaser.Game, host: HTMLElement | null): void {
  (game.config as { parent: unknown }).parent = host;
  game.scale.parent = host;
}

/** Puts the game's canvas in `host` and fits it there (the game may have been on another screen). */
function attach(game: Phaser.Game, host: HTMLElement): void {
  setParent(game, host);
  if (!game.isBooted) return; // booting puts the canvas in the config's parent
  if (game.canvas.parentElement !== host) host.appendChild(game.canvas);
  game.scale.getParentBounds();
  game.scale.refresh();
}

/**
 * Lets go of the screen the stage was on, and of the left encounter's textures, and puts the game to
 * sleep until the next stage: the game keeps nothing of an encounter once it is left.
 */
function detach(game: Phaser.Game): void {
  game.canvas?.remove();
  setParent(game, null);
  for (const key of game.textures.getTextureKeys()) game.textures.remove(key);
  game.loop.sleep();
}

/**
 * Mounts the stage into `host` and resolves once the first picture is drawn. `destroy()` stops
 * listening to the store at once, removes the scene and its textures and takes the canvas off the page.
 */
export async function mountStage(
  host: HTMLElement,
  store: AppStore,
  scenes: ReadonlyMap<string, SceneManifest>,
  assetUrl: (file: string) => string,
): Promise<{ destroy(): void }> {
  current?.destroy();
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const query = window.matchMedia?.(REDUCED_MOTION_QUERY);
  const scene = new SettingScene(`${SCENE_KEYS.setting}-${++mounts}`, {
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
  const game = theGame(host);
  attach(game, host);
  const key = scene.sys.settings.key;
  game.scene.add(key, scene, true);

  let destroyed = false;
  const stage = {
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      if (current === stage) current = null;
      scene.teardown();
      resolveReady();
      // A scene added before the game was ready waits in the scene manager's queue until it is.
      if (game.scene.isBooted) game.scene.remove(key);
      else game.events.once(Phaser.Core.Events.READY, () => game.scene.remove(key));
      detach(game);
    },
  };
  current = stage;
  // A game put to sleep by the last stage: step it again (the scene's frame loop sleeps it when idle).
  if (game.loop.started && !game.loop.running) {
    game.loop.resetDelta();
    game.loop.wake();
  }

  // Decoration only: hidden from assistive technology and the tab order (the overlay mirrors it).
  const hideCanvas = (): void => {
    game.canvas?.setAttribute('aria-hidden', 'true');
    if (game.canvas) game.canvas.tabIndex = -1;
  };
  hideCanvas();
  game.events.once(Phaser.Core.Events.READY, hideCanvas);

  await ready;
  game.events.off(Phaser.Core.Events.READY, hideCanvas);
  hideCanvas();
  return stage;
}
