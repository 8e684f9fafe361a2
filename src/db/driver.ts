// The neo4j-driver Driver, for an existing Neo4j (NEO4J_URI) or the local one.
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { findRunningLocalNeo4j, startLocalNeo4j, type Log } from './local-neo4j.ts';

/** The local Neo4j's home inside the data directory. */
export function localNeo4jHome(config: Config): string {
  return join(config.dataDir, 'neo4j');
}

export interface Neo4jTarget {
  uri: string;
  user?: string | undefined;
  password?: string | undefined;
}

/**
 * A driver for `uri`, passed through as is, so bolt://, neo4j:// and their +s/+ssc variants all
 * work. Basic credentials are sent when a user or password is given (user defaults to neo4j).
 */
export function openDriver({ uri, user, password }: Neo4jTarget): Driver {
  const auth = user !== undefined || password !== undefined ? neo4j.auth.basic(user ?? 'neo4j', password ?? '') : undefined;
  return neo4j.driver(uri, auth, { userAgent: 'civic-graph/0.1' });
}

/** A driver for NEO4J_URI with NEO4J_USER and NEO4J_PASSWORD. */
export function createDriver(config: Config): Driver {
  const { uri, user, password } = config.neo4j;
  if (!uri) throw new Error('createDriver: NEO4J_URI is not set (use ensureNeo4j for the local Neo4j)');
  return openDriver({ uri, user, password });
}

/** A driver for the local Neo4j, which has authentication disabled. */
export function createLocalDriver(uri: string): Driver {
  return openDriver({ uri });
}

export interface Neo4jConnection {
  uri: string;
  driver: Driver;
  database: string;
  /** True when this connection uses the local Neo4j (started here or already running). */
  local: boolean;
  /** Closes the driver, and stops the local Neo4j if this call started it. */
  stop(): Promise<void>;
}

export interface EnsureNeo4jOptions {
  log?: Log;
  /** How long to wait for a Neo4j that does not answer yet (e.g. a container still starting). */
  waitMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** verifyConnectivity, retried while the server is unavailable, until `waitMs` is spent. */
async function connect(driver: Driver, uri: string, database: string, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await driver.verifyConnectivity({ database });
      return;
    } catch (err) {
      const retriable = (err as { code?: string }).code === 'ServiceUnavailable';
      if (!retriable || Date.now() >= deadline) {
        await driver.close();
        throw new Error(`cannot reach Neo4j at ${uri}: ${(err as Error).message}`, { cause: err });
      }
      await sleep(1_000);
    }
  }
}

/**
 * A connected driver: to NEO4J_URI when it is set (the local Neo4j is then never started);
 * otherwise to the local Neo4j, reusing one already running on the data directory
 * (`civic-graph db start --detach`) or starting one that stop() stops again.
 */
export async function ensureNeo4j(config: Config, options: EnsureNeo4jOptions = {}): Promise<Neo4jConnection> {
  const { database } = config.neo4j;
  const waitMs = options.waitMs ?? 30_000;

  if (config.neo4j.uri) {
    const driver = createDriver(config);
    await connect(driver, config.neo4j.uri, database, waitMs);
    return { uri: config.neo4j.uri, driver, database, local: false, stop: () => driver.close() };
  }

  const home = localNeo4jHome(config);
  const running = await findRunningLocalNeo4j(home);
  if (running) {
    const driver = createLocalDriver(running.uri);
    await connect(driver, running.uri, database, waitMs);
    options.log?.(`Using the local Neo4j already running on ${running.uri} (pid ${running.pid}).`);
    return { uri: running.uri, driver, database, local: true, stop: () => driver.close() };
  }

  const local = await startLocalNeo4j({ port: config.neo4j.localPort, home, heap: config.neo4j.localHeap, pagecacheMb: config.neo4j.localPagecacheMb, log: options.log });
  const driver = createLocalDriver(local.uri);
  try {
    await connect(driver, local.uri, database, waitMs);
  } catch (err) {
    await local.stop();
    throw err;
  }
  return {
    uri: local.uri,
    driver,
    database,
    local: true,
    stop: async () => {
      await driver.close();
      await local.stop();
    },
  };
}

/** Runs `fn` with a connection from ensureNeo4j and stops it afterwards. */
export async function withNeo4j<T>(
  config: Config,
  fn: (connection: Neo4jConnection) => Promise<T>,
  options?: EnsureNeo4jOptions,
): Promise<T> {
  const connection = await ensureNeo4j(config, options);
  try {
    return await fn(connection);
  } finally {
    await connection.stop();
  }
}
