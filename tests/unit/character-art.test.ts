import { describe, it, expect, expectTypeOf } from 'vitest';
import { characterSvg, CHARACTER_SVG_SIZE } from '../../src/scenes/character-art.ts';
import {
  ACCESSORIES,
  BUILDS,
  HAIR_STYLES,
  type Appearance,
} from '../../src/core/encounter/scene-manifest.ts';
import { MOODS, type Mood } from '../../src/core/vocabulary.ts';

const base: Appearance = {
  skin: '#a86f4c',
  hair: '#2a221d',
  hairStyle: 'short',
  top: '#2f3433',
  bottom: '#3f4a5a',
  accessory: 'cap',
  build: 'broad',
  height: 1,
};

/** A small well-formedness check: one <svg> root, every tag closed in order, no stray text. */
function expectWellFormedSvg(svg: string): void {
  expect(svg.startsWith('<svg ')).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain(`viewBox="0 0 ${CHARACTER_SVG_SIZE.width} ${CHARACTER_SVG_SIZE.height}"`);
  expect(svg).not.toMatch(/NaN|undefined|Infinity|null/);
  const stack: string[] = [];
  let roots = 0;
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<>]*")*)\s*(\/?)>/g;
  let last = 0;
  for (const m of svg.matchAll(tag)) {
    expect(svg.slice(last, m.index).trim()).toBe('');
    last = m.index + m[0].length;
    const [, closing, name = '', , selfClosing] = m;
    if (closing) {
      expect(stack.pop()).toBe(name);
    } else if (!selfClosing) {
      if (stack.length === 0) roots += 1;
      stack.push(name);
    }
  }
  expect(last).toBe(svg.length);
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

describe('characterSvg', () => {
  it('draws a well-formed SVG document for every mood and pose', () => {
    for (const mood of MOODS) {
      for (const pose of ['standing', 'seated'] as const) expectWellFormedSvg(characterSvg(base, mood, pose));
    }
  });

  it('draws a different picture for each mood', () => {
    for (const pose of ['standing', 'seated'] as const) {
      const pictures = new Set(MOODS.map((mood) => characterSvg(base, mood, pose)));
      expect(pictures.size).toBe(MOODS.length);
    }
    expect(characterSvg(base, 'calm', 'seated')).not.toBe(characterSvg(base, 'calm', 'standing'));
  });

  it('uses the colours of the appearance', () => {
    const svg = characterSvg(base, 'calm');
    for (const colour of [base.skin, base.hair, base.top, base.bottom]) expect(svg).toContain(colour);
  });

  it('handles every hair style, accessory and build', () => {
    for (const hairStyle of HAIR_STYLES) {
      for (const accessory of ACCESSORIES) {
        for (const build of BUILDS) {
          const svg = characterSvg({ ...base, hairStyle, accessory, build }, 'anxious');
          expectWellFormedSvg(svg);
          expect(svg).toContain(base.skin);
        }
      }
    }
  });

  it('draws a dress with bare legs when the bottom colour is the skin colour', () => {
    const dress = characterSvg({ ...base, bottom: base.skin, top: '#a9c4d6' }, 'calm');
    const trousers = characterSvg({ ...base, top: '#a9c4d6' }, 'calm');
    expectWellFormedSvg(dress);
    expect(dress).not.toBe(trousers);
  });

  it('never copies a malformed colour into the markup', () => {
    const svg = characterSvg({ ...base, skin: '"/><script>alert(1)</script>', top: 'red' }, 'calm');
    expectWellFormedSvg(svg);
    expect(svg).not.toContain('script');
    expect(svg).not.toContain('"red"');
  });

  it('accepts only the shared moods (checked by the compiler)', () => {
    expectTypeOf(characterSvg).parameter(1).toEqualTypeOf<Mood>();
    // Never called: the line below exists for the type checker, which must reject it.
    const invalid = (): string =>
      // @ts-expect-error 'angry' is not a Mood
      characterSvg(base, 'angry');
    expect(typeof invalid).toBe('function');
  });
});
