// Each event's participants with the given roles: chairs first, then speakers, then attendees,
// each in the order the report names them. $ids: [Event id], $roles: [role]
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id, COLLECT {
  MATCH (e)<-[:IN_EVENT]-(pa:Participation)<-[:HAS_ROLE]-(p:Person)
  WHERE pa.role IN $roles
  // where the report first names them: the sentence's offset, then the name's place in it
  WITH pa, p, COLLECT { MATCH (pa)-[:SOURCE]->(ev:Evidence) RETURN ev.start * 10000 + size(head(split(ev.quote, p.name))) } AS starts
  RETURN {key: pa.key, role: pa.role, eventId: e.id,
          person: p {.id, .name, .normName, .districtCode, .provinceCode}}
  ORDER BY CASE pa.role WHEN 'chair' THEN 0 WHEN 'speaker' THEN 1 ELSE 2 END,
           reduce(m = 9223372036854775807, s IN starts | CASE WHEN s < m THEN s ELSE m END), p.name, p.id
} AS items
