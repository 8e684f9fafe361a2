// People: with $search (a Lucene query over the accent-folding full-text index personSearch) by
// relevance, else by name; filtered by place (a unit they are in, or one above it: code or lower-
// case name), and by a tenure that matches body, title and date together.
// $search, $place, $placeName, $bodyKeys, $bodyName, $title, $on: string | null; page as usual.
CALL () {
  WITH $search AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('personSearch', q) YIELD node, score
  RETURN node AS p, score
  UNION ALL
  WITH $search AS q WHERE q IS NULL
  MATCH (p:Person)
  RETURN p, 0.0 AS score
}
WITH p, score
WHERE ($place IS NULL OR EXISTS {
        MATCH (p)-[:IN]->(:AdminUnit)-[:PART_OF*0..3]->(u:AdminUnit)
        WHERE u.code = $place OR toLower(u.name) = $placeName })
  AND (($bodyKeys IS NULL AND $title IS NULL AND $on IS NULL) OR EXISTS {
        MATCH (p)-[:HELD]->(t:Tenure)-[:OF]->(post:Post)-[:AT]->(b:Body)
        WHERE ($bodyKeys IS NULL OR b.key IN $bodyKeys OR toLower(b.name) = $bodyName)
          AND ($title IS NULL OR toLower(coalesce(t.title, post.title)) = $title)
          AND ($on IS NULL OR (t.firstSeen <= $on AND $on <= t.lastSeen)) })
WITH p, score ORDER BY score DESC, p.name, p.id
WITH collect(p) AS rows
RETURN size(rows) AS total,
       [x IN CASE WHEN $last IS NULL THEN rows[$start..$end] WHEN $last = 0 THEN [] ELSE rows[-$last..] END |
        x {.id, .name, .normName, .districtCode, .provinceCode}] AS items
