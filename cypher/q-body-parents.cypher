// The body each body is part of (Ban Thường vụ Huyện ủy X -> Huyện ủy X). $ids: [Body key]
UNWIND $ids AS key
MATCH (b:Body {key: key})
RETURN key AS id, COLLECT {
  MATCH (b)-[:PART_OF]->(parent:Body)
  RETURN parent {.key, .name, .kind, .level}
} AS items
