// Ingest: report files → extraction → graph. Streams the inputs, skips reports whose content is
// already in the graph, extracts the rest and writes them in batches (one transaction per batch,
// so each report's facts commit atomically). While a batch is being written the next one is
// read and extracted. A batch the graph refuses is retried report by report, so that one bad
// report fails alone, with its reason.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Driver } from 'neo4j-driver';
import { applySchema } from '../db/migrate.ts';
import { extractFull } from '../extract/index.ts';
import { readInputs, type InputError, type InputReport } from '../io/inputs.ts';
import { reportId, reportRows, type ReportRows } from './rows.ts';
import { addCounters, ensureAdminUnits, knownReportIds, writeBatch, zeroCounters, type WriteCounters } from './writer.ts';

export interface IngestFailure { file: string; error: string }

export interface IngestProgress {
  /** Inputs handled so far (ok + unchanged + failed). */
  done: number;
  ok: number;
  unchanged: number;
  failed: number;
}

export interface IngestOptions {
  database?: string;
  /** Reports per write transaction (default 250). */
  batchSize?: number;
  /** Apply cypher/schema.cypher first (default true; idempotent). */
  schema?: boolean;
  /** Called after each batch and each failure. */
  onProgress?: (p: IngestProgress) => void;
  /** Called for each input that failed, as it fails. */
  onFailure?: (f: IngestFailure) => void;
  /** The ingest time written on reports and merge decisions (default: now). */
  now?: () => Date;
}

export interface IngestSummary extends WriteCounters {
  ok: number;
  unchanged: number;
  failed: number;
  /** Old versions (same url, other content) whose facts were replaced. */
  replaced: number;
  failures: IngestFailure[];
  /** Admin units loaded by this run (0 when the graph already had them). */
  adminUnitsLoaded: number;
  seconds: number;
}

interface Pending { input: InputReport; id: string }
interface Ready { input: InputReport; rows: ReportRows }

/** Ingests files and directories (recursive) of .txt, .html and .jsonl, or '-' for standard input. */
export async function ingestPaths(driver: Driver, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  return ingestInputs(driver, readInputs(paths), opts);
}

/** Ingests a stream of inputs (as read by readInputs). */
export async function ingestInputs(driver: Driver, inputs: AsyncIterable<InputReport | InputError>, opts: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const database = opts.database ?? 'neo4j';
  const batchSize = Math.max(1, opts.batchSize ?? 250);
  const now = opts.now ?? (() => new Date());
  if (opts.schema !== false) await applySchema(driver, database);
  const units = await ensureAdminUnits(driver, database);

  const summary: IngestSummary = { ok: 0, unchanged: 0, failed: 0, replaced: 0, failures: [], adminUnitsLoaded: units.loaded ? units.units : 0, seconds: 0, ...zeroCounters() };
  addCounters(summary, units);
  const progress = () => opts.onProgress?.({ done: summary.ok + summary.unchanged + summary.failed, ok: summary.ok, unchanged: summary.unchanged, failed: summary.failed });
  const fail = (file: string, error: string) => {
    const f = { file, error };
    summary.failed++;
    summary.failures.push(f);
    opts.onFailure?.(f);
    progress();
  };

  // ids seen in this run (written, being written, or skipped): a repeated input is unchanged
  const seen = new Set<string>();
  let inflight: Promise<void> = Promise.resolve();

  const write = async (ready: Ready[]): Promise<void> => {
    if (ready.length === 0) return;
    try {
      const r = await writeBatch(driver, ready.map((x) => x.rows), { database, now: now().toISOString() });
      addCounters(summary, r);
      summary.replaced += r.replaced;
      summary.ok += ready.length;
      progress();
    } catch (err) {
      if (ready.length === 1) {
        fail(ready[0]!.input.file, `graph write failed: ${(err as Error).message.split('\n')[0]}`);
        return;
      }
      // one bad report must not fail the others: write them one by one
      for (const x of ready) await write([x]);
    }
  };

  const prepare = async (pending: Pending[]): Promise<Ready[]> => {
    const known = await knownReportIds(driver, pending.map((p) => p.id), database);
    const ready: Ready[] = [];
    for (const p of pending) {
      if (known.has(p.id)) { summary.unchanged++; continue; }
      try {
        const full = extractFull(p.input.text, { id: p.input.id, meta: p.input.meta, html: p.input.html });
        const rows = reportRows({
          id: p.id,
          name: p.input.id,
          sourceFile: p.input.file,
          url: p.input.meta.url ?? null,
          source: p.input.meta.source ?? null,
        }, full);
        ready.push({ input: p.input, rows });
      } catch (err) {
        fail(p.input.file, `extraction failed: ${(err as Error).message}`);
      }
      // let the batch being written make progress between reports
      if (ready.length % 16 === 0) await yieldToLoop();
    }
    return ready;
  };

  const flush = async (pending: Pending[]): Promise<void> => {
    const ready = await prepare(pending);
    await inflight;
    inflight = write(ready);
    if (ready.length === 0) progress();
  };

  let pending: Pending[] = [];
  let urls = new Set<string>();
  for await (const item of inputs) {
    if ('error' in item) { fail(item.file, item.error); continue; }
    const id = reportId(item.text, metaForId(item));
    if (seen.has(id)) { summary.unchanged++; progress(); continue; }
    seen.add(id);
    const url = item.meta.url;
    // two versions of one url in a batch: the first must be written before the second replaces it
    if (url && urls.has(url)) {
      await flush(pending);
      await inflight;
      pending = [];
      urls = new Set();
    }
    if (url) urls.add(url);
    pending.push({ input: item, id });
    if (pending.length >= batchSize) {
      await flush(pending);
      pending = [];
      urls = new Set();
    }
  }
  await flush(pending);
  await inflight;
  summary.seconds = (Date.now() - started) / 1000;
  progress();
  return summary;
}

/** The metadata that is part of a report's identity (all of it but the free-form source label). */
function metaForId(item: InputReport): Record<string, unknown> {
  const { source: _source, ...rest } = item.meta;
  return rest;
}

/** True when the graph holds no Report. */
export async function graphIsEmpty(driver: Driver, database = 'neo4j'): Promise<boolean> {
  const { records } = await driver.executeQuery('MATCH (r:Report) RETURN count(r) AS n', {}, { database });
  return Number(records[0]?.get('n') ?? 0) === 0;
}

/** For `npm start`: ingests `paths` (e.g. seed/) when the graph holds no report yet; else does nothing. */
export async function ingestIfEmpty(driver: Driver, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary | null> {
  if (!(await graphIsEmpty(driver, opts.database))) return null;
  return ingestPaths(driver, paths, opts);
}
