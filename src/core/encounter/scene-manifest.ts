// Scene and sound manifests: the data half of the art (assets/scenes/*.json, assets/audio/sounds.json).
// The story checker and the engine read hotspot ids and cast placements from here; the Phaser scene
// draws from the same data, so a hotspot named in ink always exists in the picture.

import { SETTINGS, type Setting } from '../vocabulary.ts';
import { Reader, join } from '../validate.ts';

export const SCENE_WIDTH = 1280;
export const SCENE_HEIGHT = 720;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Hotspot extends Rect {
  id: string;
  /** Short name read out and shown on the mirrored button, e.g. "Key cards on the desk". */
  label: string;
}

export interface Appearance {
  /** Skin, hair and clothing colours as #rrggbb. */
  skin: string;
  hair: string;
  hairStyle: 'short' | 'long' | 'bun' | 'curly' | 'covered' | 'bald';
  top: string;
  bottom: string;
  /** Optional accessory drawn with the figure. */
  accessory?: 'none' | 'lanyard' | 'backpack' | 'bag' | 'glasses' | 'cap';
  build: 'slight' | 'medium' | 'broad';
  height: number;
}

export interface CastPlacement {
  character: string;
  x: number;
  y: number;
  /** Facing: 1 right, -1 left. */
  facing: 1 | -1;
  appearance: Appearance;
}

export interface SceneManifest {
  id: string;
  setting: Setting;
  title: string;
  /** A text description of the picture for screen-reader users. */
  description: string;
  /** File name of the background art next to the manifest. */
  art: string;
  hotspots: Hotspot[];
  cast: CastPlacement[];
  /**
   * How the art is lit: as drawn, or `night`, which the stage shades dark over the same art (a night
   * scene without new drawing, e.g. the day corridor at night). Optional in the file; default as drawn.
   */
  lighting: SceneLighting;
}

const SCENE_LIGHTINGS = ['as_drawn', 'night'] as const;
export type SceneLighting = (typeof SCENE_LIGHTINGS)[number];

export const HAIR_STYLES = ['short', 'long', 'bun', 'curly', 'covered', 'bald'] as const;
export const ACCESSORIES = ['none', 'lanyard', 'backpack', 'bag', 'glasses', 'cap'] as const;
export const BUILDS = ['slight', 'medium', 'broad'] as const;

const COLOUR = /^#[0-9a-f]{6}$/i;

function rect(r: Reader, o: Record<string, unknown>, path: string): Rect {
  const x = r.number(o, 'x', path, { min: 0, max: SCENE_WIDTH });
  const y = r.number(o, 'y', path, { min: 0, max: SCENE_HEIGHT });
  const w = r.number(o, 'w', path, { min: 24, max: SCENE_WIDTH });
  const h = r.number(o, 'h', path, { min: 24, max: SCENE_HEIGHT });
  if (x + w > SCENE_WIDTH || y + h > SCENE_HEIGHT) r.fail(path, 'outsideScene');
  return { x, y, w, h };
}

function colour(r: Reader, o: Record<string, unknown>, key: string, path: string): string {
  const v = r.text(o, key, path);
  if (v && !COLOUR.test(v)) r.fail(join(path, key), 'notColour', { got: v });
  return v;
}

/** Validates a scene manifest; throws a DataError naming the file and field. */
export function readSceneManifest(source: string, data: unknown): SceneManifest {
  const r = new Reader(source);
  const o = r.object(data, '') ?? {};
  r.onlyKeys(o, ['id', 'setting', 'title', 'description', 'art', 'lighting', 'hotspots', 'cast'], '');
  const manifest: SceneManifest = {
    id: r.text(o, 'id', ''),
    setting: r.oneOf(o, 'setting', SETTINGS, ''),
    title: r.text(o, 'title', ''),
    description: r.text(o, 'description', ''),
    art: r.text(o, 'art', ''),
    hotspots: [],
    cast: [],
    lighting: o['lighting'] === undefined ? 'as_drawn' : r.oneOf(o, 'lighting', SCENE_LIGHTINGS, ''),
  };
  const ids = new Set<string>();
  r.array(o['hotspots'], 'hotspots').forEach((item, i) => {
    const path = join('hotspots', i);
    const h = r.object(item, path);
    if (!h) return;
    const id = r.text(h, 'id', path);
    if (ids.has(id)) r.fail(join(path, 'id'), 'appearsTwice', { id });
    ids.add(id);
    manifest.hotspots.push({ id, label: r.text(h, 'label', path), ...rect(r, h, path) });
  });
  r.array(o['cast'], 'cast').forEach((item, i) => {
    const path = join('cast', i);
    const c = r.object(item, path);
    if (!c) return;
    const a = r.object(c['appearance'], join(path, 'appearance')) ?? {};
    const ap = join(path, 'appearance');
    const facing = r.number(c, 'facing', path);
    if (facing !== 1 && facing !== -1) r.fail(join(path, 'facing'), 'notFacing');
    const appearance: Appearance = {
      skin: colour(r, a, 'skin', ap),
      hair: colour(r, a, 'hair', ap),
      hairStyle: r.oneOf(a, 'hairStyle', HAIR_STYLES, ap),
      top: colour(r, a, 'top', ap),
      bottom: colour(r, a, 'bottom', ap),
      build: r.oneOf(a, 'build', BUILDS, ap),
      height: r.number(a, 'height', ap, { min: 0.7, max: 1.2 }),
    };
    if (a['accessory'] !== undefined) appearance.accessory = r.oneOf(a, 'accessory', ACCESSORIES, ap);
    manifest.cast.push({
      character: r.text(c, 'character', path),
      x: r.number(c, 'x', path, { min: 0, max: SCENE_WIDTH }),
      y: r.number(c, 'y', path, { min: 0, max: SCENE_HEIGHT }),
      facing: facing === -1 ? -1 : 1,
      appearance,
    });
  });
  r.done();
  return manifest;
}

export interface SoundEntry {
  id: string;
  /** File names in assets/audio, best format first (e.g. ogg then mp3 or wav). */
  files: string[];
  /** Caption shown when captions are on, e.g. "[Soft lift chime]". */
  caption: string;
  loop: boolean;
  /** 0–1, before the player's own volume settings. */
  volume: number;
  kind: 'ambience' | 'effect' | 'ui';
}

const SOUND_KINDS = ['ambience', 'effect', 'ui'] as const;

export function readSoundManifest(source: string, data: unknown): SoundEntry[] {
  const r = new Reader(source);
  const out: SoundEntry[] = [];
  const ids = new Set<string>();
  r.array(data, '').forEach((item, i) => {
    const path = join('', i);
    const o = r.object(item, path);
    if (!o) return;
    r.onlyKeys(o, ['id', 'files', 'caption', 'loop', 'volume', 'kind'], path);
    const id = r.text(o, 'id', path);
    if (ids.has(id)) r.fail(join(path, 'id'), 'appearsTwice', { id });
    ids.add(id);
    out.push({
      id,
      files: r.texts(o, 'files', path, { min: 1 }),
      caption: r.text(o, 'caption', path),
      loop: r.boolean(o, 'loop', path),
      volume: r.number(o, 'volume', path, { min: 0, max: 1 }),
      kind: r.oneOf(o, 'kind', SOUND_KINDS, path),
    });
  });
  r.done();
  return out;
}
