// API latency benchmark (issue #6): five questions, each asked three ways in one run over the
// graph already in the database: our GraphQL API over HTTP, one hand-written Cypher query through
// neo4j-driver (the limit), and an @neo4j/graphql 7.6.3 server over HTTP (the peer), at
// concurrency 1 and 32. Prints p50/p95/p99 ms, requests/s and errors per cell; asserts nothing.
//
//   npm run bench:api            (NEO4J_URI, or the local Neo4j on NEO4J_LOCAL_PORT; BENCH_API_DURATION
//                                 seconds per cell, default 10; BENCH_API_JSON=file writes the result)
//
// Both GraphQL servers run as child processes (scripts/bench/api-server.ts) so that they do not
// share the load generator's event loop; the Cypher limit runs in this process. Parameters are
// picked from the graph deterministically (evenly spaced over id order) and every system gets the
// same sequence of them. Before timing, a sample of answers is compared: the number of items in
// each system's answer must agree.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import neo4j, { type Driver } from 'neo4j-driver';
import { z } from 'zod';
import { openDriver } from '../../src/db/driver.ts';
import { cypherText, toPlain } from '../../src/graph/reader.ts';
import {
  connection,
  districtEvents,
  documentTrail,
  person,
  search,
  type CypherRow,
  type Data,
  type GraphQLRequest,
  type Question,
  type QuestionName,
} from './api-questions.ts';

export const SYSTEMS = ['cypher', 'ours', 'peer'] as const;
export type SystemName = (typeof SYSTEMS)[number];

export interface ApiBenchCell {
  question: QuestionName;
  system: SystemName;
  concurrency: number;
  /** Timed requests (warm-up excluded). */
  requests: number;
  /** Requests that failed: transport errors, HTTP status other than 200, or GraphQL errors. */
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  /** Completed requests per second over the timed window. */
  rps: number;
}

export interface ApiBenchCheck {
  question: QuestionName;
  /** Answers compared (one per parameter of the sample). */
  sampled: number;
  /** Answers where the three systems returned the same number of items. */
  agreed: number;
  /** The first disagreements: parameter index and each system's count. */
  mismatches: { index: number; counts: Record<SystemName, number> }[];
}

export interface ApiBenchTarget {
  question: QuestionName;
  concurrency: number;
  /** ours p50 / cypher p50 (target <= 1.5) */
  p50Ratio: number;
  /** ours p99 / cypher p99 (target <= 2) */
  p99Ratio: number;
  /** ours p50 / peer p50 (below 1: faster than @neo4j/graphql) */
  peerP50Ratio: number;
  /** ours rps / peer rps */
  peerRpsRatio: number;
  met: boolean;
}

export interface ApiBenchResult {
  graph: { nodes: number; relationships: number; reports: number; people: number; events: number; documents: number };
  /** Distinct parameters per question (requests cycle through them). */
  parameters: Record<QuestionName, number>;
  durationS: number;
  warmupS: number;
  concurrency: number[];
  /** os.loadavg() (1, 5, 15 min) before and after the timed part. */
  loadBefore: number[];
  loadAfter: number[];
  cells: ApiBenchCell[];
  checks: ApiBenchCheck[];
  targets: ApiBenchTarget[];
}

export interface ApiBenchOptions {
  uri: string;
  user?: string;
  password?: string;
  database: string;
  /** Timed seconds per (question, system, concurrency) cell; default 10. */
  durationS?: number;
  /** Warm-up seconds before each cell; default 2. */
  warmupS?: number;
  /** Default [1, 32]. */
  concurrency?: number[];
  /** Only these questions (default: all five). */
  questions?: QuestionName[];
  /** Only these systems (default: all three). */
  systems?: SystemName[];
  /** Distinct parameters per question; default 200. */
  parameters?: number;
  log?: (m: string) => void;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = 12;

// ---------------------------------------------------------------------------------------------
// Helpers

/** `n` evenly spaced items of `items` (all of them when there are fewer). */
export function spaced<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1]!;
}

/**
 * One auto-commit statement in a read session: one request and one answer on the connection
 * (executeQuery would add BEGIN and COMMIT). The text is the one our API sends (no comments).
 */
async function cypherRows(driver: Driver, database: string, name: string, params: Record<string, unknown>): Promise<CypherRow[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(cypherText(name), params);
    return result.records.map((r) => toPlain(r.toObject()) as CypherRow);
  } finally {
    await session.close();
  }
}

const responseSchema = z.object({ data: z.record(z.string(), z.unknown()).nullish(), errors: z.array(z.unknown()).optional() });

/** POSTs a GraphQL request over a keep-alive connection; rejects on transport or GraphQL errors. */
function postGraphQL(agent: Agent, url: URL, body: GraphQLRequest): Promise<Data> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          try {
            const parsed = responseSchema.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
            if (res.statusCode !== 200 || parsed.errors?.length || !parsed.data) {
              reject(new Error(`HTTP ${res.statusCode}: ${JSON.stringify(parsed.errors ?? null).slice(0, 300)}`));
            } else resolve(parsed.data);
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

interface Server {
  url: URL;
  child: ChildProcess;
}

/** Starts scripts/bench/api-server.ts for `system` and waits for its URL. */
async function startServer(system: 'ours' | 'peer', opts: ApiBenchOptions, log: (m: string) => void): Promise<Server> {
  // Both servers as in production (npm start): graphql-js without its development checks, and
  // no source-mapped stack traces (see listen() in src/server.ts).
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: opts.uri, NEO4J_DATABASE: opts.database, NODE_ENV: 'production' };
  if (opts.user !== undefined) env.NEO4J_USER = opts.user;
  if (opts.password !== undefined) env.NEO4J_PASSWORD = opts.password;
  const child = spawn(process.execPath, ['bin/run-ts.mjs', 'scripts/bench/api-server.ts', system], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  createInterface({ input: child.stderr! }).on('line', (line) => log(`[${system}] ${line}`));
  const lines = createInterface({ input: child.stdout! });
  return new Promise<Server>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`the ${system} server did not start within 120 s`));
    }, 120_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the ${system} server exited with code ${code}`));
    });
    lines.once('line', (line) => {
      clearTimeout(timer);
      const { url } = z.object({ url: z.string() }).parse(JSON.parse(line));
      resolve({ url: new URL(url), child });
    });
  });
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      server.child.kill('SIGKILL');
      resolve();
    }, 5_000);
    server.child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    server.child.kill('SIGTERM');
  });
}

/** One way of asking: runs the i-th parameter and gives the answer's item count. */
type Ask = (i: number) => Promise<number>;

interface Timing {
  latencies: number[];
  errors: number;
  elapsedS: number;
  lastError?: string;
}

/** Runs `ask` with `concurrency` workers for `seconds`, starting at parameter `start`. */
async function drive(ask: Ask, concurrency: number, seconds: number, start: number): Promise<Timing> {
  const latencies: number[] = [];
  let errors = 0;
  let lastError: string | undefined;
  let next = start;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const i = next++;
      const t = performance.now();
      try {
        await ask(i);
        latencies.push(performance.now() - t);
      } catch (err) {
        errors++;
        lastError = err instanceof Error ? err.message : String(err);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const timing: Timing = { latencies, errors, elapsedS: (performance.now() - t0) / 1000 };
  if (lastError !== undefined) timing.lastError = lastError;
  return timing;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

// ---------------------------------------------------------------------------------------------
// Parameters

interface Parameters {
  person: { id: string }[];
  districtEvents: { code: string; year: string }[];
  documentTrail: { key: string }[];
  search: { text: string }[];
  connection: { from: string; to: string }[];
}

async function pickParameters(driver: Driver, database: string, n: number): Promise<Parameters> {
  const str = z.string();
  const people = (await cypherRows(driver, database, 'bench-api-pick-people', {})).map((r) => ({ id: str.parse(r.id), normName: str.nullable().parse(r.normName) }));
  const districts = (await cypherRows(driver, database, 'bench-api-pick-districts', {})).map((r) => ({ code: str.parse(r.code), year: str.parse(r.year) }));
  const documents = (await cypherRows(driver, database, 'bench-api-pick-documents', {})).map((r) => ({ key: str.parse(r.key) }));
  // search: the names of other people than the person question's (offset by half a step)
  const shifted = people.slice(Math.floor(people.length / (2 * n)));
  const names = spaced(shifted, n).flatMap((p) => (p.normName ? [{ text: p.normName }] : []));
  const starts = spaced(people, Math.ceil(n / 2)).map((p) => p.id);
  const pairs = (await cypherRows(driver, database, 'bench-api-pick-pairs', { ids: starts })).flatMap((r) => {
    const from = str.parse(r.id);
    const near = str.nullable().parse(r.near ?? null);
    const far = str.nullable().parse(r.far ?? null);
    return [...(near ? [{ from, to: near }] : []), ...(far ? [{ from, to: far }] : [])];
  });
  return {
    person: spaced(people, n).map((p) => ({ id: p.id })),
    districtEvents: spaced(districts, n),
    documentTrail: spaced(documents, n),
    search: names,
    connection: pairs.slice(0, n),
  };
}

// ---------------------------------------------------------------------------------------------
// The run

export async function runApiBench(opts: ApiBenchOptions): Promise<ApiBenchResult> {
  const log = opts.log ?? ((m: string) => console.error(m));
  const durationS = opts.durationS ?? 10;
  const warmupS = opts.warmupS ?? 2;
  const concurrency = opts.concurrency ?? [1, 32];
  const questionNames = opts.questions ?? ['person', 'districtEvents', 'documentTrail', 'search', 'connection'];
  const systems = opts.systems ?? [...SYSTEMS];
  const database = opts.database;

  // The Cypher limit runs in this process under tsx: without source-mapped stack traces, as the
  // servers run (neo4j-driver captures one per query); restored at the end.
  const sourceMaps = process.sourceMapsEnabled;
  process.setSourceMapsEnabled(false);
  const driver = openDriver({ uri: opts.uri, user: opts.user, password: opts.password });
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const servers: Partial<Record<'ours' | 'peer', Server>> = {};
  try {
    await driver.verifyConnectivity({ database });
    const size = (await cypherRows(driver, database, 'bench-api-graph-size', {}))[0] ?? {};
    const graph = {
      nodes: Number(size.nodes),
      relationships: Number(size.relationships),
      reports: Number(size.reports),
      people: Number(size.people),
      events: Number(size.events),
      documents: Number(size.documents),
    };
    log(`graph: ${graph.reports} reports, ${graph.nodes} nodes, ${graph.relationships} relationships`);
    const params = await pickParameters(driver, database, opts.parameters ?? 200);
    const parameters = Object.fromEntries(questionNames.map((q) => [q, params[q].length])) as Record<QuestionName, number>;
    log(`parameters: ${questionNames.map((q) => `${q} ${params[q].length}`).join(', ')}`);

    for (const s of ['ours', 'peer'] as const) if (systems.includes(s)) servers[s] = await startServer(s, opts, log);

    // One way of asking each question per system, over that question's parameter list.
    const asker = <P>(question: Question<P>, list: P[]): Record<SystemName, Ask> => {
      const at = (i: number) => list[i % list.length]!;
      const http = (s: 'ours' | 'peer', req: (p: P) => GraphQLRequest, count: (d: Data) => number): Ask => {
        const server = servers[s];
        return async (i) => {
          if (!server) throw new Error(`${s} server not started`);
          return count(await postGraphQL(agent, server.url, req(at(i))));
        };
      };
      return {
        cypher: async (i) => question.cypherCount(await cypherRows(driver, database, question.cypher, question.cypherParams(at(i)))),
        ours: http('ours', (p) => question.ours(p), (d) => question.oursCount(d)),
        peer: http('peer', (p) => question.peer(p), (d) => question.peerCount(d)),
      };
    };
    const askers: Record<QuestionName, Record<SystemName, Ask>> = {
      person: asker(person, params.person),
      districtEvents: asker(districtEvents, params.districtEvents),
      documentTrail: asker(documentTrail, params.documentTrail),
      search: asker(search, params.search),
      connection: asker(connection, params.connection),
    };

    // Equivalence: the same number of items from every system, over a sample of parameters.
    const checks: ApiBenchCheck[] = [];
    for (const q of questionNames) {
      const check: ApiBenchCheck = { question: q, sampled: 0, agreed: 0, mismatches: [] };
      const n = Math.min(SAMPLE, params[q].length);
      for (let k = 0; k < n; k++) {
        const i = Math.floor((k * params[q].length) / n);
        const counts = {} as Record<SystemName, number>;
        for (const s of systems) {
          try {
            counts[s] = await askers[q][s](i);
          } catch (err) {
            log(`check ${q} #${i} ${s}: ${err instanceof Error ? err.message : String(err)}`);
            counts[s] = -1;
          }
        }
        check.sampled++;
        const values = systems.map((s) => counts[s]);
        if (values.every((v) => v === values[0] && v >= 0)) check.agreed++;
        else if (check.mismatches.length < 5) check.mismatches.push({ index: i, counts });
      }
      log(`check ${q}: ${check.agreed}/${check.sampled} answers agree${check.mismatches.length ? ` (first mismatch: ${JSON.stringify(check.mismatches[0])})` : ''}`);
      checks.push(check);
    }

    const loadBefore = loadavg().map((x) => round(x));
    const cells: ApiBenchCell[] = [];
    for (const c of concurrency) {
      for (const q of questionNames) {
        for (const s of systems) {
          const ask = askers[q][s];
          await drive(ask, c, warmupS, Math.floor(params[q].length / 2));
          const t = await drive(ask, c, durationS, 0);
          const sorted = [...t.latencies].sort((a, b) => a - b);
          const cell: ApiBenchCell = {
            question: q,
            system: s,
            concurrency: c,
            requests: t.latencies.length,
            errors: t.errors,
            p50: round(percentile(sorted, 50)),
            p95: round(percentile(sorted, 95)),
            p99: round(percentile(sorted, 99)),
            rps: round(t.latencies.length / t.elapsedS, 1),
          };
          cells.push(cell);
          log(`c=${c} ${q} ${s}: p50 ${cell.p50} ms, p95 ${cell.p95}, p99 ${cell.p99}, ${cell.rps} req/s, ${cell.errors} errors${t.lastError ? ` (last: ${t.lastError.slice(0, 200)})` : ''}`);
        }
      }
    }
    const loadAfter = loadavg().map((x) => round(x));

    const targets: ApiBenchTarget[] = [];
    for (const c of concurrency) {
      for (const q of questionNames) {
        const cell = (s: SystemName) => cells.find((x) => x.question === q && x.system === s && x.concurrency === c);
        const [ours, cy, peer] = [cell('ours'), cell('cypher'), cell('peer')];
        if (!ours || !cy || !peer) continue;
        const t: ApiBenchTarget = {
          question: q,
          concurrency: c,
          p50Ratio: round(ours.p50 / cy.p50),
          p99Ratio: round(ours.p99 / cy.p99),
          peerP50Ratio: round(ours.p50 / peer.p50),
          peerRpsRatio: round(ours.rps / peer.rps),
          met: false,
        };
        t.met = t.p50Ratio <= 1.5 && t.p99Ratio <= 2 && t.peerP50Ratio < 1 && ours.errors === 0;
        targets.push(t);
      }
    }
    return { graph, parameters, durationS, warmupS, concurrency, loadBefore, loadAfter, cells, checks, targets };
  } finally {
    for (const s of Object.values(servers)) await stopServer(s);
    agent.destroy();
    await driver.close();
    process.setSourceMapsEnabled(sourceMaps);
  }
}

// ---------------------------------------------------------------------------------------------
// The table

export function formatApiBench(result: ApiBenchResult): string {
  const lines: string[] = [];
  const g = result.graph;
  lines.push(`graph: ${g.reports} reports, ${g.people} people, ${g.events} events, ${g.documents} documents; ${g.nodes} nodes, ${g.relationships} relationships`);
  lines.push(`${result.durationS} s per cell after ${result.warmupS} s warm-up; load average ${result.loadBefore.join(' ')} before, ${result.loadAfter.join(' ')} after`);
  lines.push(`answers agree (item counts, sample): ${result.checks.map((c) => `${c.question} ${c.agreed}/${c.sampled}`).join(', ')}`);
  lines.push('');
  const header = ['question', 'c', 'system', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'errors'];
  const rows = result.cells.map((c) => [c.question, String(c.concurrency), c.system, c.p50.toFixed(2), c.p95.toFixed(2), c.p99.toFixed(2), c.rps.toFixed(1), String(c.errors)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((v, i) => (i < 3 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  lines.push(fmt(header));
  for (const r of rows) lines.push(fmt(r));
  if (result.targets.length) {
    lines.push('');
    lines.push('targets: ours p50 <= 1.5x cypher, p99 <= 2x cypher, p50 below @neo4j/graphql');
    for (const t of result.targets) {
      lines.push(
        `  ${t.question.padEnd(14)} c=${String(t.concurrency).padEnd(3)} p50 ${t.p50Ratio.toFixed(2)}x  p99 ${t.p99Ratio.toFixed(2)}x  vs peer: p50 ${t.peerP50Ratio.toFixed(2)}x, req/s ${t.peerRpsRatio.toFixed(2)}x  ${t.met ? 'met' : 'MISSED'}`,
      );
    }
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Standalone: npm run bench:api

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { loadConfig } = await import('../../src/config.ts');
  const { ensureNeo4j } = await import('../../src/db/driver.ts');
  const config = loadConfig();
  const env = z
    .object({
      BENCH_API_DURATION: z.coerce.number().positive().default(10),
      BENCH_API_WARMUP: z.coerce.number().nonnegative().default(2),
      BENCH_API_QUESTIONS: z.string().optional(),
      BENCH_API_CONCURRENCY: z.string().optional(),
      BENCH_API_JSON: z.string().optional(),
    })
    .parse(process.env);
  const conn = await ensureNeo4j(config, { log: (m) => console.error(m) });
  try {
    const questions = env.BENCH_API_QUESTIONS
      ? z.array(z.enum(['person', 'districtEvents', 'documentTrail', 'search', 'connection'])).parse(env.BENCH_API_QUESTIONS.split(','))
      : undefined;
    const concurrency = env.BENCH_API_CONCURRENCY ? env.BENCH_API_CONCURRENCY.split(',').map((x) => z.coerce.number().int().positive().parse(x)) : undefined;
    const result = await runApiBench({
      uri: conn.uri,
      ...(config.neo4j.uri && config.neo4j.user !== undefined ? { user: config.neo4j.user } : {}),
      ...(config.neo4j.uri && config.neo4j.password !== undefined ? { password: config.neo4j.password } : {}),
      database: conn.database,
      durationS: env.BENCH_API_DURATION,
      warmupS: env.BENCH_API_WARMUP,
      ...(questions ? { questions } : {}),
      ...(concurrency ? { concurrency } : {}),
    });
    console.log(formatApiBench(result));
    if (env.BENCH_API_JSON) writeFileSync(env.BENCH_API_JSON, `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await conn.stop();
  }
}
