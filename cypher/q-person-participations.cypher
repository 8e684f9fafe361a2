// Each person's participations in events with the given roles, in date order, one page per
// person. $ids: [Person id], $roles: ['chair'|'speaker'|'attendee'], $from/$to: date | null,
// page: $start, $end (slice bounds) or $last (the last N).
// Only the page is projected: the sort collects node references, not maps of every row.
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (p)-[:HAS_ROLE]->(pa:Participation)-[:IN_EVENT]->(e:Event)
  WHERE pa.role IN $roles
    AND ($from IS NULL OR e.date >= $from)
    AND ($to IS NULL OR e.date <= $to)
  WITH pa, e ORDER BY e.date, e.id, pa.role
  RETURN collect({pa: pa, e: e}) AS rows
}
RETURN id, size(rows) AS total,
       [x IN CASE WHEN $last IS NULL THEN rows[$start..$end] WHEN $last = 0 THEN [] ELSE rows[-$last..] END |
        {key: x.pa.key, role: x.pa.role, personId: p.id,
         event: {id: x.e.id, kind: x.e.kind, title: x.e.title, date: x.e.date, partOfDay: x.e.partOfDay, location: x.e.location}}] AS items
