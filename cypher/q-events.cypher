// Events in date order (newest first with $newestFirst), filtered by date range, kind, place
// (the event's unit or one above it), organizer (body keys or lower-case name), chair (person id
// or folded name) and cited document (exact keys, or a number key prefix "no:NUMBER@").
// Every filter is optional (null). Page as usual.
MATCH (e:Event)
WHERE ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
  AND ($kind IS NULL OR toLower(e.kind) = $kind)
  AND ($place IS NULL OR EXISTS {
        MATCH (e)-[:IN]->(:AdminUnit)-[:PART_OF*0..3]->(u:AdminUnit)
        WHERE u.code = $place OR toLower(u.name) = $placeName })
  AND ($organizerKeys IS NULL OR EXISTS {
        MATCH (b:Body)-[:ORGANIZED]->(e)
        WHERE b.key IN $organizerKeys OR toLower(b.name) = $organizerName })
  AND ($chairIds IS NULL OR EXISTS {
        MATCH (p:Person)-[:HAS_ROLE]->(:Participation {role: 'chair'})-[:IN_EVENT]->(e)
        WHERE p.id IN $chairIds OR p.normName = $chairName })
  AND ($documentKeys IS NULL OR EXISTS {
        MATCH (e)<-[:AT_EVENT]-(:Citation)-[:OF]->(d:Document)
        WHERE d.key IN $documentKeys OR ($documentPrefix IS NOT NULL AND d.key STARTS WITH $documentPrefix) })
WITH e ORDER BY CASE WHEN $newestFirst THEN e.date END DESC, CASE WHEN $newestFirst THEN null ELSE e.date END, e.id
WITH collect(e) AS rows
RETURN size(rows) AS total,
       [x IN CASE WHEN $last IS NULL THEN rows[$start..$end] WHEN $last = 0 THEN [] ELSE rows[-$last..] END |
        x {.id, .kind, .title, .date, .partOfDay, .location}] AS items
