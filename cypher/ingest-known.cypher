// Ingest: which of these report ids are already in the graph (re-ingesting the same content is
// a no-op). Parameters: $ids [string].
UNWIND $ids AS id
MATCH (r:Report {id: id})
RETURN r.id AS id
