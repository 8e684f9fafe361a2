// Ingest: bodies nothing refers to any more after old report versions were removed (no post,
// event, document or organ of theirs). Returns their parent bodies, which the caller checks next.
// Parameters: $bodies [string].
UNWIND $bodies AS k
MATCH (b:Body {key: k})
WHERE NOT EXISTS { (b)<-[:AT]-(:Post) }
  AND NOT EXISTS { (b)-[:ORGANIZED]->(:Event) }
  AND NOT EXISTS { (b)<-[:ISSUED_BY]-(:Document) }
  AND NOT EXISTS { (b)<-[:PART_OF]-(:Body) }
OPTIONAL MATCH (b)-[:PART_OF]->(parent:Body)
DETACH DELETE b
WITH parent WHERE parent IS NOT NULL
RETURN collect(DISTINCT parent.key) AS bodies
