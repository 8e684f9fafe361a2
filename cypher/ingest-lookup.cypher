// Ingest, inside the write transaction of a batch: what the graph already holds for it.
// Each statement's single result row is read by src/graph/writer.ts.

// The current version of each url the batch brings a new version of. Parameters: $urls [string].
UNWIND $urls AS url
MATCH (r:Report {url: url})
RETURN collect({url: url, id: r.id, version: r.version}) AS previous;

// Persons with the batch's accent-free names (entity resolution). Parameters: $normNames [string].
UNWIND $normNames AS nn
MATCH (p:Person {normName: nn})
RETURN collect({id: p.id, name: p.name, nameKey: p.nameKey, districtCode: p.districtCode, provinceCode: p.provinceCode}) AS persons;

// Documents with the batch's base keys and their dates. Parameters: $documentKeys [string].
UNWIND $documentKeys AS k
MATCH (d:Document {key: k})
RETURN collect({key: d.key, date: d.date}) AS documents;
