// The one Pothos SchemaBuilder (Relay, DataLoader and validation plugins), the request context,
// the Date scalar and the pagination helpers every connection uses.
import SchemaBuilder, { PothosValidationError } from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin, { cursorToOffset, offsetToCursor } from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import type { GraphReader } from '../graph/reader.ts';
import type { Page, Window } from '../graph/queries.ts';
import { badInput } from './errors.ts';

/** What ingestReport calls: extraction plus ingestion of one report (see src/schema/mutation.ts). */
export interface IngestReportInput {
  text: string;
  url?: string | null | undefined;
  title?: string | null | undefined;
  publishedAt?: string | null | undefined;
  district?: string | null | undefined;
  province?: string | null | undefined;
}

export interface IngestReportResult {
  reportId: string;
  extracted: {
    people: { name: string; positions: { title: string; body: string | null }[] }[];
    events: { title: string | null; date: string | null; chairs: string[]; speakers: string[]; attendees: string[]; organizers: string[] }[];
    documents: { type: string; number: string | null; date: string | null; issuer: string | null; title: string | null }[];
  };
  created: { nodes: number; relationships: number; nodesDeleted: number; relationshipsDeleted: number; replacedVersions: number };
  /** False when the same text (and metadata) was ingested before: nothing was written. */
  changed: boolean;
}

export type IngestReport = (input: IngestReportInput) => Promise<IngestReportResult>;

export interface Context {
  /** Reads for this request (counts its Cypher round trips). */
  reader: GraphReader;
  /** True when the request carried `Authorization: Bearer <CIVIC_GRAPH_API_TOKEN>`. */
  authorized: boolean;
  /** False when no API token is configured: mutations are then refused. */
  mutationsEnabled: boolean;
  /** Ingestion of one report; undefined when this server cannot ingest. */
  ingestReport: IngestReport | undefined;
}

export interface SchemaTypes {
  Context: Context;
  Scalars: {
    Date: { Input: string; Output: string };
    ID: { Input: string; Output: string };
  };
  Connection: { totalCount: number };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}

export const builder = new SchemaBuilder<SchemaTypes>({
  plugins: [RelayPlugin, DataloaderPlugin, ValidationPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    nodeQueryOptions: { description: 'Any object with a global id (Relay).' },
    nodesQueryOptions: { description: 'Several objects by global id (Relay); unknown ids give null.' },
  },
  validation: {
    validationError: (failure) =>
      badInput(failure.issues.map((issue) => (issue.path?.length ? `${issue.path.map((p) => (typeof p === 'object' ? p.key : p)).join('.')}: ` : '') + issue.message).join('; ')),
  },
});

/**
 * Options for every DataLoader: a batch is sent once the event loop has run everything already
 * queued (setImmediate), not after the current microtasks (the default), so that the items of a
 * list level that resolve a few promise hops apart still share one batch: one Cypher round trip
 * per field and level, whatever the sizes of the lists.
 */
export const loaderOptions = {
  batchScheduleFn: (callback: () => void) => void setImmediate(callback),
};

builder.queryType({ description: 'Relationship questions over the graph of Vietnamese local-government reports.' });
builder.mutationType({ description: 'Changes to the graph; each requires the API token (Authorization: Bearer).' });

// ---------------------------------------------------------------------------------------------
// Date: a calendar day, YYYY-MM-DD

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDate(value: unknown): string {
  if (typeof value !== 'string') throw badInput('Expected a date as a string "YYYY-MM-DD".');
  const m = DATE.exec(value);
  if (!m) throw badInput(`Expected a date "YYYY-MM-DD", got "${value.slice(0, 40)}".`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw badInput(`No such day: "${value}".`);
  }
  return value;
}

builder.scalarType('Date', {
  description: 'A calendar day, "YYYY-MM-DD" (e.g. "2023-06-01").',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== 'StringValue') throw badInput('Expected a date "YYYY-MM-DD" as a string.');
    return parseDate(ast.value);
  },
});

// ---------------------------------------------------------------------------------------------
// Connections: offset windows, at most 100 items a page, totalCount on every connection

export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

export interface ConnectionArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}

function offsetOf(cursor: string, name: string): number {
  let offset: number;
  try {
    offset = cursorToOffset(cursor);
  } catch (err) {
    if (err instanceof PothosValidationError) throw badInput(`Argument "${name}" is not a cursor from this API.`);
    throw err;
  }
  if (!Number.isSafeInteger(offset) || offset < 0) throw badInput(`Argument "${name}" is not a cursor from this API.`);
  return offset;
}

/** The slice of a list that Relay arguments ask for. Throws BAD_USER_INPUT on bad arguments. */
export function windowFor(args: ConnectionArgs): Window {
  const { first, last, after, before } = args;
  for (const [name, n] of [['first', first], ['last', last]] as const) {
    if (n != null && (n < 0 || n > MAX_PAGE)) throw badInput(`Argument "${name}" must be between 0 and ${MAX_PAGE}, got ${n}.`);
  }
  if (first != null && last != null) throw badInput('Use either "first" (with "after") or "last" (with "before"), not both.');
  const afterOffset = after != null ? offsetOf(after, 'after') : undefined;
  const beforeOffset = before != null ? offsetOf(before, 'before') : undefined;
  const start = afterOffset !== undefined ? afterOffset + 1 : 0;
  if (last != null) {
    if (beforeOffset === undefined) {
      if (afterOffset !== undefined) throw badInput('"last" needs "before" when "after" is given.');
      return { last };
    }
    return { start: Math.max(start, beforeOffset - last), end: Math.max(start, beforeOffset) };
  }
  const size = first ?? DEFAULT_PAGE;
  const end = Math.min(start + size, beforeOffset ?? Number.MAX_SAFE_INTEGER);
  return { start, end: Math.max(start, end) };
}

export interface ConnectionResult<T, E extends object = object> {
  totalCount: number;
  edges: ({ cursor: string; node: T } & E)[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** A Relay connection from one page; `edge` adds edge fields and picks the node. */
export function toConnection<R, T, E extends object = object>(page: Page<R>, edge: (row: R) => { node: T } & E): ConnectionResult<T, E> {
  const edges = page.items.map((row, i) => ({ ...edge(row), cursor: offsetToCursor(page.offset + i) }));
  const end = page.offset + edges.length;
  return {
    totalCount: page.total,
    edges,
    pageInfo: {
      hasPreviousPage: page.offset > 0,
      hasNextPage: end < page.total,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'How many items the whole list has (all pages).', resolve: (parent) => parent.totalCount }),
);
