// The local Neo4j's failure modes: a port already taken fails fast with a clear message (in
// Node, before any JVM starts, and in the Java program itself), and pid-file housekeeping.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NEO4J_LOCAL_DIR,
  PortInUseError,
  findRunningLocalNeo4j,
  pidFilePath,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../src/db/local-neo4j.ts';
import { testNeo4j } from './helpers/neo4j.ts';

let home: string;
let server: Server;
let takenPort: number;

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'civic-graph-local-test-'));
  server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  takenPort = typeof address === 'object' && address ? address.port : 0;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  await rm(home, { recursive: true, force: true });
});

describe('a port already taken', () => {
  it('makes startLocalNeo4j fail within a second, naming the port, without launching Java', async () => {
    const started = Date.now();
    const error = await startLocalNeo4j({ port: takenPort, home }).catch((err: unknown) => err);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(error).toBeInstanceOf(PortInUseError);
    expect((error as Error).message).toContain(`port ${takenPort} on 127.0.0.1 is already in use`);
    expect((error as Error).message).toMatch(/NEO4J_LOCAL_PORT/);
    expect(existsSync(pidFilePath(home))).toBe(false);
  });

  // The Java program checks too (exit code 3), for anyone who runs it by hand. It needs the
  // build that global setup made, so it runs only when the tests use the local Neo4j.
  it.skipIf(!testNeo4j().local)('makes the Java program exit quickly with code 3 and a clear message', async () => {
    const target = join(NEO4J_LOCAL_DIR, 'target');
    const started = Date.now();
    const result = await new Promise<{ code: number | null; stderr: string }>((resolvePromise, reject) => {
      const child = spawn(
        'java',
        ['-cp', `${join(target, 'classes')}${delimiter}${join(target, 'dependency', '*')}`, 'Main', '-port', String(takenPort), '-data', home],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolvePromise({ code, stderr });
      });
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`cannot use port ${takenPort} on 127.0.0.1: already in use`);
  });
});

describe('the pid file', () => {
  it('stopping when nothing runs says so', async () => {
    expect(await stopLocalNeo4j(home)).toBe(false);
  });

  it('a stale pid file (dead process) is removed', async () => {
    // The pid of a process that has just exited.
    const dead = spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
    expect(dead.status).toBe(0);
    const info = { pid: dead.pid, port: 1, uri: 'bolt://127.0.0.1:1', home, detached: true, startedAt: new Date().toISOString() };
    await writeFile(pidFilePath(home), JSON.stringify(info));
    expect(await findRunningLocalNeo4j(home)).toBeUndefined();
    expect(existsSync(pidFilePath(home))).toBe(false);
  });
});
