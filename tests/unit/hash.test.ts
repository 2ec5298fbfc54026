import { describe, expect, it } from 'vitest';
import { hash128, lanesHex } from '../../src/core/hash.ts';

describe('hash128', () => {
  it('is 32 hex digits and the same for equal strings, however they were built', () => {
    const built = ['{"a":', '1,"b":[2,3]', '}'].join('');
    expect(hash128(built)).toMatch(/^[0-9a-f]{32}$/);
    expect(hash128(built)).toBe(hash128('{"a":1,"b":[2,3]}'));
  });

  it('gives no two of 200,000 near-identical state-like strings the same hash, nor the same half', () => {
    const seen = new Set<string>();
    const halves = new Set<string>();
    for (let i = 0; i < 100_000; i++) {
      for (const s of [`{"visitCounts":{"knot.${i}":1},"turnIdx":${i}}`, `{"visitCounts":{"knot":${i}}}`]) {
        const h = hash128(s);
        seen.add(h);
        halves.add(h.slice(0, 16));
      }
    }
    expect(seen.size).toBe(200_000);
    expect(halves.size).toBe(200_000);
    // Heavy work, not a speed target: a loaded CI machine must not fail it on time.
  }, 60_000);

  it('changes about half its bits when one character changes', () => {
    const base = `{"flows":${'x'.repeat(3000)},"visitCounts":{"a":1}}`;
    const bits = (h: string) =>
      h.match(/.{8}/g)!.flatMap((w) => parseInt(w, 16).toString(2).padStart(32, '0').split(''));
    let total = 0;
    const positions = [0, 10, 1500, base.length - 3, base.length - 1];
    for (const p of positions) {
      const changed = base.slice(0, p) + String.fromCharCode(base.charCodeAt(p) + 1) + base.slice(p + 1);
      const x = bits(hash128(base));
      const y = bits(hash128(changed));
      const differ = x.filter((bit, i) => bit !== y[i]).length;
      expect(differ).toBeGreaterThan(30);
      total += differ;
    }
    expect(total / positions.length).toBeGreaterThan(48);
    expect(total / positions.length).toBeLessThan(80);
  });

  it('tells apart strings that differ only in length or order', () => {
    expect(hash128('')).not.toBe(hash128('\u0000'));
    expect(hash128('ab')).not.toBe(hash128('ba'));
    expect(hash128('a'.repeat(64))).not.toBe(hash128('a'.repeat(65)));
  });

  it('prints lanes as each one printed in hex and padded to 8 digits, negative lanes as unsigned', () => {
    const lanes = [0, 1, -1, 0x7fffffff, -0x80000000, 0x0a0b0c0d, -123456789, 987654321];
    const obvious = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
    for (const a of lanes)
      for (const b of lanes) {
        const [c, d] = [a ^ 0x5bd1e995, Math.imul(b, 31)];
        expect(lanesHex(a, b, c, d)).toBe(obvious(a) + obvious(b) + obvious(c) + obvious(d));
      }
  });
});
