// npm run bench [-- --sizes 10000,100000 --skip-api --skip-extract --skip-baseline --batch N --seed S --out FILE]
//
// Measures, prints a table and writes bench/results.json (fields: bench/README.md):
//   1. extraction MB/s, one thread, over the dev corpus (scripts/bench/extract.ts);
//   2. for each size: N generated reports (npm run generate, seeded; cached in bench/out/) ingested
//      end to end by our ingest, and the same rows written by the bare batched-UNWIND baseline
//      (the database's limit), each into an emptied graph, each in a child process of its own
//      (scripts/bench/ingest-run.ts): reports/s, peak RSS, CPU ms per report; ours / baseline;
//   3. API latency over the graph of the largest size (scripts/bench/api.ts, when present).
// Benchmarks print figures; nothing here asserts a timing.
//
// THE GRAPH IS WIPED (every node but the admin units) before each ingest. It uses NEO4J_URI when
// set, else the local Neo4j of CIVIC_GRAPH_DATA_DIR / NEO4J_LOCAL_PORT (started if needed and
// stopped again at the end; one already running is used and left running). The graph of the
// largest size is left in place for the API bench and for exploring.
// Env equivalents: BENCH_SIZES, BENCH_SKIP_API=1, BENCH_BATCH, BENCH_SEED.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.ts';
import { ensureNeo4j, localNeo4jHome } from '../src/db/driver.ts';
import { readPidFile } from '../src/db/local-neo4j.ts';
import { applySchema } from '../src/db/migrate.ts';
import { ensureAdminUnits } from '../src/graph/writer.ts';
import { measureExtraction, type ExtractionResult } from './bench/extract.ts';
import type { RunResult } from './bench/ingest-run.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUN_TS = join(ROOT, 'bin', 'run-ts.mjs');
const OUT_DIR = join(ROOT, 'bench', 'out');

interface Options {
  sizes: number[];
  skipApi: boolean;
  skipExtract: boolean;
  skipBaseline: boolean;
  batch: number | undefined;
  seed: number;
  out: string;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      'skip-api': { type: 'boolean' },
      'skip-extract': { type: 'boolean' },
      'skip-baseline': { type: 'boolean' },
      batch: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('usage: npm run bench -- [--sizes 10000,100000] [--skip-api] [--skip-extract] [--skip-baseline] [--batch N] [--seed S] [--out FILE]');
    process.exit(0);
  }
  const sizes = (values.sizes ?? process.env.BENCH_SIZES ?? '10000,100000').split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: whole numbers separated by commas, got '${values.sizes}'`);
  const batchArg = values.batch ?? process.env.BENCH_BATCH;
  return {
    sizes,
    skipApi: values['skip-api'] ?? process.env.BENCH_SKIP_API === '1',
    skipExtract: values['skip-extract'] ?? false,
    skipBaseline: values['skip-baseline'] ?? false,
    batch: batchArg ? Number(batchArg) : undefined,
    seed: Number(values.seed ?? process.env.BENCH_SEED ?? 1),
    out: resolve(values.out ?? join(ROOT, 'bench', 'results.json')),
  };
}

const load = (): [number, number, number] => loadavg().map((x) => Math.round(x * 100) / 100) as [number, number, number];
const log = (m: string) => console.error(m);

/** The generated reports of that size and seed, as JSON lines (made once, then reused). */
function reportsFile(n: number, seed: number): string {
  const file = join(OUT_DIR, `reports-${n}-seed${seed}.jsonl`);
  if (existsSync(file)) return file;
  mkdirSync(OUT_DIR, { recursive: true });
  log(`generating ${n} reports (seed ${seed}) into ${file} …`);
  const tmp = `${file}.tmp`;
  execFileSync(process.execPath, [RUN_TS, join(ROOT, 'scripts', 'generate.ts'), '--reports', String(n), '--seed', String(seed), '--jsonl', tmp, '--quiet'], { stdio: 'inherit' });
  renameSync(tmp, file);
  return file;
}

async function wipe(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // relationships first, then the nodes, in small transactions: DETACH DELETE of a dense node (a
    // body that organized thousands of events) in batches of nodes exceeded the transaction memory
    await session.run('MATCH (a)-[r]->(b) WHERE NOT (a:AdminUnit AND b:AdminUnit) CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
    await session.run('MATCH (n) WHERE NOT n:AdminUnit CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema(driver, database);
  await ensureAdminUnits(driver, database);
}

/** CPU time (ms) of a process from /proc, or null (not Linux, not ours to see). */
function cpuMs(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(f[11]) + Number(f[12])) * 10; // clock ticks of 10 ms (USER_HZ = 100)
  } catch {
    return null;
  }
}

interface Measured extends RunResult {
  /** CPU time of the Neo4j JVM during the run, ms per report (local Neo4j only). */
  neo4jCpuMsPerReport: number | null;
  loadBefore: [number, number, number];
  loadAfter: [number, number, number];
}

function runChild(args: string[], env: NodeJS.ProcessEnv, neo4jPid: number | null, reports: number): Promise<Measured> {
  return new Promise((resolvePromise, reject) => {
    const loadBefore = load();
    const cpu0 = cpuMs(neo4jPid);
    const child = spawn(process.execPath, [RUN_TS, join(ROOT, 'scripts', 'bench', 'ingest-run.ts'), ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => { stdout += c.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) { reject(new Error(`ingest-run ${args[0]} exited with ${code}`)); return; }
      const r = JSON.parse(stdout.trim().split('\n').pop()!) as RunResult;
      const cpu1 = cpuMs(neo4jPid);
      resolvePromise({
        ...r,
        neo4jCpuMsPerReport: cpu0 !== null && cpu1 !== null ? (cpu1 - cpu0) / Math.max(1, r.reports || reports) : null,
        loadBefore,
        loadAfter: load(),
      });
    });
  });
}

interface SizeResult {
  reports: number;
  file: string;
  ours: Measured;
  baseline: Measured | null;
  /** ours.reportsPerS / baseline.reportsPerS */
  ratio: number | null;
  /** Both wrote the same graph: the same numbers of nodes and relationships created. */
  sameRows: boolean | null;
}

const fmt = (x: number | null | undefined, d = 0) => (x === null || x === undefined ? '–' : x.toFixed(d));

function table(extraction: ExtractionResult | null, sizes: SizeResult[]): string {
  const lines: string[] = [];
  if (extraction) lines.push(`extraction (one thread, ${extraction.corpusReports} dev reports repeated to ${(extraction.bytes / 1048576).toFixed(0)} MB): ${extraction.mbPerS.toFixed(2)} MB/s, ${extraction.reportsPerS.toFixed(0)} reports/s`);
  const head = ['reports', 'run', 'reports/s', 'seconds', 'peak RSS MiB', 'node CPU ms/report', 'neo4j CPU ms/report', 'ours / baseline', 'load (1 min) before → after'];
  const rows: string[][] = [];
  for (const s of sizes) {
    for (const [name, r] of [['ours (end to end)', s.ours], ['bare UNWIND baseline', s.baseline]] as const) {
      if (!r) continue;
      rows.push([String(s.reports), name, fmt(r.reportsPerS), fmt(r.seconds, 1), fmt(r.peakRssMiB), fmt(r.cpuMsPerReport, 2), fmt(r.neo4jCpuMsPerReport, 2),
        name.startsWith('ours') ? fmt(s.ratio, 2) : '', `${r.loadBefore[0]} → ${r.loadAfter[0]}`]);
    }
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  lines.push(line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line));
  return lines.join('\n');
}

async function main(): Promise<void> {
  const opts = options();
  const config = loadConfig();
  const started = new Date();
  let commit = '';
  try { commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(); } catch { /* not a checkout */ }

  let extraction: ExtractionResult | null = null;
  if (!opts.skipExtract) {
    log('extraction: one thread over the dev corpus …');
    extraction = measureExtraction();
    log(`extraction: ${extraction.mbPerS.toFixed(2)} MB/s`);
  }

  const files = opts.sizes.map((n) => reportsFile(n, opts.seed));
  const conn = await ensureNeo4j(config, { log });
  const { driver, database, uri } = conn;
  const pidInfo = conn.local ? await readPidFile(localNeo4jHome(config)) : undefined;
  const neo4jPid = pidInfo?.pid ?? null;
  let version = '';
  try {
    const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name + " " + versions[0] + " " + edition AS v', {}, { database });
    version = String(records[0]?.get('v') ?? '');
  } catch { /* not allowed */ }
  log(`\nNeo4j: ${uri} (${conn.local ? `local, data in ${localNeo4jHome(config)}` : 'NEO4J_URI'}), database '${database}', ${version}`);
  log(`THE GRAPH AT ${uri} IS WIPED before each run (admin units are kept).\n`);

  const childEnv: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: uri, NEO4J_DATABASE: database };
  if (!conn.local) {
    if (config.neo4j.user !== undefined) childEnv.NEO4J_USER = config.neo4j.user;
    if (config.neo4j.password !== undefined) childEnv.NEO4J_PASSWORD = config.neo4j.password;
  }

  const results: SizeResult[] = [];
  let apiResult: unknown = null;
  let apiTable = '';
  // written after each size too, so that a run that fails later keeps what it measured
  const save = (finished: boolean) => {
    const output = {
      startedAt: started.toISOString(),
      finishedAt: finished ? new Date().toISOString() : null,
      commit,
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAtEnd: load() },
      neo4j: { uri, local: conn.local, version, database },
      extraction,
      ingest: results,
      api: apiResult,
    };
    mkdirSync(dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, `${JSON.stringify(output, null, 2)}\n`);
  };
  try {
    // largest last: its graph stays for the API bench
    const order = opts.sizes.map((n, i) => ({ n, file: files[i]! })).sort((a, b) => a.n - b.n);
    for (const { n, file } of order) {
      const params = join(OUT_DIR, `params-${n}-seed${opts.seed}.jsonl`);
      await wipe(driver, database);
      log(`ours: ingesting ${n} reports from ${file} …`);
      const ours = await runChild(['ours', file, '--record', params, ...(opts.batch ? ['--batch', String(opts.batch)] : [])], childEnv, neo4jPid, n);
      log(`ours: ${fmt(ours.reportsPerS)} reports/s, peak RSS ${fmt(ours.peakRssMiB)} MiB`);
      let baseline: Measured | null = null;
      if (!opts.skipBaseline) {
        await wipe(driver, database);
        log(`baseline: writing the same rows (${params}) …`);
        baseline = await runChild(['bare', params], childEnv, neo4jPid, n);
        log(`baseline: ${fmt(baseline.reportsPerS)} reports/s`);
      }
      rmSync(params, { force: true });
      results.push({
        reports: n,
        file,
        ours,
        baseline,
        ratio: baseline ? ours.reportsPerS / baseline.reportsPerS : null,
        sameRows: baseline ? baseline.nodesCreated === ours.nodesCreated && baseline.relationshipsCreated === ours.relationshipsCreated : null,
      });
      save(false);
    }

    // ---------------------------------------------------------------------------------------
    // HOOK: API latency (scripts/bench/api.ts, written separately; the lead integrates it).
    // Runs over the graph of the largest size left in place above; its result is stored as is.
    const apiModule = join(ROOT, 'scripts', 'bench', 'api.ts');
    if (!opts.skipApi && existsSync(apiModule)) {
      log('\nAPI latency: scripts/bench/api.ts …');
      const mod = (await import(pathToFileURL(apiModule).href)) as {
        runApiBench?: (o: { uri: string; database: string; user?: string; password?: string }) => Promise<unknown>;
        formatApiBench?: (r: never) => string;
      };
      if (typeof mod.runApiBench === 'function') {
        const auth = conn.local ? {} : {
          ...(config.neo4j.user !== undefined ? { user: config.neo4j.user } : {}),
          ...(config.neo4j.password !== undefined ? { password: config.neo4j.password } : {}),
        };
        apiResult = await mod.runApiBench({ uri, database, ...auth });
        if (typeof mod.formatApiBench === 'function') apiTable = mod.formatApiBench(apiResult as never);
      }
    } else if (!opts.skipApi) {
      log('\nAPI latency: skipped (scripts/bench/api.ts is not there yet)');
    }
    // ---------------------------------------------------------------------------------------
  } finally {
    await conn.stop();
  }

  save(true);
  console.log(`\n${table(extraction, results)}\n`);
  if (apiTable) console.log(`${apiTable}\n`);
  else if (apiResult !== null) console.log(`API: ${JSON.stringify(apiResult)}`);
  console.log(`written to ${opts.out}`);
}

await main();
