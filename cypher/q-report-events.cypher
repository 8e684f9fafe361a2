// The events each report describes. $ids: [Report id]
UNWIND $ids AS id
MATCH (r:Report {id: id})
RETURN id, COLLECT {
  MATCH (r)-[:DESCRIBES]->(e:Event)
  RETURN e {.id, .kind, .title, .date, .partOfDay, .location}
  ORDER BY e.id
} AS items
