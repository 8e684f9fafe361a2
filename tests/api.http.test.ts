// The API over HTTP and against hostile clients: /healthz, /readyz, GraphiQL, limits (depth,
// cost, aliases, directives, tokens), the query timeout, error codes and masking, the port in
// use, and `civic-graph serve` starting and stopping.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDriver } from '../src/db/driver.ts';
import { findFreePort } from '../src/db/local-neo4j.ts';
import { Graph } from '../src/graph/reader.ts';
import { createApi, listen, PortInUseError, type RunningServer } from '../src/server.ts';
import { testApi, type TestApi } from './helpers/api.ts';
import { testDriver, testNeo4j } from './helpers/neo4j.ts';

const neo4jTarget = testNeo4j();
const { database } = neo4jTarget;
let driver: Driver;
let api: TestApi;
let running: RunningServer;
const base = () => running.url.replace(/\/graphql$/, '');

beforeAll(async () => {
  driver = testDriver();
  api = testApi(driver, database);
  running = await listen(api.api, '127.0.0.1', 0);
});

afterAll(async () => {
  await running?.close();
  await driver?.close();
});

/** A driver whose every query runs `run` (sessions included). */
function fakeDriver(run: () => Promise<unknown>): Driver {
  return { session: () => ({ run, close: async () => {} }), executeQuery: run, executeQueryBookmarkManager: undefined } as unknown as Driver;
}

/** No stack trace, source path or Cypher in what a client receives. */
function expectNothingLeaked(body: unknown) {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/\bat .+\(.+:\d+:\d+\)|\.ts:\d+|node_modules|MATCH \(|UNWIND|Neo4jError|stack/);
}

describe('over HTTP', () => {
  it('/healthz answers while the process runs; /readyz when Neo4j answers', async () => {
    expect((await fetch(`${base()}/healthz`)).status).toBe(200);
    expect((await fetch(`${base()}/readyz`)).status).toBe(200);
  });

  it('/readyz says 503 and queries say DATABASE_UNAVAILABLE when Neo4j is down', async () => {
    const port = await findFreePort();
    const dead = openDriver({ uri: `bolt://127.0.0.1:${port}` });
    const down = testApi(dead, database);
    try {
      const ready = await down.api.fetch('http://localhost/readyz');
      expect(ready.status).toBe(503);
      const res = await down.run('{ people(first: 1) { totalCount } }');
      expect(res.errors![0]!.extensions!.code).toBe('DATABASE_UNAVAILABLE');
      expectNothingLeaked(res);
    } finally {
      await dead.close();
    }
  });

  it('serves GraphiQL at /graphql with the example queries as tabs', async () => {
    const res = await fetch(running.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<title>civic-graph</title>');
    expect(html).toContain('<meta charset="utf-8"');
    for (const field of ['officeHolders', 'howConnected', 'trail', 'ingestReport', 'le trong thu']) expect(html).toContain(field);
    expect(html).not.toContain('unpkg.com'); // served from the package, works offline
  });

  it('answers a query over HTTP', async () => {
    const res = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(text: "zzzz-nothing") { score } }' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { search: [] } });
  });

  it('refuses a second server on a port in use', async () => {
    const port = Number(new URL(running.url).port);
    await expect(listen(api.api, '127.0.0.1', port)).rejects.toBeInstanceOf(PortInUseError);
  });
});

describe('hostile clients', () => {
  const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

  it('refuses queries that are too deep', async () => {
    const deep = '{ people { edges { node { chaired { edges { node { chairs { person { chaired { edges { node { chairs { person { name } } } } } } } } } } } } } }';
    const res = await api.run(deep);
    expect(res.errors![0]!.message).toMatch(/depth/i);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.roundTrips).toBe(0);
  });

  it('refuses too many aliases, directives and tokens', async () => {
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: search(text: "x") { score }`).join(' ')} }`;
    const directives = `{ search(text: "x") { score ${'@include(if: true) '.repeat(11)} } }`;
    const tokens = `{ search(text: "${'x'.repeat(10)}") { ${'score '.repeat(2100)} } }`;
    for (const [query, word] of [[aliases, /alias/i], [directives, /directive/i], [tokens, /token/i]] as const) {
      const res = await api.run(query);
      expect(res.errors![0]!.message).toMatch(word);
      expect(code(res)).toBeTruthy();
      expect(res.roundTrips).toBe(0);
    }
  });

  it('refuses a query that could return too much, also when page sizes come as variables', async () => {
    const query = `query($n: Int) { people(first: $n) { edges { node { chaired(first: $n) { edges { node { participants { person { mentionedIn(first: $n) { edges { node { title } } } } } } } } } } } }`;
    const res = await api.run(query, { n: 100 });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/cost/);
    expect(res.roundTrips).toBe(0);
    const small = await api.run(query, { n: 2 });
    expect(small.errors).toBeUndefined();
  });

  it('refuses pages of more than 100', async () => {
    const res = await api.run('{ events(first: 101) { totalCount } }');
    expect(code(res)).toBe('BAD_USER_INPUT');
  });

  it('gives BAD_USER_INPUT for bad dates, ids and cursors', async () => {
    for (const q of ['{ events(from: "2023-02-30") { totalCount } }', '{ person(id: "not-an-id") { name } }', '{ people(after: "bm9wZQ==") { totalCount } }', '{ events(from: "2024-01-02", to: "2024-01-01") { totalCount } }']) {
      const res = await api.run(q);
      expect(code(res), q).toBe('BAD_USER_INPUT');
      expectNothingLeaked(res);
    }
    const wrongType = await api.run('query($d: Date) { events(from: $d) { totalCount } }', { d: 20240101 });
    expect(code(wrongType)).toBe('BAD_USER_INPUT');
  });

  it('stops a query that runs out of time (TIMEOUT)', async () => {
    const slow = testApi(driver, database, { limits: { queryTimeoutMs: 1 } });
    const res = await slow.run('{ people(first: 100) { edges { node { colleagues { totalCount } } } } }');
    expect(code(res)).toBe('TIMEOUT');
    expectNothingLeaked(res);
  });

  it('answers a variable of the wrong type with 400 and BAD_USER_INPUT, and keeps it out of the server log', async () => {
    const logged: unknown[] = [];
    const strict = testApi(driver, database, { logError: (e) => logged.push(e) });
    const res = await strict.run('query ($n: Int) { people(first: $n) { totalCount } }', { n: 'x' });
    expect(res.status).toBe(400);
    expect(res.errors![0]!.message).toContain('Int cannot represent non-integer value');
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(logged).toEqual([]);
  });

  it('masks unexpected errors: no message, stack or Cypher reaches the client', async () => {
    const failing = fakeDriver(async () => {
      throw Object.assign(new Error('Invalid input: MATCH (p:Person) RETURN secret at line 3'), { code: 'Neo.ClientError.Statement.SyntaxError' });
    });
    const logged: unknown[] = [];
    const broken = testApi(failing, database, { graph: new Graph(failing, { database }), logError: (e) => logged.push(e) });
    const res = await broken.run('{ people(first: 1) { totalCount } }');
    expect(code(res)).toBe('INTERNAL_SERVER_ERROR');
    expect(res.errors![0]!.message).toBe('The graph database could not answer this query.');
    expectNothingLeaked(res);
    expect(logged).toHaveLength(1); // the server log keeps the cause

    const garbage = fakeDriver(async () => ({ records: [{ toObject: () => ({ total: 1, items: [null] }) }] }));
    const odd = testApi(garbage, database, { graph: new Graph(garbage, { database }), logError: () => {} });
    const res2 = await odd.run('{ people(first: 1) { edges { node { name } } } }');
    expect(res2.errors![0]!.message).toBe('Unexpected error.');
    expect(code(res2)).toBe('INTERNAL_SERVER_ERROR');
    expectNothingLeaked(res2);
  });
});

describe('civic-graph serve', () => {
  const bin = join(import.meta.dirname, '..', 'bin', 'civic-graph.mjs');
  const env = (port: number) => ({
    ...process.env,
    NEO4J_URI: neo4jTarget.uri,
    NEO4J_USER: neo4jTarget.user ?? '',
    NEO4J_PASSWORD: neo4jTarget.password ?? '',
    PORT: String(port),
    HOST: '127.0.0.1',
    CIVIC_GRAPH_API_TOKEN: '',
  });

  it('serves until SIGTERM, then exits cleanly', async () => {
    const port = await findFreePort();
    const child = spawn(process.execPath, [bin, 'serve', '--no-seed'], { env: env(port), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    try {
      const deadline = Date.now() + 60_000;
      while (!out.includes('civic-graph API:') && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 200));
      expect(out).toContain(`http://127.0.0.1:${port}/graphql`);
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(out).toContain('Stopped.');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 90_000);

  it('says so and exits non-zero when the port is in use', async () => {
    const blocker = createServer();
    const port = await findFreePort();
    await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', () => r()));
    try {
      const child = spawn(process.execPath, [bin, 'serve', '--no-seed'], { env: env(port), stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      const codeOut = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
      expect(codeOut).not.toBe(0);
      expect(err).toContain(`port ${port} on 127.0.0.1 is already in use`);
    } finally {
      await new Promise<void>((r) => blocker.close(() => r()));
    }
  }, 60_000);
});
