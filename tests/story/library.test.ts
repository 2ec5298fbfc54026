import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../scripts/check/check-file.ts';
import { encounterFiles, ROOT } from '../../scripts/check/library.ts';
import { compileInk } from '../../src/story/checker/compile.ts';
import { exploreStory } from '../../src/story/checker/explore.ts';
import { formatDiagnostic } from '../../src/core/encounter/diagnostics.ts';
import { library } from './harness.ts';

const files = encounterFiles();

describe('the encounter library', () => {
  it('has at least one encounter', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    const name = file.slice(ROOT.length + 1);
    it(`${name} meets the depth minimums for its kind`, async () => {
      const { compiled } = await import('./harness.ts');
      const c = compiled(file);
      const herrings = (c.story.match(/reveals: nothing/g) ?? []).length;
      expect(herrings, 'red herrings').toBeGreaterThanOrEqual(2);
      expect(c.analysis.endings.length, 'endings').toBeGreaterThanOrEqual(3);
      expect(c.analysis.criticalErrors.length, 'critical-error paths').toBeGreaterThanOrEqual(2);
      expect(c.meta.variants, 'replay variants').toBeGreaterThanOrEqual(2);
      expect(c.meta.contentNote.length).toBeGreaterThan(20);
      expect(c.scenes.length, 'its own scene').toBeGreaterThan(0);
      if (c.meta.situation === 'none') {
        // Nothing is trafficking; at most one weak sign, which alone proves nothing (a log entry at most).
        expect(
          Object.keys(c.analysis.indicators).length,
          'nothing is wrong: one weak sign at most',
        ).toBeLessThanOrEqual(1);
        expect(c.meta.minor).toBe(false);
      } else if (c.meta.situation === 'not_trafficking') {
        // A calibration case: a few signs of something (a controlling partner, unpaid pay), never the
        // cluster that points to trafficking, and an adult who decides for themselves.
        for (const v of c.variants)
          expect(
            Object.keys(v.indicators).length,
            'not trafficking: a handful of signs at most',
          ).toBeLessThanOrEqual(3);
        expect(c.meta.minor).toBe(false);
      } else {
        for (const v of c.variants)
          expect(Object.keys(v.indicators).length, 'indicators per variant').toBeGreaterThanOrEqual(6);
      }
      // Contacts come from configuration, never typed into a story.
      expect(c.story).not.toMatch(/\d{3}[-. ]\d{3}[-. ]\d{4}|\b911\b|\b999\b|\b112\b|233733/);
    });
    it(`${name} compiles with no errors or warnings`, () => {
      const r = compileInk(file, undefined, ROOT);
      expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
      expect(r.json).not.toBeNull();
    });
    it(`${name} passes the story checker on every path`, () => {
      const report = checkFile(file, library());
      expect(report.diagnostics.map(formatDiagnostic)).toEqual([]);
      expect(report.analysis?.truncated).toBe(false);
      expect(report.analysis?.paths).toBeGreaterThan(0);
    });
  }
});

describe('the explorer', () => {
  const mini = join(ROOT, 'tests', 'fixtures', 'stories', 'mini.ink');
  const json = compileInk(mini, undefined, ROOT).json!;

  it('computes score bounds over every path', () => {
    const { analysis } = exploreStory(json, { ctx: library().ctx, scenes: library().scenes });
    expect(analysis.truncated).toBe(false);
    expect(analysis.max['trust']).toBe(2);
    expect(analysis.min['trust']).toBe(-2);
    expect(analysis.max['report']).toBe(2);
  });

  it('de-duplicates states reached by different orders of the same looks', () => {
    // Five looks in any order, leaving at any time: sum over k of 5!/(5-k)! = 326 paths,
    // but only one hub state per subset looked at (2^5 = 32), plus the report and the end for each.
    const hub = compileInk(join(ROOT, 'tests', 'fixtures', 'stories', 'hub.ink'), undefined, ROOT).json!;
    const { analysis, diagnostics } = exploreStory(hub, { ctx: library().ctx, scenes: library().scenes });
    expect(diagnostics).toEqual([]);
    expect(analysis.paths).toBe(326);
    expect(analysis.states).toBeLessThanOrEqual(32 * 4);
  });

  it('stops at its bound and says so: an error, since nothing past the bound is proven', () => {
    const { analysis, diagnostics } = exploreStory(json, { ctx: library().ctx, maxStates: 5 });
    expect(analysis.truncated).toBe(true);
    expect(analysis.bounds).toEqual(['states']);
    expect(
      diagnostics.some((d) => d.severity === 'error' && d.message.includes('stopped at its bound')),
    ).toBe(true);
  });
});

describe('replay variants', () => {
  const file = join(ROOT, 'tests', 'fixtures', 'stories', 'variants.ink');

  it('explores every variant and keeps each one’s own analysis', async () => {
    const { compiled } = await import('./harness.ts');
    const c = compiled(file);
    expect(c.variants).toHaveLength(2);
    expect(Object.keys(c.variants[0]!.indicators)).toEqual(['hotel.heavy_foot_traffic_room']);
    expect(Object.keys(c.variants[1]!.indicators)).toEqual([
      'hotel.heavy_foot_traffic_room',
      'hotel.side_door_entry',
    ]);
    expect(c.analysis.max['observe']).toBe(2);
    expect(c.variants[0]!.max['observe']).toBe(1);
  });

  it('plays the variant the seed picks, and scores against that variant', async () => {
    const { play } = await import('./harness.ts');
    const report = {
      report: {
        observed: 'seen' as const,
        who: 'two people',
        when: '01:00',
        where: 'lobby',
        action: 'supervisor' as const,
      },
    };
    const one = await play(file, ['Note it down', report], { seed: 0 });
    const two = await play(file, ['Note it down', report], { seed: 1, roundTrip: true });
    expect(one.transcript.join(' ')).not.toContain('propped open');
    expect(two.transcript.join(' ')).toContain('propped open');
    expect(one.debrief.missed).toEqual([]);
    expect(two.debrief.noticed.map((i) => i.id)).toContain('hotel.side_door_entry');
    expect(one.debrief.total.percent).toBe(100);
    expect(two.debrief.total.percent).toBe(100);
  });
});

describe('the template encounter', () => {
  const file = join(ROOT, 'stories', '_template', 'template.ink');

  it('passes the checker', () => {
    const report = checkFile(file, library());
    expect(report.diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('uses every tag in the grammar (with the shared ink it includes)', async () => {
    const { readFileSync } = await import('node:fs');
    const { TAG_RULES } = await import('../../src/core/tags/tags.ts');
    const shared = ['contacts.ink', 'report.ink'].map((f) =>
      readFileSync(join(ROOT, 'stories', '_shared', f), 'utf8'),
    );
    const source = [readFileSync(file, 'utf8'), ...shared].join('\n');
    for (const rule of TAG_RULES) expect(source, rule.key).toMatch(new RegExp(`#\\s*${rule.key}\\b`));
  });
});

describe('the ink compiler', () => {
  it('still takes names in any script after many files (the parsers share their name characters)', () => {
    const dir = join(ROOT, 'node_modules', '.cache', 'second-look-tests');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'unicode-names.ink');
    writeFileSync(
      file,
      'VAR café_count = 1\n-> größe\n=== größe ===\nΣ {café_count}\n-> ночь\n=== ночь ===\nEnd.\n-> END\n',
    );
    for (let i = 0; i < 3; i++) {
      const r = compileInk(file, undefined, ROOT);
      expect(r.diagnostics).toEqual([]);
      expect(r.json).toContain('"ночь"');
    }
  });
});
