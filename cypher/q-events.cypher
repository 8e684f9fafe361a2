// Events in date order (newest first with $newestFirst), filtered by date range, kind, place
// (the event's unit or one above it), organizer (body keys or lower-case name), chair (person id
// or folded name) and cited document (exact keys, or a number key prefix "no:NUMBER@").
// Every filter is optional (null). Page as usual. With $withParticipants, also the participants
// with $roles of each event of the page, as q-event-participants gives them (one round trip for
// events and their chairs).
// A place is a unit code when a unit has that code, else a name ($placeName, lower case); the
// events are then found from its units down, not by testing every event of the date range.
CALL () {
  CALL () {
    MATCH (u:AdminUnit {code: $place})
    RETURN u
    UNION
    WITH $placeName AS name
    WHERE name IS NOT NULL AND NOT EXISTS { MATCH (:AdminUnit {code: $place}) }
    MATCH (u:AdminUnit {lowerName: name})
    RETURN u
  }
  MATCH (u)<-[:PART_OF*0..3]-(:AdminUnit)<-[:IN]-(e:Event)
  RETURN e
  UNION
  WITH $place AS place
  WHERE place IS NULL
  MATCH (e:Event)
  WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  RETURN e
}
WITH e
WHERE ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
  AND ($kind IS NULL OR toLower(e.kind) = $kind)
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
WITH size(rows) AS total, CASE WHEN $last IS NULL THEN rows[$start..$end] WHEN $last = 0 THEN [] ELSE rows[-$last..] END AS page
CALL (page) {
  UNWIND page AS e
  WITH e WHERE $withParticipants
  RETURN collect({id: e.id, items: COLLECT {
    MATCH (e)<-[:IN_EVENT]-(pa:Participation)<-[:HAS_ROLE]-(p:Person)
    WHERE pa.role IN $roles
    WITH pa, p, COLLECT { MATCH (pa)-[:SOURCE]->(ev:Evidence) RETURN ev.start * 10000 + size(head(split(ev.quote, p.name))) } AS starts
    RETURN {key: pa.key, role: pa.role, eventId: e.id,
            person: p {.id, .name, .normName, .districtCode, .provinceCode}}
    ORDER BY CASE pa.role WHEN 'chair' THEN 0 WHEN 'speaker' THEN 1 ELSE 2 END,
             reduce(m = 9223372036854775807, s IN starts | CASE WHEN s < m THEN s ELSE m END), p.name, p.id
  }}) AS participants
}
RETURN total, [x IN page | x {.id, .kind, .title, .date, .partOfDay, .location}] AS items, participants
