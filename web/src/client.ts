// The GraphQL client: urql over the same server's /graphql (no other host is ever asked).
import { Client, cacheExchange, fetchExchange } from '@urql/core';

export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  requestPolicy: 'cache-first',
  preferGetMethod: false,
});

export const paths = {
  person: (id: string) => `/person/${encodeURIComponent(id)}`,
  body: (id: string) => `/body/${encodeURIComponent(id)}`,
  event: (id: string) => `/event/${encodeURIComponent(id)}`,
  document: (id: string) => `/document/${encodeURIComponent(id)}`,
  report: (id: string) => `/report/${encodeURIComponent(id)}`,
  network: (kind: 'person' | 'body', id: string) => `/network/${kind}/${encodeURIComponent(id)}`,
};

/** The sentence, report title, date and link of a fact. */
export const SOURCE_FIELDS = 'quote date reportTitle url report { id }';
/** How many sources a fact shows at most; `sourceCount` says how many there are. */
export const SHOWN_SOURCES = 10;
export const PAGED_SOURCES = `sources(first: ${SHOWN_SOURCES}) { ${SOURCE_FIELDS} } sourceCount`;
/** A fact with its sources (`sourceCount` when they were asked for with PAGED_SOURCES). */
export interface Sourced {
  sources: Source[];
  sourceCount?: number;
}

export interface Source {
  quote: string;
  date: string | null;
  reportTitle: string | null;
  url: string | null;
  report: { id: string } | null;
}

export interface Ref {
  id: string;
  name: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
