// Render on demand for the stage (stage.ts): the game loop sleeps (no requestAnimationFrame at all)
// while nothing moves, and wakes for a change: the store, a texture arriving, a hover, a resize. A
// tween keeps it awake.

import type * as Phaser from 'phaser';

/** Frames drawn so far, and whether the game loop is asleep (no frame is requested until a change). */
export interface StageFrames {
  renders: number;
  sleeping: boolean;
}

export class FrameLoop {
  /** Frames still owed to a change made since the last frame. */
  private framesOwed = 0;
  private renders = 0;
  private sleeping = false;
  /** The animation frame that will wake the loop, if one is booked. */
  private wakeFrame = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    /** Whether the scene still runs (it stops listening on teardown). */
    private readonly alive: () => boolean,
    private readonly onFrames?: (frames: StageFrames) => void,
  ) {}

  /** Something on screen changed: draw the next frame, waking the loop if it sleeps. */
  invalidate(): void {
    this.framesOwed = 1;
    if (!this.sleeping || this.wakeFrame || !this.alive()) return;
    // Wake in the next animation frame rather than now: a store change arrives inside a key or
    // click handler, and the overlay should paint first.
    this.wakeFrame = requestAnimationFrame(() => {
      this.wakeFrame = 0;
      if (!this.sleeping || !this.alive()) return;
      this.sleeping = false;
      const loop = this.scene.game.loop;
      loop.resetDelta(); // no jump in time for whatever starts now
      loop.wake(); // steps (and draws) at once, then every frame until it sleeps again
    });
  }

  /** Whether anything needs another frame: a change not drawn yet, a tween, or files still queued. */
  private busy(): boolean {
    const { tweens, load } = this.scene;
    return this.framesOwed > 0 || tweens.getTweens().length > 0 || (load.isLoading() && load.list.size > 0);
  }

  /** After each frame: count it, and put the loop to sleep when nothing moves any more. */
  afterFrame(): void {
    this.renders++;
    if (this.framesOwed > 0) this.framesOwed--;
    if (!this.busy() && !this.sleeping) {
      this.scene.game.loop.sleep();
      this.sleeping = true;
    }
    this.onFrames?.({ renders: this.renders, sleeping: this.sleeping });
  }

  /** Cancels a booked wake-up (on teardown). */
  stop(): void {
    if (this.wakeFrame) cancelAnimationFrame(this.wakeFrame);
    this.wakeFrame = 0;
  }
}
