// The console vote table's logic, apart from its DOM: reading a typed hand count, and the verdict line.

import { describe, expect, it } from 'vitest';
import {
  askClass,
  createClassSession,
  decisionKey,
  MAX_HANDS,
  openDecision,
  setHands,
  type ClassSession,
} from '../../src/core/classroom/presenter.ts';
import { handCount, verdictText } from '../../src/ui/presenter/presenter-vote-table.ts';

const OPTIONS = [
  { index: 0, text: 'Say hello' },
  { index: 2, text: 'Ask for ID' },
  { index: 5, text: 'Call the hotline' },
];

function decisionWith(hands: [number, number][]) {
  let s: ClassSession = askClass(createClassSession('hotel.test'), 0, OPTIONS);
  for (const [index, count] of hands) s = setHands(s, decisionKey('hotel.test', 0), index, count);
  const d = openDecision(s);
  if (!d) throw new Error('no open decision');
  return d;
}

describe('the vote table', () => {
  it('reads a whole number of hands from 0 to the most a room holds, and nothing else', () => {
    expect(handCount('0')).toBe(0);
    expect(handCount(' 12 ')).toBe(12);
    expect(handCount(String(MAX_HANDS))).toBe(MAX_HANDS);
    for (const bad of ['', '  ', '-1', '2.5', 'x', String(MAX_HANDS + 1)])
      expect(handCount(bad), bad).toBeNull();
  });

  it('names the majority by its number on screen, a tie by the tied numbers, or says no votes yet', () => {
    expect(verdictText(decisionWith([]))).toBe('No votes yet. Record the hands, or choose an option.');
    // Option index 5 is the third on screen.
    expect(
      verdictText(
        decisionWith([
          [5, 4],
          [0, 1],
        ]),
      ),
    ).toBe('Majority: option 3, Call the hotline');
    expect(
      verdictText(
        decisionWith([
          [0, 2],
          [2, 2],
        ]),
      ),
    ).toBe('No majority: options 1 and 2 are tied. Choose one.');
  });
});
