// The scene manifest's `lighting` field: the night corridor reuses the day art under a night shade,
// with the same hotspots and cast, and a manifest without the field is drawn as it is.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSceneManifest } from '../../src/core/encounter/scene-manifest.ts';

const SCENES = join(import.meta.dirname, '..', '..', 'assets', 'scenes');
const read = (id: string) =>
  readSceneManifest(`${id}.json`, JSON.parse(readFileSync(join(SCENES, `${id}.json`), 'utf8')));

describe('scene lighting', () => {
  it('draws the day corridor as it is, and the night corridor as the same art at night', () => {
    const day = read('hotel_corridor_day');
    const night = read('hotel_corridor_night');
    expect(day.lighting).toBe('as_drawn');
    expect(night.lighting).toBe('night');
    expect(night.art).toBe(day.art);
    expect(night.hotspots).toEqual(day.hotspots);
    expect(night.cast).toEqual(day.cast);
    expect(night.description).toMatch(/night/);
    expect(night.description).not.toMatch(/daylight|morning/);
  });

  it('refuses a lighting it does not know', () => {
    const data = JSON.parse(readFileSync(join(SCENES, 'hotel_corridor_night.json'), 'utf8'));
    expect(() => readSceneManifest('x.json', { ...data, lighting: 'dusk' })).toThrow(/lighting/);
  });
});
