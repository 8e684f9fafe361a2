// The units each administrative unit went into in the July 2025 reform (for a district: the
// new communes its communes went into). $ids: [AdminUnit key]
UNWIND $ids AS key
MATCH (u:AdminUnit {key: key})
RETURN key AS id, COLLECT {
  MATCH (u)-[:SUCCEEDED_BY]->(next:AdminUnit)
  RETURN next {.key, .code, .name, .type, .level, .validFrom, .validTo}
  ORDER BY next.name
} AS items
