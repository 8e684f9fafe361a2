// The documents cited at each event (one citation per document and report). $ids: [Event id]
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id, COLLECT {
  MATCH (e)<-[:AT_EVENT]-(c:Citation)-[:OF]->(d:Document)
  MATCH (c)-[:IN_REPORT]->(r:Report)
  RETURN {key: c.key, date: coalesce(e.date, r.publishedAt),
          document: d {.key, .type, .number, .date, .issuer, .title},
          event: e {.id, .kind, .title, .date, .partOfDay, .location},
          report: r {.id, .url, .title, .publishedAt, .authors, .sourceFile, .district, .province, .commune, .ingestedAt, .version}}
  ORDER BY d.date, d.key, r.id
} AS items
