// The local Neo4j: Neo4j Community embedded in a small Java program (neo4j-local/), with Bolt on
// 127.0.0.1. This module owns its whole life: building the Java program with Maven (cached),
// starting the JVM, waiting until Bolt answers, and stopping it (on stop(), on process exit, on
// SIGINT/SIGTERM, or later through the pid file it writes in the data directory).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { totalmem } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

export const NEO4J_LOCAL_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'neo4j-local');
const LOCAL_HOST = '127.0.0.1';
const PID_FILE = 'neo4j-local.pid';
const LOG_FILE = 'neo4j-local.log';
const BUILD_STAMP = join('target', '.civic-graph-build');

export type Log = (message: string) => void;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

/** The port is taken by some other program: thrown before any JVM is launched. */
export class PortInUseError extends LocalNeo4jError {
  override name = 'PortInUseError';
  constructor(readonly port: number) {
    super(
      `port ${port} on ${LOCAL_HOST} is already in use, so the local Neo4j cannot listen there. ` +
        `Set NEO4J_LOCAL_PORT to a free port, stop what holds ${port}, ` +
        `or set NEO4J_URI to use an existing Neo4j.`,
    );
  }
}

export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** Neo4j home: databases, transaction logs and Neo4j's own logs go below it. */
  home: string;
  /** Keep running after this process exits (`db start --detach`). Default false. */
  detached?: boolean;
  /** JVM heap limit, e.g. '1g' (default). */
  heap?: string;
  /** Page cache size in MiB (default: an eighth of the machine's memory, at least 256, at most 4096). */
  pagecacheMb?: number;
  /** How long to wait for Bolt to answer (default 120 s). */
  startTimeoutMs?: number;
  /** Progress messages (building, starting). Default: none. */
  log?: Log;
}

export interface LocalNeo4j {
  uri: string;
  port: number;
  pid: number;
  home: string;
  /** The JVM's standard output and error. Neo4j's own log is `<home>/logs/debug.log`. */
  logFile: string;
  /** Resolves when the JVM exits, however it was stopped. */
  exited: Promise<void>;
  /** Stops the JVM (SIGTERM, then SIGKILL after a grace period) and removes the pid file. */
  stop(): Promise<void>;
}

export interface PidFile {
  pid: number;
  port: number;
  uri: string;
  home: string;
  detached: boolean;
  startedAt: string;
}

// ---------------------------------------------------------------------------------------------
// Building the Java program

function javaSources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...javaSources(p));
    else if (entry.name.endsWith('.java')) out.push(p);
  }
  return out.sort();
}

/** A hash of pom.xml and the Java sources: the build is redone when it changes. */
function sourceHash(projectDir: string): string {
  const hash = createHash('sha256');
  for (const file of [join(projectDir, 'pom.xml'), ...javaSources(join(projectDir, 'src'))]) {
    hash.update(file.slice(projectDir.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function isBuilt(projectDir: string, hash: string): boolean {
  const stamp = join(projectDir, BUILD_STAMP);
  return (
    existsSync(join(projectDir, 'target', 'classes', 'Main.class')) &&
    existsSync(join(projectDir, 'target', 'dependency')) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8').trim() === hash
  );
}

function runQuietly(cmd: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}

function requireCommand(cmd: string, args: string[], what: string): void {
  const probe = spawnSync(cmd, args, { stdio: 'ignore' });
  if (probe.error) {
    throw new LocalNeo4jError(`${what} ('${cmd}') was not found on PATH: ${probe.error.message}`);
  }
}

/**
 * Runs `fn` holding target/.build-lock, so that two processes sharing the tree (a test run and
 * `npm start`) do not run Maven on the same target/ at once. A lock whose pid is gone is stale.
 */
async function withBuildLock<T>(projectDir: string, log: Log, fn: () => Promise<T>): Promise<T> {
  const lock = join(projectDir, 'target', '.build-lock');
  await mkdir(dirname(lock), { recursive: true });
  let told = false;
  for (;;) {
    try {
      await writeFile(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(await readFile(lock, 'utf8').catch(() => ''));
      if (!holder || !isAlive(holder)) {
        await rm(lock, { force: true });
        continue;
      }
      if (!told) log(`Waiting for another build of neo4j-local (pid ${holder})…`);
      told = true;
      await sleep(1_000);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lock, { force: true });
  }
}

/**
 * Builds neo4j-local/ with Maven unless the last build used the same pom.xml and sources.
 * Returns true when it built. The first build downloads about 120 MB of jars into ~/.m2.
 */
export async function buildLocalNeo4j(log: Log = () => {}, projectDir = NEO4J_LOCAL_DIR): Promise<boolean> {
  const hash = sourceHash(projectDir);
  if (isBuilt(projectDir, hash)) return false;
  requireCommand('mvn', ['-v'], 'Maven 3.8+, needed to build the local Neo4j,');
  return withBuildLock(projectDir, log, async () => {
    if (isBuilt(projectDir, hash)) return false; // built by whoever held the lock
    log('Building the local Neo4j (neo4j-local/, Maven); the first build downloads Neo4j and takes a few minutes…');
    // The jars go to a new folder that then replaces target/dependency, so that no jar of an
    // older Neo4j patch version stays on the class path and a running JVM loses no jar for long.
    const target = join(projectDir, 'target');
    const fresh = join(target, 'dependency.new');
    await rm(join(projectDir, BUILD_STAMP), { force: true });
    await rm(fresh, { recursive: true, force: true });
    const args = ['-q', '-B', 'package', 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${fresh}`];
    const started = Date.now();
    const { code, output } = await runQuietly('mvn', args, projectDir);
    if (code !== 0) {
      throw new LocalNeo4jError(
        `building neo4j-local failed (mvn ${args.join(' ')} exited with ${code}):\n${tail(output, 40)}`,
      );
    }
    await rm(join(target, 'dependency.old'), { recursive: true, force: true });
    if (existsSync(join(target, 'dependency'))) await rename(join(target, 'dependency'), join(target, 'dependency.old'));
    await rename(fresh, join(target, 'dependency'));
    await rm(join(target, 'dependency.old'), { recursive: true, force: true });
    await writeFile(join(projectDir, BUILD_STAMP), hash + '\n');
    log(`Built neo4j-local in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Ports, pid files, processes

/** Resolves when nothing listens on 127.0.0.1:port; rejects with PortInUseError otherwise. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => {
      reject(err.code === 'EADDRINUSE' ? new PortInUseError(port) : err);
    });
    probe.listen({ port, host: LOCAL_HOST, exclusive: true }, () => {
      probe.close(() => resolvePromise());
    });
  });
}

/** A free port on 127.0.0.1: `preferred` if it is free, else one the system picks. */
export async function findFreePort(preferred?: number): Promise<number> {
  if (preferred !== undefined) {
    try {
      await assertPortFree(preferred);
      return preferred;
    } catch {
      // fall through to a system-picked port
    }
  }
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ port: 0, host: LOCAL_HOST }, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePromise(port));
    });
  });
}

export function pidFilePath(home: string): string {
  return join(home, PID_FILE);
}

export async function readPidFile(home: string): Promise<PidFile | undefined> {
  try {
    return JSON.parse(await readFile(pidFilePath(home), 'utf8')) as PidFile;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when `pid` is alive and (where /proc exists) is the local Neo4j of `home`. */
function isLocalNeo4jProcess(pid: number, home: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return cmdline.includes('Main') && cmdline.includes(home);
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}

/** The running local Neo4j recorded in `home`'s pid file; a stale pid file is removed. */
export async function findRunningLocalNeo4j(home: string): Promise<PidFile | undefined> {
  const info = await readPidFile(home);
  if (!info) return undefined;
  if (isLocalNeo4jProcess(info.pid, home)) return info;
  await rm(pidFilePath(home), { force: true });
  return undefined;
}

/** Sends SIGTERM, waits up to `graceMs`, then SIGKILL. Resolves once the process is gone. */
async function terminate(pid: number, isGone: () => boolean, graceMs = 30_000): Promise<void> {
  if (isGone()) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (!isGone() && Date.now() < deadline) await sleep(100);
  if (!isGone()) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      return;
    }
    while (!isGone()) await sleep(50);
  }
}

/**
 * Stops the local Neo4j recorded in `home`'s pid file (a detached one, or one another process
 * runs in the foreground). Returns false when none was running.
 */
export async function stopLocalNeo4j(home: string): Promise<boolean> {
  const info = await findRunningLocalNeo4j(home);
  if (!info) return false;
  await terminate(info.pid, () => !isAlive(info.pid));
  await rm(pidFilePath(home), { force: true });
  return true;
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

function readLogTail(logFile: string, fromOffset: number, lines = 40): string {
  try {
    const text = readFileSync(logFile).subarray(fromOffset).toString('utf8');
    return tail(text, lines) || '(the JVM wrote nothing)';
  } catch {
    return '(no JVM log)';
  }
}

// ---------------------------------------------------------------------------------------------
// Cleanup of children this process started

/** Children this process started in the foreground, with the function that stops each. */
const owned = new Map<ChildProcess, () => Promise<void>>();
let exitHookInstalled = false;

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function onSignal(signal: NodeJS.Signals): void {
  void Promise.all([...owned.values()].map((stop) => stop())).finally(() => {
    process.off(signal, onSignal);
    // Others listening decide how to exit; otherwise exit the way the signal would have.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  });
}

/** Ties the child's life to this process: SIGINT/SIGTERM and exit stop it too. */
function own(child: ChildProcess, stop: () => Promise<void>): void {
  owned.set(child, stop);
  child.once('exit', () => disown(child));
  if (owned.size === 1) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // On a plain exit there is no time to wait: the JVM's shutdown hook finishes the job.
    process.on('exit', () => {
      for (const c of owned.keys()) c.kill('SIGTERM');
    });
  }
}

function disown(child: ChildProcess): void {
  if (!owned.delete(child) || owned.size > 0) return;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}

// ---------------------------------------------------------------------------------------------
// Starting

function jvmArgs(opts: { port: number; home: string; heap: string; pagecacheMb: number; detached: boolean }): string[] {
  const target = join(NEO4J_LOCAL_DIR, 'target');
  return [
    `-Xms256m`,
    `-Xmx${opts.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:-OmitStackTraceInFastThrow',
    // Lets Neo4j's page cache use direct buffers without a reflection fallback.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    `${join(target, 'classes')}${delimiter}${join(target, 'dependency', '*')}`,
    'Main',
    '-port',
    String(opts.port),
    '-data',
    opts.home,
    '-pagecache',
    String(opts.pagecacheMb),
    // A foreground JVM stops when this process's end closes its stdin, even after a SIGKILL.
    ...(opts.detached ? [] : ['-watch-stdin']),
  ];
}

/** Polls Bolt with verifyConnectivity until it answers, the JVM exits, or the time is up. */
async function waitForBolt(uri: string, child: ChildProcess, timeoutMs: number): Promise<string | undefined> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      return `the JVM exited (${child.exitCode !== null ? `code ${child.exitCode}` : child.signalCode}) before Bolt answered`;
    }
    const driver = neo4j.driver(uri, undefined, { connectionTimeout: 2_000, logging: undefined });
    try {
      await driver.verifyConnectivity();
      return undefined;
    } catch (err) {
      lastError = (err as Error).message;
    } finally {
      await driver.close();
    }
    await sleep(250);
  }
  return `Bolt did not answer within ${Math.round(timeoutMs / 1000)} s (last error: ${lastError})`;
}

/**
 * The page cache holds the store files in memory; Neo4j allocates it as pages are read, so a large
 * one costs nothing on a small graph, and a big graph served from a small one reads the disk on
 * most queries (a 100k-report graph has a 2.4 GB store).
 */
export function defaultPagecacheMb(): number {
  return Math.min(4096, Math.max(256, Math.floor(totalmem() / 1024 / 1024 / 8)));
}

/**
 * Builds (if needed) and starts the local Neo4j, and resolves once Bolt answers on
 * bolt://127.0.0.1:<port>. Fails fast with PortInUseError when the port is taken, and with a
 * LocalNeo4jError including the tail of the JVM log when the JVM fails or times out.
 * Unless `detached`, the JVM is stopped when this process exits or gets SIGINT/SIGTERM.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const opts = {
    port: options.port,
    home: options.home,
    detached: options.detached ?? false,
    heap: options.heap ?? '1g',
    pagecacheMb: options.pagecacheMb ?? defaultPagecacheMb(),
    startTimeoutMs: options.startTimeoutMs ?? 120_000,
    log: options.log ?? (() => {}),
  };
  const uri = `bolt://${LOCAL_HOST}:${opts.port}`;

  const running = await findRunningLocalNeo4j(opts.home);
  if (running) {
    throw new LocalNeo4jError(
      `a local Neo4j already runs on this data directory (pid ${running.pid}, ${running.uri}); ` +
        `stop it with 'civic-graph db stop' or use it`,
    );
  }
  await assertPortFree(opts.port);
  requireCommand('java', ['-version'], 'Java 17+, needed to run the local Neo4j,');
  await buildLocalNeo4j(opts.log);
  await assertPortFree(opts.port); // the build can take minutes

  await mkdir(opts.home, { recursive: true });
  const logFile = join(opts.home, LOG_FILE);
  const logFd = openSync(logFile, 'a');
  const logOffset = statSync(logFile).size;
  opts.log(`Starting the local Neo4j on ${uri} (data: ${opts.home})…`);
  let child: ChildProcess;
  try {
    child = spawn('java', jvmArgs(opts), {
      cwd: opts.home,
      detached: opts.detached,
      stdio: [opts.detached ? 'ignore' : 'pipe', logFd, logFd],
    });
  } finally {
    closeSync(logFd);
  }
  const pid = child.pid;
  if (pid === undefined) {
    throw new LocalNeo4jError(`could not launch java: ${readLogTail(logFile, logOffset)}`);
  }
  child.on('error', () => {}); // reported through the exit code and the log
  const exited = new Promise<void>((r) => child.once('exit', () => r()));

  const info: PidFile = { pid, port: opts.port, uri, home: opts.home, detached: opts.detached, startedAt: new Date().toISOString() };
  await writeFile(pidFilePath(opts.home), JSON.stringify(info, null, 2) + '\n');

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await terminate(pid, () => hasExited(child));
      disown(child);
      const current = await readPidFile(opts.home);
      if (current?.pid === pid) await rm(pidFilePath(opts.home), { force: true });
    })());
  if (!opts.detached) own(child, stop);

  const problem = await waitForBolt(uri, child, opts.startTimeoutMs);
  if (problem) {
    await stop();
    const portTaken = child.exitCode === 3;
    if (portTaken) throw new PortInUseError(opts.port);
    throw new LocalNeo4jError(
      `the local Neo4j did not start: ${problem}.\nLast lines of ${logFile}:\n${readLogTail(logFile, logOffset)}\n` +
        `(Neo4j's own log: ${join(opts.home, 'logs', 'debug.log')})`,
    );
  }
  if (opts.detached) child.unref();
  opts.log(`The local Neo4j is up on ${uri} (pid ${pid}).`);
  return { uri, port: opts.port, pid, home: opts.home, logFile, exited, stop };
}
