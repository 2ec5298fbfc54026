import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../scripts/check-stories.ts';
import { encounterFiles, ROOT } from '../../scripts/library.ts';
import { compileInk } from '../../src/story/compile.ts';
import { exploreStory } from '../../src/story/explore.ts';
import { formatDiagnostic } from '../../src/core/diagnostics.ts';
import { library } from './harness.ts';

const files = encounterFiles();

describe('the encounter library', () => {
  it('has at least one encounter', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    const name = file.slice(ROOT.length + 1);
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

  it('stops at its bound and says so', () => {
    const { analysis, diagnostics } = exploreStory(json, { ctx: library().ctx, maxStates: 5 });
    expect(analysis.truncated).toBe(true);
    expect(diagnostics.some((d) => d.severity === 'warning' && d.message.includes('stopped at its bound'))).toBe(true);
  });
});
