// Bodies matching a Lucene query on their name (accent-folding), best first. $search, page.
CALL db.index.fulltext.queryNodes('bodySearch', $search) YIELD node, score
WITH node AS b, score ORDER BY score DESC, b.name, b.key
WITH collect(b) AS rows
RETURN size(rows) AS total,
       [x IN CASE WHEN $last IS NULL THEN rows[$start..$end] WHEN $last = 0 THEN [] ELSE rows[-$last..] END |
        x {.key, .name, .kind, .level}] AS items
