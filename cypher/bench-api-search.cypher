// API benchmark, the limit for "search": people whose name matches the accent-folded Lucene query
// $search, best first, at most $first.
CALL db.index.fulltext.queryNodes('personSearch', $search, {limit: $first}) YIELD node, score
RETURN node.id AS id, node.name AS name, score
