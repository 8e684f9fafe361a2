// The worker thread of Preparer (src/graph/prepare.ts): extracts and builds the rows of each
// batch it is sent, in order, and sends them back.
import { parentPort } from 'node:worker_threads';
import { prepareReport, type PrepareRequest, type PrepareResponse } from './prepare.ts';

parentPort?.on('message', (m: PrepareRequest) => {
  const response: PrepareResponse = { seq: m.seq, results: m.jobs.map(prepareReport) };
  parentPort!.postMessage(response);
});
