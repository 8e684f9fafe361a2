// API benchmark, the hand-written limit for "a person with tenures and chaired events": the
// person, their tenures (oldest first) and the first $first events they chaired (date order),
// with the total. $id: Person id, $first: int
MATCH (p:Person {id: $id})
RETURN p {.id, .name} AS person,
  COLLECT {
    MATCH (p)-[:HELD]->(t:Tenure)-[:OF]->(post:Post)-[:AT]->(b:Body)
    RETURN {title: coalesce(t.title, post.title), bodyName: b.name, firstSeen: t.firstSeen, lastSeen: t.lastSeen}
    ORDER BY t.firstSeen, t.lastSeen, t.key
  } AS tenures,
  COUNT { (p)-[:HAS_ROLE]->(:Participation {role: 'chair'})-[:IN_EVENT]->(:Event) } AS chairedTotal,
  COLLECT {
    MATCH (p)-[:HAS_ROLE]->(:Participation {role: 'chair'})-[:IN_EVENT]->(e:Event)
    RETURN e {.id, .title, .date} ORDER BY e.date, e.id LIMIT $first
  } AS chaired
