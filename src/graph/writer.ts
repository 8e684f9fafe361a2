// Writes to Neo4j: the gazetteer's admin units (once), and batches of reports, one transaction per
// batch (so each report's facts commit atomically), with batched UNWIND statements from
// cypher/ingest-*.cypher. Parameters are never spliced into Cypher text.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { loadCypherStatements } from '../db/cypher.ts';
import { adminUnitRows } from './admin-units.ts';
import { assembleBatch, type BatchParams, type PersonCandidate } from './resolve.ts';
import type { ReportRows } from './rows.ts';

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

export const zeroCounters = (): WriteCounters => ({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });

export function addCounters(into: WriteCounters, add: WriteCounters): WriteCounters {
  into.nodesCreated += add.nodesCreated;
  into.nodesDeleted += add.nodesDeleted;
  into.relationshipsCreated += add.relationshipsCreated;
  into.relationshipsDeleted += add.relationshipsDeleted;
  return into;
}

function countersOf(result: QueryResult): WriteCounters {
  const u = result.summary.counters.updates();
  return { nodesCreated: u.nodesCreated, nodesDeleted: u.nodesDeleted, relationshipsCreated: u.relationshipsCreated, relationshipsDeleted: u.relationshipsDeleted };
}

/** The `$name` parameters a statement uses, so that each statement is sent only its own lists. */
function paramNames(statement: string): string[] {
  return [...new Set([...statement.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))];
}

// CIVIC_GRAPH_PROFILE=1: time spent per statement, printed on exit (for tuning).
const PROFILE = process.env.CIVIC_GRAPH_PROFILE === '1';
const profile = new Map<string, { ms: number; n: number; server: number }>();
if (PROFILE) {
  process.on('exit', () => {
    for (const [k, v] of [...profile].sort((a, b) => b[1].ms - a[1].ms)) console.error(`${v.ms.toFixed(0).padStart(8)} ms (server ${v.server.toFixed(0).padStart(6)} ms) ${String(v.n).padStart(5)}x  ${k}`);
  });
}

interface Statement { text: string; params: string[] }
const prepared = new Map<string, Statement[]>();
function statements(name: string): Statement[] {
  let s = prepared.get(name);
  if (!s) {
    s = loadCypherStatements(name).map((text) => ({ text, params: paramNames(text) }));
    prepared.set(name, s);
  }
  return s;
}

function paramsFor(st: Statement, all: Record<string, unknown>): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const p of st.params) params[p] = all[p] ?? [];
  return params;
}

function record(st: Statement, t0: number, result: QueryResult): void {
  const head = st.text.split('\n')[0]!.slice(0, 60);
  const p = profile.get(head) ?? { ms: 0, n: 0, server: 0 };
  p.ms += performance.now() - t0;
  p.server += Number(result.summary.resultAvailableAfter) + Number(result.summary.resultConsumedAfter);
  p.n++;
  profile.set(head, p);
}

async function run(tx: ManagedTransaction, st: Statement, all: Record<string, unknown>, counters: WriteCounters): Promise<QueryResult> {
  const t0 = PROFILE ? performance.now() : 0;
  const result = await tx.run(st.text, paramsFor(st, all));
  if (PROFILE) record(st, t0, result);
  addCounters(counters, countersOf(result));
  return result;
}

/**
 * Runs statements of one transaction without waiting for each answer before sending the next
 * (Bolt pipelining): the server runs them back to back, in order. The first failure is thrown
 * once all have answered. With CIVIC_GRAPH_PROFILE=1 they run one at a time, to be timed.
 */
async function runPipelined(tx: ManagedTransaction, sts: Statement[], all: Record<string, unknown>, counters: WriteCounters): Promise<QueryResult[]> {
  if (PROFILE) {
    const out: QueryResult[] = [];
    for (const st of sts) out.push(await run(tx, st, all, counters));
    return out;
  }
  const settled = await Promise.allSettled(sts.map((st) => tx.run(st.text, paramsFor(st, all))));
  const out: QueryResult[] = [];
  for (const r of settled) {
    if (r.status === 'rejected') throw r.reason;
    addCounters(counters, countersOf(r.value));
    out.push(r.value);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Admin units

export interface AdminUnitsResult extends WriteCounters {
  /** False when the graph already held every unit. */
  loaded: boolean;
  units: number;
}

/**
 * Loads the gazetteer's admin units into the graph unless it already holds them all (one
 * transaction, so an interrupted load is redone next time). Idempotent.
 */
export async function ensureAdminUnits(driver: Driver, database = 'neo4j'): Promise<AdminUnitsResult> {
  const rows = adminUnitRows();
  const { records } = await driver.executeQuery('MATCH (u:AdminUnit) RETURN count(u) AS n', {}, { database });
  const have = Number(records[0]?.get('n') ?? 0);
  if (have >= rows.units.length) return { loaded: false, units: have, ...zeroCounters() };
  const session = driver.session({ database });
  try {
    const counters = await session.executeWrite(async (tx) => {
      const c = zeroCounters();
      const all = rows as unknown as Record<string, unknown>;
      for (const st of statements('ingest-admin-units')) {
        // large lists go in slices, still inside the one transaction
        const name = st.params[0]!;
        const list = all[name] as unknown[];
        for (let i = 0; i < list.length; i += 5000) await run(tx, st, { [name]: list.slice(i, i + 5000) }, c);
      }
      return c;
    });
    return { loaded: true, units: rows.units.length, ...counters };
  } finally {
    await session.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Reports

/** Report ids among `ids` that the graph already holds. */
export async function knownReportIds(driver: Driver, ids: string[], database = 'neo4j'): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const [st] = statements('ingest-known');
  const { records } = await driver.executeQuery(st!.text, { ids }, { database, routing: neo4j.routing.READ });
  return new Set(records.map((r) => r.get('id') as string));
}

export interface BatchResult extends WriteCounters {
  /** Old report versions (same url) whose facts were replaced. */
  replaced: number;
}

export interface WriteBatchOptions {
  database?: string;
  now?: string;
  /** Called with the parameters of the write statements once the batch has committed (for the bench's bare baseline). */
  onParams?: (params: BatchParams) => void;
}

/**
 * Writes a batch of new reports in one transaction: removes the old versions of their urls,
 * resolves persons and documents against the graph, then writes every row.
 * The reports must be absent from the graph (see knownReportIds) and their urls distinct.
 */
export async function writeBatch(driver: Driver, batch: ReportRows[], opts: WriteBatchOptions = {}): Promise<BatchResult> {
  if (batch.length === 0) return { replaced: 0, ...zeroCounters() };
  const database = opts.database ?? 'neo4j';
  const now = opts.now ?? new Date().toISOString();
  const session = driver.session({ database });
  try {
    let params: BatchParams | null = null;
    const result = await session.executeWrite((tx) => writeBatchTx(tx, batch, now, (p) => { params = p; }));
    if (params && opts.onParams) opts.onParams(params);
    return result;
  } finally {
    await session.close();
  }
}

// Per batch: one round trip for the lookups (pipelined), one for the deletes of old versions
// (only when a url comes again), one for all the writes (pipelined), then the commit.
async function writeBatchTx(tx: ManagedTransaction, batch: ReportRows[], now: string, onParams: (p: BatchParams) => void): Promise<BatchResult> {
  const counters = zeroCounters();
  const [urlsSt, personsSt, documentsSt] = statements('ingest-lookup');
  const urls = [...new Set(batch.map((r) => r.report.url).filter((u): u is string => !!u))];
  const normNames = new Set<string>();
  const documentKeys = new Set<string>();
  for (const r of batch) {
    for (const m of r.mentions) normNames.add(m.normName);
    for (const d of r.documents) if (d.numbered) documentKeys.add(d.baseKey);
  }
  const lookups: { st: Statement; key: string }[] = [];
  if (urls.length) lookups.push({ st: urlsSt!, key: 'previous' });
  if (normNames.size) lookups.push({ st: personsSt!, key: 'persons' });
  if (documentKeys.size) lookups.push({ st: documentsSt!, key: 'documents' });
  const answers = await runPipelined(tx, lookups.map((l) => l.st), { urls, normNames: [...normNames], documentKeys: [...documentKeys] }, counters);
  const got = new Map<string, unknown>();
  lookups.forEach((l, i) => got.set(l.key, answers[i]!.records[0]?.get(l.key) ?? []));
  const previous = (got.get('previous') ?? []) as { url: string; id: string; version: unknown }[];
  const persons = (got.get('persons') ?? []) as PersonCandidate[];
  const documents = (got.get('documents') ?? []) as { key: string; date: string | null }[];

  const versions = new Map<string, number>();
  for (const p of previous) versions.set(p.url, Math.max(versions.get(p.url) ?? 0, toNumber(p.version)));
  const oldIds = previous.map((p) => p.id);
  // the old versions go first: their persons and documents are then looked up again, without them
  let ctxPersons = persons;
  let ctxDocuments = documents;
  if (oldIds.length) {
    await deleteReports(tx, oldIds, counters);
    const again = await runPipelined(tx, [personsSt!, documentsSt!], { normNames: [...normNames], documentKeys: [...documentKeys] }, counters);
    ctxPersons = (again[0]!.records[0]?.get('persons') ?? []) as PersonCandidate[];
    ctxDocuments = (again[1]!.records[0]?.get('documents') ?? []) as { key: string; date: string | null }[];
  }

  const params = assembleBatch(batch, { persons: ctxPersons, documents: ctxDocuments, versions, now });
  await writeParams(tx, params, counters);
  onParams(params);
  return { replaced: oldIds.length, ...counters };
}

/** Runs cypher/ingest-write.cypher over one batch's parameters (statements with nothing to write are left out). */
export async function writeParams(tx: ManagedTransaction, params: BatchParams, counters: WriteCounters = zeroCounters()): Promise<WriteCounters> {
  const all = params as unknown as Record<string, unknown[]>;
  const sts = statements('ingest-write').filter((st) => st.params.some((p) => (all[p]?.length ?? 0) > 0));
  await runPipelined(tx, sts, all, counters);
  return counters;
}

/** Removes the facts of the given reports (old versions), then what only they supported. */
async function deleteReports(tx: ManagedTransaction, ids: string[], counters: WriteCounters): Promise<void> {
  const lists: Record<string, Set<unknown>> = {};
  const params = (): Record<string, unknown> => {
    const p: Record<string, unknown> = { ids };
    for (const [k, v] of Object.entries(lists)) p[k] = [...v];
    return p;
  };
  for (const st of statements('ingest-delete')) {
    const result = await run(tx, st, params(), counters);
    for (const record of result.records) {
      for (const key of record.keys) {
        const value = record.get(key);
        if (!Array.isArray(value)) continue;
        const set = (lists[key as string] ??= new Set());
        for (const v of value) if (v !== null) set.add(v);
      }
    }
  }
  // bodies left without posts, events, documents or organs; then their parents
  let bodies = [...(lists.bodies ?? [])];
  const [st] = statements('ingest-delete-bodies');
  for (let round = 0; bodies.length && round < 5; round++) {
    const result = await run(tx, st!, { bodies }, counters);
    bodies = (result.records[0]?.get('bodies') as string[] | undefined) ?? [];
  }
}

function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  return Number(v ?? 0);
}
