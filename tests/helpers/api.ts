// Running GraphQL requests against createApi in-process (no HTTP socket), counting Cypher
// round trips per request.
import type { Driver } from 'neo4j-driver';
import { Graph } from '../../src/graph/reader.ts';
import { createApi, type Api, type ApiOptions } from '../../src/server.ts';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  /** Cypher round trips this request made. */
  roundTrips: number;
}

export interface TestApi {
  api: Api;
  graph: Graph;
  run<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
}

export function testApi(driver: Driver, database: string, options: Partial<ApiOptions> = {}): TestApi {
  const graph = options.graph ?? new Graph(driver, { database });
  const api = createApi({ logError: () => {}, ...options, graph });
  return {
    api,
    graph,
    async run(query, variables, headers = {}) {
      const before = graph.roundTrips;
      const res = await api.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: any[] };
      return { status: res.status, ...body, roundTrips: graph.roundTrips - before };
    },
  };
}
