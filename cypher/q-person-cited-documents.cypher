// Documents cited at the events each person chaired (in the date range), ordered by the first
// such event, with those citations. $ids: [Person id], $from/$to: date | null, page as usual.
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (p)-[:HAS_ROLE]->(:Participation {role: 'chair'})-[:IN_EVENT]->(e:Event)<-[:AT_EVENT]-(c:Citation)-[:OF]->(d:Document)
  WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  MATCH (c)-[:IN_REPORT]->(r:Report)
  WITH DISTINCT d, c, e, r ORDER BY e.date, c.key
  WITH d, min(e.date) AS first,
       collect({key: c.key, date: coalesce(e.date, r.publishedAt),
                document: d {.key, .type, .number, .date, .issuer, .title},
                event: e {.id, .kind, .title, .date, .partOfDay, .location},
                report: r {.id, .url, .title, .publishedAt, .authors, .sourceFile, .district, .province, .commune, .ingestedAt, .version}}) AS citations
  ORDER BY first, d.key
  RETURN collect({document: d {.key, .type, .number, .date, .issuer, .title}, citations: citations}) AS rows
}
RETURN id, size(rows) AS total,
       CASE WHEN $last IS NULL THEN rows[$start..$end] WHEN $last = 0 THEN [] ELSE rows[-$last..] END AS items
