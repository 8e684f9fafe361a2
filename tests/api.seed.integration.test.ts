// The API over the seed reports (seed/*.txt ingested with ingestPaths into the test Neo4j, which
// holds nothing else: see helpers/seed-graph.ts):
// the questions the API was built for, answered with their sources, and ingestReport.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asciiFold } from '../src/extract/normalize.ts';
import { apiIngest } from '../src/graph/api-ingest.ts';
import { EXAMPLES } from '../src/schema/examples.ts';
import { testApi, type TestApi } from './helpers/api.ts';
import { testDriver, testNeo4j } from './helpers/neo4j.ts';
import { seedGraph } from './helpers/seed-graph.ts';

const { database } = testNeo4j();
const TOKEN = 'test-token-0123456789abcdef';
let driver: Driver;
let api: TestApi;
const roundTrips: Record<string, number> = {};

const ask = async (name: keyof typeof EXAMPLES) => {
  const example = EXAMPLES[name] as { query: string; variables?: Record<string, unknown> };
  const res = await api.run(example.query, example.variables);
  roundTrips[name] = res.roundTrips;
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
};

const names = (xs: { person: { name: string } }[]) => xs.map((x) => x.person.name).sort();

beforeAll(async () => {
  driver = testDriver();
  const summary = await seedGraph(driver);
  expect(summary.failed).toBe(0);
  api = testApi(driver, database, { apiToken: TOKEN, ingestReport: apiIngest(driver, database) });
}, 300_000);

afterAll(async () => {
  console.log(`round trips per example: ${JSON.stringify(roundTrips)}`);
  await driver?.close();
});

describe('the questions, over the seed reports', () => {
  it('who chaired the 3 January 2024 Đông Sơn conference: Lê Trọng Thụ and Lê Thanh Hải', async () => {
    const data = await ask('chairs');
    const events = data.events.edges.map((e: any) => e.node);
    const conference = events.find((e: any) => e.title.startsWith('Hội nghị tổng kết năm 2023'));
    expect(conference).toBeDefined();
    expect(conference.date).toBe('2024-01-03');
    expect(conference.organizers.map((o: any) => o.name)).toContain('Huyện ủy Đông Sơn');
    expect(names(conference.chairs)).toEqual(['Lê Thanh Hải', 'Lê Trọng Thụ']);
    for (const chair of conference.chairs) {
      expect(chair.sources.length).toBeGreaterThan(0);
      expect(chair.sources[0].quote).toContain('đồng chủ trì');
      expect(chair.sources[0].reportTitle).toBe('Hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024');
      expect(chair.sources[0].date).toBe('2024-01-05');
    }
  });

  it("Lê Trọng Thụ's tenures, each with its sources", async () => {
    const data = await ask('tenures');
    const person = data.people.edges[0].node;
    expect(person.name).toBe('Lê Trọng Thụ');
    const tenures = person.tenures.map((t: any) => `${t.title} @ ${t.bodyName}`);
    expect(tenures).toEqual(expect.arrayContaining(['Bí thư @ Huyện ủy Đông Sơn', 'Chủ tịch @ UBND huyện Đông Sơn']));
    const secretary = person.tenures.find((t: any) => t.title === 'Bí thư');
    expect(secretary.firstSeen).toBe('2023-05-26');
    expect(secretary.lastSeen).toBe('2024-01-03');
    for (const t of person.tenures) {
      expect(t.sources.length).toBeGreaterThan(0);
      for (const s of t.sources) {
        expect(s.quote).toContain('Lê Trọng Thụ');
        expect(s.reportTitle).toBeTruthy();
        expect(s.date).toMatch(/^\d{4}-\d{2}/);
        expect(s).toHaveProperty('url');
      }
    }
    // both reports that state it
    expect(new Set(secretary.sources.map((s: any) => s.date))).toEqual(new Set(['2023-05-29', '2024-01-05']));
  });

  it('sources(first:) gives the oldest sources and sourceCount how many there are', async () => {
    const q = `{ people(search: "Lê Trọng Thụ", first: 1) { edges { node {
      sourceCount all: sources { quote date } one: sources(first: 1) { quote date } none: sources(first: 0) { quote }
      tenures { title sourceCount all: sources { date } one: sources(first: 1) { date } }
    } } } }`;
    const res = await api.run(q);
    expect(res.errors).toBeUndefined();
    const person = res.data!.people.edges[0].node;
    expect(person.all.length).toBeGreaterThan(1);
    expect(person.sourceCount).toBe(person.all.length);
    expect(person.one).toEqual([person.all[0]]);
    expect(person.none).toEqual([]);
    for (const t of person.tenures) {
      expect(t.sourceCount).toBe(t.all.length);
      expect(t.one).toEqual(t.all.slice(0, 1));
    }
    const secretary = person.tenures.find((t: any) => t.title === 'Bí thư');
    expect(secretary.sourceCount).toBeGreaterThanOrEqual(2); // sentences in two reports
    expect(secretary.one[0].date).toBe('2023-05-29'); // oldest first
    const bad = await api.run('{ people(first: 1) { edges { node { sources(first: 1001) { quote } } } } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/between 0 and 1000/);
  });

  it('the trail of 58-NQ/TW: two events, in date order', async () => {
    const data = await ask('trail');
    const doc = data.document;
    expect(doc).toMatchObject({ number: '58-NQ/TW', type: 'Nghị quyết', date: '2020-08-05', issuerName: 'Bộ Chính trị' });
    expect(doc.trail.totalCount).toBe(2);
    const trail = doc.trail.edges.map((e: any) => e.node);
    expect(trail.map((c: any) => [c.date, c.event?.date])).toEqual([
      ['2023-05-26', '2023-05-26'],
      ['2024-01-03', '2024-01-03'],
    ]);
    expect(trail[0].event.title).toBe('Hội nghị thường kỳ tháng 5/2023');
    expect(trail[1].event.title).toBe('Hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024');
    for (const c of trail) expect(c.sources.length).toBeGreaterThan(0);
    // (quotes of very long sentences are cut at 600 characters by the extractor)
    expect(trail[1].sources[0].quote).toContain('Nghị quyết số 58-NQ/TW');
  });

  it('finds the document by number in any spacing or case', async () => {
    for (const number of ['58-NQ/TW', '58 - nq/tw', '58–NQ / TW']) {
      const res = await api.run(`query($n: String!) { document(number: $n) { number date } }`, { n: number });
      expect(res.errors).toBeUndefined();
      expect(res.data!.document).toEqual({ number: '58-NQ/TW', date: '2020-08-05' });
    }
    const qd = await api.run(`{ documentsByNumber(number: "259/qđ-ttg") { number issuerName } }`);
    expect(qd.data!.documentsByNumber).toEqual([{ number: '259/QĐ-TTg', issuerName: 'Thủ tướng Chính phủ' }]);
  });

  it('search "le trong thu" finds Lê Trọng Thụ (and so does "Lê Trọng Thụ")', async () => {
    const data = await ask('search');
    expect(data.search[0]).toMatchObject({ type: 'PERSON', node: { name: 'Lê Trọng Thụ' } });
    const accented = await api.run(`{ search(text: "Lê Trọng Thụ", types: [PERSON]) { node { ... on Person { name } } } }`);
    expect(accented.data!.search.map((h: any) => h.node.name)).toEqual(['Lê Trọng Thụ']);
    const people = await api.run(`{ people(search: "le trong thu") { totalCount edges { node { name } } } }`);
    expect(people.data!.people.edges[0].node.name).toBe('Lê Trọng Thụ');
  });

  it('the Bí thư of Huyện ủy Đông Sơn on 2023-06-01: Lê Trọng Thụ, with the sources', async () => {
    const data = await ask('officeHolder');
    expect(data.officeHolders.map((t: any) => t.person.name)).toEqual(['Lê Trọng Thụ']);
    const [t] = data.officeHolders;
    expect(t).toMatchObject({ title: 'Bí thư', bodyName: 'Huyện ủy Đông Sơn' });
    expect(t.sources.length).toBeGreaterThan(0);
    expect(t.sources.every((s: any) => s.quote.includes('Bí thư'))).toBe(true);
    // accents and case of the arguments do not matter; a day outside the seen range finds nobody
    const loose = await api.run(`{ officeHolders(title: "bí thư", body: "huyện ủy đông sơn", on: "2023-06-01") { person { name } } }`);
    expect(loose.data!.officeHolders.map((x: any) => x.person.name)).toEqual(['Lê Trọng Thụ']);
    const before = await api.run(`{ officeHolders(title: "Bí thư", body: "Huyện ủy Đông Sơn", on: "2020-01-01") { person { name } } }`);
    expect(before.data!.officeHolders).toEqual([]);
  });
});

describe('people', () => {
  it("a person's events, documents, colleagues and reports", async () => {
    const data = await ask('person');
    const p = data.people.edges[0].node;
    expect(p.name).toBe('Lê Trọng Thụ');
    expect(p.place).toMatchObject({ name: 'Đông Sơn' });
    expect(p.chaired.totalCount).toBe(2);
    expect(p.chaired.edges.map((e: any) => e.node.date)).toEqual(['2023-05-26', '2024-01-03']);
    expect(p.spokeAt.totalCount).toBe(2);
    expect(p.citedDocuments.edges.map((e: any) => e.node.number)).toEqual(expect.arrayContaining(['58-NQ/TW', '259/QĐ-TTg', '1276-KL/TU']));
    const nq58 = p.citedDocuments.edges.find((e: any) => e.node.number === '58-NQ/TW');
    expect(nq58.citations.map((c: any) => c.event.date)).toEqual(['2023-05-26', '2024-01-03']);
    const hai = p.colleagues.edges.find((e: any) => e.node.name === 'Lê Thanh Hải');
    expect(hai.sharedEvents).toBe(2);
    expect(p.mentionedIn.totalCount).toBe(2);
  });

  it('filters by place, body, title and in office on a date', async () => {
    const data = await ask('people');
    expect(data.people.edges.map((e: any) => e.node.name)).toEqual(['Lê Trọng Thụ']);
    const chairs = await api.run(`{ people(title: "Chủ tịch", body: "HĐND huyện Đông Sơn", inOfficeOn: "2023-12-01") { edges { node { name } } } }`);
    expect(chairs.data!.people.edges.map((e: any) => e.node.name)).toEqual(['Lê Thanh Hải']);
    const thoXuan = await api.run(`{ people(place: "huyện Thọ Xuân") { edges { node { name } } } }`);
    expect(thoXuan.data!.people.edges.map((e: any) => e.node.name)).toContain('Lê Đình Hải');
    expect(thoXuan.data!.people.edges.map((e: any) => e.node.name)).not.toContain('Lê Trọng Thụ');
  });

  it('pages with first/after and reports totalCount', async () => {
    const page1 = await api.run(`{ people(place: "Đông Sơn", first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`);
    const { totalCount, pageInfo, edges } = page1.data!.people;
    expect(totalCount).toBeGreaterThanOrEqual(2);
    expect(edges).toHaveLength(1);
    expect(pageInfo.hasNextPage).toBe(true);
    const page2 = await api.run(`query($after: String) { people(place: "Đông Sơn", first: 1, after: $after) { pageInfo { hasPreviousPage } edges { node { name } } } }`, {
      after: pageInfo.endCursor,
    });
    expect(page2.data!.people.pageInfo.hasPreviousPage).toBe(true);
    expect(page2.data!.people.edges[0].node.name).not.toBe(edges[0].node.name);
    const last = await api.run(`{ people(place: "Đông Sơn", last: 1) { edges { node { name } } pageInfo { hasNextPage } } }`);
    expect(last.data!.people.pageInfo.hasNextPage).toBe(false);
  });

  it('by id and through node(id); NOT_FOUND for an unknown id', async () => {
    const found = await api.run(`{ people(search: "le thanh hai") { edges { node { id name } } } }`);
    const { id, name } = found.data!.people.edges[0].node;
    expect(name).toBe('Lê Thanh Hải');
    const byId = await api.run(`query($id: ID!) { person(id: $id) { name } node(id: $id) { id ... on Person { name } } }`, { id });
    expect(byId.data).toEqual({ person: { name }, node: { id, name } });
    const missing = await api.run(`{ person(id: "${Buffer.from('Person:nobody').toString('base64')}") { name } }`);
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('events', () => {
  it('filter by date range, place, organizer, chair, cited document and kind', async () => {
    const data = await ask('events');
    const [event] = data.events.edges.map((e: any) => e.node);
    expect(data.events.totalCount).toBe(1);
    expect(event.date).toBe('2024-01-03');
    expect(event.location).toBe('Trung tâm Hội nghị');
    expect(event.place.name).toBe('Đông Sơn');
    expect(event.citedDocuments.map((c: any) => c.document.number)).toContain('58-NQ/TW');
    expect(event.participants.map((p: any) => p.role)).toEqual(['CHAIR', 'CHAIR', 'SPEAKER']);
    expect(event.reports.map((r: any) => r.title)).toEqual(['Hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024']);

    const q = `query($chair: String, $cites: String, $kind: String, $from: Date, $to: Date) {
      events(chair: $chair, cites: $cites, kind: $kind, from: $from, to: $to) { totalCount edges { node { date } } } }`;
    const dates = async (v: Record<string, unknown>) => (await api.run(q, v)).data!.events.edges.map((e: any) => e.node.date);
    expect(await dates({ chair: 'le trong thu' })).toEqual(['2023-05-26', '2024-01-03']);
    expect(await dates({ cites: '58 - NQ/TW' })).toEqual(['2023-05-26', '2024-01-03']);
    expect(await dates({ cites: '259/QĐ-TTg' })).toEqual(['2023-05-26']);
    expect(await dates({ chair: 'Lê Trọng Thụ', from: '2023-06-01', to: '2024-12-31' })).toEqual(['2024-01-03']);
    expect(await dates({ kind: 'phiên họp', from: '2023-11-01', to: '2023-11-01' })).toEqual(['2023-11-01']);
  });

  it('an event by id, with its speakers and attendees', async () => {
    const list = await api.run(`{ events(from: "2023-05-26", to: "2023-05-26", place: "Đông Sơn") { edges { node { id } } } }`);
    const id = list.data!.events.edges[0].node.id;
    const res = await api.run(`query($id: ID!) { event(id: $id) { title speakers { person { name } } attendees { person { name } sources { quote } } organizers { name sources { quote } } } }`, { id });
    expect(res.errors).toBeUndefined();
    expect(names(res.data!.event.speakers)).toEqual(['Lê Trọng Thụ']);
    expect(names(res.data!.event.attendees)).toEqual(['Lê Thanh Hải']);
    expect(res.data!.event.organizers[0].name).toBe('Ban Thường vụ Huyện ủy Đông Sơn');
  });
});

describe('connections between people', () => {
  it('links Lê Trọng Thụ and Lê Thanh Hải through an event they both took part in', async () => {
    const data = await ask('connection');
    const path = data.howConnected;
    expect(path.connected).toBe(true);
    expect(path.hops).toBe(2);
    expect(path.links[0].from.name).toBe('Lê Trọng Thụ');
    expect(path.links[1].to.name).toBe('Lê Thanh Hải');
    expect(path.links[0].to.title ?? path.links[0].to.name).toBeTruthy();
    expect(path.links.every((l: any) => l.sources.length > 0)).toBe(true);
  });

  it('says so when two people are not connected within the bound', async () => {
    const res = await api.run(`{ howConnected(from: "Lê Trọng Thụ", to: "Ngô Minh Quế", maxHops: 2) { connected hops links { relation } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.howConnected).toEqual({ connected: false, hops: null, links: [] });
    const unknown = await api.run(`{ howConnected(from: "Lê Trọng Thụ", to: "Không Có Ai") { connected } }`);
    expect(unknown.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('ingestReport', () => {
  const example = EXAMPLES.ingest as { query: string; variables: { input: { text: string; url: string } } };
  const cleanup = async () => {
    await driver.executeQuery(
      `MATCH (r:Report {url: $url})
       OPTIONAL MATCH (r)-[:DESCRIBES]->(e:Event)
       OPTIONAL MATCH (e)<-[:IN_EVENT]-(pa:Participation)
       OPTIONAL MATCH (x)-[:IN_REPORT]->(r)
       DETACH DELETE r, e, pa, x`,
      { url: example.variables.input.url },
      { database },
    );
    await driver.executeQuery(
      `MATCH (p:Person {normName: $name}) OPTIONAL MATCH (p)-[:HELD]->(t:Tenure) DETACH DELETE p, t`,
      { name: asciiFold('Trịnh Văn Kiểm') },
      { database },
    );
  };
  beforeAll(cleanup);
  afterAll(cleanup);

  it('refuses without the token, with a wrong one, and when no token is configured', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong-token-0123456789' }, { authorization: TOKEN }] as Record<string, string>[]) {
      const res = await api.run(example.query, example.variables, headers);
      expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
    const closed = testApi(driver, database, { ingestReport: apiIngest(driver, database) });
    const res = await closed.run(example.query, example.variables, { authorization: `Bearer ${TOKEN}` });
    expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(res.errors![0]!.message).toContain('CIVIC_GRAPH_API_TOKEN');
  });

  it('extracts and writes the report, then finds nothing new the second time', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const first = await api.run(example.query, example.variables, auth);
    expect(first.errors).toBeUndefined();
    const out = first.data!.ingestReport;
    expect(out.changed).toBe(true);
    expect(out.extracted.people).toEqual([{ name: 'Trịnh Văn Kiểm', positions: [{ title: 'Phó Chủ tịch', body: 'UBND huyện Quan Hóa' }] }]);
    expect(out.extracted.events[0]).toMatchObject({ date: '2024-04-12', chairs: ['Trịnh Văn Kiểm'] });
    expect(out.extracted.documents.map((d: any) => d.number)).toEqual(['45/KH-UBND']);
    expect(out.created.nodes).toBeGreaterThan(0);
    expect(out.report).toMatchObject({ publishedAt: '2024-04-12' });

    const graph = await api.run(`{ officeHolders(title: "Phó Chủ tịch", body: "UBND huyện Quan Hóa", on: "2024-04-12") { person { name } sources { url quote } } }`);
    expect(graph.data!.officeHolders[0].person.name).toBe('Trịnh Văn Kiểm');
    expect(graph.data!.officeHolders[0].sources[0].url).toBe(example.variables.input.url);

    const again = await api.run(example.query, example.variables, auth);
    expect(again.data!.ingestReport.changed).toBe(false);
    expect(again.data!.ingestReport.created.nodes).toBe(0);
  });

  it('rejects input that is not a report', async () => {
    const res = await api.run(example.query, { input: { text: '12345 ...' } }, { authorization: `Bearer ${TOKEN}` });
    expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const badUrl = await api.run(example.query, { input: { text: 'Sáng nay', url: 'not a url' } }, { authorization: `Bearer ${TOKEN}` });
    expect(badUrl.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('places through the July 2025 reform', () => {
  it('a district-level body names what its unit went into', async () => {
    const res = await api.run('{ body(name: "UBND huyện Thọ Xuân") { name place { name type validTo succeededBy { name type validFrom } } } }');
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const place = (res.data as any).body.place;
    expect(place.name).toBe('Thọ Xuân');
    expect(place.validTo).toBe('2025-07-01');
    expect(place.succeededBy.length).toBeGreaterThan(0);
    for (const next of place.succeededBy) {
      expect(['xã', 'phường', 'đặc khu']).toContain(next.type);
      expect(next.validFrom).toBe('2025-07-01');
    }
  });
});

describe('compiled queries (src/compiled-queries.ts)', () => {
  let plain: TestApi;
  beforeAll(() => {
    plain = testApi(driver, database, { compileQueries: false });
  });
  const both = async (query: string, variables?: Record<string, unknown>) => {
    const [a, b] = [await api.run(query, variables), await plain.run(query, variables)];
    const { roundTrips: _a, ...compiled } = a;
    const { roundTrips: _b, ...executed } = b;
    expect(compiled).toEqual(executed);
    return a;
  };

  it('answer every example query as the executor does', async () => {
    let asked = 0;
    for (const e of Object.values(EXAMPLES) as { query: string; variables?: Record<string, unknown> }[]) {
      if (/\bmutation\b/.test(e.query)) continue; // the plain API here has no token
      const res = await both(e.query, e.variables);
      expect(res.errors, e.query).toBeUndefined();
      asked++;
    }
    expect(asked).toBeGreaterThan(5);
  });

  it('give the executor’s errors: locations, codes, HTTP 400 for a variable of the wrong type', async () => {
    const missing = await both('{ person(id: "UGVyc29uOnh4eA==") { id name } }');
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((missing.errors![0] as { locations?: unknown[] }).locations).toHaveLength(1);
    const badArg = await both('{ people(first: -1) { totalCount } }');
    expect(badArg.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const badVar = await both('query ($n: Int) { people(first: $n) { totalCount } }', { n: 'x' });
    expect(badVar.status).toBe(400);
  });

  it('treat arguments as values, never as code', async () => {
    for (const text of ['`); throw new Error("x"); (`', '"); process.exit(1); ("', "'}; return 1; {'", '${process.exit(1)}', '\\u0000']) {
      const res = await both('query ($t: String!) { a: people(search: $t, first: 1) { totalCount } b: search(text: $t) { __typename } }', { t: text });
      expect(res.status).toBe(200);
      const inline = await both(`{ people(search: ${JSON.stringify(text)}, first: 1) { totalCount } }`);
      expect(inline.status).toBe(200);
    }
  });
});
