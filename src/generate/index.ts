// Synthetic reports with gold records (issue 6): a seeded world of real places and
// fictional officials, and reports written about it in the phrasing of the dev corpus.
//
//   const g = new Generator(seed);
//   const r = g.report(i);            // { id, text, gold, url, publishedAt, district, province }
//   writeReports({ reports, seed, out, jsonl });            // one thread
//   await writeReportsParallel({ reports, seed, out, jsonl, workers });
//
// Report i depends only on the seed and i (the world is derived from the seed and unit
// codes, never from what was generated before), so any split over threads writes the same
// bytes.
import { closeSync, mkdirSync, openSync, readSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Generator, type GeneratedReport } from './report.ts';

export { Generator, toOldToneStyle, type GeneratedReport, type GoldRecord } from './report.ts';

export interface WriteOptions {
  reports: number;
  seed: number;
  /** DIR/<id>.txt and DIR/<id>.gold.json */
  out?: string | undefined;
  /** one JSON line per report: { id, text, url, publishedAt, district, province } */
  jsonl?: string | undefined;
  onProgress?: ((done: number) => void) | undefined;
}

/** The JSON line of a report, as `civic-graph ingest` and `extract` read .jsonl files. */
export function jsonLine(r: GeneratedReport): string {
  return JSON.stringify({ id: r.id, text: r.text, url: r.url, publishedAt: r.publishedAt, district: r.district, province: r.province });
}

/** Writes reports [start, end) one by one (nothing is kept); the JSON lines go to `jsonl`. */
export function writeRange(seed: number, start: number, end: number, out: string | undefined, jsonl: string | undefined, progress?: (done: number) => void): void {
  const g = new Generator(seed);
  if (out) mkdirSync(out, { recursive: true });
  let fd: number | undefined;
  if (jsonl) {
    mkdirSync(dirname(jsonl), { recursive: true });
    fd = openSync(jsonl, 'w');
  }
  let buffer = '';
  try {
    for (let i = start; i < end; i++) {
      const r = g.report(i);
      if (out) {
        writeFileSync(join(out, `${r.id}.txt`), r.text);
        writeFileSync(join(out, `${r.id}.gold.json`), `${JSON.stringify(r.gold, null, 2)}\n`);
      }
      if (fd !== undefined) {
        buffer += `${jsonLine(r)}\n`;
        if (buffer.length > 1 << 20) {
          writeSync(fd, buffer);
          buffer = '';
        }
      }
      if (progress && (i + 1 - start) % 500 === 0) progress(i + 1 - start);
    }
    if (fd !== undefined && buffer) writeSync(fd, buffer);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes all reports in this thread; returns how many. */
export function writeReports(opts: WriteOptions): number {
  writeRange(opts.seed, 0, opts.reports, opts.out, opts.jsonl, opts.onProgress);
  return opts.reports;
}

const RUN_TS = fileURLToPath(new URL('../../bin/run-ts.mjs', import.meta.url));
const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

/**
 * Writes the reports with `workers` threads, each a contiguous range of indexes; the JSON
 * lines of the ranges are joined in order. Same output as writeReports.
 */
export async function writeReportsParallel(opts: WriteOptions & { workers: number }): Promise<number> {
  const n = opts.reports;
  const k = Math.max(1, Math.min(opts.workers, Math.ceil(n / 1000)));
  if (k === 1) return writeReports(opts);
  if (opts.out) mkdirSync(opts.out, { recursive: true });
  const parts: string[] = [];
  const done = new Array<number>(k).fill(0);
  const jobs: Promise<void>[] = [];
  for (let w = 0; w < k; w++) {
    const start = Math.floor((n * w) / k);
    const end = Math.floor((n * (w + 1)) / k);
    const part = opts.jsonl ? `${opts.jsonl}.part${w}` : undefined;
    if (part) parts.push(part);
    jobs.push(new Promise<void>((resolve, reject) => {
      const worker = new Worker(RUN_TS, { argv: [WORKER], workerData: { seed: opts.seed, start, end, out: opts.out, jsonl: part } });
      worker.on('message', (m: number) => {
        done[w] = m;
        opts.onProgress?.(done.reduce((a, b) => a + b, 0));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`generate: worker ${w} exited with code ${code}`))));
    }));
  }
  try {
    await Promise.all(jobs);
    if (opts.jsonl) concatenate(parts, opts.jsonl);
  } finally {
    for (const p of parts) rmSync(p, { force: true });
  }
  return n;
}

function concatenate(parts: readonly string[], target: string): void {
  const out = openSync(target, 'w');
  const buf = Buffer.allocUnsafe(1 << 20);
  try {
    for (const p of parts) {
      const fd = openSync(p, 'r');
      try {
        for (let got = readSync(fd, buf); got > 0; got = readSync(fd, buf)) writeSync(out, buf, 0, got);
      } finally {
        closeSync(fd);
      }
    }
  } finally {
    closeSync(out);
  }
}
