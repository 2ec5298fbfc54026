// The face and hair of the character art (character-art.ts): expressions by mood, and each hair
// style's back part (behind the head) and front part.

import type { Appearance } from '../core/encounter/scene-manifest.ts';
import type { Mood } from '../core/vocabulary.ts';
import {
  CHARACTER_OUTLINE,
  circle,
  line,
  n,
  shade,
  shape,
  tint,
  type Colours,
  type Point,
} from './figure-draw.ts';

export function face(mood: Mood, hx: number, hy: number, c: Colours): string {
  const eyeL: Point = [hx - 4, hy + 2];
  const eyeR: Point = [hx + 9, hy + 2];
  const mx = hx + 3;
  const my = hy + 12;
  const ink = CHARACTER_OUTLINE;
  const brow = shade(c.hair, 0.35);
  let out = '';
  // Eyes.
  if (mood === 'relieved') {
    for (const [x, y] of [eyeL, eyeR])
      out += line(`M${n(x - 3)} ${n(y + 1)}Q${n(x)} ${n(y - 2.5)} ${n(x + 3)} ${n(y + 1)}`, ink, 2.2);
  } else {
    const drop = mood === 'anxious' ? 2 : 0;
    for (const [x, y] of [eyeL, eyeR]) out += circle(x, y + drop, 2.2, ink, false);
    if (mood === 'guarded' || mood === 'anxious') {
      for (const [x, y] of [eyeL, eyeR]) out += line(`M${n(x - 3)} ${n(y - 1)}H${n(x + 3)}`, ink, 1.8);
    }
  }
  // Brows.
  const browAt = (x: number, y: number, inner: number, outer: number, left: boolean): string => {
    const ix = left ? x + 3 : x - 3;
    const ox = left ? x - 3 : x + 3;
    return line(`M${n(ox)} ${n(y - 6 + outer)}L${n(ix)} ${n(y - 6 + inner)}`, brow, 2.2);
  };
  const brows: Record<Mood, [number, number]> = {
    calm: [0, 0],
    guarded: [1, 1],
    anxious: [-2, 1],
    relieved: [-1, -1],
    impatient: [2, -1],
  };
  const [inner, outer] = brows[mood];
  out += browAt(eyeL[0], eyeL[1], inner, outer, true) + browAt(eyeR[0], eyeR[1], inner, outer, false);
  // Nose: a small curve on the side the figure faces.
  out += line(
    `M${n(hx + 12)} ${n(hy + 3)}Q${n(hx + 15)} ${n(hy + 7)} ${n(hx + 11)} ${n(hy + 8)}`,
    shade(c.skin, 0.35),
    2,
  );
  // Mouth.
  const mouths: Record<Mood, string> = {
    calm: `M${n(mx - 4)} ${n(my)}Q${n(mx)} ${n(my + 3)} ${n(mx + 4)} ${n(my)}`,
    guarded: `M${n(mx - 4)} ${n(my + 1)}H${n(mx + 4)}`,
    anxious: `M${n(mx - 3)} ${n(my + 2)}Q${n(mx)} ${n(my + 0.5)} ${n(mx + 3)} ${n(my + 2)}`,
    relieved: `M${n(mx - 5)} ${n(my - 1)}Q${n(mx)} ${n(my + 4)} ${n(mx + 5)} ${n(my - 1)}`,
    impatient: `M${n(mx - 4)} ${n(my + 2.5)}Q${n(mx)} ${n(my - 1)} ${n(mx + 4)} ${n(my + 2.5)}`,
  };
  out += line(mouths[mood], shade(c.skin, 0.55), 2.2);
  if (mood === 'relieved' || mood === 'calm') {
    out += `<ellipse cx="${n(hx + 14)}" cy="${n(hy + 11)}" rx="3.5" ry="2" fill="#d9826f" opacity="${mood === 'relieved' ? 0.35 : 0.2}"/>`;
  }
  return out;
}

export function hairBack(style: Appearance['hairStyle'], hx: number, hy: number, hair: string): string {
  switch (style) {
    case 'long':
      return shape(
        `M${n(hx - 23)} ${n(hy - 4)}Q${n(hx - 26)} ${n(hy - 27)} ${n(hx)} ${n(hy - 27)}Q${n(hx + 25)} ${n(hy - 27)} ${n(hx + 22)} ${n(hy - 2)}L${n(hx + 16)} ${n(hy + 60)}Q${n(hx - 6)} ${n(hy + 68)} ${n(hx - 30)} ${n(hy + 62)}Z`,
        hair,
      );
    case 'bun':
      return circle(hx - 15, hy - 20, 10, hair);
    case 'curly':
      return shape(
        `M${n(hx - 24)} ${n(hy + 14)}Q${n(hx - 36)} ${n(hy)} ${n(hx - 28)} ${n(hy - 16)}Q${n(hx - 26)} ${n(hy - 34)} ${n(hx - 6)} ${n(hy - 32)}Q${n(hx + 12)} ${n(hy - 38)} ${n(hx + 24)} ${n(hy - 22)}Q${n(hx + 32)} ${n(hy - 10)} ${n(hx + 22)} ${n(hy + 2)}L${n(hx - 10)} ${n(hy + 22)}Z`,
        hair,
      );
    case 'covered':
      // Headscarf: drapes over the neck and onto the shoulders.
      return shape(
        `M${n(hx - 25)} ${n(hy + 2)}Q${n(hx - 27)} ${n(hy - 29)} ${n(hx)} ${n(hy - 29)}Q${n(hx + 27)} ${n(hy - 29)} ${n(hx + 25)} ${n(hy + 2)}L${n(hx + 24)} ${n(hy + 34)}Q${n(hx)} ${n(hy + 46)} ${n(hx - 30)} ${n(hy + 38)}Z`,
        hair,
      );
    default:
      return '';
  }
}

export function hairFront(style: Appearance['hairStyle'], hx: number, hy: number, hair: string): string {
  const cap = `M${n(hx - 21)} ${n(hy + 4)}Q${n(hx - 24)} ${n(hy - 25)} ${n(hx + 1)} ${n(hy - 24)}Q${n(hx + 23)} ${n(hy - 23)} ${n(hx + 21)} ${n(hy - 5)}Q${n(hx + 10)} ${n(hy - 14)} ${n(hx - 4)} ${n(hy - 12)}Q${n(hx - 12)} ${n(hy - 8)} ${n(hx - 14)} ${n(hy + 6)}Z`;
  switch (style) {
    case 'short':
      return shape(cap, hair);
    case 'bun':
      return (
        shape(cap, hair) +
        line(
          `M${n(hx - 8)} ${n(hy - 20)}Q${n(hx - 14)} ${n(hy - 16)} ${n(hx - 16)} ${n(hy - 8)}`,
          shade(hair, 0.3),
          2,
        )
      );
    case 'long':
      return shape(
        `M${n(hx - 22)} ${n(hy + 20)}Q${n(hx - 26)} ${n(hy - 25)} ${n(hx + 1)} ${n(hy - 25)}Q${n(hx + 24)} ${n(hy - 24)} ${n(hx + 21)} ${n(hy - 3)}Q${n(hx + 8)} ${n(hy - 15)} ${n(hx - 8)} ${n(hy - 11)}Q${n(hx - 14)} ${n(hy - 2)} ${n(hx - 12)} ${n(hy + 22)}Z`,
        hair,
      );
    case 'curly': {
      let out = '';
      const bumps: Point[] = [
        [-17, -10],
        [-10, -19],
        [0, -22],
        [10, -20],
        [18, -12],
      ];
      for (const [dx, dy] of bumps) out += circle(hx + dx, hy + dy, 8, hair);
      out += `<path d="M${n(hx - 20)} ${n(hy - 8)}Q${n(hx)} ${n(hy - 30)} ${n(hx + 20)} ${n(hy - 10)}Z" fill="${hair}"/>`;
      return out;
    }
    case 'covered':
      return line(
        `M${n(hx - 18)} ${n(hy - 14)}Q${n(hx)} ${n(hy - 24)} ${n(hx + 18)} ${n(hy - 14)}`,
        shade(hair, 0.25),
        2,
      );
    case 'bald':
      return line(
        `M${n(hx - 10)} ${n(hy - 16)}Q${n(hx - 4)} ${n(hy - 19)} ${n(hx + 2)} ${n(hy - 18)}`,
        tint(hair, 0.4),
        2,
      );
  }
}
