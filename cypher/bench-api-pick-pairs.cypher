// API benchmark: for each person of $ids, a co-participant (two links away) and a co-participant
// of a co-participant who is not one (about four links away), smallest ids first.
UNWIND $ids AS id
MATCH (a:Person {id: id})
WITH a, COLLECT {
  MATCH (a)-[:HAS_ROLE]->(:Participation)-[:IN_EVENT]->(:Event)<-[:IN_EVENT]-(:Participation)<-[:HAS_ROLE]-(b:Person)
  WHERE b <> a
  RETURN DISTINCT b.id AS b ORDER BY b LIMIT 50
} AS near
RETURN a.id AS id, near[0] AS near, COLLECT {
  UNWIND near[0..10] AS m
  MATCH (:Person {id: m})-[:HAS_ROLE]->(:Participation)-[:IN_EVENT]->(:Event)<-[:IN_EVENT]-(:Participation)<-[:HAS_ROLE]-(c:Person)
  WHERE c <> a AND NOT c.id IN near
  RETURN c.id AS c ORDER BY c LIMIT 1
}[0] AS far
