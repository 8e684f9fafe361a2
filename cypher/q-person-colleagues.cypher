// People who took part in the same events as each person, most shared events first.
// $ids: [Person id], page as usual.
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (p)-[:HAS_ROLE]->(:Participation)-[:IN_EVENT]->(e:Event)<-[:IN_EVENT]-(:Participation)<-[:HAS_ROLE]-(o:Person)
  WHERE o <> p
  WITH o, e ORDER BY e.date, e.id
  WITH o, collect(DISTINCT e.id) AS events
  ORDER BY size(events) DESC, o.name, o.id
  RETURN collect({person: o {.id, .name, .normName, .districtCode, .provinceCode},
                  sharedEvents: size(events), eventIds: events}) AS rows
}
RETURN id, size(rows) AS total,
       CASE WHEN $last IS NULL THEN rows[$start..$end] WHEN $last = 0 THEN [] ELSE rows[-$last..] END AS items
