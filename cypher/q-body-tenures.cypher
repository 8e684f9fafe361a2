// The tenures at each body: with $title (lower case) only that title, with $on only those seen
// around that date. $ids: [Body key], $title: string | null, $on: date | null
UNWIND $ids AS key
MATCH (b:Body {key: key})
RETURN key AS id, COLLECT {
  MATCH (p:Person)-[:HELD]->(t:Tenure)-[:OF]->(post:Post)-[:AT]->(b)
  WHERE ($title IS NULL OR toLower(coalesce(t.title, post.title)) = $title)
    AND ($on IS NULL OR (t.firstSeen <= $on AND $on <= t.lastSeen))
  RETURN t {.key, title: coalesce(t.title, post.title), .firstSeen, .lastSeen, personId: p.id,
            body: b {.key, .name, .kind, .level}}
  ORDER BY t.firstSeen, t.title, p.name
} AS items
