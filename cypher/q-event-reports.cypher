// The reports that describe each event. $ids: [Event id]
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id, COLLECT {
  MATCH (r:Report)-[:DESCRIBES]->(e)
  RETURN r {.id, .url, .title, .publishedAt, .authors, .sourceFile, .district, .province, .commune, .ingestedAt, .version}
  ORDER BY r.publishedAt, r.id
} AS items
