// A synthetic graph in the shape of docs/graph-model.md, for API tests that need lists of a
// chosen size (n people, n events with every person taking part, n reports, 3 documents cited
// at every event). Every node carries `testRun: tag` so it can be removed afterwards, and every
// id and name contains the tag so it never collides with other data.
import type { Driver } from 'neo4j-driver';
import { asciiFold, foldName } from '../../src/extract/normalize.ts';

export interface Fixture {
  tag: string;
  n: number;
  personIds: string[];
  eventIds: string[];
  documentKeys: string[];
  bodyKeys: string[];
  names: string[];
  bodyName: string;
  placeName: string;
}

const pad = (i: number) => String(i).padStart(2, '0');

export async function createFixture(driver: Driver, database: string, tag: string, n: number): Promise<Fixture> {
  const q = (cypher: string, params: Record<string, unknown> = {}) => driver.executeQuery(cypher, { tag, ...params }, { database });
  // Names made of letters only, so that full-text search can target one fixture: "Thử Tag Ab".
  const word = tag.replace(/[^a-z]/gi, '').slice(0, 12);
  const names = Array.from({ length: n }, (_, i) => `Thử ${word} ${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`);
  const people = names.map((name, i) => ({ id: `${tag}-p${pad(i)}`, name, normName: asciiFold(name) }));
  const bodyName = `Huyện ủy ${word}`;
  const placeName = `Huyện ${word}`;
  const bodies = [
    { key: foldName(bodyName), name: bodyName, kind: 'party' },
    { key: foldName(`UBND huyện ${word}`), name: `UBND huyện ${word}`, kind: 'state' },
  ];
  const events = Array.from({ length: n }, (_, i) => ({
    id: `${tag}-r${pad(i)}#0`,
    reportId: `${tag}-r${pad(i)}`,
    date: `2023-${pad((i % 12) + 1)}-${pad((i % 27) + 1)}`,
    title: `Hội nghị ${word} số ${i}`,
  }));
  const documents = [0, 1, 2].map((i) => ({ key: `no:${i + 1}-NQ/${word.toUpperCase()}@2020-0${i + 1}-01`, number: `${i + 1}-NQ/${word.toUpperCase()}`, date: `2020-0${i + 1}-01` }));

  await q(
    `CREATE (prov:AdminUnit {code: $tag + '-prov', key: $tag + '-prov@start', name: $prov, type: 'tỉnh', level: 'province', testRun: $tag})
     CREATE (dist:AdminUnit {code: $tag + '-dist', key: $tag + '-dist@start', name: $dist, type: 'huyện', level: 'district', testRun: $tag})
     CREATE (dist)-[:PART_OF]->(prov)
     WITH dist
     UNWIND $bodies AS b
     CREATE (body:Body {key: b.key, name: b.name, kind: b.kind, level: 'district', testRun: $tag})-[:IN]->(dist)`,
    { prov: `Tỉnh ${word}`, dist: placeName.replace(/^Huyện /, ''), bodies },
  );
  await q(
    `UNWIND $events AS ev
     MATCH (dist:AdminUnit {code: $tag + '-dist'}), (b:Body {key: $bodyKey})
     CREATE (r:Report {id: ev.reportId, url: 'https://example.org/' + ev.reportId, title: ev.title, publishedAt: ev.date, testRun: $tag})
     CREATE (e:Event {id: ev.id, kind: 'hội nghị', title: ev.title, date: ev.date, testRun: $tag})
     CREATE (r)-[:DESCRIBES]->(e), (e)-[:IN]->(dist), (b)-[:ORGANIZED {reportId: ev.reportId, rule: 'organizer', quote: ev.title}]->(e)`,
    { events, bodyKey: bodies[0]!.key },
  );
  await q(
    `UNWIND range(0, size($people) - 1) AS i
     WITH i, $people[i] AS p
     MATCH (dist:AdminUnit {code: $tag + '-dist'}), (b:Body {key: $bodyKey})
     CREATE (person:Person {id: p.id, name: p.name, normName: p.normName, districtCode: $tag + '-dist', testRun: $tag})-[:IN]->(dist)
     MERGE (post:Post {key: CASE WHEN i = 0 THEN 'Bí thư|' ELSE 'Ủy viên|' END + b.key})
       ON CREATE SET post.title = CASE WHEN i = 0 THEN 'Bí thư' ELSE 'Ủy viên' END, post.testRun = $tag
     MERGE (post)-[:AT]->(b)
     CREATE (person)-[:HELD]->(t:Tenure {key: p.id + '|' + post.key, title: post.title, firstSeen: '2023-01-01', lastSeen: '2023-12-31', testRun: $tag})-[:OF]->(post)
     WITH person, t
     MATCH (r:Report {id: $tag + '-r00'})
     CREATE (t)-[:SOURCE]->(ev:Evidence {key: r.id + ':0-10:tenure:' + person.id, rule: 'position', quote: person.name + ', Bí thư', start: 0, end: 10, testRun: $tag})-[:IN_REPORT]->(r)
     CREATE (person)-[:MENTIONED_IN]->(r)`,
    { people, bodyKey: bodies[0]!.key },
  );
  await q(
    `UNWIND $events AS ev
     MATCH (e:Event {id: ev.id}), (r:Report {id: ev.reportId})
     UNWIND range(0, size($people) - 1) AS i
     MATCH (p:Person {id: $people[i].id})
     WITH e, r, p, CASE WHEN i = 0 THEN 'chair' WHEN i = 1 THEN 'speaker' ELSE 'attendee' END AS role, i
     CREATE (p)-[:HAS_ROLE]->(pa:Participation {key: e.id + '|' + p.id + '|' + role, role: role, testRun: $tag})-[:IN_EVENT]->(e)
     CREATE (pa)-[:SOURCE]->(x:Evidence {key: r.id + ':' + i + ':' + role, rule: role, quote: p.name + ' ' + role, start: i, end: i + 1, testRun: $tag})-[:IN_REPORT]->(r)
     MERGE (p)-[:MENTIONED_IN]->(r)`,
    { events, people },
  );
  await q(
    `MATCH (issuer:Body {key: $bodyKey})
     UNWIND $documents AS d
     CREATE (doc:Document {key: d.key, type: 'Nghị quyết', number: d.number, date: d.date, issuer: issuer.name, title: 'về thử nghiệm', testRun: $tag})-[:ISSUED_BY]->(issuer)
     WITH doc
     UNWIND $events AS ev
     MATCH (e:Event {id: ev.id}), (r:Report {id: ev.reportId})
     CREATE (c:Citation {key: doc.key + '|' + r.id + '|0', testRun: $tag})
     CREATE (c)-[:OF]->(doc), (c)-[:IN_REPORT]->(r), (c)-[:AT_EVENT]->(e)
     CREATE (c)-[:SOURCE]->(x:Evidence {key: r.id + ':cite:' + doc.key, rule: 'citation', quote: 'Nghị quyết số ' + doc.number, start: 5, end: 9, testRun: $tag})-[:IN_REPORT]->(r)`,
    { documents, events, bodyKey: bodies[0]!.key },
  );
  await q('CALL db.awaitIndexes(60)');
  return {
    tag,
    n,
    personIds: people.map((p) => p.id),
    eventIds: events.map((e) => e.id),
    documentKeys: documents.map((d) => d.key),
    bodyKeys: bodies.map((b) => b.key),
    names,
    bodyName,
    placeName: placeName.replace(/^Huyện /, ''),
  };
}

export async function dropFixture(driver: Driver, database: string, tag: string): Promise<void> {
  await driver.executeQuery('MATCH (x {testRun: $tag}) DETACH DELETE x', { tag }, { database });
}
