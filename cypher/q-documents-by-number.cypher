// Candidate documents for a document number: the key lookup ("no:NUMBER" or "no:NUMBER@date")
// plus full-text candidates ($search over number tokens) that the caller compares number by
// number. $exact, $prefix, $search: string
CALL () {
  MATCH (d:Document) WHERE d.key = $exact OR d.key STARTS WITH $prefix
  RETURN d
  UNION
  CALL db.index.fulltext.queryNodes('documentSearch', $search, {limit: 200}) YIELD node
  WITH node AS d WHERE d.number IS NOT NULL
  RETURN d
}
RETURN d {.key, .type, .number, .date, .issuer, .title} AS document
ORDER BY d.date, d.key
