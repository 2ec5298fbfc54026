// The drawing kit of the character art (character-art.ts): the outline shared with the scene
// backgrounds, colour mixing, and outlined shapes, limbs, circles and lines as SVG path text.

/** Outline colour and width shared with the scene backgrounds. */
export const CHARACTER_OUTLINE = '#231b16';
export const LINE = 3;

const HEX = /^#[0-9a-f]{6}$/i;

export type Point = readonly [number, number];

export const SHOE = '#2b2420';
export const LANYARD = '#3f6f86';
export const CARD = '#eeeae2';
export const PACK = '#5b6b4f';
export const BAG = '#6a4a3a';

export function safe(colour: string, fallback: string): string {
  return HEX.test(colour) ? colour : fallback;
}

function channels(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** Mixes `a` toward `b` by t (0 = a, 1 = b). */
export function mix(a: string, b: string, t: number): string {
  const ca = channels(a);
  const cb = channels(b);
  const out = ca.map((c, i) => Math.round(c + ((cb[i] ?? c) - c) * t));
  return `#${out.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

export const shade = (c: string, t = 0.22): string => mix(c, CHARACTER_OUTLINE, t);
export const tint = (c: string, t = 0.25): string => mix(c, '#f4efe6', t);

export function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}

export function pts(list: readonly Point[]): string {
  return list.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${n(x)} ${n(y)}`).join('');
}

/** A filled outlined shape. */
export function shape(d: string, fill: string): string {
  return `<path d="${d}" fill="${fill}" stroke="${CHARACTER_OUTLINE}" stroke-width="${LINE}" stroke-linejoin="round"/>`;
}

/** A limb: a thick round-capped stroke with an outline, optionally part-covered by a sleeve. */
export function limb(
  path: readonly Point[],
  width: number,
  fill: string,
  sleeve?: { colour: string; to: number },
): string {
  const d = pts(path);
  const cap = 'fill="none" stroke-linecap="round" stroke-linejoin="round"';
  let out = `<path d="${d}" ${cap} stroke="${CHARACTER_OUTLINE}" stroke-width="${width + LINE * 2}"/>`;
  out += `<path d="${d}" ${cap} stroke="${fill}" stroke-width="${width}"/>`;
  if (sleeve) {
    const [a, b] = [path[0], path[1]];
    if (a && b) {
      const end: Point = [a[0] + (b[0] - a[0]) * sleeve.to, a[1] + (b[1] - a[1]) * sleeve.to];
      out += `<path d="${pts([a, end])}" ${cap} stroke="${sleeve.colour}" stroke-width="${width + 1}"/>`;
    }
  }
  return out;
}

export function circle(x: number, y: number, r: number, fill: string, outline = true): string {
  const s = outline ? ` stroke="${CHARACTER_OUTLINE}" stroke-width="${LINE}"` : '';
  return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${fill}"${s}/>`;
}

export function line(d: string, colour = CHARACTER_OUTLINE, width = 2.5): string {
  return `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"/>`;
}

export interface Colours {
  skin: string;
  hair: string;
  top: string;
  bottom: string;
}
