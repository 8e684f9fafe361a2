// Events each body organized, in date order. $ids: [Body key], $from/$to, page as usual.
// Only the page is projected: the sort collects node references, not maps of every row.
UNWIND $ids AS key
MATCH (b:Body {key: key})
CALL (b) {
  MATCH (b)-[:ORGANIZED]->(e:Event)
  WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  WITH DISTINCT e ORDER BY e.date, e.id
  RETURN collect(e) AS rows
}
RETURN key AS id, size(rows) AS total,
       [x IN CASE WHEN $last IS NULL THEN rows[$start..$end] WHEN $last = 0 THEN [] ELSE rows[-$last..] END | x {.id, .kind, .title, .date, .partOfDay, .location}] AS items
