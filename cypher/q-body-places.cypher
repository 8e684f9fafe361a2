// The administrative unit of each body. $ids: [Body key]
UNWIND $ids AS key
MATCH (b:Body {key: key})
RETURN key AS id, COLLECT {
  MATCH (b)-[:IN]->(u:AdminUnit)
  RETURN u {.key, .code, .name, .type, .level, .validFrom, .validTo}
} AS items
