// Reports by id (DataLoader batch). $ids: [string]
UNWIND $ids AS id
MATCH (r:Report {id: id})
RETURN r {.id, .url, .title, .publishedAt, .authors, .sourceFile, .district, .province, .commune, .ingestedAt, .version} AS report
