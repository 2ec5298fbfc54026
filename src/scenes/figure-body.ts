// The body of the character art (character-art.ts), drawn in layers from back to front: the frame
// every part is placed by, then what is behind the body, the legs, the torso, the accessories worn
// in front, the head and the arms. Each layer returns SVG text.

import type { Appearance } from '../core/encounter/scene-manifest.ts';
import type { Mood } from '../core/vocabulary.ts';
import {
  BAG,
  CARD,
  CHARACTER_OUTLINE,
  LANYARD,
  LINE,
  PACK,
  SHOE,
  circle,
  limb,
  line,
  mix,
  n,
  safe,
  shade,
  shape,
  tint,
  type Colours,
  type Point,
} from './figure-draw.ts';
import { face, hairBack, hairFront } from './figure-head.ts';

export type CharacterPose = 'standing' | 'seated';

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

/**
 * Where the figure's parts go: torso centre (cx), shoulder line (sy), head centre (hx, hy), hips and
 * where the top garment ends (hemY), for the build, the mood's posture and the pose.
 */
export interface Figure {
  c: Colours;
  size: BuildSize;
  accessory: NonNullable<Appearance['accessory']>;
  hairStyle: Appearance['hairStyle'];
  /** Bare legs (bottom the skin colour): the top is drawn as a knee-length dress. */
  dress: boolean;
  seated: boolean;
  cx: number;
  sy: number;
  hx: number;
  hy: number;
  hipY: number;
  hemY: number;
  skinShade: string;
}

export function figureFrame(appearance: Appearance, mood: Mood, pose: CharacterPose): Figure {
  const c: Colours = {
    skin: safe(appearance.skin, '#b07a56'),
    hair: safe(appearance.hair, '#2a221d'),
    top: safe(appearance.top, '#4a5560'),
    bottom: safe(appearance.bottom, '#3a3d45'),
  };
  const posture = POSTURE[mood];
  const dress = c.bottom.toLowerCase() === c.skin.toLowerCase();
  const seated = pose === 'seated';
  const cx = seated ? 44 : 80;
  const hipY = seated ? 230 : 172;
  return {
    c,
    size: BUILD[appearance.build] ?? BUILD.medium,
    accessory: appearance.accessory ?? 'none',
    hairStyle: appearance.hairStyle,
    dress,
    seated,
    cx,
    sy: (seated ? 136 : 80) + posture.shoulders,
    hx: cx,
    hy: (seated ? 100 : 44) + posture.head,
    hipY,
    hemY: seated ? hipY : dress ? 232 : hipY + 6,
    skinShade: shade(c.skin, 0.15),
  };
}

/** Behind the body: backpack, long hair, bun (a headscarf is drawn with the head). */
export function behindBody(f: Figure): string[] {
  const { c, cx, sy, hx, hy, accessory } = f;
  const { sw } = f.size;
  const parts: string[] = [];
  if (accessory === 'backpack') {
    parts.push(
      `<rect x="${n(cx - sw - 12)}" y="${n(sy + 2)}" width="30" height="84" rx="8" fill="${PACK}" stroke="${CHARACTER_OUTLINE}" stroke-width="${LINE}"/>`,
    );
    parts.push(line(`M${n(cx - sw - 8)} ${n(sy + 40)}H${n(cx - sw + 10)}`, shade(PACK, 0.35), 2.5));
  }
  if (f.hairStyle !== 'covered') parts.push(hairBack(f.hairStyle, hx, hy, c.hair));

  return parts;
}

/** The legs; seated, the lower legs here and the thighs apart, drawn after the torso (the lap in front). */
export function legs(f: Figure): { parts: string[]; thighs: string[] } {
  const { c, size, cx, hipY, seated, dress } = f;
  const { hw } = size;
  const parts: string[] = [];
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

  return { parts, thighs };
}

/** Neck and ear, then the torso: the top garment (a dress runs to the knee). */
export function torso(f: Figure): string[] {
  const { c, cx, sy, hx, hy, hemY, seated, dress, skinShade } = f;
  const { sw, hw } = f.size;
  const parts: string[] = [];
  parts.push(
    `<rect x="${n(hx - 6)}" y="${n(hy + 12)}" width="12" height="${n(Math.max(6, sy - hy - 8))}" fill="${skinShade}"/>`,
  );
  if (f.hairStyle !== 'covered') parts.push(circle(hx - 18, hy + 4, 5, c.skin));

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

  return parts;
}

/** Worn in front: lanyard and card, shoulder bag, backpack straps. */
export function wornInFront(f: Figure): string[] {
  const { cx, sy, hipY, accessory } = f;
  const { sw, hw } = f.size;
  const parts: string[] = [];
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

  return parts;
}

/** Head, then the headscarf drape, face, front hair, cap and glasses. */
export function head(f: Figure, mood: Mood): string[] {
  const { c, hx, hy, accessory } = f;
  const parts: string[] = [];
  if (f.hairStyle === 'covered') {
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
  parts.push(hairFront(f.hairStyle, hx, hy, c.hair));
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

  return parts;
}

/** The arms: the pose carries most of the mood. */
export function arms(f: Figure, mood: Mood): string {
  const { seated, cx, sy, hipY, c, dress } = f;
  const { sw, hw, arm } = f.size;
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
