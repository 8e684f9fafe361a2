// A document with, when $trail, one page of its trail (as q-document-trail): the document page's
// usual shape in one round trip. $key: Document key, page as usual.
MATCH (d:Document {key: $key})
CALL (d) {
  WITH d WHERE $trail
  MATCH (d)<-[:OF]-(c:Citation)-[:IN_REPORT]->(r:Report)
  OPTIONAL MATCH (c)-[:AT_EVENT]->(e:Event)
  WITH d, c, r, e, coalesce(e.date, r.publishedAt) AS date
  ORDER BY date, c.key
  RETURN collect({key: c.key, date: date,
                  document: d {.key, .type, .number, .date, .issuer, .title},
                  event: CASE WHEN e IS NULL THEN null ELSE e {.id, .kind, .title, .date, .partOfDay, .location} END,
                  report: r {.id, .url, .title, .publishedAt, .authors, .sourceFile, .district, .province, .commune, .ingestedAt, .version}}) AS rows
}
RETURN d {.key, .type, .number, .date, .issuer, .title} AS document, size(rows) AS total,
       CASE WHEN $last IS NULL THEN rows[$start..$end] WHEN $last = 0 THEN [] ELSE rows[-$last..] END AS items
