// API benchmark, the limit for "the connection of two people": the shortest paths between them
// through events, bodies and posts (at most 50), each as its steps with names, from which the
// caller picks one. $from, $to: Person id
MATCH (a:Person {id: $from}), (b:Person {id: $to})
MATCH path = allShortestPaths((a)-[:HAS_ROLE|IN_EVENT|HELD|OF|AT|ORGANIZED|PART_OF*..18]-(b))
WITH path LIMIT 50
RETURN [n IN nodes(path) WHERE n:Person OR n:Event OR n:Body OR n:Post |
        CASE WHEN n:Post THEN head([(n)-[:AT]->(x:Body) | x.key + ' ' + x.name]) ELSE coalesce(n.id, n.key) + ' ' + coalesce(n.name, n.title, '') END] AS steps
