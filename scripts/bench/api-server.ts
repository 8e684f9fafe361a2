// A GraphQL server for the API benchmark (scripts/bench/api.ts), run as a child process so that
// the load generator does not share its event loop:
//   node bin/run-ts.mjs scripts/bench/api-server.ts ours|peer
// `ours` is src/server.ts (createApi + listen, without the explorer); `peer` is @neo4j/graphql
// 7.6.3 over the same graph (scripts/bench/api-peer.graphql), served by graphql-yoga over HTTP
// like ours. Neo4j from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE. Listens on
// 127.0.0.1 on a free port and prints one JSON line {"url": …} on stdout once it answers.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { openDriver } from '../../src/db/driver.ts';
import { Graph } from '../../src/graph/reader.ts';
import { createApi, listen } from '../../src/server.ts';

const env = z
  .object({
    NEO4J_URI: z.string().min(1),
    NEO4J_USER: z.string().optional(),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  })
  .parse(process.env);
const system = z.enum(['ours', 'peer']).parse(process.argv[2]);

const driver = openDriver({ uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD });
await driver.verifyConnectivity({ database: env.NEO4J_DATABASE });

let url: string;
if (system === 'ours') {
  const api = createApi({ graph: new Graph(driver, { database: env.NEO4J_DATABASE }), logError: (e) => console.error('ours:', e) });
  url = (await listen(api, '127.0.0.1', 0, { explorer: false })).url;
} else {
  // as listen() does for ours under NODE_ENV=production
  if (process.env.NODE_ENV === 'production') process.setSourceMapsEnabled(false);
  // loaded only here, so that ours does not carry the peer's modules in its heap
  const { Neo4jGraphQL } = await import('@neo4j/graphql');
  const { createYoga } = await import('graphql-yoga');
  const typeDefs = readFileSync(new URL('./api-peer.graphql', import.meta.url), 'utf8');
  const neo = new Neo4jGraphQL({
    typeDefs,
    driver,
    features: { filters: { String: { GT: true, GTE: true, LT: true, LTE: true } } },
  });
  const schema = await neo.getSchema();
  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    logging: false,
    batching: false,
    context: () => ({ sessionConfig: { database: env.NEO4J_DATABASE } }),
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}
process.stdout.write(`${JSON.stringify({ url })}\n`);

const stop = () => {
  void driver.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
