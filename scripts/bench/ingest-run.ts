// One measured ingest, run by scripts/bench.ts in a child process of its own (so that its peak
// RSS, CPU time and JIT warm-up are its own). Prints one JSON line (RunResult) on stdout.
//
//   node bin/run-ts.mjs scripts/bench/ingest-run.ts ours FILE.jsonl [--batch N] [--record PARAMS.jsonl]
//     our ingest, end to end (ingestPaths: read, hash, skip known, extract, resolve, write), as
//     `civic-graph ingest` runs it; --record writes each committed batch's write parameters.
//   node bin/run-ts.mjs scripts/bench/ingest-run.ts bare PARAMS.jsonl
//     the bare baseline: the recorded parameters written again with the same statements
//     (cypher/ingest-write.cypher, writeParams), one transaction per recorded batch, the next
//     batch parsed while the previous one is written; no extraction, no lookups, no resolution.
//
// Connects to NEO4J_URI (scripts/bench.ts sets it); writes into the graph as it is.
import { closeSync, createReadStream, openSync, readFileSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../../src/config.ts';
import { createDriver } from '../../src/db/driver.ts';
import { ingestPaths } from '../../src/graph/ingest.ts';
import type { BatchParams } from '../../src/graph/resolve.ts';
import { addCounters, writeParams, zeroCounters } from '../../src/graph/writer.ts';

export interface RunResult {
  mode: 'ours' | 'bare';
  reports: number;
  failed: number;
  seconds: number;
  reportsPerS: number;
  nodesCreated: number;
  relationshipsCreated: number;
  /** Peak resident set size of this process (VmHWM), MiB. */
  peakRssMiB: number;
  /** CPU time of this process (all its threads), ms per report. */
  cpuMsPerReport: number;
  batches: number;
  /** Time spent writing the parameters for the baseline (--record), included in seconds. */
  recordSeconds: number;
}

/** Peak RSS in MiB: VmHWM from /proc (Linux), else the largest sample taken. */
export class RssPeak {
  private max = 0;
  private readonly timer = setInterval(() => this.sample(), 100);
  constructor() {
    this.timer.unref();
    this.sample();
  }
  sample(): void {
    this.max = Math.max(this.max, process.memoryUsage().rss);
  }
  peakMiB(): number {
    clearInterval(this.timer);
    this.sample();
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
      if (m) return Number(m[1]) / 1024;
    } catch { /* not Linux */ }
    return this.max / 1024 / 1024;
  }
}

const RecordedBatch = z.object({ reports: z.number().int().nonnegative(), params: z.record(z.string(), z.array(z.unknown())) });

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { batch: { type: 'string' }, record: { type: 'string' } },
  });
  const [mode, file] = positionals;
  if ((mode !== 'ours' && mode !== 'bare') || !file) throw new Error('usage: ingest-run.ts ours FILE [--batch N] [--record PARAMS] | bare PARAMS');
  const config = loadConfig();
  const driver = createDriver(config);
  const database = config.neo4j.database;
  const rss = new RssPeak();
  try {
    await driver.verifyConnectivity({ database });
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let result: Omit<RunResult, 'seconds' | 'reportsPerS' | 'peakRssMiB' | 'cpuMsPerReport'>;
    if (mode === 'ours') {
      const fd = values.record ? openSync(values.record, 'w') : null;
      let batches = 0;
      let recordMs = 0;
      let lastLog = t0;
      try {
        const s = await ingestPaths(driver, [file], {
          database,
          batchSize: values.batch ? Number(values.batch) : undefined,
          onProgress: (p) => {
            const t = performance.now();
            if (t - lastLog < 15_000) return;
            lastLog = t;
            console.error(`  ${p.done} reports, ${(p.done / ((t - t0) / 1000)).toFixed(0)}/s, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`);
          },
          onBatchParams: (params) => {
            batches++;
            if (fd === null) return;
            const t = performance.now();
            // a list at a time: no string of the whole batch (it would raise the peak RSS measured here)
            writeSync(fd, `{"reports":${params.reports.length},"params":{`);
            Object.entries(params).forEach(([k, v], i) => writeSync(fd, `${i ? ',' : ''}${JSON.stringify(k)}:${JSON.stringify(v)}`));
            writeSync(fd, '}}\n');
            recordMs += performance.now() - t;
          },
        });
        result = { mode, reports: s.ok, failed: s.failed, nodesCreated: s.nodesCreated, relationshipsCreated: s.relationshipsCreated, batches, recordSeconds: recordMs / 1000 };
        if (s.failed) console.error(`${s.failed} failed, e.g. ${JSON.stringify(s.failures.slice(0, 3))}`);
      } finally {
        if (fd !== null) closeSync(fd);
      }
    } else {
      const counters = zeroCounters();
      let reports = 0;
      let batches = 0;
      const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
      let writing: Promise<void> = Promise.resolve();
      for await (const line of lines) {
        if (!line) continue;
        // parsed while the previous batch is being written
        const batch = RecordedBatch.parse(JSON.parse(line));
        await writing;
        reports += batch.reports;
        batches++;
        const session = driver.session({ database });
        const w = session.executeWrite((tx) => writeParams(tx, batch.params as unknown as BatchParams))
          .then((c) => { addCounters(counters, c); })
          .finally(() => session.close());
        w.catch(() => {}); // awaited at the next batch or the end
        writing = w;
      }
      await writing;
      result = { mode, reports, failed: 0, nodesCreated: counters.nodesCreated, relationshipsCreated: counters.relationshipsCreated, batches, recordSeconds: 0 };
    }
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const out: RunResult = {
      ...result,
      seconds,
      reportsPerS: result.reports / seconds,
      peakRssMiB: rss.peakMiB(),
      cpuMsPerReport: (cpu.user + cpu.system) / 1000 / Math.max(1, result.reports),
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } finally {
    await driver.close();
  }
}

await main();
