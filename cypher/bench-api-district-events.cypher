// API benchmark, the limit for "a district's events over a year with chairs": events in the unit
// with code $place or below it between $from and $to (found from the unit down), in date order,
// the first $first with their chairs, and the total.
MATCH (:AdminUnit {code: $place})<-[:PART_OF*0..3]-(:AdminUnit)<-[:IN]-(e:Event)
WHERE e.date >= $from AND e.date <= $to
WITH DISTINCT e ORDER BY e.date, e.id
WITH collect(e) AS events
UNWIND events[0..$first] AS e
RETURN size(events) AS total, e {.id, .title, .date} AS event,
  COLLECT { MATCH (e)<-[:IN_EVENT]-(:Participation {role: 'chair'})<-[:HAS_ROLE]-(p:Person) RETURN p.name } AS chairs
