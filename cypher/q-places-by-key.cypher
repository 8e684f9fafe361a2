// Administrative units by key (code@validFrom; DataLoader batch). $ids: [string]
UNWIND $ids AS key
MATCH (u:AdminUnit {key: key})
RETURN u {.key, .code, .name, .type, .level, .validFrom, .validTo} AS place
