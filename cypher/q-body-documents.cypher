// Documents each body issued, by date. $ids: [Body key], page as usual.
UNWIND $ids AS key
MATCH (b:Body {key: key})
CALL (b) {
  MATCH (d:Document)-[:ISSUED_BY]->(b)
  WITH d ORDER BY d.date, d.key
  RETURN collect(d {.key, .type, .number, .date, .issuer, .title}) AS rows
}
RETURN key AS id, size(rows) AS total,
       CASE WHEN $last IS NULL THEN rows[$start..$end] WHEN $last = 0 THEN [] ELSE rows[-$last..] END AS items
