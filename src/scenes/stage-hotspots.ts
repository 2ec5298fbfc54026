// The stage's hotspots (stage.ts): a pointer zone per hotspot of the scene shown, interactive while a
// choice inspects it, and the ring drawn around the one under the pointer or focused. Hover and click
// become store actions (focusHotspot, chooseHotspot); the DOM overlay mirrors each as a button.

import * as Phaser from 'phaser';
import type { StoryChoice } from '../core/encounter/beats.ts';
import type { Hotspot, SceneManifest } from '../core/encounter/scene-manifest.ts';
import type { AppStore } from '../state/store.ts';
import { DEPTHS, HOTSPOT_RING } from './keys.ts';
import { offeredHotspots, ringedHotspots } from './stage-view.ts';

/** What the hotspots read of the stage: the scene shown and the hotspot the store has focused. */
export interface HotspotContext {
  scene: Phaser.Scene;
  store: AppStore;
  /** Something on screen changed (render on demand). */
  invalidate: () => void;
  shown: () => SceneManifest | null;
  focused: () => string | null;
}

export class StageHotspots {
  private readonly zones = new Map<string, Phaser.GameObjects.Zone>();
  private ring: Phaser.GameObjects.Graphics | null = null;
  private hovered: string | null = null;
  private pressed: string | null = null;
  private offered = new Set<string>();
  /** The hotspots the ring is drawn around now, by id (so an unchanged ring costs no frame). */
  private ringed = ':';

  constructor(private readonly ctx: HotspotContext) {}

  /** Adds the ring's layer (in the scene's create). */
  createRing(): void {
    this.ring = this.ctx.scene.add.graphics().setDepth(DEPTHS.ring);
  }

  /** A zone for each hotspot of a newly shown scene. */
  build(manifest: SceneManifest): void {
    for (const hotspot of manifest.hotspots) this.zones.set(hotspot.id, this.makeZone(hotspot));
  }

  clear(): void {
    for (const zone of this.zones.values()) zone.destroy();
    this.zones.clear();
    this.hovered = null;
    this.pressed = null;
    this.offered = new Set();
  }

  private makeZone(hotspot: Hotspot): Phaser.GameObjects.Zone {
    const zone = this.ctx.scene.add
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
      this.ctx.store.getState().chooseHotspot(id);
      // An inspected hotspot stops being interactive under the pointer, so no "out" will come.
      if (!this.offered.has(id)) this.releaseFocus(id);
    });
    return zone;
  }

  private onHover(id: string): void {
    this.hovered = id;
    this.renderRing();
    if (this.ctx.store.getState().focusedHotspot !== id) this.ctx.store.getState().focusHotspot(id);
  }

  private onLeave(id: string): void {
    if (this.pressed === id) this.pressed = null;
    if (this.hovered !== id) return;
    this.hovered = null;
    this.renderRing();
    this.releaseFocus(id);
  }

  private releaseFocus(id: string): void {
    if (this.ctx.store.getState().focusedHotspot === id) this.ctx.store.getState().focusHotspot(null);
  }

  /** Makes the zones the choices on offer inspect interactive, and the others not. */
  render(choices: readonly StoryChoice[]): void {
    const offered = this.ctx.shown()
      ? offeredHotspots(choices, (id) => this.zones.has(id))
      : new Set<string>();
    for (const [id, zone] of this.zones) {
      const on = offered.has(id);
      if (on === this.offered.has(id)) continue;
      // Phaser only queues a zone for its input list; the queue is taken in on the next game step,
      // so a sleeping loop must take one or the pointer would not find the zone until something moved.
      this.ctx.invalidate();
      if (on) zone.setInteractive({ useHandCursor: true });
      else {
        zone.disableInteractive(true);
        if (this.hovered === id) this.hovered = null;
        if (this.pressed === id) this.pressed = null;
      }
    }
    this.offered = offered;
  }

  renderRing(): void {
    const ring = this.ring;
    if (!ring) return;
    const lit = new Set([this.hovered, this.ctx.focused()]);
    const { ringed, key } = ringedHotspots(this.ctx.shown(), lit, this.offered);
    if (key === this.ringed) return;
    this.ringed = key;
    this.ctx.invalidate();
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
