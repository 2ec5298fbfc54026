// What the stage draws, worked out without Phaser (src/scenes/stage-view.ts): the view it follows,
// the character textures' URLs and sizes, the hotspots on offer and the ring. The drawing itself is
// tested in the browser (tests/browser/stage-sleep.test.ts, motion.test.ts).

import { describe, expect, it } from 'vitest';
import type { StoryChoice } from '../../src/core/encounter/beats.ts';
import type { CastPlacement, SceneManifest } from '../../src/core/encounter/scene-manifest.ts';
import {
  characterSize,
  offeredHotspots,
  ringedHotspots,
  sameView,
  svgDataUrl,
  type StageView,
} from '../../src/scenes/stage-view.ts';

const choice = (index: number, observe?: string): StoryChoice =>
  ({ index, id: `c${index}`, text: 'Look', tags: observe ? { observe } : {} }) as StoryChoice;

const manifest = {
  id: 'hotel.lobby',
  hotspots: [
    { id: 'desk', label: 'Desk', x: 0, y: 0, w: 10, h: 10 },
    { id: 'door', label: 'Door', x: 20, y: 0, w: 10, h: 10 },
  ],
} as unknown as SceneManifest;

describe('the stage view', () => {
  it('is the same only when every field is the same object', () => {
    const a: StageView = { staging: null, choices: [], focusedHotspot: null, reducedMotion: false };
    expect(sameView(a, { ...a })).toBe(true);
    expect(sameView(a, { ...a, choices: [] })).toBe(false);
    expect(sameView(a, { ...a, reducedMotion: true })).toBe(false);
    expect(sameView(a, { ...a, focusedHotspot: 'desk' })).toBe(false);
  });
});

describe('character textures', () => {
  it('encodes SVG as base64, non-ASCII as character references', () => {
    const url = svgDataUrl('<svg>é—</svg>');
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(atob(url.slice('data:image/svg+xml;base64,'.length))).toBe('<svg>&#233;&#8212;</svg>');
  });

  it('scales the art box by the person’s height', () => {
    const at = (height: number) => ({ appearance: { height } }) as CastPlacement;
    expect(characterSize(at(1))).toEqual({ width: 160, height: 320 });
    expect(characterSize(at(0.9))).toEqual({ width: 144, height: 288 });
  });
});

describe('hotspots and the ring', () => {
  it('offers the hotspots the choices inspect, if the scene has them', () => {
    const offered = offeredHotspots([choice(0, 'desk'), choice(1), choice(2, 'roof')], (id) =>
      ['desk', 'door'].includes(id),
    );
    expect([...offered]).toEqual(['desk']);
  });

  it('rings the offered hotspots that are lit, keyed by scene and ids', () => {
    const both = new Set(['desk', 'door']);
    expect(ringedHotspots(manifest, new Set(['door', null]), both).key).toBe('hotel.lobby:door');
    const lit = ringedHotspots(manifest, new Set(['desk', 'door']), new Set(['door']));
    expect([lit.key, lit.ringed.map((h) => h.id)]).toEqual(['hotel.lobby:door', ['door']]);
    expect(ringedHotspots(null, new Set(['desk']), both).key).toBe(':');
  });
});
