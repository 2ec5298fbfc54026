// The story checker's worker threads (scripts/check/check-pool.ts, check-worker.ts): a file checked in
// a worker gives the same report as in the main thread — the step limits that stop a hanging story
// included, and every diagnostic still naming its file and line.

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
