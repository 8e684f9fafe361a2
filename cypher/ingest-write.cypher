// Ingest: writes one batch of reports (one transaction; every report of the batch is new: old
// versions were removed first by ingest-delete.cypher). Statements run in this order; each
// takes one parameter list built by src/graph/resolve.ts (assembleBatch). Shared nodes (bodies,
// posts, persons, tenures, documents) are MERGEd on their keys; report-scoped ones (evidence,
// events, participations, citations, merge decisions) and relationships to them are CREATEd:
// assembleBatch lists each of them once.

// Reports.
UNWIND $reports AS r
CREATE (n:Report {id: r.id})
SET n.name = r.name, n.url = r.url, n.source = r.source, n.title = r.title, n.publishedAt = r.publishedAt,
    n.authors = r.authors, n.sourceFile = r.sourceFile, n.district = r.district, n.province = r.province,
    n.commune = r.commune, n.ingestedAt = r.ingestedAt, n.version = toInteger(r.version);

// Bodies, and the AdminUnit each is in (set once).
UNWIND $bodies AS b
MERGE (n:Body {key: b.key})
  ON CREATE SET n.name = b.name, n.kind = b.kind, n.level = b.level
WITH n, b
WHERE b.unitKey IS NOT NULL AND NOT EXISTS { (n)-[:IN]->(:AdminUnit) }
MATCH (u:AdminUnit {key: b.unitKey})
CREATE (n)-[:IN]->(u);

// Organs of bodies: Ban Thường vụ Huyện ủy X → Huyện ủy X.
UNWIND $bodyParents AS r
MATCH (c:Body {key: r.child})
MATCH (p:Body {key: r.parent})
MERGE (c)-[:PART_OF]->(p);

// Posts: a title at a body.
UNWIND $posts AS r
MERGE (p:Post {key: r.key})
  ON CREATE SET p.title = r.title
WITH p, r
WHERE r.bodyKey IS NOT NULL
MATCH (b:Body {key: r.bodyKey})
MERGE (p)-[:AT]->(b);

// Evidence: the sentence (quote, span) and rule a fact came from. The key is built here (see
// evidenceKey in src/graph/rows.ts); the quote is an index into $quotes, the batch's sentences.
// Numbers arrive as floats from JavaScript: toInteger before they are printed or used as indexes.
UNWIND $evidence AS e
WITH e, toInteger(e.start) AS start, toInteger(e.end) AS end
MATCH (r:Report {id: e.reportId})
CREATE (x:Evidence {key: e.reportId + ':' + toString(start) + '-' + toString(end) + ':' + e.rule,
                    rule: e.rule, quote: $quotes[toInteger(e.quote)], start: start, end: end})
CREATE (x)-[:IN_REPORT]->(r);

// New persons, with their place scope.
UNWIND $persons AS p
MERGE (n:Person {id: p.id})
  ON CREATE SET n.name = p.name, n.normName = p.normName, n.nameKey = p.nameKey,
                n.districtCode = p.districtCode, n.provinceCode = p.provinceCode
WITH n, p
WHERE p.unitKey IS NOT NULL AND NOT EXISTS { (n)-[:IN]->(:AdminUnit) }
MATCH (u:AdminUnit {key: p.unitKey})
CREATE (n)-[:IN]->(u);

// Who each report mentions, and the sentences that name them.
UNWIND $mentions AS m
MATCH (p:Person {id: m.personId})
MATCH (r:Report {id: m.reportId})
CREATE (p)-[:MENTIONED_IN]->(r)
WITH p, m
UNWIND m.evidence AS k
MATCH (e:Evidence {key: k})
CREATE (p)-[:SOURCE]->(e);

// Merge decisions: a mention resolved to a person another report introduced.
UNWIND $merges AS m
MATCH (p:Person {id: m.personId})
MATCH (r:Report {id: m.reportId})
CREATE (d:MergeDecision {key: m.key, reason: m.reason, at: m.at, mention: m.mention, reportId: m.reportId})
CREATE (p)-[:MERGED {reason: m.reason}]->(d)
CREATE (d)-[:IN_REPORT]->(r);

// Tenures: a person holding a post, first and last seen; each source carries its dates.
UNWIND $tenures AS t
MATCH (p:Person {id: t.personId})
MATCH (post:Post {key: t.postKey})
MERGE (n:Tenure {key: t.key})
  ON CREATE SET n.title = t.title, n.firstSeen = t.from, n.lastSeen = t.to
  ON MATCH SET
    n.firstSeen = CASE WHEN t.from IS NOT NULL AND (n.firstSeen IS NULL OR t.from < n.firstSeen) THEN t.from ELSE n.firstSeen END,
    n.lastSeen = CASE WHEN t.to IS NOT NULL AND (n.lastSeen IS NULL OR t.to > n.lastSeen) THEN t.to ELSE n.lastSeen END
MERGE (p)-[:HELD]->(n)
MERGE (n)-[:OF]->(post)
WITH n, t
UNWIND t.evidence AS k
MATCH (e:Evidence {key: k})
CREATE (n)-[:SOURCE {from: t.from, to: t.to}]->(e);

// Events, the report that describes them and where they took place.
UNWIND $events AS e
MATCH (r:Report {id: e.reportId})
CREATE (n:Event {id: e.id, index: toInteger(e.index), kind: e.kind, title: e.title, date: e.date,
                 partOfDay: e.partOfDay, location: e.location})
CREATE (r)-[:DESCRIBES]->(n)
WITH n, e
WHERE e.unitKey IS NOT NULL
MATCH (u:AdminUnit {key: e.unitKey})
CREATE (n)-[:IN]->(u);

// Organizers, with the report, rule and sentence (an index into $quotes) that say so.
UNWIND $organizers AS o
MATCH (b:Body {key: o.bodyKey})
MATCH (e:Event {id: o.eventId})
CREATE (b)-[:ORGANIZED {reportId: o.reportId, rule: o.rule, quote: $quotes[toInteger(o.quote)], start: toInteger(o.start), end: toInteger(o.end)}]->(e);

// Participation: chair, speaker or attendee of an event.
UNWIND $participations AS x
MATCH (p:Person {id: x.personId})
MATCH (e:Event {id: x.eventId})
CREATE (n:Participation {key: x.key, role: x.role})
CREATE (p)-[:HAS_ROLE]->(n)
CREATE (n)-[:IN_EVENT]->(e)
WITH n, x
UNWIND x.evidence AS k
MATCH (ev:Evidence {key: k})
CREATE (n)-[:SOURCE]->(ev);

// Documents, completed by later citations, and their issuers (set once).
UNWIND $documents AS d
MERGE (n:Document {key: d.key})
  ON CREATE SET n.type = d.type, n.number = d.number, n.date = d.date, n.issuer = d.issuer, n.title = d.title
  ON MATCH SET n.date = coalesce(n.date, d.date), n.issuer = coalesce(n.issuer, d.issuer), n.title = coalesce(n.title, d.title)
WITH n, d
WHERE d.issuerKey IS NOT NULL AND NOT EXISTS { (n)-[:ISSUED_BY]->(:Body) }
MATCH (b:Body {key: d.issuerKey})
CREATE (n)-[:ISSUED_BY]->(b);

// Citations of documents by reports, at an event when the citing sentence belongs to one.
UNWIND $citations AS c
MATCH (d:Document {key: c.docKey})
MATCH (r:Report {id: c.reportId})
CREATE (n:Citation {key: c.key})
CREATE (n)-[:OF]->(d)
CREATE (n)-[:IN_REPORT]->(r)
WITH n, c
OPTIONAL MATCH (e:Event {id: c.eventId})
FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | CREATE (n)-[:AT_EVENT]->(e))
WITH n, c
UNWIND c.evidence AS k
MATCH (ev:Evidence {key: k})
CREATE (n)-[:SOURCE]->(ev);
