// The unit each administrative unit is part of. $ids: [AdminUnit key]
UNWIND $ids AS key
MATCH (u:AdminUnit {key: key})
RETURN key AS id, COLLECT {
  MATCH (u)-[:PART_OF]->(parent:AdminUnit)
  RETURN parent {.key, .code, .name, .type, .level, .validFrom, .validTo}
} AS items
