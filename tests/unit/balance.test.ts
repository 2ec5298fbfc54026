import { describe, expect, it } from 'vitest';
import { heaviestFirst } from '../../src/core/balance.ts';

describe('heaviestFirst', () => {
  it('puts the heaviest items first', () => {
    expect(heaviestFirst([1, 9, 3, 8], (w) => w)).toEqual([9, 8, 3, 1]);
    expect(heaviestFirst(['bb', 'a', 'cccc'], (s) => s.length)).toEqual(['cccc', 'bb', 'a']);
  });

  it('keeps the given order among equal weights', () => {
    expect(heaviestFirst(['a', 'b', 'c', 'd'], (s) => (s === 'c' ? 2 : 1))).toEqual(['c', 'a', 'b', 'd']);
  });

  it('keeps every item once and leaves its input alone', () => {
    const items = ['x', 'y', 'x'];
    expect(heaviestFirst(items, () => 0)).toEqual(['x', 'y', 'x']);
    expect(heaviestFirst([], () => 1)).toEqual([]);
    expect(items).toEqual(['x', 'y', 'x']);
  });
});
