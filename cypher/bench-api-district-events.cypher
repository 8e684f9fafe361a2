// API benchmark, the limit for "a district's events over a year with chairs": events in the unit
// $place or below it between $from and $to, in date order, the first $first with their chairs,
// and the total.
MATCH (e:Event)
WHERE e.date >= $from AND e.date <= $to
  AND EXISTS { (e)-[:IN]->(:AdminUnit)-[:PART_OF*0..3]->(u:AdminUnit) WHERE u.code = $place }
WITH e ORDER BY e.date, e.id
WITH collect(e) AS events
UNWIND events[0..$first] AS e
RETURN size(events) AS total, e {.id, .title, .date} AS event,
  COLLECT { MATCH (e)<-[:IN_EVENT]-(:Participation {role: 'chair'})<-[:HAS_ROLE]-(p:Person) RETURN p.name } AS chairs
