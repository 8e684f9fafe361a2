// npm run generate -- --reports N --out DIR [--seed S] [--jsonl FILE]
//
// Synthetic reports with gold records (src/generate): DIR/<id>.txt and DIR/<id>.gold.json
// (extraction-record@1, the dev gold's conventions), and with --jsonl one JSON line per
// report ({ id, text, url, publishedAt, district, province }) for bulk ingest tests. Files
// are written as they are generated, by --workers threads (default: the cores, at most 4).
// Same seed and N, same bytes, whatever the number of threads.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { writeReportsParallel } from '../src/generate/index.ts';

const usage = 'usage: npm run generate -- --reports N [--out DIR] [--jsonl FILE] [--seed S] [--workers K] [--quiet]';

async function main(): Promise<number> {
  let values: { reports?: string; out?: string; jsonl?: string; seed?: string; workers?: string; quiet?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        reports: { type: 'string', short: 'n' },
        out: { type: 'string', short: 'o' },
        jsonl: { type: 'string' },
        seed: { type: 'string', short: 's' },
        workers: { type: 'string', short: 'w' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (err) {
    console.error(`generate: ${(err as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const reports = Number(values.reports);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(reports) || reports < 0) {
    console.error(`generate: --reports must be a whole number\n${usage}`);
    return 2;
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    console.error(`generate: --seed must be a whole number from 0 to 4294967295\n${usage}`);
    return 2;
  }
  const workers = values.workers === undefined ? Math.min(availableParallelism(), 4) : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1) {
    console.error(`generate: --workers must be a whole number from 1\n${usage}`);
    return 2;
  }
  if (!values.out && !values.jsonl) {
    console.error(`generate: give --out DIR, --jsonl FILE or both\n${usage}`);
    return 2;
  }
  const t0 = process.hrtime.bigint();
  const progress = values.quiet || !process.stderr.isTTY
    ? undefined
    : (done: number) => process.stderr.write(`\r${done}/${reports}`);
  await writeReportsParallel({ reports, seed, out: values.out, jsonl: values.jsonl, onProgress: progress, workers });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (!values.quiet) {
    const where = [values.out && `${values.out}/`, values.jsonl].filter(Boolean).join(' and ');
    console.error(`${progress ? '\r' : ''}generated ${reports} report(s) with seed ${seed} into ${where} in ${secs.toFixed(1)} s (${Math.round(reports / Math.max(secs, 1e-9))} reports/s)`);
  }
  return 0;
}

process.exitCode = await main();
