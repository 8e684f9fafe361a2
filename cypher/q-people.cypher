// People: with $search (a Lucene query over the accent-folding full-text index personSearch) by
// relevance, else by name; filtered by place (a unit they are in, or one above it: code or lower-
// case name), and by a tenure that matches body, title and date together.
// $search, $place, $placeName, $bodyKeys, $bodyName, $title, $on: string | null; page as usual.
// Without $search but with $place the people are found from the place's units down (not by testing
// every person), as q-events finds events.
CALL () {
  WITH $search AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('personSearch', q) YIELD node, score
  WITH node AS p, score
  WHERE $place IS NULL OR EXISTS {
        MATCH (p)-[:IN]->(:AdminUnit)-[:PART_OF*0..3]->(u:AdminUnit)
        WHERE u.code = $place OR u.lowerName = $placeName }
  RETURN p, score
  UNION ALL
  WITH $search AS q WHERE q IS NULL AND $place IS NOT NULL
  CALL () {
    MATCH (u:AdminUnit {code: $place})
    RETURN u
    UNION
    WITH $placeName AS name
    WHERE name IS NOT NULL AND NOT EXISTS { MATCH (:AdminUnit {code: $place}) }
    MATCH (u:AdminUnit {lowerName: name})
    RETURN u
  }
  MATCH (u)<-[:PART_OF*0..3]-(:AdminUnit)<-[:IN]-(p:Person)
  RETURN DISTINCT p, 0.0 AS score
  UNION ALL
  WITH $search AS q WHERE q IS NULL AND $place IS NULL
  MATCH (p:Person)
  RETURN p, 0.0 AS score
}
WITH p, score
WHERE (($bodyKeys IS NULL AND $title IS NULL AND $on IS NULL) OR EXISTS {
        MATCH (p)-[:HELD]->(t:Tenure)-[:OF]->(post:Post)-[:AT]->(b:Body)
        WHERE ($bodyKeys IS NULL OR b.key IN $bodyKeys OR toLower(b.name) = $bodyName)
          AND ($title IS NULL OR toLower(coalesce(t.title, post.title)) = $title)
          AND ($on IS NULL OR (t.firstSeen <= $on AND $on <= t.lastSeen)) })
WITH p, score ORDER BY score DESC, p.name, p.id
WITH collect(p) AS rows
RETURN size(rows) AS total,
       [x IN CASE WHEN $last IS NULL THEN rows[$start..$end] WHEN $last = 0 THEN [] ELSE rows[-$last..] END |
        x {.id, .name, .normName, .districtCode, .provinceCode}] AS items
