// Checking many files at once for `npm run check:stories`: this thread and `jobs − 1` worker threads
// (check-worker.ts) take files from one shared queue, heaviest first, until it is empty. This thread
// starts at once with the library it has loaded; a worker joins as soon as it has loaded its own, and
// one that is not ready before the queue runs out is stopped unused. Each file is checked by
// checkFile wherever it runs, so the reports are the same with any number of threads.

import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { heaviestFirst } from '../../src/core/balance.ts';
import { checkFile, type CheckOptions, type FileReport } from './check-file.ts';
import { CACHE_DIR, ROOT, type Library } from './library.ts';

/** What a worker thread is given: the queue's files, its shared position, and the bounds to check with. */
export interface WorkerJob {
  files: string[];
  /** An Int32Array's buffer: element 0 is the index of the next file to take. */
  queue: SharedArrayBuffer;
  bounds: CheckOptions;
}

/** One file's report, as a worker thread posts it. */
export interface WorkerReport {
  index: number;
  report: FileReport;
}

/** Takes the next file's index from the shared queue, or −1 when every file is taken. */
export function takeNext(queue: Int32Array, length: number): number {
  const i = Atomics.add(queue, 0, 1);
  return i < length ? i : -1;
}

const WORK_FILE = join(CACHE_DIR, 'check-work.json');

/** How long each file took when last checked (ms), by path: only a hint for ordering the queue. */
function readWork(): Record<string, number> {
  try {
    const data = JSON.parse(readFileSync(WORK_FILE, 'utf8')) as unknown;
    return data && typeof data === 'object' ? (data as Record<string, number>) : {};
  } catch {
    return {};
  }
}

function writeWork(files: readonly string[], reports: readonly FileReport[]): void {
  const work = readWork();
  files.forEach((f, i) => (work[f] = reports[i]?.ms ?? 0));
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(WORK_FILE, JSON.stringify(work));
  } catch {
    // only a hint for ordering the next run
  }
}

/**
 * How much work each file is expected to be: its time when last checked, if every file has been
 * checked before; otherwise its size (a cheap guess; unreadable files are quick).
 */
function workWeights(files: readonly string[]): (f: string) => number {
  const work = readWork();
  if (files.every((f) => typeof work[f] === 'number')) return (f) => work[f] ?? 0;
  return (f) => {
    try {
      return statSync(f).size;
    } catch {
      return 0;
    }
  };
}

/**
 * What a worker thread runs: check-worker.ts through tsx (registered in the worker first: Node 20's
 * workers do not take `--import` from their parent), or the bundled runner's own build of it.
 */
export interface WorkerScript {
  /** The worker module's URL. */
  entry: string;
  /** Whether it is TypeScript, to load through tsx. */
  typescript: boolean;
}

const TSX_API = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'esm', 'api', 'index.mjs')).href;
const TYPESCRIPT_WORKER: WorkerScript = {
  entry: pathToFileURL(join(ROOT, 'scripts', 'check', 'check-worker.ts')).href,
  typescript: true,
};
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
const tsx = workerData.tsx ? import(workerData.tsx).then((api) => api.register()) : Promise.resolve();
tsx.then(() => import(workerData.entry));
`;

/** Starts a worker thread checking files from `job`'s queue; it ends when the queue is empty. */
export function startWorker(job: WorkerJob, script: WorkerScript = TYPESCRIPT_WORKER): Worker {
  return new Worker(BOOTSTRAP, {
    eval: true,
    execArgv: [],
    workerData: { ...job, tsx: script.typescript ? TSX_API : null, entry: script.entry },
  });
}

/**
 * Checks `targets` (absolute paths) with `jobs` threads (default: one per core, never more than
 * files) and returns their reports in the order given.
 */
export async function checkAll(
  targets: readonly string[],
  lib: Library,
  bounds: CheckOptions,
  jobs: number | null = null,
  script?: WorkerScript,
): Promise<FileReport[]> {
  const threads = Math.min(jobs ?? availableParallelism(), targets.length);
  const files = heaviestFirst(targets, workWeights(targets));
  const reports: (FileReport | undefined)[] = new Array<FileReport | undefined>(files.length);
  let left = files.length;
  let exited = 0;
  let settle = () => {};
  const settled = new Promise<void>((done) => (settle = done));
  const queue = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const workers = Array.from({ length: Math.max(0, threads - 1) }, () => {
    const worker = startWorker({ files, queue: queue.buffer as SharedArrayBuffer, bounds }, script);
    worker.on('message', ({ index, report }: WorkerReport) => {
      reports[index] = report;
      if (--left === 0) settle();
    });
    // A thread that fails leaves its file to this one (below); the failure is still shown.
    worker.on('error', (e) => console.error(`a checker thread stopped: ${e.message}`));
    worker.on('exit', () => {
      if (++exited === workers.length) settle();
    });
    return worker;
  });
  for (let i = takeNext(queue, files.length); i >= 0; i = takeNext(queue, files.length)) {
    reports[i] = checkFile(files[i] ?? '', lib, bounds);
    if (--left === 0) settle();
  }
  if (workers.length > 0) await settled;
  await Promise.all(workers.map((w) => w.terminate()));
  const done = files.map((f, i) => reports[i] ?? checkFile(f, lib, bounds));
  writeWork(files, done);
  const byPath = new Map(files.map((f, i) => [f, done[i]]));
  return targets.map((f) => byPath.get(f) ?? checkFile(f, lib, bounds));
}
