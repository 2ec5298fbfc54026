// The debrief screen's logic, apart from its DOM: where a score bar's parts sit, when decisions offer
// replay, and how counts and places are written.

import { describe, expect, it } from 'vitest';
import { barGeometry } from '../../src/ui/learner/debrief-scores.ts';
import type { SceneManifest } from '../../src/core/encounter/scene-manifest.ts';
import { canReplayFrom, counted, placesLine } from '../../src/ui/learner/debrief-sections.ts';

describe('the score bar', () => {
  it('draws a positive score from zero, with what the path allowed as an outline', () => {
    expect(barGeometry(3, 4, 8)).toEqual({
      path: { left: '0.0%', width: '50.0%' },
      fill: { left: '0.0%', width: '37.5%', negative: false },
      zero: '0.0%',
    });
  });

  it('draws a negative score to the left of zero, and moves zero right to make room', () => {
    expect(barGeometry(-2, undefined, 6)).toEqual({
      path: null,
      fill: { left: '0.0%', width: '25.0%', negative: true },
      zero: '25.0%',
    });
  });

  it('draws nothing for a zero score or a path of zero, and stretches the scale to a score over the maximum', () => {
    expect(barGeometry(0, 0, 0)).toEqual({ path: null, fill: null, zero: '0.0%' });
    expect(barGeometry(10, 12, 5).path).toEqual({ left: '0.0%', width: '100.0%' });
  });
});

describe('replay from a decision', () => {
  const debrief = { mode: 'practice', encounter: { id: 'hotel.one' } } as const;

  it('is offered for a practice debrief of the last practice attempt only', () => {
    expect(canReplayFrom(debrief, { encounterId: 'hotel.one', mode: 'practice' })).toBe(true);
    expect(canReplayFrom(debrief, { encounterId: 'hotel.two', mode: 'practice' })).toBe(false);
    expect(canReplayFrom(debrief, { encounterId: 'hotel.one', mode: 'assessment' })).toBe(false);
    expect(canReplayFrom(debrief, null)).toBe(false);
    expect(
      canReplayFrom({ ...debrief, mode: 'assessment' }, { encounterId: 'hotel.one', mode: 'practice' }),
    ).toBe(false);
  });
});

describe('the section text', () => {
  it('counts a section and quotes the places a missed indicator could be seen', () => {
    expect(counted('Missed', 2)).toBe('Missed (2)');
    expect(
      placesLine([
        { via: 'line', text: 'I lost my card' },
        { via: 'choice', text: 'He keeps them' },
      ]),
    ).toBe('“I lost my card”; “He keeps them”');
    expect(placesLine([])).toBe('');
  });

  it('names a hotspot as its scene names it in the language in use', () => {
    const scene = {
      id: 'lobby',
      hotspots: [{ id: 'desk', label: 'La recepción' }],
    } as unknown as SceneManifest;
    const scenes = new Map([['lobby', scene]]);
    const look = { via: 'look', text: 'The front desk', scene: 'lobby', hotspot: 'desk' } as const;
    expect(placesLine([look], scenes)).toBe('“La recepción”');
    // A scene not loaded, or a hotspot it does not have: the text the analysis kept.
    expect(placesLine([look])).toBe('“The front desk”');
    expect(placesLine([{ ...look, hotspot: 'gone' }], scenes)).toBe('“The front desk”');
  });
});
