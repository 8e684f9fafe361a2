// The content of the whole graph, for a checksum (tests/helpers/checksum.ts hashes each row and
// adds the hashes up, so the order of rows does not matter). Statement 1: every node, its labels
// and properties. Statement 2: every relationship, its type and properties, and its endpoints by
// their labels and key (`key`, else `id`; an endpoint with neither is given by its properties).
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props;

MATCH (a)-[r]->(b)
RETURN type(r) AS type, properties(r) AS props,
       labels(a) AS fromLabels, coalesce(a.key, a.id) AS fromKey,
       CASE WHEN a.key IS NULL AND a.id IS NULL THEN properties(a) END AS fromProps,
       labels(b) AS toLabels, coalesce(b.key, b.id) AS toKey,
       CASE WHEN b.key IS NULL AND b.id IS NULL THEN properties(b) END AS toProps;
