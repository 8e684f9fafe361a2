// Documents by key (DataLoader batch). $ids: [string]
UNWIND $ids AS key
MATCH (d:Document {key: key})
RETURN d {.key, .type, .number, .date, .issuer, .title} AS document
