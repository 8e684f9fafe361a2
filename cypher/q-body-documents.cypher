// Documents each body issued, by date. $ids: [Body key], page as usual.
// Only the page is projected: the sort collects node references, not maps of every row.
UNWIND $ids AS key
MATCH (b:Body {key: key})
CALL (b) {
  MATCH (d:Document)-[:ISSUED_BY]->(b)
  WITH d ORDER BY d.date, d.key
  RETURN collect(d) AS rows
}
RETURN key AS id, size(rows) AS total,
       [x IN CASE WHEN $last IS NULL THEN rows[$start..$end] WHEN $last = 0 THEN [] ELSE rows[-$last..] END | x {.key, .type, .number, .date, .issuer, .title}] AS items
