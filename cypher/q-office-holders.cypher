// Who held a title at a body: the bodies matching the name, and the tenures with that title
// there (seen around $on when given). $keys: [folded body names], $name: lower-case body name,
// $title: lower-case title, $on: date | null
MATCH (b:Body)
WHERE b.key IN $keys OR toLower(b.name) = $name
RETURN b {.key, .name, .kind, .level} AS body, COLLECT {
  MATCH (p:Person)-[:HELD]->(t:Tenure)-[:OF]->(post:Post)-[:AT]->(b)
  WHERE toLower(coalesce(t.title, post.title)) = $title
    AND ($on IS NULL OR (t.firstSeen <= $on AND $on <= t.lastSeen))
  RETURN t {.key, title: coalesce(t.title, post.title), .firstSeen, .lastSeen, personId: p.id,
            body: b {.key, .name, .kind, .level}}
  ORDER BY t.firstSeen, p.name
} AS tenures
ORDER BY b.name
