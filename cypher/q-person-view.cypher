// A person with, when asked, their tenures ($tenures, as q-person-tenures with $on) and one page
// of their participations ($participations, as q-person-participations with $roles, $from, $to and
// the page): the person page's usual shape in one round trip. $id: Person id
// Only the page is projected: the sort collects node references, not maps of every row.
MATCH (p:Person {id: $id})
CALL (p) {
  WITH p WHERE $tenures
  MATCH (p)-[:HELD]->(t:Tenure)-[:OF]->(post:Post)-[:AT]->(b:Body)
  WHERE $on IS NULL OR (t.firstSeen <= $on AND $on <= t.lastSeen)
  WITH p, t, post, b ORDER BY t.firstSeen, t.lastSeen, t.key
  RETURN collect(t {.key, title: coalesce(t.title, post.title), .firstSeen, .lastSeen, personId: p.id,
                    body: b {.key, .name, .kind, .level}}) AS tenures
}
CALL (p) {
  WITH p WHERE $participations
  MATCH (p)-[:HAS_ROLE]->(pa:Participation)-[:IN_EVENT]->(e:Event)
  WHERE pa.role IN $roles
    AND ($from IS NULL OR e.date >= $from)
    AND ($to IS NULL OR e.date <= $to)
  WITH p, pa, e ORDER BY e.date, e.id, pa.role
  RETURN collect({pa: pa, e: e}) AS rows
}
RETURN p {.id, .name, .normName, .districtCode, .provinceCode} AS person, tenures, size(rows) AS total,
       [x IN CASE WHEN $last IS NULL THEN rows[$start..$end] WHEN $last = 0 THEN [] ELSE rows[-$last..] END |
        {key: x.pa.key, role: x.pa.role, personId: p.id,
         event: {id: x.e.id, kind: x.e.kind, title: x.e.title, date: x.e.date, partOfDay: x.e.partOfDay, location: x.e.location}}] AS items
