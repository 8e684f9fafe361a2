// Extraction and row building for ingest (src/graph/ingest.ts): report text → ReportRows, in this
// thread or in a worker thread (src/graph/prepare-worker.ts), so that the main thread stays free
// to drive the graph writes while the next batch is extracted. Results come back in job order.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { extractFull } from '../extract/index.ts';
import type { ReportMeta } from '../io/inputs.ts';
import { reportRows, type ReportRows } from './rows.ts';

export interface PrepareJob {
  /** Report id (content hash, see reportId). */
  id: string;
  /** The input's own name (file name without extension, JSON line id). */
  name: string;
  file: string;
  text: string;
  html: boolean;
  meta: ReportMeta;
}

export type Prepared = { rows: ReportRows } | { error: string };

/** Extracts one report and maps it to rows; an error names the reason, never throws. */
export function prepareReport(job: PrepareJob): Prepared {
  try {
    const full = extractFull(job.text, { id: job.name, meta: job.meta, html: job.html });
    const rows = reportRows({ id: job.id, name: job.name, sourceFile: job.file, url: job.meta.url ?? null, source: job.meta.source ?? null }, full);
    return { rows };
  } catch (err) {
    return { error: `extraction failed: ${(err as Error).message}` };
  }
}

/** Messages between the thread that ingests and the preparing thread. */
export interface PrepareRequest { seq: number; jobs: PrepareJob[] }
export interface PrepareResponse { seq: number; results: Prepared[] }

const RUN_TS = fileURLToPath(new URL('../../bin/run-ts.mjs', import.meta.url));
const WORKER = fileURLToPath(new URL('./prepare-worker.ts', import.meta.url));

/** Old-generation limit of the worker's heap (its tables take about 80 MB). */
const WORKER_HEAP_MB = 256;

interface Waiting { jobs: PrepareJob[]; resolve: (r: Prepared[]) => void }

/**
 * Prepares batches of reports in one worker thread, started on first use. If the thread cannot
 * start or dies, the batches it held (and all later ones) are prepared in this thread instead,
 * so a broken worker costs speed, never reports.
 */
export class Preparer {
  private worker: Worker | null = null;
  private broken = false;
  private seq = 0;
  private readonly waiting = new Map<number, Waiting>();

  /** threads: 0 prepares in the calling thread; 1 (the default) in a worker thread. */
  constructor(private readonly threads = 1) {}

  prepare(jobs: PrepareJob[]): Promise<Prepared[]> {
    if (jobs.length === 0) return Promise.resolve([]);
    const worker = this.threads > 0 && !this.broken ? this.start() : null;
    if (!worker) return inline(jobs);
    const seq = this.seq++;
    return new Promise<Prepared[]>((resolve) => {
      this.waiting.set(seq, { jobs, resolve });
      worker.postMessage({ seq, jobs } satisfies PrepareRequest);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private start(): Worker | null {
    if (this.worker) return this.worker;
    try {
      // a bounded old generation makes the worker collect garbage early instead of growing
      const w = new Worker(RUN_TS, { argv: [WORKER], resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      w.on('message', (m: PrepareResponse) => {
        const job = this.waiting.get(m.seq);
        if (!job) return;
        this.waiting.delete(m.seq);
        job.resolve(m.results);
      });
      w.on('error', () => this.fail());
      w.on('exit', () => this.fail());
      this.worker = w;
      return w;
    } catch {
      this.broken = true;
      return null;
    }
  }

  /** The worker is gone: whatever it held is prepared here. */
  private fail(): void {
    if (this.worker === null && this.waiting.size === 0) return;
    this.broken = true;
    this.worker = null;
    const pending = [...this.waiting.entries()].sort((a, b) => a[0] - b[0]);
    this.waiting.clear();
    for (const [, w] of pending) void inline(w.jobs).then(w.resolve);
  }
}

/** Prepares in this thread, giving the event loop a turn every few reports. */
async function inline(jobs: PrepareJob[]): Promise<Prepared[]> {
  const out: Prepared[] = [];
  for (let i = 0; i < jobs.length; i++) {
    out.push(prepareReport(jobs[i]!));
    if (i % 8 === 7) await new Promise<void>((r) => setImmediate(r));
  }
  return out;
}
