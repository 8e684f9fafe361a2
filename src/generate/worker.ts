// A writer thread of writeReportsParallel: writes reports [start, end) and reports progress.
import { parentPort, workerData } from 'node:worker_threads';
import { writeRange } from './index.ts';

interface Job { seed: number; start: number; end: number; out?: string; jsonl?: string }

const job = workerData as Job;
writeRange(job.seed, job.start, job.end, job.out, job.jsonl, (done) => parentPort?.postMessage(done));
parentPort?.postMessage(job.end - job.start);
