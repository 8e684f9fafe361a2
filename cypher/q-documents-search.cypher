// Documents matching a Lucene query on number, title and type (accent-folding), best first.
// $search: string, page as usual.
CALL db.index.fulltext.queryNodes('documentSearch', $search) YIELD node, score
WITH node AS d, score ORDER BY score DESC, d.date, d.key
WITH collect(d) AS rows
RETURN size(rows) AS total,
       [x IN CASE WHEN $last IS NULL THEN rows[$start..$end] WHEN $last = 0 THEN [] ELSE rows[-$last..] END |
        x {.key, .type, .number, .date, .issuer, .title}] AS items
