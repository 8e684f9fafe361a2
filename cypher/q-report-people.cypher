// The people each report mentions. $ids: [Report id]
UNWIND $ids AS id
MATCH (r:Report {id: id})
RETURN id, COLLECT {
  MATCH (p:Person)-[:MENTIONED_IN]->(r)
  RETURN p {.id, .name, .normName, .districtCode, .provinceCode}
  ORDER BY p.name, p.id
} AS items
