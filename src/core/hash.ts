// A fast 128-bit string hash for de-duplication keys (not for security). Four 32-bit lanes, each a
// xor-multiply-rotate hash of every UTF-16 code unit with its own multiplier and rotation, then mixed
// together with murmur3's finaliser, so each output bit depends on all of them. For the explorer's
// thousands of states the chance of any two distinct keys sharing a hash is far below one in 10^25.

/** murmur3's 32-bit finaliser: a bijection in which every output bit depends on every input bit. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The four lanes of `text`. A different `seed` (a small number) gives an independent hash. */
export function hashLanes(text: string, seed = 0): Int32Array {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x85ebca6b ^ seed;
  let c = 0xc2b2ae35 ^ seed;
  let d = 0x27d4eb2f ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    // Multiplying only carries upward; the rotations bring the high bits back down.
    a = Math.imul(a ^ ch, 0x9e3779b1);
    a = (a << 13) | (a >>> 19);
    b = Math.imul(b ^ ch, 0x85ebca77);
    b = (b << 15) | (b >>> 17);
    c = Math.imul(c ^ ch, 0xc2b2ae3d);
    c = (c << 17) | (c >>> 15);
    d = Math.imul(d ^ ch, 0x27d4eb2d);
    d = (d << 19) | (d >>> 13);
  }
  a = fmix(a ^ text.length ^ d);
  b = fmix(b ^ a);
  c = fmix(c ^ b);
  d = fmix(d ^ c);
  return Int32Array.of(fmix(a ^ d), b, c, d);
}

/** Each byte's two hex digits, so a lane is four lookups instead of a number printed and padded. */
const BYTE_HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A lane as 8 hex digits. */
function laneHex(n: number): string {
  return (
    (BYTE_HEX[(n >>> 24) & 255] as string) +
    (BYTE_HEX[(n >>> 16) & 255] as string) +
    (BYTE_HEX[(n >>> 8) & 255] as string) +
    (BYTE_HEX[n & 255] as string)
  );
}

/** Lanes as 32 hex digits. */
export function lanesHex(a: number, b: number, c: number, d: number): string {
  return laneHex(a) + laneHex(b) + laneHex(c) + laneHex(d);
}

/** 32 hex digits. Equal strings always give equal hashes. */
export function hash128(text: string): string {
  const l = hashLanes(text);
  return lanesHex(l[0] as number, l[1] as number, l[2] as number, l[3] as number);
}
