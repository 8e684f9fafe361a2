// `civic-graph db start|stop|status|schema`: the local Neo4j and the graph schema.
import type { Command } from 'commander';
import type { Driver } from 'neo4j-driver';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { createDriver, createLocalDriver, localNeo4jHome, withNeo4j } from '../db/driver.ts';
import { findRunningLocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from '../db/local-neo4j.ts';
import { applySchema } from '../db/migrate.ts';

const progress = (message: string) => console.error(message);

/** Runs a command body; configuration and runtime errors become one message and exit code. */
function action<A extends unknown[]>(body: (config: Config, ...args: A) => Promise<void>) {
  return async (...args: A) => {
    try {
      await body(loadConfig(), ...args);
    } catch (err) {
      console.error(`civic-graph db: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = err instanceof ConfigError ? 2 : 1;
    }
  };
}

async function neo4jVersion(driver: Driver, database: string): Promise<string> {
  const { records } = await driver.executeQuery(
    'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
    {},
    { database },
  );
  return records
    .map((r) => `${r.get('name')} ${(r.get('versions') as string[]).join(', ')} ${r.get('edition')}`)
    .join('; ');
}

async function applySchemaWith(driver: Driver, database: string): Promise<void> {
  const { statements } = await applySchema(driver, database);
  console.log(`Schema applied (${statements} statements from cypher/schema.cypher); all indexes online.`);
}

function refuseWhenRemote(config: Config, what: string): void {
  if (config.neo4j.uri) {
    throw new Error(
      `NEO4J_URI is set (${config.neo4j.uri}), so that Neo4j is used and the local one is never ${what}. ` +
        'Unset NEO4J_URI to use the local Neo4j.',
    );
  }
}

async function start(config: Config, opts: { detach?: boolean; schema: boolean }): Promise<void> {
  refuseWhenRemote(config, 'started');
  const home = localNeo4jHome(config);
  const running = await findRunningLocalNeo4j(home);
  if (running) {
    if (!opts.detach) {
      throw new Error(`the local Neo4j already runs (pid ${running.pid}, ${running.uri}); stop it with 'civic-graph db stop'`);
    }
    console.log(`The local Neo4j already runs on ${running.uri} (pid ${running.pid}).`);
    return;
  }
  const local = await startLocalNeo4j({ port: config.neo4j.localPort, home, detached: opts.detach, heap: config.neo4j.localHeap, pagecacheMb: config.neo4j.localPagecacheMb, log: progress });
  if (opts.schema) {
    const driver = createLocalDriver(local.uri);
    try {
      await applySchemaWith(driver, config.neo4j.database);
    } catch (err) {
      await local.stop();
      throw err;
    } finally {
      await driver.close();
    }
  }
  console.log(`Neo4j is running on ${local.uri} (pid ${local.pid}, data ${home}, JVM log ${local.logFile}).`);
  if (opts.detach) {
    console.log("It keeps running in the background; stop it with 'civic-graph db stop'.");
    return;
  }
  console.log('Press Ctrl-C to stop it.');
  await local.exited;
  console.log('The local Neo4j has stopped.');
}

async function stop(config: Config): Promise<void> {
  const home = localNeo4jHome(config);
  const running = await findRunningLocalNeo4j(home);
  if (!running || !(await stopLocalNeo4j(home))) {
    console.log(`No local Neo4j is running (data ${home}).`);
    return;
  }
  console.log(`Stopped the local Neo4j (pid ${running.pid}, ${running.uri}).`);
}

async function status(config: Config): Promise<void> {
  const { database } = config.neo4j;
  let driver: Driver;
  let where: string;
  if (config.neo4j.uri) {
    driver = createDriver(config);
    where = `${config.neo4j.uri} (NEO4J_URI)`;
  } else {
    const home = localNeo4jHome(config);
    const running = await findRunningLocalNeo4j(home);
    if (!running) {
      console.log(`Neo4j: down\nNo local Neo4j is running (data ${home}); start it with 'civic-graph db start'.`);
      process.exitCode = 1;
      return;
    }
    driver = createLocalDriver(running.uri);
    where = `${running.uri} (local, pid ${running.pid}, data ${home})`;
  }
  try {
    const version = await neo4jVersion(driver, database);
    console.log(`Neo4j: up\nURI: ${where}\nVersion: ${version}\nDatabase: ${database}`);
  } catch (err) {
    console.log(`Neo4j: down\nURI: ${where}\nError: ${(err as Error).message}`);
    process.exitCode = 1;
  } finally {
    await driver.close();
  }
}

async function schema(config: Config): Promise<void> {
  await withNeo4j(config, ({ driver, database }) => applySchemaWith(driver, database), { log: progress });
}

export function register(program: Command): void {
  const db = program
    .command('db')
    .description('the Neo4j database: a local embedded one (default) or NEO4J_URI');

  db.command('start')
    .description('start the local Neo4j and apply the schema; runs until Ctrl-C unless --detach')
    .option('-d, --detach', 'run in the background and return once Bolt answers')
    .option('--no-schema', 'do not apply cypher/schema.cypher')
    .action(action((config, opts: { detach?: boolean; schema: boolean }) => start(config, opts)));

  db.command('stop')
    .description('stop the local Neo4j started with --detach (or running in another terminal)')
    .action(action((config) => stop(config)));

  db.command('status')
    .description('say whether Neo4j is up, its URI and version (exit code 1 when down)')
    .action(action((config) => status(config)));

  db.command('schema')
    .description('apply cypher/schema.cypher (constraints and indexes; idempotent)')
    .action(action((config) => schema(config)));
}
