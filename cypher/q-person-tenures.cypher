// Each person's tenures, oldest first; with $on, only those seen around that date
// (firstSeen <= $on <= lastSeen). $ids: [Person id], $on: 'YYYY-MM-DD' | null
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN id, COLLECT {
  MATCH (p)-[:HELD]->(t:Tenure)-[:OF]->(post:Post)-[:AT]->(b:Body)
  WHERE $on IS NULL OR (t.firstSeen <= $on AND $on <= t.lastSeen)
  RETURN t {.key, title: coalesce(t.title, post.title), .firstSeen, .lastSeen, personId: p.id,
            body: b {.key, .name, .kind, .level}}
  ORDER BY t.firstSeen, t.lastSeen, t.key
} AS items
