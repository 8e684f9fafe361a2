// The issuing body of each document. $ids: [Document key]
UNWIND $ids AS key
MATCH (d:Document {key: key})
RETURN key AS id, COLLECT {
  MATCH (d)-[:ISSUED_BY]->(b:Body)
  RETURN b {.key, .name, .kind, .level}
} AS items
