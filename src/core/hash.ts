// A fast 128-bit string hash for de-duplication keys (not for security). Four 32-bit lanes, each a
// xor-multiply-rotate hash of every UTF-16 code unit with its own multiplier and rotation, mixed
// together at the end. For the explorer's tens of thousands of states the chance of any two distinct keys sharing
// a hash is far below one in 10^25.

/** 32 hex digits. Equal strings always give equal hashes. */
export function hash128(text: string): string {
  let a = 0x9e3779b9;
  let b = 0x85ebca6b;
  let c = 0xc2b2ae35;
  let d = 0x27d4eb2f;
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
  // Mix every lane into every other (with the length), so each output bit depends on all of them.
  a ^= text.length;
  for (let round = 0; round < 2; round++) {
    a = Math.imul(a ^ (a >>> 16) ^ d, 0x85ebca6b);
    b = Math.imul(b ^ (b >>> 13) ^ a, 0xc2b2ae35);
    c = Math.imul(c ^ (c >>> 16) ^ b, 0x85ebca6b);
    d = Math.imul(d ^ (d >>> 13) ^ c, 0xc2b2ae35);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b) + hex(c) + hex(d);
}
