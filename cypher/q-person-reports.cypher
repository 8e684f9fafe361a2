// Reports that mention each person, oldest first. $ids: [Person id], page as usual.
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (p)-[:MENTIONED_IN]->(r:Report)
  WITH r ORDER BY r.publishedAt, r.id
  RETURN collect(r {.id, .url, .title, .publishedAt, .authors, .sourceFile, .district, .province, .commune, .ingestedAt, .version}) AS rows
}
RETURN id, size(rows) AS total,
       CASE WHEN $last IS NULL THEN rows[$start..$end] WHEN $last = 0 THEN [] ELSE rows[-$last..] END AS items
