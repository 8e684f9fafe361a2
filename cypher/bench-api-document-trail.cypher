// API benchmark, the limit for "a document's trail": the document, the first $first citations of
// it in date order (the event's date, else the report's) with event and report, and the total.
MATCH (d:Document {key: $key})
CALL (d) {
  MATCH (d)<-[:OF]-(c:Citation)-[:IN_REPORT]->(r:Report)
  OPTIONAL MATCH (c)-[:AT_EVENT]->(e:Event)
  WITH c, r, e ORDER BY coalesce(e.date, r.publishedAt), c.key
  RETURN collect({date: coalesce(e.date, r.publishedAt), event: e {.title, .date}, report: r {.title, .publishedAt}}) AS trail
}
RETURN d {.number, .title} AS document, size(trail) AS total, trail[0..$first] AS trail
