// The read side of the graph layer: every Cypher round trip the API makes goes through
// GraphReader.run, which counts it, applies the request's deadline as the transaction timeout,
// converts Neo4j values to plain JSON-able values, and turns driver failures into GraphError
// codes (the Cypher text and the driver's message never reach a client).
import neo4j, { type Driver, isInt, Neo4jError } from 'neo4j-driver';
import { loadCypherStatements } from '../db/cypher.ts';

export type GraphErrorCode = 'DATABASE_UNAVAILABLE' | 'TIMEOUT' | 'DATABASE_ERROR';

/** A failure of the database, with a code the API passes on and a message safe to show. */
export class GraphError extends Error {
  override name = 'GraphError';
  constructor(
    readonly code: GraphErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Counts Cypher round trips: one per GraphReader.run (each is one executeQuery call). */
export interface RoundTripCounter {
  roundTrips: number;
}

export interface GraphOptions {
  database?: string;
  /** Upper bound for one Cypher statement, in milliseconds (default 10 s). */
  statementTimeoutMs?: number;
}

/**
 * The process-wide handle on Neo4j for reads: a driver, a database name and a total round-trip
 * counter. Each request gets its own GraphReader from `reader()`.
 */
export class Graph implements RoundTripCounter {
  roundTrips = 0;
  readonly database: string;
  readonly statementTimeoutMs: number;

  constructor(
    readonly driver: Driver,
    options: GraphOptions = {},
  ) {
    this.database = options.database ?? 'neo4j';
    this.statementTimeoutMs = options.statementTimeoutMs ?? 10_000;
  }

  /** A reader for one request; `deadline` (epoch ms) caps every statement it runs. */
  reader(options: { deadline?: number; signal?: AbortSignal } = {}): GraphReader {
    return new GraphReader(this, options.deadline, options.signal);
  }

  /** True when Neo4j answers a trivial query within `timeoutMs` (an auto-commit query: no retries). */
  async ping(timeoutMs = 2_000): Promise<boolean> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    try {
      const answered = session.run('RETURN 1 AS ok', {}, { timeout: timeoutMs }).then(
        () => true,
        () => false,
      );
      const late = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      return await Promise.race([answered, late]);
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => {});
    }
  }
}

export type Row = Record<string, unknown>;

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

const sent = new Map<string, string>();

/**
 * The text sent for cypher/<name>.cypher: without its comments, which are most of the bytes of
 * some queries (fewer socket writes per statement; Neo4j caches the plan by this text).
 */
export function cypherText(name: string): string {
  let text = sent.get(name);
  if (text === undefined) {
    const statements = loadCypherStatements(name);
    if (statements.length !== 1) throw new Error(`cypher/${name}.cypher: expected one statement, found ${statements.length}`);
    text = statements[0]!;
    sent.set(name, text);
  }
  return text;
}

export class GraphReader implements RoundTripCounter {
  roundTrips = 0;

  constructor(
    readonly graph: Graph,
    readonly deadline: number | undefined,
    readonly signal: AbortSignal | undefined,
  ) {}

  /** Runs cypher/<name>.cypher with `params` (read routing) and returns its rows as plain values. */
  async run(name: string, params: Row = {}): Promise<Row[]> {
    const cypher = cypherText(name);
    let timeout = this.graph.statementTimeoutMs;
    if (this.deadline !== undefined) {
      const left = this.deadline - Date.now();
      if (left <= 0) throw new GraphError('TIMEOUT', 'The query took too long and was stopped.');
      timeout = Math.min(timeout, Math.max(left, 1));
    }
    this.roundTrips++;
    this.graph.roundTrips++;
    // An auto-commit transaction, not executeQuery: that one retries for up to 30 s when the
    // database is unreachable, and a request should rather fail fast with DATABASE_UNAVAILABLE.
    const session = this.graph.driver.session({
      database: this.graph.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.graph.driver.executeQueryBookmarkManager,
    });
    const onAbort = () => void session.close();
    this.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      if (this.signal?.aborted) throw new GraphError('TIMEOUT', 'The query took too long and was stopped.');
      const result = await withoutStackCapture(() => session.run(cypher, params, { timeout, metadata: { app: 'civic-graph', query: name } }));
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (err) {
      throw this.signal?.aborted ? new GraphError('TIMEOUT', 'The query took too long and was stopped.', { cause: err }) : toGraphError(err);
    } finally {
      this.signal?.removeEventListener('abort', onAbort);
      await session.close();
    }
  }
}

/**
 * Calls `start` with V8's stack traces switched off. The driver's Result captures a stack trace
 * for every query, to splice into its errors; formatting it (through source maps under tsx) cost
 * about a quarter of a millisecond of CPU per query, and API errors are mapped to GraphError
 * codes, which never show that stack. Only the synchronous start is covered.
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export function toGraphError(err: unknown): GraphError {
  if (err instanceof GraphError) return err;
  const code = (err as { code?: string } | undefined)?.code ?? '';
  if (UNAVAILABLE.has(code) || (err instanceof Neo4jError && err.retriable && !code.includes('Timeout'))) {
    return new GraphError('DATABASE_UNAVAILABLE', 'The graph database is unavailable; try again later.', { cause: err });
  }
  if (/Timeout|TransactionTimedOut|Terminated/i.test(code) || (err as Error | undefined)?.name === 'AbortError') {
    return new GraphError('TIMEOUT', 'The query took too long and was stopped.', { cause: err });
  }
  return new GraphError('DATABASE_ERROR', 'The graph database could not answer this query.', { cause: err });
}

/** Neo4j integers to numbers, temporal values to ISO strings, nodes to their properties. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('labels' in v && 'properties' in v && 'elementId' in v) return toPlain(v.properties);
    if (typeof (v as { toString?: unknown }).toString === 'function' && neo4j.isDate(v as never)) return String(v);
    if (neo4j.isDateTime(v as never) || neo4j.isLocalDateTime(v as never)) return String(v);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toPlain(x);
    return out;
  }
  return value;
}

/** An integer parameter (a JS number would reach Cypher as a float). */
export const int = (n: number) => neo4j.int(Math.trunc(n));
