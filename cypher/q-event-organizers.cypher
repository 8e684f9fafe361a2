// Each event's organizing bodies, with the evidence kept on ORGANIZED. $ids: [Event id]
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id, COLLECT {
  MATCH (b:Body)-[o:ORGANIZED]->(e)
  OPTIONAL MATCH (r:Report {id: o.reportId})
  RETURN {body: b {.key, .name, .kind, .level},
          source: CASE WHEN o.quote IS NULL THEN null ELSE
            {key: null, rule: o.rule, quote: o.quote, start: null, end: null,
             report: CASE WHEN r IS NULL THEN null ELSE r {.id, .title, .url, .publishedAt} END} END}
  ORDER BY b.name
} AS items
