// The five questions of the API benchmark (scripts/bench/api.ts), each asked three ways: our
// GraphQL API, one hand-written Cypher query (cypher/bench-api-*.cypher, the limit), and
// @neo4j/graphql (scripts/bench/api-peer.graphql, the peer). Each way also says how many items
// its answer holds, so that a sample of answers can be compared across the three.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { luceneQuery } from '../../src/graph/queries.ts';
import { int } from '../../src/graph/reader.ts';

export const QUESTIONS = ['person', 'districtEvents', 'documentTrail', 'search', 'connection'] as const;
export type QuestionName = (typeof QUESTIONS)[number];

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}
/** A GraphQL response's data, as parsed JSON. */
export type Data = Record<string, unknown>;
export type CypherRow = Record<string, unknown>;

export interface Question<P> {
  name: QuestionName;
  /** What it asks, for the table. */
  title: string;
  ours(p: P): GraphQLRequest;
  oursCount(data: Data): number;
  peer(p: P): GraphQLRequest;
  peerCount(data: Data): number;
  /** cypher/<file>.cypher with these parameters. */
  cypher: string;
  cypherParams(p: P): Record<string, unknown>;
  cypherCount(rows: CypherRow[]): number;
}

export const PAGE = 20;
export const SEARCH_LIMIT = 10;
export const MAX_HOPS = 4;

// Small accessors for parsed JSON (shapes are checked by the counts agreeing).
const obj = (v: unknown): Data => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Data) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const personGid = (id: string) => encodeGlobalID('Person', id);

/** Consecutive equal steps collapse (a post, then its body, is one step). */
export function hopsOf(steps: string[]): number {
  const kept = steps.filter((s, i) => i === 0 || s !== steps[i - 1]);
  return Math.max(kept.length - 1, 0);
}

export interface PersonParams {
  id: string;
}
export const person: Question<PersonParams> = {
  name: 'person',
  title: 'a person with tenures and chaired events',
  ours: ({ id }) => ({
    query: `query Person($id: ID!, $first: Int) {
      person(id: $id) {
        id name
        tenures { title bodyName firstSeen lastSeen }
        chaired(first: $first) { totalCount edges { node { id title date } } }
      }
    }`,
    variables: { id: personGid(id), first: PAGE },
  }),
  oursCount: (d) => {
    const p = obj(d.person);
    const chaired = obj(p.chaired);
    return arr(p.tenures).length + num(chaired.totalCount) + arr(chaired.edges).length;
  },
  peer: ({ id }) => ({
    query: `query Person($id: ID!, $first: Int) {
      people(where: { id: { eq: $id } }) {
        id name
        held(sort: [{ firstSeen: ASC }, { lastSeen: ASC }, { key: ASC }]) { title firstSeen lastSeen post { title body { name } } }
        hasRoleConnection(where: { node: { role: { eq: "chair" } } }) { totalCount }
        chaired(first: $first) { id title date }
      }
    }`,
    variables: { id, first: PAGE },
  }),
  peerCount: (d) => {
    const p = obj(arr(d.people)[0]);
    return arr(p.held).length + num(obj(p.hasRoleConnection).totalCount) + arr(p.chaired).length;
  },
  cypher: 'bench-api-person',
  cypherParams: ({ id }) => ({ id, first: int(PAGE) }),
  cypherCount: (rows) => {
    const r = rows[0] ?? {};
    return arr(r.tenures).length + num(r.chairedTotal) + arr(r.chaired).length;
  },
};

export interface DistrictParams {
  code: string;
  year: string;
}
export const districtEvents: Question<DistrictParams> = {
  name: 'districtEvents',
  title: "a district's events over a year, with chairs",
  ours: ({ code, year }) => ({
    query: `query DistrictEvents($place: String!, $from: Date!, $to: Date!, $first: Int) {
      events(place: $place, from: $from, to: $to, first: $first) {
        totalCount
        edges { node { id title date chairs { person { name } } } }
      }
    }`,
    variables: { place: code, from: `${year}-01-01`, to: `${year}-12-31`, first: PAGE },
  }),
  oursCount: (d) => {
    const c = obj(d.events);
    return num(c.totalCount) + arr(c.edges).reduce<number>((n, e) => n + 1 + arr(obj(obj(e).node).chairs).length, 0);
  },
  peer: ({ code, year }) => ({
    query: `query DistrictEvents($where: EventWhere!, $first: Int) {
      eventsConnection(where: $where, sort: [{ date: ASC }, { id: ASC }], first: $first) {
        totalCount
        edges { node { id title date participations(where: { role: { eq: "chair" } }) { person { name } } } }
      }
    }`,
    variables: {
      first: PAGE,
      where: {
        date: { gte: `${year}-01-01`, lte: `${year}-12-31` },
        place: { some: { OR: [{ code: { eq: code } }, { partOf: { some: { code: { eq: code } } } }] } },
      },
    },
  }),
  peerCount: (d) => {
    const c = obj(d.eventsConnection);
    return num(c.totalCount) + arr(c.edges).reduce<number>((n, e) => n + 1 + arr(obj(obj(e).node).participations).length, 0);
  },
  cypher: 'bench-api-district-events',
  cypherParams: ({ code, year }) => ({ place: code, from: `${year}-01-01`, to: `${year}-12-31`, first: int(PAGE) }),
  cypherCount: (rows) => num(rows[0]?.total) + rows.reduce<number>((n, r) => n + 1 + arr(r.chairs).length, 0),
};

export interface DocumentParams {
  key: string;
}
export const documentTrail: Question<DocumentParams> = {
  name: 'documentTrail',
  title: "a document's trail (citing events in date order)",
  ours: ({ key }) => ({
    query: `query Trail($id: ID!, $first: Int) {
      document(id: $id) {
        number title
        trail(first: $first) { totalCount edges { node { date event { title date } report { title publishedAt } } } }
      }
    }`,
    variables: { id: encodeGlobalID('Document', key), first: PAGE },
  }),
  oursCount: (d) => {
    const t = obj(obj(d.document).trail);
    return num(t.totalCount) + arr(t.edges).length;
  },
  peer: ({ key }) => ({
    query: `query Trail($key: ID!, $first: Int) {
      documents(where: { key: { eq: $key } }) {
        number title
        citationsConnection { totalCount }
        trail(first: $first) { event { title date } report { title publishedAt } }
      }
    }`,
    variables: { key, first: PAGE },
  }),
  peerCount: (d) => {
    const doc = obj(arr(d.documents)[0]);
    return num(obj(doc.citationsConnection).totalCount) + arr(doc.trail).length;
  },
  cypher: 'bench-api-document-trail',
  cypherParams: ({ key }) => ({ key, first: int(PAGE) }),
  cypherCount: (rows) => num(rows[0]?.total) + arr(rows[0]?.trail).length,
};

export interface SearchParams {
  /** An accent-free name, as a user types it ("le trong thu"). */
  text: string;
}
export const search: Question<SearchParams> = {
  name: 'search',
  title: 'full-text search of people by name, accents folded',
  ours: ({ text }) => ({
    query: `query Search($text: String!, $first: Int) {
      search(text: $text, types: [PERSON], first: $first) { score node { ... on Person { id name } } }
    }`,
    variables: { text, first: SEARCH_LIMIT },
  }),
  oursCount: (d) => arr(d.search).length,
  // The peer gets the same Lucene query our API builds from the text (a client of the peer
  // would have to build it).
  peer: ({ text }) => ({
    query: `query Search($phrase: String!, $first: Int) {
      peopleByName(phrase: $phrase, first: $first) { edges { score node { id name } } }
    }`,
    variables: { phrase: luceneQuery(text) ?? text, first: SEARCH_LIMIT },
  }),
  peerCount: (d) => arr(obj(d.peopleByName).edges).length,
  cypher: 'bench-api-search',
  cypherParams: ({ text }) => ({ search: luceneQuery(text) ?? text, first: int(SEARCH_LIMIT) }),
  cypherCount: (rows) => rows.length,
};

export interface PairParams {
  from: string;
  to: string;
}
export const connection: Question<PairParams> = {
  name: 'connection',
  title: 'the connection of two people (shortest path)',
  ours: ({ from, to }) => ({
    query: `query HowConnected($from: String!, $to: String!, $maxHops: Int) {
      howConnected(from: $from, to: $to, maxHops: $maxHops) {
        connected hops
        links {
          relation
          from { ... on Person { name } ... on Event { title date } ... on Body { name } }
          to { ... on Person { name } ... on Event { title date } ... on Body { name } }
        }
      }
    }`,
    variables: { from: personGid(from), to: personGid(to), maxHops: MAX_HOPS },
  }),
  oursCount: (d) => num(obj(d.howConnected).hops),
  peer: ({ from, to }) => ({
    query: `query HowConnected($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) }`,
    variables: { from, to },
  }),
  peerCount: (d) => {
    const hops = hopsOf(arr(d.shortestPath).map(String));
    return hops <= MAX_HOPS ? hops : 0;
  },
  cypher: 'bench-api-connection',
  cypherParams: ({ from, to }) => ({ from, to }),
  cypherCount: (rows) => {
    const hops = rows.map((r) => hopsOf(arr(r.steps).map(String))).filter((h) => h > 0 && h <= MAX_HOPS);
    return hops.length ? Math.min(...hops) : 0;
  },
};
