import { describe, expect, it } from 'vitest';
import { balancedShares } from '../../src/core/balance.ts';

const total = (share: number[]) => share.reduce((a, b) => a + b, 0);

describe('balancedShares', () => {
  it('keeps the biggest items apart', () => {
    // Round-robin by position would give [9, 8, 1, 1] and [8, 1, 1, 1]: 19 against 11.
    // The best split of these is 14 against 16.
    const shares = balancedShares([9, 8, 8, 1, 1, 1, 1, 1], 2, (w) => w);
    expect(shares.map(total).sort()).toEqual([14, 16]);
    expect(shares.flat().sort()).toEqual([1, 1, 1, 1, 1, 8, 8, 9]);
  });

  it('gives every item to exactly one share', () => {
    const items = Array.from({ length: 12 }, (_, i) => `file${i}`);
    const shares = balancedShares(items, 3, (f) => f.length * 7 + Number(f.slice(4)));
    expect(shares).toHaveLength(3);
    expect(shares.flat().sort()).toEqual([...items].sort());
  });

  it('never makes more shares than items, nor empty ones', () => {
    expect(balancedShares(['a'], 4, () => 1)).toEqual([['a']]);
    expect(balancedShares([], 2, () => 1)).toEqual([]);
  });

  it('keeps the given order among equal weights', () => {
    expect(balancedShares(['a', 'b', 'c', 'd'], 2, () => 1)).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
  });

  it('refuses a share count that is not a whole number above 0', () => {
    expect(() => balancedShares(['a'], 0, () => 1)).toThrow(/0 shares/);
  });
});
