// A worker thread of `npm run check:stories` (started by check-pool.ts): loads the library, then
// takes files from the shared queue until it is empty, posting each file's report as it is done.

import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from './check-file.ts';
import { takeNext, type WorkerJob, type WorkerReport } from './check-pool.ts';
import { loadLibrary } from './library.ts';

const job = workerData as WorkerJob;
const lib = loadLibrary();
const queue = new Int32Array(job.queue);
for (let i = takeNext(queue, job.files.length); i >= 0; i = takeNext(queue, job.files.length)) {
  const done: WorkerReport = { index: i, report: checkFile(job.files[i] ?? '', lib, job.bounds) };
  parentPort?.postMessage(done);
}
