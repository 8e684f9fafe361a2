// Search across people, bodies, events and documents (accent-folding full-text indexes).
// $search: Lucene query, $types: ['Person'|'Body'|'Event'|'Document'], $limit: int
CALL () {
  CALL db.index.fulltext.queryNodes('personSearch', $search, {limit: $limit}) YIELD node, score
  RETURN 'Person' AS type, node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('bodySearch', $search, {limit: $limit}) YIELD node, score
  RETURN 'Body' AS type, node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('eventSearch', $search, {limit: $limit}) YIELD node, score
  RETURN 'Event' AS type, node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('documentSearch', $search, {limit: $limit}) YIELD node, score
  RETURN 'Document' AS type, node, score
}
WITH type, node, score WHERE type IN $types
RETURN type, properties(node) AS props, score
ORDER BY score DESC, type, coalesce(node.name, node.title, node.number)
LIMIT $limit
