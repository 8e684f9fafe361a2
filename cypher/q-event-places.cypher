// The place of each event. $ids: [Event id]
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id, COLLECT {
  MATCH (e)-[:IN]->(u:AdminUnit)
  RETURN u {.key, .code, .name, .type, .level, .validFrom, .validTo}
  ORDER BY CASE u.level WHEN 'commune' THEN 0 WHEN 'district' THEN 1 ELSE 2 END
} AS items
