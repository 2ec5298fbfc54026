// How the story checker runs: in worker threads (scripts/check/check-pool.ts, check-worker.ts), a file
// gives the same report as in the main thread — the step limits that stop a hanging story included,
// and every diagnostic still naming its file and line; and `npm run check:stories` runs a bundle of
// the checker (scripts/check/run-checker.mjs) that reports what the TypeScript does and is rebuilt
// when it is out of date.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, type FileReport } from '../../scripts/check/check-file.ts';
import { startWorker, type WorkerReport } from '../../scripts/check/check-pool.ts';
import { ROOT } from '../../scripts/check/library.ts';
import { formatDiagnostic } from '../../src/core/encounter/diagnostics.ts';
import { library } from './harness.ts';

const BROKEN = join(ROOT, 'tests', 'fixtures', 'broken');
const FILES = [
  join(BROKEN, 'divert-loop.ink'),
  join(BROKEN, 'unknown-tag.ink'),
  join(BROKEN, 'syntax-error.ink'),
  join(ROOT, 'tests', 'fixtures', 'stories', 'mini.ink'),
];
const timeless = (r: FileReport) => ({ ...r, ms: 0 });

/** Runs one worker over `files` until it has taken them all; its reports by index. */
function inWorker(files: string[]): Promise<{ reports: FileReport[]; taken: number }> {
  const queue = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const worker = startWorker({ files, queue: queue.buffer as SharedArrayBuffer, bounds: {} });
  const reports: FileReport[] = [];
  return new Promise((done, fail) => {
    worker.on('message', ({ index, report }: WorkerReport) => (reports[index] = report));
    worker.on('error', fail);
    worker.on('exit', () => done({ reports, taken: Atomics.load(queue, 0) }));
  });
}

describe('checking in a worker thread', () => {
  it('reports what this thread reports, step limits and file:line included', async () => {
    const { reports, taken } = await inWorker(FILES);
    expect(taken).toBeGreaterThanOrEqual(FILES.length);
    expect(reports.map(timeless)).toEqual(FILES.map((f) => timeless(checkFile(f, library()))));
    const lines = reports.flatMap((r) => r.diagnostics.map(formatDiagnostic));
    const hang = 'tests/fixtures/broken/divert-loop.ink: error: runtime error: the story ran for 2 s without';
    expect(lines.some((l) => l.startsWith(hang))).toBe(true);
    expect(
      lines.some((l) => l.startsWith('tests/fixtures/broken/unknown-tag.ink:13: error: #colour: red')),
    ).toBe(true);
    expect(lines.some((l) => l.startsWith('tests/fixtures/broken/syntax-error.ink:13: error:'))).toBe(true);
    expect(reports[3]?.analysis?.paths).toBe(10);
  }, 60_000);
});

describe('the bundled checker (npm run check:stories)', () => {
  const STAMP = join(ROOT, 'node_modules', '.cache', 'second-look', 'checker', 'inputs.json');
  const args = ['--json', '--jobs', '2', ...FILES];
  const run = (...command: string[]) => {
    const r = spawnSync(process.execPath, [...command, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toBe('');
    return (JSON.parse(r.stdout) as { files: FileReport[] }).files.map(timeless);
  };

  it('reports what the TypeScript reports, and is rebuilt when out of date', () => {
    const typescript = run(
      join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      'scripts/check/check-stories.ts',
    );
    const bundled = () => run('scripts/check/run-checker.mjs');
    expect(bundled()).toEqual(typescript);
    const stamp = JSON.parse(readFileSync(STAMP, 'utf8')) as { node: string; inputs: Record<string, string> };
    expect(Object.keys(stamp.inputs)).toEqual(
      expect.arrayContaining([
        'scripts/check/check-file.ts',
        'src/story/checker/explore.ts',
        'scripts/check/run-checker.mjs',
      ]),
    );
    // A source file that no longer matches its stamp has the bundle rebuilt before it runs.
    writeFileSync(
      STAMP,
      JSON.stringify({ ...stamp, inputs: { ...stamp.inputs, 'scripts/check/check-file.ts': '0:0' } }),
    );
    expect(bundled()).toEqual(typescript);
    expect(JSON.parse(readFileSync(STAMP, 'utf8'))).toEqual(stamp);
  }, 120_000);
});
