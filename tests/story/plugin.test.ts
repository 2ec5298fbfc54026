import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { CompiledEncounter } from '../../src/core/encounter/analysis.ts';
import { inkPlugin } from '../../scripts/build/vite-plugin-ink.ts';
import { ROOT } from '../../scripts/check/library.ts';

interface Captured {
  error?: { message: string; id?: string; loc?: { file?: string; line: number } };
  warnings: string[];
  watched: string[];
}

function runTransform(source: string, id: string): { result: unknown; captured: Captured } {
  const plugin = inkPlugin();
  const captured: Captured = { warnings: [], watched: [] };
  const ctx = {
    error(e: NonNullable<Captured['error']>) {
      captured.error = e;
      throw new Error(e.message);
    },
    warn: (m: string) => captured.warnings.push(m),
    addWatchFile: (f: string) => captured.watched.push(f),
  };
  const transform = plugin.transform as unknown as (this: typeof ctx, code: string, id: string) => unknown;
  let result: unknown = null;
  try {
    result = transform.call(ctx, source, id);
  } catch {
    // the error was captured
  }
  return { result, captured };
}

describe('the Vite ink plugin', () => {
  it('turns a compile error into a Vite error naming the file and line', () => {
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    const dir = mkdtempSync(join(ROOT, 'test-results', 'plugin-'));
    const file = join(dir, 'broken.ink');
    const source = 'Hello.\n* [Go] -> nowhere\n';
    writeFileSync(file, source);
    const { captured } = runTransform(source, file);
    expect(captured.error?.message).toMatch(/broken\.ink:2: error: Divert target not found: '-> nowhere'/);
    expect(captured.error?.loc?.line).toBe(2);
    expect(captured.error?.loc?.file).toBe(file);
  });

  it('compiles a good encounter into a module with meta, story, hash, analysis and scenes', () => {
    const file = join(ROOT, 'tests', 'fixtures', 'stories', 'mini.ink');
    const { result, captured } = runTransform(readFileSync(file, 'utf8'), file);
    expect(captured.error).toBeUndefined();
    const code = (result as { code: string }).code;
    const compiled = JSON.parse(
      code.replace(/^export default \(\) => Promise\.resolve\(/, '').replace(/\);$/, ''),
    );
    expect(compiled.meta.id).toBe('hotel.mini');
    expect(compiled.contentHash).toMatch(/^[0-9a-f]{16}$/);
    expect(compiled.analysis.endings.length).toBe(2);
    expect(compiled.scenes.map((s: { id: string }) => s.id)).toEqual(['hotel_lobby_night']);
    expect(captured.watched.some((f) => f.endsWith('indicators.json'))).toBe(true);
  });

  it('builds a module that keeps no encounter: each load fetches the story and makes a new one', async () => {
    // The browser keeps every module until the page closes: a module holding its encounter (as a
    // promise of it once did) kept every story the learner had opened (docs/performance.md, "Heap").
    const file = join(ROOT, 'tests', 'fixtures', 'stories', 'mini.ink');
    const plugin = inkPlugin();
    (plugin.configResolved as unknown as (c: { command: string }) => void)({ command: 'build' });
    const emitted: { source: string }[] = [];
    const ctx = {
      error: (e: { message: string }) => {
        throw new Error(e.message);
      },
      warn: () => undefined,
      addWatchFile: () => undefined,
      emitFile: (asset: { source: string }) => String(emitted.push(asset) - 1),
    };
    const transform = plugin.transform as unknown as (
      this: typeof ctx,
      code: string,
      id: string,
    ) => { code: string };
    const { code } = transform.call(ctx, readFileSync(file, 'utf8'), file);
    const story = emitted[0]!.source;
    // The header and analysis are in the file, not compiled into the module as object literals.
    expect(code).not.toContain('hotel.mini');
    expect(story.startsWith('{"meta":')).toBe(true);
    const dir = mkdtempSync(join(ROOT, 'test-results', 'plugin-'));
    const moduleFile = join(dir, 'mini.mjs');
    writeFileSync(moduleFile, code.replace(/import\.meta\.ROLLUP_FILE_URL_\w+/, JSON.stringify('mini.json')));
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      return Promise.resolve(new Response(story));
    });
    try {
      const load = ((await import(moduleFile)) as { default: () => Promise<CompiledEncounter> }).default;
      expect(fetched, 'nothing is fetched before a load').toEqual([]);
      const first = await load();
      const second = await load();
      expect(fetched).toEqual(['mini.json', 'mini.json']);
      expect(first.meta.id).toBe('hotel.mini');
      expect(first.story).toBe(story.slice(story.indexOf('\n') + 1));
      expect(JSON.parse(first.story)).toBeTruthy();
      expect(second).toEqual(first);
      expect(second).not.toBe(first);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('ignores files that are not ink', () => {
    expect(runTransform('export {}', '/x/y.ts').result).toBeNull();
  });
});

describe('the encounter index', () => {
  it('reads each encounter’s header exactly as the compiled story’s global tags', async () => {
    const { headerMeta, encounterFiles } = await import('../../scripts/check/library.ts');
    const { compiled } = await import('./harness.ts');
    for (const file of encounterFiles()) {
      const fromHeader = headerMeta(file);
      expect(fromHeader, file).toEqual(compiled(file).meta);
    }
  });
});
