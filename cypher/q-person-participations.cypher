// Each person's participations in events with the given roles, in date order, one page per
// person. $ids: [Person id], $roles: ['chair'|'speaker'|'attendee'], $from/$to: date | null,
// page: $start, $end (slice bounds) or $last (the last N).
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (p)-[:HAS_ROLE]->(pa:Participation)-[:IN_EVENT]->(e:Event)
  WHERE pa.role IN $roles
    AND ($from IS NULL OR e.date >= $from)
    AND ($to IS NULL OR e.date <= $to)
  WITH pa, e ORDER BY e.date, e.id, pa.role
  RETURN collect({key: pa.key, role: pa.role, personId: p.id,
                  event: e {.id, .kind, .title, .date, .partOfDay, .location}}) AS rows
}
RETURN id, size(rows) AS total,
       CASE WHEN $last IS NULL THEN rows[$start..$end] WHEN $last = 0 THEN [] ELSE rows[-$last..] END AS items
