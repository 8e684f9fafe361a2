// The documents each report cites. $ids: [Report id]
UNWIND $ids AS id
MATCH (r:Report {id: id})
RETURN id, COLLECT {
  MATCH (d:Document)<-[:OF]-(c:Citation)-[:IN_REPORT]->(r)
  OPTIONAL MATCH (c)-[:AT_EVENT]->(e:Event)
  RETURN {key: c.key, date: coalesce(e.date, r.publishedAt),
          document: d {.key, .type, .number, .date, .issuer, .title},
          event: CASE WHEN e IS NULL THEN null ELSE e {.id, .kind, .title, .date, .partOfDay, .location} END,
          report: r {.id, .url, .title, .publishedAt, .authors, .sourceFile, .district, .province, .commune, .ingestedAt, .version}}
  ORDER BY c.key
} AS items
