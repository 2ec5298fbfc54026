// The app icon, drawn at build time: a white eye ("a second look") on the game's accent blue, with
// everything inside the central 60% so the same picture works as a maskable icon. Written as PNG with
// node:zlib, so no image tool or binary file is needed.

import { deflateSync } from 'node:zlib';

export const ICON_BACKGROUND = '#1d4f91';
const BG: Rgb = [0x1d, 0x4f, 0x91];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const PUPIL: Rgb = [0x0d, 0x23, 0x40];
type Rgb = [number, number, number];

/** The colour at (x, y) in a unit square (0..1), centre (0.5, 0.5). */
function colourAt(x: number, y: number): Rgb {
  const dx = x - 0.5;
  const dy = y - 0.5;
  // The eye: the overlap of two circles, 0.6 wide and 0.34 tall.
  const r = 0.3497;
  const d = 0.1797;
  const inEye = dx * dx + (dy - d) ** 2 <= r * r && dx * dx + (dy + d) ** 2 <= r * r;
  if (!inEye) return BG;
  const dist = Math.hypot(dx, dy);
  if (Math.hypot(dx - 0.035, dy + 0.035) <= 0.022) return WHITE; // the glint
  if (dist <= 0.05) return PUPIL;
  if (dist <= 0.12) return BG;
  return WHITE;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** A square PNG of the icon, `size` pixels wide, anti-aliased with 4×4 samples per pixel. */
export function iconPng(size: number): Buffer {
  const row = size * 3 + 1;
  const raw = Buffer.alloc(row * size);
  const n = 4;
  for (let y = 0; y < size; y++) {
    raw[y * row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((x + (sx + 0.5) / n) / size, (y + (sy + 0.5) / n) / size);
          r += c[0];
          g += c[1];
          b += c[2];
        }
      const at = y * row + 1 + x * 3;
      raw[at] = Math.round(r / (n * n));
      raw[at + 1] = Math.round(g / (n * n));
      raw[at + 2] = Math.round(b / (n * n));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
