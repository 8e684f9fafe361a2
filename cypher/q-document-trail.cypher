// The trail of each document: every citation of it (at an event or in a report), in date order
// (the event's date, else the report's). $ids: [Document key], page as usual.
// Only the page is projected: the sort collects node references, not maps of every citation.
UNWIND $ids AS key
MATCH (d:Document {key: key})
CALL (d) {
  MATCH (d)<-[:OF]-(c:Citation)-[:IN_REPORT]->(r:Report)
  OPTIONAL MATCH (c)-[:AT_EVENT]->(e:Event)
  WITH c, r, e, coalesce(e.date, r.publishedAt) AS date
  ORDER BY date, c.key
  RETURN collect({c: c, r: r, e: e, date: date}) AS rows
}
RETURN key AS id, size(rows) AS total,
       [x IN CASE WHEN $last IS NULL THEN rows[$start..$end] WHEN $last = 0 THEN [] ELSE rows[-$last..] END |
        {key: x.c.key, date: x.date,
         document: d {.key, .type, .number, .date, .issuer, .title},
         event: CASE WHEN x.e IS NULL THEN null ELSE {id: x.e.id, kind: x.e.kind, title: x.e.title, date: x.e.date,
                                                     partOfDay: x.e.partOfDay, location: x.e.location} END,
         report: {id: x.r.id, url: x.r.url, title: x.r.title, publishedAt: x.r.publishedAt, authors: x.r.authors,
                  sourceFile: x.r.sourceFile, district: x.r.district, province: x.r.province, commune: x.r.commune,
                  ingestedAt: x.r.ingestedAt, version: x.r.version}}] AS items
