// The shortest paths between two people through events (participations), bodies (tenures,
// organizers, PART_OF) and other people: at most 18 relationships (6 hops of the simplified
// path; the caller enforces the requested bound) and at most 50 paths of that length, from which
// the caller picks one deterministically. A Post stands for its body (two people who held the
// same post are linked through that body). The paths share most of their nodes, so each distinct
// node is described once in `nodes` (its labels, id, role or title, and for a person, event or
// body its properties in `props`, so the answer needs no further round trip) and each path is a
// list of the element ids of its nodes (`eid` in `nodes`). $from, $to: Person id
MATCH (a:Person {id: $from}), (b:Person {id: $to})
OPTIONAL MATCH path = allShortestPaths((a)-[:HAS_ROLE|IN_EVENT|HELD|OF|AT|ORGANIZED|PART_OF*..18]-(b))
WITH a, b, path LIMIT 50
WITH a, b, collect(nodes(path)) AS paths
UNWIND CASE WHEN paths = [] THEN [null] ELSE paths END AS p
UNWIND CASE WHEN p IS NULL THEN [null] ELSE p END AS n
WITH a, b, paths, collect(DISTINCT n) AS nodes
RETURN a.id AS fromId, b.id AS toId,
       [p IN paths | [n IN p | elementId(n)]] AS paths,
       [n IN nodes | {eid: elementId(n), labels: labels(n), id: coalesce(n.id, n.key), role: n.role, title: n.title,
                      body: CASE WHEN n:Post THEN head([(n)-[:AT]->(body:Body) | body.key]) END,
                      props: CASE
                        WHEN n:Person THEN n {.id, .name, .normName, .districtCode, .provinceCode}
                        WHEN n:Event THEN n {.id, .kind, .title, .date, .partOfDay, .location}
                        WHEN n:Body THEN n {.key, .name, .kind, .level}
                        WHEN n:Post THEN head([(n)-[:AT]->(body:Body) | body {.key, .name, .kind, .level}])
                      END}] AS nodes
