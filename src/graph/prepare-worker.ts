// The worker thread of Preparer (src/graph/prepare.ts): extracts and builds the rows of each
// batch it is sent, in order, and sends them back.
import { parentPort } from 'node:worker_threads';
import { collectIfAbove } from './heap.ts';
import { prepareReport, type PrepareRequest, type PrepareResponse } from './prepare.ts';

/** Heap use above which a full collection runs after a batch (the extraction's tables take about 80 MB). */
const WORKER_HEAP_SOFT_MB = 128;

parentPort?.on('message', (m: PrepareRequest) => {
  const response: PrepareResponse = { seq: m.seq, results: m.jobs.map(prepareReport) };
  parentPort!.postMessage(response);
  collectIfAbove(WORKER_HEAP_SOFT_MB);
});
