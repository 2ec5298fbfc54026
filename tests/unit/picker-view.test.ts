// The picker's logic, apart from its DOM: the refresher line, which suggestions are offered, the
// best-result line and the presenter link.

import { describe, expect, it } from 'vitest';
import { ALL_ENCOUNTERS, type AppConfig } from '../../src/core/config/config.ts';
import { bestLine, presentHref } from '../../src/ui/learner/picker-cards.ts';
import { offeredSuggestions, refresherLine } from '../../src/ui/learner/picker-history.ts';
import { PICKER_STRINGS as S } from '../../src/ui/strings/strings-picker.ts';
import { defaultConfig } from './helpers.ts';

describe('the refresher line', () => {
  it('says nothing before the first attempt, and tells due from not yet due', () => {
    expect(refresherLine(null)).toBe('');
    const due = refresherLine({ lastAt: '2026-01-05T10:00:00Z', dueAt: '2026-04-05T10:00:00Z', due: true });
    const next = refresherLine({ lastAt: '2026-01-05T10:00:00Z', dueAt: '2026-04-05T10:00:00Z', due: false });
    expect(due).toMatch(/2026/);
    expect(next).toMatch(/2026/);
    expect(due).not.toBe(next);
    expect(next.length).toBeGreaterThan(0);
  });
});

describe('the suggestions', () => {
  const list = [
    { encounterId: 'hotel.one', title: 'One', sign: 'a' },
    { encounterId: 'gone.two', title: 'Two', sign: 'b' },
    { encounterId: 'hotel.three', title: 'Three', sign: 'c' },
  ];

  it('offers only encounters the game has', () => {
    const config = defaultConfig();
    expect(config.encounters.enabled).toBe(ALL_ENCOUNTERS);
    expect(offeredSuggestions(list, ['hotel.one', 'hotel.three'], config).map((x) => x.title)).toEqual([
      'One',
      'Three',
    ]);
  });

  it('offers only encounters the organisation enabled', () => {
    const base = defaultConfig();
    const config: AppConfig = { ...base, encounters: { ...base.encounters, enabled: ['hotel.three'] } };
    expect(offeredSuggestions(list, ['hotel.one', 'hotel.three'], config).map((x) => x.title)).toEqual([
      'Three',
    ]);
  });
});

describe('the encounter cards', () => {
  it('show the best result, or that it has not been played', () => {
    expect(bestLine(undefined)).toBe(S.notPlayed);
    expect(bestLine(85)).toBe(S.best({ percent: 85 }));
    expect(bestLine(0)).toBe(S.best({ percent: 0 }));
  });

  it('link to the presenter with the encounter id escaped', () => {
    expect(presentHref('hotel.front-desk')).toMatch(/^\?\w+=hotel\.front-desk$/);
    expect(presentHref('a b&c')).toMatch(/=a%20b%26c$/);
  });
});
