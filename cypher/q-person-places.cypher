// The place (administrative unit) each person is scoped to. $ids: [Person id]
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN id, COLLECT {
  MATCH (p)-[:IN]->(u:AdminUnit)
  RETURN u {.key, .code, .name, .type, .level, .validFrom, .validTo}
  ORDER BY CASE u.level WHEN 'commune' THEN 0 WHEN 'district' THEN 1 ELSE 2 END
} AS items
