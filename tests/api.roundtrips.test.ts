// No N+1: the number of Cypher round trips a request makes depends on the shape of the query
// (its depth and fields), not on how many items its lists hold. The same deep query over a
// graph of 3 and of 15 people/events (every person at every event) must make the same number
// of round trips; each is one executeQuery through GraphReader.run, which counts it.
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, dropFixture, type Fixture } from './helpers/api-fixture.ts';
import { testApi, type TestApi } from './helpers/api.ts';
import { testDriver, testNeo4j } from './helpers/neo4j.ts';

const { database } = testNeo4j();
const word = () => `rt${randomUUID().replace(/[^a-f]/g, '').slice(0, 8)}`;
let driver: Driver;
let api: TestApi;
let small: Fixture;
let large: Fixture;

beforeAll(async () => {
  driver = testDriver();
  api = testApi(driver, database);
  small = await createFixture(driver, database, word(), 3);
  large = await createFixture(driver, database, word(), 15);
});

afterAll(async () => {
  await dropFixture(driver, database, small.tag);
  await dropFixture(driver, database, large.tag);
  await driver.close();
});

const DEEP = /* GraphQL */ `
  query Deep($search: String!, $body: String!) {
    people(search: $search, first: 20) {
      totalCount
      edges {
        node {
          name
          place { name partOf { name } }
          tenures { title body { name } sources { quote report { title } } }
          chaired(first: 20) { totalCount edges { role sources { quote } node { title organizers { name } } } }
          attended(first: 20) { totalCount edges { node { date chairs { person { name } } } } }
          citedDocuments(first: 20) { totalCount edges { node { number issuer { name } } citations { date sources { quote } } } }
          colleagues(first: 20) { totalCount edges { sharedEvents node { name } events { title } } }
          mentionedIn(first: 20) { totalCount edges { node { title } } }
        }
      }
    }
    events(organizer: $body, first: 20) {
      totalCount
      edges {
        node {
          title
          place { name }
          reports { title }
          participants { role person { name tenures { title } } sources { quote } }
          citedDocuments { document { number trail(first: 20) { totalCount edges { node { date event { title } } } } } }
        }
      }
    }
  }
`;

const vars = (f: Fixture) => ({ search: `thu ${f.tag.replace(/[^a-z]/gi, '').slice(0, 12)}`, body: f.bodyName });

describe('Cypher round trips per request', () => {
  it('answers the deep query over both graphs', async () => {
    for (const f of [small, large]) {
      const res = await api.run(DEEP, vars(f));
      expect(res.errors).toBeUndefined();
      const people = res.data!.people;
      expect(people.totalCount).toBe(f.n);
      expect(res.data!.events.totalCount).toBe(f.n);
      const first = people.edges.find((e: any) => e.node.name === f.names[0]).node;
      expect(first.chaired.totalCount).toBe(f.n);
      expect(first.colleagues.totalCount).toBe(f.n - 1);
      expect(first.citedDocuments.totalCount).toBe(3);
      const event = res.data!.events.edges[0].node;
      expect(event.participants).toHaveLength(f.n);
      expect(event.citedDocuments[0].document.trail.totalCount).toBe(f.n);
    }
  });

  it('makes as many round trips for 15 people and events as for 3 (bounded by the query, not the lists)', async () => {
    const a = await api.run(DEEP, vars(small));
    const b = await api.run(DEEP, vars(large));
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    console.log(`deep query: ${a.roundTrips} round trips with ${small.n} people/events, ${b.roundTrips} with ${large.n}`);
    // one per field of the query that reads the graph (people, events and 22 nested fields), but
    // events(…) fetches its page's participants along (src/schema/lookahead.ts): 23, or 24 when
    // people(…)'s attended events ask for their chairs before that page is in (which one comes
    // first depends on how much each branch has to do). Bounded by the query either way.
    for (const n of [a.roundTrips, b.roundTrips]) {
      expect(n).toBeGreaterThanOrEqual(23);
      expect(n).toBeLessThanOrEqual(24);
    }
  });

  it('makes one round trip per level for a plain nested list', async () => {
    const q = `query($body: String!) { events(organizer: $body, first: 20) { edges { node { chairs { person { tenures { sources { quote } } } } } } } }`;
    const a = await api.run(q, { body: small.bodyName });
    const b = await api.run(q, { body: large.bodyName });
    // events with their participants, tenures, tenure sources
    expect([a.roundTrips, b.roundTrips]).toEqual([3, 3]);
  });

  it('loads a node once per request however often it appears', async () => {
    const ids = large.personIds.map((id) => Buffer.from(`Person:${id}`).toString('base64'));
    const res = await api.run(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Person { name } } again: nodes(ids: $ids) { id } }`, { ids });
    expect(res.errors).toBeUndefined();
    expect(res.data!.nodes).toHaveLength(large.n);
    expect(res.roundTrips).toBe(1);
  });
});
