// The evidence of tenures (DataLoader batch): quote, rule and the report it is in. $ids: [Tenure key]
UNWIND $ids AS key
MATCH (n:Tenure {key: key})
RETURN key AS id, COLLECT {
  MATCH (n)-[:SOURCE]->(ev:Evidence)-[:IN_REPORT]->(r:Report)
  RETURN ev {.key, .rule, .quote, .start, .end, report: r {.id, .title, .url, .publishedAt}}
  ORDER BY r.publishedAt, r.id, ev.start
} AS items
