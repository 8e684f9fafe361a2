// Neo4j going away under a running ingest and under a serving API, on a Neo4j of this file's own
// (its own home and port), so the test run's shared Neo4j is never stopped:
// - killed (SIGKILL) in the middle of `civic-graph ingest`: the command fails with a message
//   that says what happened and what to do (no stack trace); with Neo4j back, a rerun completes
//   and the graph has the same content checksum as a clean run;
// - stopped (SIGTERM) while the API serves: queries fail with DATABASE_UNAVAILABLE and /readyz
//   says 503; started again on the same port and home: the same API process answers again.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalDriver } from '../src/db/driver.ts';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '../src/db/local-neo4j.ts';
import { applySchema } from '../src/db/migrate.ts';
import type { IngestSummary } from '../src/graph/ingest.ts';
import { Graph } from '../src/graph/reader.ts';
import { createApi, listen, type RunningServer } from '../src/server.ts';
import { graphChecksum } from './helpers/checksum.ts';
import { SEED_DIR } from './helpers/seed-graph.ts';
import { writeVariants } from './helpers/variants.ts';

const ROOT = join(import.meta.dirname, '..');
const database = 'neo4j';
const home = mkdtempSync(join(tmpdir(), 'civic-graph-fault-'));
const log = (m: string) => console.error(`[neo4j.fault] ${m}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let port: number;
let neo4j: LocalNeo4j | undefined;
let driver: Driver;

const start = async () => {
  neo4j = await startLocalNeo4j({ port, home, heap: '512m', pagecacheMb: 64, log });
  return neo4j;
};

const reportCount = async () => {
  const { records } = await driver.executeQuery('MATCH (r:Report) RETURN count(r) AS n', {}, { database });
  return Number(records[0]!.get('n'));
};

function ingestCli(args: string[]) {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'civic-graph.mjs'), 'ingest', ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_DATABASE: database, NEO4J_USER: '', NEO4J_PASSWORD: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done };
}

beforeAll(async () => {
  port = await findFreePort();
  const n = await start();
  driver = createLocalDriver(n.uri);
  await applySchema(driver, database);
}, 180_000);

afterAll(async () => {
  await driver?.close();
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
});

describe('Neo4j killed in the middle of an ingest', () => {
  it('fails the command with a clear message; a rerun with Neo4j back equals a clean run', async () => {
    const base = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort()
      .map((f) => ({ name: f.slice(0, -4), text: readFileSync(join(SEED_DIR, f), 'utf8') }));
    const dir = join(home, 'reports');
    const n = writeVariants(dir, base, 600);
    // the admin units first, so that the run below is writing reports when Neo4j goes
    expect((await ingestCli([join(SEED_DIR, '000_dddf6dced2686367.txt')]).done).code).toBe(0);

    const run = ingestCli([dir, '--batch-size', '50']);
    let killedAt = -1;
    for (const deadline = Date.now() + 240_000; Date.now() < deadline && run.child.exitCode === null;) {
      await sleep(100);
      const have = await reportCount();
      if (have >= 100) {
        process.kill(neo4j!.pid, 'SIGKILL');
        await neo4j!.exited;
        killedAt = have;
        break;
      }
    }
    const failed = await run.done;
    expect(killedAt, `the ingest ended before Neo4j could be killed: ${failed.stderr}`).toBeGreaterThan(0);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(new RegExp(`^civic-graph ingest: lost the connection to Neo4j at bolt://127\\.0\\.0\\.1:${port} \\(.+\\); stopped after \\d+ input\\(s\\)\\.$`, 'm'));
    expect(failed.stderr).toMatch(/Run the same command again once Neo4j is back/);
    expect(failed.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
    expect(failed.stderr.split('\n').filter((l) => l.includes('graph write failed'))).toEqual([]); // no per-report noise

    await start();
    const rerun = await ingestCli([dir, '--json']).done;
    expect(rerun.code, rerun.stderr).toBe(0);
    const resumed = JSON.parse(rerun.stdout) as IngestSummary;
    expect(resumed.unchanged).toBeGreaterThanOrEqual(killedAt - 1); // the seed report counted in killedAt
    expect(resumed.ok + resumed.unchanged).toBe(n);
    const afterFault = await graphChecksum(driver, database);

    const session = driver.session({ database });
    await session.run('MATCH (n) WHERE NOT n:AdminUnit CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS').finally(() => session.close());
    expect((await ingestCli([join(SEED_DIR, '000_dddf6dced2686367.txt')]).done).code).toBe(0);
    const clean = await ingestCli([dir, '--json']).done;
    expect(clean.code, clean.stderr).toBe(0);
    expect((JSON.parse(clean.stdout) as IngestSummary).ok).toBe(n);
    expect(afterFault).toEqual(await graphChecksum(driver, database));
  }, 600_000);
});

describe('Neo4j stopped while the API serves', () => {
  let server: RunningServer;
  let apiDriver: Driver;
  const base = () => server.url.replace(/\/graphql$/, '');
  const query = async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ people(first: 1) { totalCount edges { node { name } } } }' }),
    });
    return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
  };

  beforeAll(async () => {
    apiDriver = createLocalDriver(`bolt://127.0.0.1:${port}`);
    server = await listen(createApi({ graph: new Graph(apiDriver, { database }), logError: () => {} }), '127.0.0.1', 0, { explorer: false });
  });

  afterAll(async () => {
    await server?.close();
    await apiDriver?.close();
  });

  it('answers DATABASE_UNAVAILABLE and /readyz 503 while Neo4j is down, and recovers without a restart', async () => {
    const before = await query();
    expect(before.body.errors).toBeUndefined();
    expect((await fetch(`${base()}/readyz`)).status).toBe(200);

    await neo4j!.stop();
    const t0 = Date.now();
    const down = await Promise.all(Array.from({ length: 8 }, () => query()));
    log(`8 concurrent queries with Neo4j down answered in ${Date.now() - t0} ms`);
    for (const res of down) {
      expect(res.status).toBeLessThan(500);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(res.body.errors?.[0]?.message).toBe('The graph database is unavailable; try again later.');
    }
    expect((await fetch(`${base()}/readyz`)).status).toBe(503);
    expect((await fetch(`${base()}/healthz`)).status).toBe(200); // the process itself is fine

    await start();
    let recovered = false;
    for (const deadline = Date.now() + 60_000; !recovered && Date.now() < deadline;) {
      recovered = (await query()).body.errors === undefined;
      if (!recovered) await sleep(250);
    }
    expect(recovered).toBe(true);
    for (let i = 0; i < 5; i++) expect(await query()).toEqual(before);
    expect((await fetch(`${base()}/readyz`)).status).toBe(200);
  }, 180_000);
});
