// The scene manifest's `lighting` field: the night corridor is the day corridor's layout (its own art
// with a dark window, the same hotspots and cast) under a night shade, and a manifest without the
// field is drawn as it is.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSceneManifest } from '../../src/core/encounter/scene-manifest.ts';

const SCENES = join(import.meta.dirname, '..', '..', 'assets', 'scenes');
const read = (id: string) =>
  readSceneManifest(`${id}.json`, JSON.parse(readFileSync(join(SCENES, `${id}.json`), 'utf8')));

describe('scene lighting', () => {
  it('draws the day corridor as it is, and the night corridor as the same place at night', () => {
    const day = read('hotel_corridor_day');
    const night = read('hotel_corridor_night');
    expect(day.lighting).toBe('as_drawn');
    expect(night.lighting).toBe('night');
    expect(night.art).not.toBe(day.art);
    // The window the description calls dark is dark in the art: no daylight sky, no sun on the carpet.
    const art = readFileSync(join(SCENES, night.art), 'utf8');
    const dayArt = readFileSync(join(SCENES, day.art), 'utf8');
    expect(dayArt).toContain('url(#sun)');
    expect(art).not.toContain('url(#sun)');
    expect(night.description).toMatch(/window is dark/);
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
