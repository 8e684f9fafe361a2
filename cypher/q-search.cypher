// Search across people, bodies, events and documents (accent-folding full-text indexes); only the
// indexes of the types asked for are queried.
// $search: Lucene query, $types: ['Person'|'Body'|'Event'|'Document'], $limit: int
CALL () {
  WITH 'Person' AS type WHERE type IN $types
  CALL db.index.fulltext.queryNodes('personSearch', $search, {limit: $limit}) YIELD node, score
  RETURN type, node, score
  UNION ALL
  WITH 'Body' AS type WHERE type IN $types
  CALL db.index.fulltext.queryNodes('bodySearch', $search, {limit: $limit}) YIELD node, score
  RETURN type, node, score
  UNION ALL
  WITH 'Event' AS type WHERE type IN $types
  CALL db.index.fulltext.queryNodes('eventSearch', $search, {limit: $limit}) YIELD node, score
  RETURN type, node, score
  UNION ALL
  WITH 'Document' AS type WHERE type IN $types
  CALL db.index.fulltext.queryNodes('documentSearch', $search, {limit: $limit}) YIELD node, score
  RETURN type, node, score
}
RETURN type, properties(node) AS props, score
ORDER BY score DESC, type, coalesce(node.name, node.title, node.number)
LIMIT $limit
