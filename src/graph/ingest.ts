// Ingest: report files → extraction → graph. Streams the inputs, skips reports whose content is
// already in the graph, extracts the rest and writes them in batches (one transaction per batch,
// so each report's facts commit atomically). Three stages overlap: the main thread reads inputs
// and drives the writes, a worker thread (src/graph/prepare.ts) extracts the next batches, and
// the graph writes the current one; at most DEPTH batches are held at once, so memory stays
// flat whatever the number of reports. Batches are written one after the other, in input order,
// so entity resolution decides as in a run that writes report by report. A batch the graph
// refuses is split in halves until the bad report fails alone, with its reason.
import type { Driver } from 'neo4j-driver';
import { applySchema } from '../db/migrate.ts';
import { readInputs, type InputError, type InputReport } from '../io/inputs.ts';
import { collectIfAbove } from './heap.ts';
import { Preparer, type PrepareJob } from './prepare.ts';
import type { BatchParams } from './resolve.ts';
import { reportId, type ReportRows } from './rows.ts';
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
  /**
   * Threads that extract: 1 (the default) extracts in a worker thread from the second batch on
   * (a run of one batch never starts it); 0 extracts in the calling thread.
   */
  extractThreads?: number;
  /** Apply cypher/schema.cypher first (default true; idempotent). */
  schema?: boolean;
  /** Called after each batch and each failure. */
  onProgress?: (p: IngestProgress) => void;
  /** Called for each input that failed, as it fails. */
  onFailure?: (f: IngestFailure) => void;
  /** Called with each committed batch's write parameters (the bench replays them as its baseline). */
  onBatchParams?: (params: BatchParams) => void;
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

/** Driver error codes that mean Neo4j cannot be reached at all (not that it refused a report). */
const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Whether a driver error (or one of its causes) means Neo4j cannot be reached at all. */
export function isUnreachable(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (UNREACHABLE.has((e as { code?: string }).code ?? '')) return true;
  }
  return false;
}

/** Batches in flight: the one being written and the one prepared next (bounds memory: depth × batchSize reports). */
const DEPTH = 2;
/** Heap use of this thread above which a full collection runs between batches (src/graph/heap.ts). */
const MAIN_HEAP_SOFT_MB = 64;
/** Reports in the first batch (see ingestInputs). */
const FIRST_BATCH = 100;

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

  // A run that ends before its first (small) batch is full is extracted in this thread and starts
  // no worker (the worker takes a second or two to load); any longer run is extracted in the
  // worker only, which keeps the extraction's tables out of this thread's memory.
  const firstBatch = Math.min(batchSize, FIRST_BATCH);
  const inline = new Preparer(0);
  const worker = new Preparer(Math.max(0, opts.extractThreads ?? 1));
  let flushes = 0;

  const write = async (ready: Ready[]): Promise<void> => {
    if (ready.length === 0) return;
    try {
      const r = await writeBatch(driver, ready.map((x) => x.rows), { database, now: now().toISOString(), onParams: opts.onBatchParams });
      addCounters(summary, r);
      // after the next batch's write has been sent (this thread then waits for Neo4j)
      setImmediate(collectIfAbove, MAIN_HEAP_SOFT_MB);
      summary.replaced += r.replaced;
      summary.ok += ready.length;
      progress();
    } catch (err) {
      // Neo4j is unreachable (the driver has retried for 30 s): every other write would wait and
      // fail too, so the run stops here; what was committed stays, and a rerun skips it.
      if (isUnreachable(err)) throw err;
      if (ready.length === 1) {
        fail(ready[0]!.input.file, `graph write failed: ${(err as Error).message.split('\n')[0]}`);
        return;
      }
      // one bad report must not fail the others: halves, in order, until it is alone
      const mid = Math.ceil(ready.length / 2);
      await write(ready.slice(0, mid));
      await write(ready.slice(mid));
    }
  };

  // known ids, then extraction (off this thread from the second batch on)
  const prepare = async (pending: Pending[], preparer: Preparer): Promise<Ready[]> => {
    const known = await knownReportIds(driver, pending.map((p) => p.id), database);
    const todo = pending.filter((p) => !known.has(p.id));
    summary.unchanged += pending.length - todo.length;
    const jobs: PrepareJob[] = todo.map((p) => ({ id: p.id, name: p.input.id, file: p.input.file, text: p.input.text, html: p.input.html, meta: p.input.meta }));
    const results = await preparer.prepare(jobs);
    const ready: Ready[] = [];
    results.forEach((r, i) => {
      if ('error' in r) fail(todo[i]!.input.file, r.error);
      else ready.push({ input: todo[i]!.input, rows: r.rows });
    });
    if (ready.length === 0) progress();
    return ready;
  };

  // writes run one after the other; each waits for its batch to be prepared
  let writing: Promise<void> = Promise.resolve();
  const inflight: Promise<void>[] = [];
  const flush = async (pending: Pending[], last = false): Promise<void> => {
    if (pending.length === 0) return;
    const prepared = prepare(pending, flushes++ === 0 && last ? inline : worker);
    prepared.catch(() => {}); // awaited by the write below; this keeps it from counting as unhandled meanwhile
    const previous = writing;
    writing = (async () => {
      await previous;
      await write(await prepared);
    })();
    writing.catch(() => {});
    inflight.push(writing);
    while (inflight.length >= DEPTH) await inflight.shift();
  };
  const drain = async (): Promise<void> => {
    while (inflight.length) await inflight.shift();
  };

  try {
    // ids seen in this run (written, being written, or skipped): a repeated input is unchanged
    const seen = new Set<string>();
    let pending: Pending[] = [];
    let urls = new Set<string>();
    for await (const item of inputs) {
      if ('error' in item) { fail(item.file, item.error); continue; }
      const id = reportId(item.text, metaForId(item));
      if (seen.has(id)) { summary.unchanged++; progress(); continue; }
      seen.add(id);
      const url = item.meta.url;
      // two versions of one url: the first must be written before the second replaces it
      if (url && urls.has(url)) {
        await flush(pending);
        await drain();
        pending = [];
        urls = new Set();
      }
      if (url) urls.add(url);
      pending.push({ input: item, id });
      if (pending.length >= (flushes === 0 ? firstBatch : batchSize)) {
        await flush(pending);
        pending = [];
        urls = new Set();
      }
    }
    await flush(pending, true);
    await drain();
  } finally {
    await drain().catch(() => {});
    await worker.close();
  }
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
