import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
    const compiled = JSON.parse(code.replace(/^export default /, '').replace(/;$/, ''));
    expect(compiled.meta.id).toBe('hotel.mini');
    expect(compiled.contentHash).toMatch(/^[0-9a-f]{16}$/);
    expect(compiled.analysis.endings.length).toBe(2);
    expect(compiled.scenes.map((s: { id: string }) => s.id)).toEqual(['hotel_lobby_night']);
    expect(captured.watched.some((f) => f.endsWith('indicators.json'))).toBe(true);
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
