// Bodies by key (DataLoader batch). $ids: [string]
UNWIND $ids AS key
MATCH (b:Body {key: key})
RETURN b {.key, .name, .kind, .level} AS body
