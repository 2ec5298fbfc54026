// Character art: a pure function that draws one cast member as a flat-vector SVG document.
// No Phaser, no DOM: the scene turns the string into a texture (e.g. as a data URL), so the same
// code runs in unit tests. The style matches the hand-drawn backgrounds in assets/scenes:
// one outline colour and width, rounded joins, flat fills with one darker shade for depth.
//
// Conventions the scene relies on:
// - The figure is drawn facing right (facing 1). For facing -1, flip the image horizontally.
// - The point between the feet is the bottom centre of the box (x = width / 2, y = height).
// - The figure always fills the same box; the caller scales it by `appearance.height`
//   (1.0 ≈ 300 px tall in the 1280×720 scene).
// - If `bottom` is the same colour as `skin` (bare legs), `top` is drawn as a knee-length dress.
// Appearance is only ever clothes, hair and build; moods are shown by posture and face alone.

import type { Appearance } from '../core/encounter/scene-manifest.ts';
import type { Mood } from '../core/vocabulary.ts';

export type CharacterPose = 'standing' | 'seated';

export const CHARACTER_SVG_SIZE = { width: 160, height: 320 } as const;

/** Outline colour and width shared with the scene backgrounds. */
const CHARACTER_OUTLINE = '#231b16';
const LINE = 3;

const HEX = /^#[0-9a-f]{6}$/i;

type Point = readonly [number, number];

interface BuildSize {
  /** Half the shoulder width. */
  sw: number;
  /** Half the hip width. */
  hw: number;
  /** Arm thickness (fill, without outline). */
  arm: number;
  /** Leg thickness for the seated pose. */
  leg: number;
}

const BUILD: Record<Appearance['build'], BuildSize> = {
  slight: { sw: 24, hw: 19, arm: 9, leg: 14 },
  medium: { sw: 28, hw: 22, arm: 11, leg: 16 },
  broad: { sw: 34, hw: 27, arm: 13, leg: 19 },
};

interface Posture {
  /** Shoulder line offset: negative raises (hunched), positive drops (relaxed). */
  shoulders: number;
  /** Head offset: positive lowers the head into the shoulders. */
  head: number;
}

const POSTURE: Record<Mood, Posture> = {
  calm: { shoulders: 0, head: 0 },
  guarded: { shoulders: -1, head: 0 },
  anxious: { shoulders: -6, head: 7 },
  relieved: { shoulders: 4, head: 1 },
  impatient: { shoulders: 0, head: -1 },
};

const SHOE = '#2b2420';
const LANYARD = '#3f6f86';
const CARD = '#eeeae2';
const PACK = '#5b6b4f';
const BAG = '#6a4a3a';

function safe(colour: string, fallback: string): string {
  return HEX.test(colour) ? colour : fallback;
}

function channels(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** Mixes `a` toward `b` by t (0 = a, 1 = b). */
function mix(a: string, b: string, t: number): string {
  const ca = channels(a);
  const cb = channels(b);
  const out = ca.map((c, i) => Math.round(c + ((cb[i] ?? c) - c) * t));
  return `#${out.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

const shade = (c: string, t = 0.22): string => mix(c, CHARACTER_OUTLINE, t);
const tint = (c: string, t = 0.25): string => mix(c, '#f4efe6', t);

function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}

function pts(list: readonly Point[]): string {
  return list.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${n(x)} ${n(y)}`).join('');
}

/** A filled outlined shape. */
function shape(d: string, fill: string): string {
  return `<path d="${d}" fill="${fill}" stroke="${CHARACTER_OUTLINE}" stroke-width="${LINE}" stroke-linejoin="round"/>`;
}

/** A limb: a thick round-capped stroke with an outline, optionally part-covered by a sleeve. */
function limb(
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

function circle(x: number, y: number, r: number, fill: string, outline = true): string {
  const s = outline ? ` stroke="${CHARACTER_OUTLINE}" stroke-width="${LINE}"` : '';
  return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${fill}"${s}/>`;
}

function line(d: string, colour = CHARACTER_OUTLINE, width = 2.5): string {
  return `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"/>`;
}

interface Colours {
  skin: string;
  hair: string;
  top: string;
  bottom: string;
}

function face(mood: Mood, hx: number, hy: number, c: Colours): string {
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

function hairBack(style: Appearance['hairStyle'], hx: number, hy: number, hair: string): string {
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

function hairFront(style: Appearance['hairStyle'], hx: number, hy: number, hair: string): string {
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

/** Draws one cast member. The result is a complete SVG document (160×320, figure facing right). */
export function characterSvg(appearance: Appearance, mood: Mood, pose: CharacterPose = 'standing'): string {
  const c: Colours = {
    skin: safe(appearance.skin, '#b07a56'),
    hair: safe(appearance.hair, '#2a221d'),
    top: safe(appearance.top, '#4a5560'),
    bottom: safe(appearance.bottom, '#3a3d45'),
  };
  const size = BUILD[appearance.build] ?? BUILD.medium;
  const posture = POSTURE[mood];
  const accessory = appearance.accessory ?? 'none';
  const dress = c.bottom.toLowerCase() === c.skin.toLowerCase();
  const seated = pose === 'seated';
  const { sw, hw, arm } = size;

  // Frame: torso centre, shoulder line, head centre and where the top garment ends.
  const cx = seated ? 44 : 80;
  const sy = (seated ? 136 : 80) + posture.shoulders;
  const hx = cx;
  const hy = (seated ? 100 : 44) + posture.head;
  const hipY = seated ? 230 : 172;
  const hemY = seated ? hipY : dress ? 232 : hipY + 6;
  const skinShade = shade(c.skin, 0.15);
  const parts: string[] = [];

  // Ground shadow.
  parts.push(
    `<ellipse cx="${seated ? 92 : 80}" cy="314" rx="${seated ? 28 : 34}" ry="5" fill="${CHARACTER_OUTLINE}" opacity="0.22"/>`,
  );

  // Behind the body: backpack, long hair, bun, headscarf.
  if (accessory === 'backpack') {
    parts.push(
      `<rect x="${n(cx - sw - 12)}" y="${n(sy + 2)}" width="30" height="84" rx="8" fill="${PACK}" stroke="${CHARACTER_OUTLINE}" stroke-width="${LINE}"/>`,
    );
    parts.push(line(`M${n(cx - sw - 8)} ${n(sy + 40)}H${n(cx - sw + 10)}`, shade(PACK, 0.35), 2.5));
  }
  if (appearance.hairStyle !== 'covered') parts.push(hairBack(appearance.hairStyle, hx, hy, c.hair));

  // Legs. Seated: lower legs now, thighs after the torso so the lap sits in front of it.
  const thighs: string[] = [];
  if (seated) {
    const legColour = dress ? c.skin : c.bottom;
    const thighColour = dress ? c.top : c.bottom;
    const far = {
      hip: [cx + 4, hipY - 10] as Point,
      knee: [96, hipY - 14] as Point,
      ankle: [88, 298] as Point,
    };
    const near = {
      hip: [cx + 8, hipY - 4] as Point,
      knee: [104, hipY - 8] as Point,
      ankle: [96, 302] as Point,
    };
    parts.push(limb([far.knee, far.ankle], size.leg - 3, shade(legColour, 0.18)));
    parts.push(shape(`M80 297h22q7 0 7 6v5h-29z`, shade(SHOE, 0.1)));
    parts.push(limb([near.knee, near.ankle], size.leg - 3, legColour));
    parts.push(shape(`M88 302h22q8 0 8 6v6h-30z`, SHOE));
    thighs.push(limb([far.hip, far.knee], size.leg + 2, shade(thighColour, 0.18)));
    thighs.push(limb([near.hip, near.knee], size.leg + 3, thighColour));
  } else if (dress) {
    parts.push(shape(`M${n(cx - hw + 6)} 220H${n(cx - 4)}L${n(cx - 5)} 304H${n(cx - hw + 7)}Z`, c.skin));
    parts.push(shape(`M${n(cx + 4)} 220H${n(cx + hw - 6)}L${n(cx + hw - 7)} 304H${n(cx + 5)}Z`, c.skin));
    const flat = mix(c.top, CHARACTER_OUTLINE, 0.45);
    parts.push(
      shape(
        `M${n(cx - hw + 3)} 302H${n(cx - 2)}V314H${n(cx - hw + 3)}Q${n(cx - hw + 1)} 308 ${n(cx - hw + 3)} 302Z`,
        flat,
      ),
    );
    parts.push(
      shape(
        `M${n(cx + 2)} 302H${n(cx + hw - 3)}Q${n(cx + hw + 5)} 304 ${n(cx + hw + 5)} 314H${n(cx + 2)}Z`,
        flat,
      ),
    );
  } else {
    const b = c.bottom;
    parts.push(
      shape(
        `M${n(cx - hw + 1)} ${hipY - 4}H${n(cx - 1)}L${n(cx - 3)} 304H${n(cx - hw + 3)}Z`,
        shade(b, 0.12),
      ),
    );
    parts.push(shape(`M${n(cx + 1)} ${hipY - 4}H${n(cx + hw - 1)}L${n(cx + hw - 3)} 304H${n(cx + 3)}Z`, b));
    parts.push(
      shape(
        `M${n(cx - hw + 1)} 302H${n(cx - 1)}V314H${n(cx - hw + 1)}Q${n(cx - hw - 1)} 308 ${n(cx - hw + 1)} 302Z`,
        SHOE,
      ),
    );
    parts.push(
      shape(
        `M${n(cx + 1)} 302H${n(cx + hw - 2)}Q${n(cx + hw + 7)} 304 ${n(cx + hw + 7)} 314H${n(cx + 1)}Z`,
        SHOE,
      ),
    );
  }

  // Neck and ear.
  parts.push(
    `<rect x="${n(hx - 6)}" y="${n(hy + 12)}" width="12" height="${n(Math.max(6, sy - hy - 8))}" fill="${skinShade}"/>`,
  );
  if (appearance.hairStyle !== 'covered') parts.push(circle(hx - 18, hy + 4, 5, c.skin));

  // Torso: the top garment (a dress runs to the knee).
  const flare = dress ? hw + (seated ? 8 : 12) : hw + 3;
  parts.push(
    shape(
      `M${n(cx - sw)} ${n(sy + 10)}Q${n(cx - sw)} ${n(sy)} ${n(cx - sw + 10)} ${n(sy - 2)}L${n(cx + sw - 10)} ${n(sy - 2)}Q${n(cx + sw)} ${n(sy)} ${n(cx + sw)} ${n(sy + 10)}L${n(cx + flare)} ${n(hemY)}L${n(cx - flare)} ${n(hemY)}Z`,
      c.top,
    ),
  );
  // Darker side for a little depth.
  parts.push(
    `<path d="M${n(cx - sw + 2)} ${n(sy + 10)}L${n(cx - flare + 2)} ${n(hemY - 2)}H${n(cx - flare + 10)}L${n(cx - sw + 10)} ${n(sy + 6)}Z" fill="${shade(c.top, 0.16)}"/>`,
  );
  if (dress) {
    parts.push(line(`M${n(cx - hw + 1)} ${n(sy + 70)}H${n(cx + hw - 1)}`, shade(c.top, 0.25), 2.5));
    const dots: Point[] = [
      [-12, 100],
      [8, 112],
      [-4, 128],
      [14, 136],
      [-16, 144],
      [4, 146],
    ];
    for (const [dx, dy] of dots)
      if (sy + dy < hemY - 4) parts.push(circle(cx + dx, sy + dy, 2.2, tint(c.top, 0.55), false));
    parts.push(
      shape(`M${n(cx - 8)} ${n(sy - 2)}Q${n(cx + 1)} ${n(sy + 10)} ${n(cx + 10)} ${n(sy - 2)}Z`, skinShade),
    );
  } else {
    const inner = mix(c.top, '#efe9df', 0.72);
    parts.push(
      shape(`M${n(cx - 8)} ${n(sy - 2)}L${n(cx + 1)} ${n(sy + 16)}L${n(cx + 10)} ${n(sy - 2)}Z`, inner),
    );
    parts.push(line(`M${n(cx + 1)} ${n(sy + 18)}V${n(hemY - 2)}`, shade(c.top, 0.3), 2.5));
  }

  // Lanyard and card, shoulder bag.
  if (accessory === 'lanyard') {
    parts.push(
      line(`M${n(cx - 7)} ${n(sy - 1)}L${n(cx + 1)} ${n(sy + 30)}L${n(cx + 9)} ${n(sy - 1)}`, LANYARD, 2.5),
    );
    parts.push(
      `<rect x="${n(cx - 6)}" y="${n(sy + 28)}" width="14" height="18" rx="2" fill="${CARD}" stroke="${CHARACTER_OUTLINE}" stroke-width="2"/>`,
    );
    parts.push(`<rect x="${n(cx - 6)}" y="${n(sy + 28)}" width="14" height="5" fill="${LANYARD}"/>`);
  }
  if (accessory === 'bag') {
    parts.push(line(`M${n(cx + sw - 6)} ${n(sy)}L${n(cx - hw - 4)} ${n(hipY - 10)}`, shade(BAG, 0.3), 3.5));
    parts.push(
      `<rect x="${n(cx - hw - 16)}" y="${n(hipY - 14)}" width="26" height="22" rx="6" fill="${BAG}" stroke="${CHARACTER_OUTLINE}" stroke-width="${LINE}"/>`,
    );
  }
  if (accessory === 'backpack') {
    parts.push(line(`M${n(cx - sw + 8)} ${n(sy - 1)}V${n(sy + 50)}`, shade(PACK, 0.35), 4));
    parts.push(line(`M${n(cx + sw - 8)} ${n(sy - 1)}V${n(sy + 50)}`, shade(PACK, 0.35), 4));
  }

  // Head, then the headscarf drape, face, front hair, cap and glasses.
  if (appearance.hairStyle === 'covered') {
    parts.push(hairBack('covered', hx, hy, c.hair));
    parts.push(
      `<ellipse cx="${n(hx + 2)}" cy="${n(hy + 3)}" rx="16" ry="18" fill="${c.skin}" stroke="${CHARACTER_OUTLINE}" stroke-width="${LINE}"/>`,
    );
  } else {
    parts.push(
      `<ellipse cx="${n(hx)}" cy="${n(hy)}" rx="20" ry="22" fill="${c.skin}" stroke="${CHARACTER_OUTLINE}" stroke-width="${LINE}"/>`,
    );
  }
  parts.push(face(mood, hx, hy, c));
  parts.push(hairFront(appearance.hairStyle, hx, hy, c.hair));
  if (accessory === 'cap') {
    const capColour = mix(shade(c.top, 0.2), '#3a4048', 0.5);
    parts.push(
      shape(
        `M${n(hx - 21)} ${n(hy - 3)}Q${n(hx - 22)} ${n(hy - 28)} ${n(hx + 1)} ${n(hy - 28)}Q${n(hx + 21)} ${n(hy - 27)} ${n(hx + 21)} ${n(hy - 8)}L${n(hx + 34)} ${n(hy - 5)}Q${n(hx + 35)} ${n(hy - 1)} ${n(hx + 21)} ${n(hy - 1)}L${n(hx - 21)} ${n(hy - 1)}Z`,
        capColour,
      ),
    );
    parts.push(line(`M${n(hx - 20)} ${n(hy - 7)}H${n(hx + 21)}`, shade(capColour, 0.4), 2));
  }
  if (accessory === 'glasses') {
    parts.push(
      `<g fill="none" stroke="${CHARACTER_OUTLINE}" stroke-width="2"><rect x="${n(hx - 10)}" y="${n(hy - 3)}" width="12" height="9" rx="3"/><rect x="${n(hx + 4)}" y="${n(hy - 3)}" width="12" height="9" rx="3"/><path d="M${n(hx + 2)} ${n(hy)}H${n(hx + 4)}M${n(hx - 10)} ${n(hy)}L${n(hx - 17)} ${n(hy - 1)}"/></g>`,
    );
  }

  parts.push(...thighs);

  // Arms: the pose carries most of the mood.
  parts.push(arms(mood, seated, cx, sy, hipY, sw, hw, arm, c, dress));

  const { width, height } = CHARACTER_SVG_SIZE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<g>${parts.join('')}</g></svg>`
  );
}

function arms(
  mood: Mood,
  seated: boolean,
  cx: number,
  sy: number,
  hipY: number,
  sw: number,
  hw: number,
  arm: number,
  c: Colours,
  dress: boolean,
): string {
  const shL: Point = [cx - sw + 6, sy + 7];
  const shR: Point = [cx + sw - 6, sy + 7];
  const hand = arm * 0.5 + 1.5;
  // A dress has short sleeves: skin-coloured arms with a sleeve over the upper arm.
  const fill = dress ? c.skin : c.top;
  const sleeve = dress ? { colour: c.top, to: 0.55 } : undefined;
  const one = (path: Point[]): string => {
    const end = path[path.length - 1];
    return limb(path, arm, fill, sleeve) + (end ? circle(end[0], end[1], hand, c.skin) : '');
  };

  if (mood === 'guarded') {
    // Arms folded across the chest.
    const y = sy + 40;
    let out = one([shL, [cx - sw - 2, sy + 48]]) + one([shR, [cx + sw + 2, sy + 48]]);
    out += `<rect x="${n(cx - sw - 7)}" y="${n(y)}" width="${n(sw * 2 + 14)}" height="22" rx="11" fill="${dress ? c.skin : c.top}" stroke="${CHARACTER_OUTLINE}" stroke-width="${LINE}"/>`;
    out += line(
      `M${n(cx - sw + 2)} ${n(y + 11)}Q${n(cx)} ${n(y + 6)} ${n(cx + sw - 2)} ${n(y + 11)}`,
      shade(fill, 0.3),
      2.5,
    );
    out += circle(cx + sw - 4, y + 4, hand - 1, c.skin);
    out += circle(cx - sw + 4, y + 17, hand - 1, c.skin);
    return out;
  }
  if (mood === 'anxious') {
    // Hands held together in front, elbows in.
    const hx = seated ? cx + 26 : cx + 1;
    const hy = seated ? hipY - 12 : sy + 84;
    return (
      one([shL, [cx - sw + 1, sy + 50], [hx - 3, hy]]) +
      one([shR, [cx + sw - 1, sy + 50], [hx + 3, hy + 2]]) +
      circle(hx - 3, hy, hand, c.skin)
    );
  }
  if (seated) {
    if (mood === 'impatient') {
      return (
        one([shL, [cx - sw + 4, sy + 52], [cx + 46, hipY - 14]]) +
        one([shR, [cx + sw + 16, sy + 44], [cx + hw + 4, sy + 82]])
      );
    }
    const loose = mood === 'relieved' ? 4 : 0;
    return (
      one([shL, [cx - sw + 2, sy + 52 + loose], [cx + 22, hipY - 12]]) +
      one([shR, [cx + sw + 2, sy + 50 + loose], [cx + 40, hipY - 14]])
    );
  }
  if (mood === 'impatient') {
    // One hand on the hip.
    return (
      one([shL, [cx - sw - 2, sy + 48], [cx - sw + 1, sy + 90]]) +
      one([shR, [cx + sw + 18, sy + 46], [cx + hw + 5, sy + 88]])
    );
  }
  const loose = mood === 'relieved' ? 3 : 0;
  return (
    one([shL, [cx - sw - 2 - loose, sy + 48], [cx - sw + 1 - loose, sy + 90]]) +
    one([shR, [cx + sw + 2 + loose, sy + 48], [cx + sw - 1 + loose, sy + 90]])
  );
}
