// Reports that mention each person, oldest first. $ids: [Person id], page as usual.
// Only the page is projected: the sort collects node references, not maps of every row.
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (p)-[:MENTIONED_IN]->(r:Report)
  WITH r ORDER BY r.publishedAt, r.id
  RETURN collect(r) AS rows
}
RETURN id, size(rows) AS total,
       [x IN CASE WHEN $last IS NULL THEN rows[$start..$end] WHEN $last = 0 THEN [] ELSE rows[-$last..] END | x {.id, .url, .title, .publishedAt, .authors, .sourceFile, .district, .province, .commune, .ingestedAt, .version}] AS items
