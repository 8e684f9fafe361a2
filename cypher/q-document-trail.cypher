// The trail of each document: every citation of it (at an event or in a report), in date order
// (the event's date, else the report's). $ids: [Document key], page as usual.
UNWIND $ids AS key
MATCH (d:Document {key: key})
CALL (d) {
  MATCH (d)<-[:OF]-(c:Citation)-[:IN_REPORT]->(r:Report)
  OPTIONAL MATCH (c)-[:AT_EVENT]->(e:Event)
  WITH c, r, e, coalesce(e.date, r.publishedAt) AS date
  ORDER BY date, c.key
  RETURN collect({key: c.key, date: date,
                  document: d {.key, .type, .number, .date, .issuer, .title},
                  event: CASE WHEN e IS NULL THEN null ELSE e {.id, .kind, .title, .date, .partOfDay, .location} END,
                  report: r {.id, .url, .title, .publishedAt, .authors, .sourceFile, .district, .province, .commune, .ingestedAt, .version}}) AS rows
}
RETURN key AS id, size(rows) AS total,
       CASE WHEN $last IS NULL THEN rows[$start..$end] WHEN $last = 0 THEN [] ELSE rows[-$last..] END AS items
