// Extraction throughput, single thread: the dev corpus (else seed/) repeated to at least
// `targetBytes`, after one warm-up pass. Used by scripts/bench.ts and scripts/bench-extract.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/index.ts';

export interface ExtractionResult {
  corpus: string;
  corpusReports: number;
  corpusKiB: number;
  bytes: number;
  reports: number;
  seconds: number;
  mbPerS: number;
  reportsPerS: number;
}

export function extractionCorpus(root = process.cwd()): string {
  const devDir = process.env.DEV_CORPUS ?? join(root, '..', 'shared', 'corpus', 'dev');
  return existsSync(devDir) ? devDir : join(root, 'seed');
}

/** MB/s (MiB of UTF-8 text per second) and reports/s of extract() on one thread. */
export function measureExtraction(opts: { dir?: string; targetBytes?: number } = {}): ExtractionResult {
  const dir = opts.dir ?? extractionCorpus();
  const targetBytes = opts.targetBytes ?? 20 * 1024 * 1024;
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  if (texts.length === 0) throw new Error(`measureExtraction: no .txt reports in ${dir}`);
  const sizes = texts.map((t) => Buffer.byteLength(t));
  for (const t of texts) extract(t, { id: 'warm' });
  let bytes = 0;
  let reports = 0;
  const start = process.hrtime.bigint();
  while (bytes < targetBytes) {
    texts.forEach((t, i) => {
      extract(t, { id: `r${reports}` });
      bytes += sizes[i]!;
      reports++;
    });
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    corpus: dir,
    corpusReports: texts.length,
    corpusKiB: sizes.reduce((a, b) => a + b, 0) / 1024,
    bytes,
    reports,
    seconds,
    mbPerS: bytes / 1024 / 1024 / seconds,
    reportsPerS: reports / seconds,
  };
}
