// Vitest global setup: one Neo4j for the whole test run, with the schema applied.
// With NEO4J_URI set, that Neo4j is used (tests write to it!); otherwise a local Neo4j starts on
// a free port with a fresh temporary data directory, and is stopped and removed at the end.
// Tests get the connection through inject('neo4j') (or process.env.NEO4J_TEST_URI).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config.ts';
import { createDriver, createLocalDriver, type Neo4jTarget } from '../src/db/driver.ts';
import { PortInUseError, findFreePort, startLocalNeo4j } from '../src/db/local-neo4j.ts';
import { applySchema } from '../src/db/migrate.ts';

export interface TestNeo4j extends Neo4jTarget {
  database: string;
  /** True for the local Neo4j started for this run (authentication disabled). */
  local: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

const log = (message: string) => console.error(`[global-setup] ${message}`);

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  const { database } = config.neo4j;

  if (config.neo4j.uri) {
    const driver = createDriver(config);
    try {
      await applySchema(driver, database);
    } finally {
      await driver.close();
    }
    const neo4j: TestNeo4j = { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password, database, local: false };
    project.provide('neo4j', neo4j);
    process.env.NEO4J_TEST_URI = neo4j.uri;
    return async () => {};
  }

  const home = await mkdtemp(join(tmpdir(), 'civic-graph-test-'));
  const started = Date.now();
  const start = async (port: number) => startLocalNeo4j({ port, home, heap: '768m', pagecacheMb: 64, log });
  // A system-picked port, so that two runs on one machine never meet on 7697; another run may
  // still take it between the check and the start: retry once.
  const local = await start(await findFreePort()).catch(async (err: unknown) => {
    if (!(err instanceof PortInUseError)) throw err;
    return start(await findFreePort());
  });
  const driver = createLocalDriver(local.uri);
  try {
    await applySchema(driver, database);
  } catch (err) {
    await local.stop();
    throw err;
  } finally {
    await driver.close();
  }
  log(`Neo4j ready on ${local.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('neo4j', { uri: local.uri, database, local: true });
  process.env.NEO4J_TEST_URI = local.uri;

  return async () => {
    await local.stop();
    await rm(home, { recursive: true, force: true });
  };
}
