// Ingest: removes the facts of old versions of reports (a new version with the same url
// replaces them), inside the batch's write transaction. Parameter: $ids, the old report ids.
// Statements run in order; the lists a statement returns (tenures, persons, documents, posts,
// bodies), in any number of rows, are added to the parameters of the next ones.

// What the old versions touch.
UNWIND $ids AS id
MATCH (r:Report {id: id})
RETURN
  COLLECT { MATCH (r)<-[:IN_REPORT]-(:Evidence)<-[:SOURCE]-(t:Tenure) RETURN DISTINCT t.key } AS tenures,
  COLLECT { MATCH (r)<-[:MENTIONED_IN]-(p:Person) RETURN DISTINCT p.id } AS persons,
  COLLECT { MATCH (r)<-[:IN_REPORT]-(:Citation)-[:OF]->(d:Document) RETURN DISTINCT d.key } AS documents,
  COLLECT { MATCH (r)-[:DESCRIBES]->(:Event)<-[:ORGANIZED]-(b:Body) RETURN DISTINCT b.key } AS bodies;

// Participations and events (with their ORGANIZED, IN and AT_EVENT relationships).
UNWIND $ids AS id
MATCH (:Report {id: id})-[:DESCRIBES]->(e:Event)
OPTIONAL MATCH (e)<-[:IN_EVENT]-(pa:Participation)
DETACH DELETE pa
WITH DISTINCT e
DETACH DELETE e;

// Citations, evidence (with every SOURCE to it) and merge decisions of the old versions.
UNWIND $ids AS id
MATCH (:Report {id: id})<-[:IN_REPORT]-(x)
WHERE x:Citation OR x:Evidence OR x:MergeDecision
DETACH DELETE x;

// The old Report nodes themselves.
UNWIND $ids AS id
MATCH (r:Report {id: id})
DETACH DELETE r;

// Tenures whose only sources were the old versions; the others get their dates again.
UNWIND $tenures AS k
MATCH (t:Tenure {key: k})
WHERE NOT EXISTS { (t)-[:SOURCE]->() }
OPTIONAL MATCH (t)-[:OF]->(post:Post)
DETACH DELETE t
RETURN collect(DISTINCT post.key) AS posts;

UNWIND $tenures AS k
MATCH (t:Tenure {key: k})-[s:SOURCE]->()
WITH t, min(s.from) AS first, max(s.to) AS last
SET t.firstSeen = first, t.lastSeen = last;

// Persons no report mentions any more, with their merge decisions and tenures.
UNWIND $persons AS id
MATCH (p:Person {id: id})
WHERE NOT EXISTS { (p)-[:MENTIONED_IN]->() }
OPTIONAL MATCH (p)-[:MERGED]->(m:MergeDecision)
OPTIONAL MATCH (p)-[:HELD]->(t:Tenure)
OPTIONAL MATCH (t)-[:OF]->(post:Post)
WITH p, collect(DISTINCT m) AS decisions, collect(DISTINCT t) AS tenures, collect(DISTINCT post.key) AS posts
FOREACH (x IN decisions | DETACH DELETE x)
FOREACH (x IN tenures | DETACH DELETE x)
DETACH DELETE p
RETURN posts;

// Documents no report cites any more.
UNWIND $documents AS k
MATCH (d:Document {key: k})
WHERE NOT EXISTS { (d)<-[:OF]-(:Citation) }
OPTIONAL MATCH (d)-[:ISSUED_BY]->(b:Body)
DETACH DELETE d
WITH b WHERE b IS NOT NULL
RETURN collect(DISTINCT b.key) AS bodies;

// Posts nobody holds any more.
UNWIND $posts AS k
MATCH (p:Post {key: k})
WHERE NOT EXISTS { (p)<-[:OF]-(:Tenure) }
OPTIONAL MATCH (p)-[:AT]->(b:Body)
DETACH DELETE p
WITH b WHERE b IS NOT NULL
RETURN collect(DISTINCT b.key) AS bodies;
