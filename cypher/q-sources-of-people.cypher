// The evidence that names each person (DataLoader batch). $ids: [Person id]
UNWIND $ids AS id
MATCH (n:Person {id: id})
RETURN id, COLLECT {
  MATCH (n)-[:SOURCE]->(ev:Evidence)-[:IN_REPORT]->(r:Report)
  RETURN ev {.key, .rule, .quote, .start, .end, report: r {.id, .title, .url, .publishedAt}}
  ORDER BY r.publishedAt, r.id, ev.start
} AS items
