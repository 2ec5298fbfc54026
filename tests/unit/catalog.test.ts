import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../src/core/encounter/catalog.ts';
import { PROCEDURE } from '../../src/core/encounter/procedure.ts';
import { DataError } from '../../src/core/validate.ts';
import { realCatalogs } from './helpers.ts';

describe('catalogs', () => {
  const c = realCatalogs();

  it('load and validate: 71 setting indicators across the four settings', () => {
    expect(c.indicators.size).toBe(71);
    const settings = new Set([...c.indicators.values()].map((i) => i.setting));
    expect([...settings].sort()).toEqual(['hospital', 'hotel', 'retail', 'transit']);
    for (const i of c.indicators.values()) {
      expect(i.why.length, i.id).toBeGreaterThan(20);
      expect(i.sources.length, i.id).toBeGreaterThan(0);
    }
  });

  it('has the six trauma-informed principles and the procedure dimensions', () => {
    expect([...c.dimensions.values()].filter((d) => d.group === 'principle')).toHaveLength(6);
    for (const id of Object.values(PROCEDURE)) expect(c.dimensions.has(id)).toBe(true);
  });

  it('explains every critical error and answers every misconception', () => {
    for (const e of c.criticalErrors.values()) {
      expect(e.explanation.length, e.id).toBeGreaterThan(30);
      expect(e.instead.length, e.id).toBeGreaterThan(10);
    }
    // The 18 from the reference, plus entries added for the content (e.g. myth.trauma_*).
    expect(c.misconceptions.size).toBeGreaterThanOrEqual(20);
    for (const m of c.misconceptions.values()) expect(m.correction.length, m.id).toBeGreaterThan(30);
    expect(c.distractors.size).toBeGreaterThanOrEqual(8);
  });

  it('rejects a broken catalog, naming the file, entry and field', () => {
    const raw = {
      indicators: [
        { id: 'hotel.x', setting: 'hotel', category: 'feelings', description: 'd', why: 'w', sources: ['s'] },
      ],
      dimensions: [...c.dimensions.values()],
      criticalErrors: [{ id: 'confront', title: 't' }],
      misconceptions: [],
      distractors: [],
    };
    try {
      loadCatalogs(raw);
      expect.unreachable('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      const text = (e as DataError).problems.join('\n');
      expect(text).toContain('indicators.json: [0].category: must be one of');
      expect(text).toContain('critical-errors.json: [0].explanation: is missing');
    }
  });
});
