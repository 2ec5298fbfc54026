// The character art's pieces on their own: the colour kit (src/scenes/figure-draw.ts) and the frame
// and layers of the body (src/scenes/figure-body.ts). The whole figure is tested in character-art.test.ts.

import { describe, expect, it } from 'vitest';
import type { Appearance } from '../../src/core/encounter/scene-manifest.ts';
import { figureFrame, legs, wornInFront } from '../../src/scenes/figure-body.ts';
import { mix, safe, shade } from '../../src/scenes/figure-draw.ts';

const base: Appearance = {
  skin: '#a86f4c',
  hair: '#2a221d',
  hairStyle: 'short',
  top: '#2f3433',
  bottom: '#3f4a5a',
  build: 'medium',
  height: 1,
};

describe('the colour kit', () => {
  it('mixes channel by channel and keeps only #rrggbb colours', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mix('#102030', '#102030', 0.7)).toBe('#102030');
    expect(shade('#ffffff', 0)).toBe('#ffffff');
    expect(safe('#A0b0C0', '#000000')).toBe('#A0b0C0');
    expect(safe('red', '#000000')).toBe('#000000');
    expect(safe('#abc', '#000000')).toBe('#000000');
  });
});

describe('the figure frame', () => {
  it('draws a dress when the bottom is the skin colour, whatever its case', () => {
    expect(figureFrame(base, 'calm', 'standing').dress).toBe(false);
    const f = figureFrame({ ...base, bottom: '#A86F4C' }, 'calm', 'standing');
    expect([f.dress, f.hemY]).toEqual([true, 232]);
    expect(figureFrame(base, 'calm', 'standing').hemY).toBe(178);
  });

  it('raises the shoulders and sinks the head when anxious, and sits lower and to the left seated', () => {
    const calm = figureFrame(base, 'calm', 'standing');
    const anxious = figureFrame(base, 'anxious', 'standing');
    expect([anxious.sy - calm.sy, anxious.hy - calm.hy]).toEqual([-6, 7]);
    const seated = figureFrame(base, 'calm', 'seated');
    expect([seated.cx, seated.sy, seated.hy, seated.hipY, seated.hemY]).toEqual([44, 136, 100, 230, 230]);
  });

  it('falls back to safe colours, a medium build and no accessory', () => {
    const f = figureFrame(
      { ...base, skin: 'pink', build: 'huge' as Appearance['build'] },
      'calm',
      'standing',
    );
    expect(f.c.skin).toBe('#b07a56');
    expect(f.size).toEqual(figureFrame(base, 'calm', 'standing').size);
    expect(f.accessory).toBe('none');
  });
});

describe('the layers', () => {
  it('draws thighs apart only when seated', () => {
    expect(legs(figureFrame(base, 'calm', 'standing')).thighs).toEqual([]);
    const seated = legs(figureFrame(base, 'calm', 'seated'));
    expect(seated.thighs).toHaveLength(2);
    expect(seated.parts).toHaveLength(4);
  });

  it('wears only the accessory asked for in front', () => {
    expect(wornInFront(figureFrame(base, 'calm', 'standing'))).toEqual([]);
    expect(wornInFront(figureFrame({ ...base, accessory: 'lanyard' }, 'calm', 'standing'))).toHaveLength(3);
    expect(wornInFront(figureFrame({ ...base, accessory: 'glasses' }, 'calm', 'standing'))).toEqual([]);
  });
});
