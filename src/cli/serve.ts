// `civic-graph serve` (npm start): Neo4j (local or NEO4J_URI), the schema, the seed reports when
// the graph is empty, then the GraphQL API on HOST:PORT until Ctrl-C or SIGTERM, which stop the
// HTTP server and the local Neo4j too.
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { ensureNeo4j, type Neo4jConnection } from '../db/driver.ts';
import { applySchema } from '../db/migrate.ts';
import { apiIngest } from '../graph/api-ingest.ts';
import { ingestIfEmpty } from '../graph/ingest.ts';
import { Graph } from '../graph/reader.ts';
import { createApi, listen, PortInUseError, type RunningServer } from '../server.ts';

export const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seed');

const log = (message: string) => console.error(message);

/** Fails fast (before Neo4j starts) when HOST:PORT cannot be bound. */
function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new PortInUseError(host, port) : new Error(`cannot listen on ${host}:${port}: ${err.message}`)),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

interface ServeOptions {
  seed: boolean;
}

async function serve(config: Config, opts: ServeOptions): Promise<void> {
  await assertPortFree(config.host, config.port);

  let connection: Neo4jConnection | undefined;
  let running: RunningServer | undefined;
  let stopping: Promise<void> | undefined;
  const stop = (why: string) =>
    (stopping ??= (async () => {
      log(`${why}: stopping…`);
      await running?.close();
      await connection?.stop();
      log('Stopped.');
    })());

  // Ctrl-C / SIGTERM: close the server and stop the local Neo4j (no JVM left behind).
  const stopped = new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      void stop(signal).finally(() => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        resolve();
      });
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });

  try {
    connection = await ensureNeo4j(config, { log });
    const { driver, database } = connection;
    log(`Neo4j: ${connection.uri}${connection.local ? ' (local)' : ''}`);
    await applySchema(driver, database);
    if (opts.seed) {
      const summary = await ingestIfEmpty(driver, [SEED_DIR], { database, schema: false, onFailure: (f) => log(`seed: ${f.file}: ${f.error}`) });
      if (summary) log(`The graph was empty: ingested ${summary.ok} seed report(s) from ${SEED_DIR} in ${summary.seconds.toFixed(1)} s.`);
    }
    const graph = new Graph(driver, { database });
    const api = createApi({ graph, apiToken: config.apiToken, ingestReport: apiIngest(driver, database) });
    running = await listen(api, config.host, config.port);
  } catch (err) {
    await stop('Startup failed');
    throw err;
  }
  console.log(`civic-graph API: ${running.url}  (GraphiQL: open it in a browser; health: /healthz, /readyz)`);
  if (!config.apiToken) log('CIVIC_GRAPH_API_TOKEN is not set: the ingestReport mutation is disabled.');
  log('Press Ctrl-C to stop.');
  await stopped;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (GraphiQL at /graphql); starts the local Neo4j unless NEO4J_URI is set')
    .option('--no-seed', 'do not ingest seed/ when the graph has no reports')
    .action(async (opts: ServeOptions) => {
      try {
        await serve(loadConfig(), opts);
      } catch (err) {
        console.error(`civic-graph serve: ${err instanceof Error ? err.message : String(err)}`);
        process.exitCode = err instanceof ConfigError ? 2 : 1;
      }
    });
}
