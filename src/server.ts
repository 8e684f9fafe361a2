// The HTTP side: GraphQL Yoga over the Pothos schema, with limits for hostile clients (depth,
// cost, aliases, directives, tokens, a query timeout), error codes and masking, the API token,
// /healthz and /readyz, and GraphiQL at /graphql with example queries.
import { createHash, timingSafeEqual } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { createYoga, maskError as yogaMaskError, useReadinessCheck, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { useCompiledQueries } from './compiled-queries.ts';
import { IngestRejected } from './graph/api-ingest.ts';
import { GraphError, type Graph } from './graph/reader.ts';
import { useCostLimit } from './query-cost.ts';
import { createExplorer, isApiPath, type ExplorerHandler } from './explorer/static.ts';
import { DEFAULT_PAGE } from './schema/builder.ts';
import { schema, type Context } from './schema/index.ts';
import type { IngestReport } from './schema/builder.ts';
import { GRAPHIQL_TABS } from './schema/examples.ts';

export interface ApiLimits {
  maxDepth: number;
  /** See src/query-cost.ts: roughly the most objects and scalars a response may hold. */
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Whole-request budget; Cypher statements get what is left of it as their timeout. */
  queryTimeoutMs: number;
}

export const DEFAULT_LIMITS: ApiLimits = {
  maxDepth: 12,
  maxCost: 50_000,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
  queryTimeoutMs: 15_000,
};

export interface ApiOptions {
  graph: Graph;
  /** CIVIC_GRAPH_API_TOKEN; when unset, mutations are refused. */
  apiToken?: string | undefined;
  ingestReport?: IngestReport | undefined;
  limits?: Partial<ApiLimits>;
  /** Run queries compiled by graphql-jit (src/compiled-queries.ts; default true). */
  compileQueries?: boolean;
  /** Unexpected errors (masked for the client) are reported here. Default: console.error. */
  logError?: (error: unknown) => void;
}

export type Api = YogaServerInstance<Record<string, never>, Context>;

/** Compares a bearer token with the configured one in constant time (hashes of equal length). */
export function tokenMatches(header: string | null, token: string | undefined): boolean {
  if (!token || !header) return false;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) return false;
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(m[1]!), digest(token));
}

const TIMEOUT_MESSAGE = 'The query took too long and was stopped.';

interface RequestState {
  abort: AbortController;
}
const requestState = new WeakMap<object, RequestState>();

/** Stops execution after `ms`: the response gets a TIMEOUT error and running Cypher is aborted. */
function useQueryTimeout(ms: number): Plugin<Context> {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const state = requestState.get(args.contextValue as object);
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<{ errors: GraphQLError[]; data: null }>((resolve) => {
          timer = setTimeout(() => {
            state?.abort.abort();
            resolve({ data: null, errors: [new GraphQLError(TIMEOUT_MESSAGE, { extensions: { code: 'TIMEOUT' } })] });
          }, ms);
        });
        try {
          return await Promise.race([executeFn(args), timeout]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}

/** Parse and validation errors (including the limits) get a code like every other error. */
function useValidationCodes(): Plugin<Context> {
  const withCode = (e: GraphQLError, code: string) =>
    e.extensions?.code ? e : new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, path: e.path, extensions: { ...e.extensions, code } });
  return {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError) replaceParseResult(withCode(result, 'GRAPHQL_PARSE_FAILED'));
      };
    },
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length) setResult(result.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED')));
      };
    },
  };
}

/** Yoga's default request body limit, which useBodyLimit keeps. */
export const MAX_BODY_BYTES = 25_000_000;

const httpError = (message: string, status: number, code: string) => new GraphQLError(message, { extensions: { http: { status }, code } });

/**
 * Request bodies over `limit` bytes are refused with 413. Yoga's own limit pipes every body
 * through a counting stream; here a body with a valid Content-Length is only checked by its
 * header (Node's HTTP parser never reads past it), and only a body without one (chunked) is
 * counted while it is read.
 */
function useBodyLimit(limit: number): Plugin<Context> {
  const tooLarge = () => httpError('Request body too large', 413, 'REQUEST_ENTITY_TOO_LARGE');
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const length = request.headers.get('content-length');
      if (length !== null) {
        if (!/^\d+$/.test(length)) throw httpError('Content-Length header is invalid.', 400, 'BAD_REQUEST');
        if (Number(length) > limit) throw tooLarge();
        return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser(async (req) => {
        const chunks: Uint8Array[] = [];
        let read = 0;
        const reader = req.body!.getReader();
        for (let r = await reader.read(); !r.done; r = await reader.read()) {
          read += r.value.byteLength;
          if (read > limit) {
            void reader.cancel();
            throw tooLarge();
          }
          chunks.push(r.value);
        }
        return parse(new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, body: Buffer.concat(chunks) }));
      });
    },
  };
}

const clip = (m: string): string => (m.length > 300 ? `${m.slice(0, 297)}...` : m);

/** What a client sees of an error: coded errors as they are, the rest masked. */
function maskError(logError: (e: unknown) => void) {
  return (error: unknown, message: string): Error => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const at = error instanceof GraphQLError ? { nodes: error.nodes, path: error.path, positions: error.positions, source: error.source } : {};
    if (original instanceof GraphError) {
      if (original.code === 'DATABASE_ERROR') logError(original.cause ?? original);
      const code = original.code === 'DATABASE_ERROR' ? 'INTERNAL_SERVER_ERROR' : original.code;
      return new GraphQLError(original.message, { ...at, extensions: { code } });
    }
    if (original instanceof PothosValidationError || original instanceof IngestRejected) {
      // messages may quote the input ("Invalid global ID: …"): never echo more than a line of it
      return new GraphQLError(clip(original.message), { ...at, extensions: { code: 'BAD_USER_INPUT' } });
    }
    if (original instanceof GraphQLError && original.extensions?.code) {
      return original === error ? original : new GraphQLError(original.message, { ...at, extensions: original.extensions });
    }
    if (error instanceof GraphQLError && (!error.originalError || original instanceof GraphQLError)) {
      // a GraphQL error of the request itself, e.g. a variable of the wrong type (graphql-js
      // wraps the scalar's own GraphQLError): the client's mistake, not one for the server log
      return new GraphQLError(error.message, { ...at, extensions: { ...error.extensions, code: error.extensions?.code ?? 'BAD_USER_INPUT' } });
    }
    logError(original);
    return yogaMaskError(error, message, false);
  };
}

/** The GraphQL API as a fetch handler (also usable in tests through api.fetch). */
export function createApi(options: ApiOptions): Api {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const logError = options.logError ?? ((e: unknown) => console.error('civic-graph api: unexpected error:', e));
  const { graph } = options;

  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    batching: false,
    // useBodyLimit below: the same limit without a stream transform per request
    maxRequestBodySize: false,
    maskedErrors: { maskError: maskError(logError), isDev: false },
    logging: false,
    graphiql: {
      title: 'civic-graph',
      defaultQuery: GRAPHIQL_TABS[0]!.query,
      defaultTabs: GRAPHIQL_TABS,
      defaultEditorToolsVisibility: 'variables',
      shouldPersistHeaders: false,
    },
    renderGraphiQL,
    context: ({ request }) => {
      const abort = new AbortController();
      setMaxListeners(0, abort.signal); // every Cypher statement of the request listens to it
      const ctx: Context = {
        reader: graph.reader({ deadline: Date.now() + limits.queryTimeoutMs, signal: abort.signal }),
        authorized: tokenMatches(request.headers.get('authorization'), options.apiToken),
        mutationsEnabled: Boolean(options.apiToken),
        ingestReport: options.ingestReport,
      };
      requestState.set(ctx, { abort });
      return ctx;
    },
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: limits.maxDepth, flattenFragments: true },
        // cost: useCostLimit below, which also counts page sizes given as variables
        costLimit: { enabled: false },
        maxAliases: { n: limits.maxAliases },
        maxDirectives: { n: limits.maxDirectives },
        maxTokens: { n: limits.maxTokens },
        blockFieldSuggestion: { enabled: true },
      }),
      useBodyLimit(MAX_BODY_BYTES),
      useValidationCodes(),
      useCostLimit({ maxCost: limits.maxCost, defaultListSize: DEFAULT_PAGE }),
      // before the timeout, which then bounds the compiled query too
      ...(options.compileQueries === false ? [] : [useCompiledQueries(schema)]),
      useQueryTimeout(limits.queryTimeoutMs),
      useReadinessCheck({ endpoint: '/readyz', check: () => graph.ping() }),
    ],
  });
}

export class PortInUseError extends Error {
  override name = 'PortInUseError';
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super(`port ${port} on ${host} is already in use; stop what holds it or set PORT to a free port`);
  }
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the API over HTTP on host:port, and the explorer (web UI, src/explorer/static.ts) on
 * every other path unless `explorer: false`. Rejects with PortInUseError when the port is taken.
 */
export function listen(api: Api, host: string, port: number, options: { explorer?: ExplorerHandler | false } = {}): Promise<RunningServer> {
  // With NODE_ENV=production (npm start), stack traces are not mapped back to the TypeScript
  // sources: tsx turns source maps on, and neo4j-driver captures a stack trace for every query,
  // which then maps each frame (about 0.2 ms a query). Logged errors show tsx's output positions.
  if (process.env.NODE_ENV === 'production') process.setSourceMapsEnabled(false);
  const explorer = options.explorer === false ? undefined : (options.explorer ?? createExplorer());
  const server = createServer(explorer ? (req, res) => (isApiPath(req.url) ? api(req, res) : explorer(req, res)) : api);
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(err.code === 'EADDRINUSE' ? new PortInUseError(host, port) : err);
    });
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        server,
        url: `http://${shownHost}:${address.port}/graphql`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
