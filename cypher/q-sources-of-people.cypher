// The evidence that names each person (DataLoader batch). $ids: [Person id]
// $first: at most that many of each, oldest first (null: all); total: how many there are.
UNWIND $ids AS id
MATCH (n:Person {id: id})
WITH id, COLLECT {
  MATCH (n)-[:SOURCE]->(ev:Evidence)-[:IN_REPORT]->(r:Report)
  RETURN {ev: ev, r: r} ORDER BY r.publishedAt, r.id, ev.start
} AS rows
RETURN id, size(rows) AS total,
       [x IN CASE WHEN $first IS NULL THEN rows ELSE rows[0..$first] END |
        {key: x.ev.key, rule: x.ev.rule, quote: x.ev.quote, start: x.ev.start, end: x.ev.end,
         report: {id: x.r.id, title: x.r.title, url: x.r.url, publishedAt: x.r.publishedAt}}] AS items
