// API benchmark (scripts/bench/api.ts): people who chaired at least one event, in id order, with
// their accent-free names (the search texts). The benchmark takes evenly spaced ones.
MATCH (p:Person)
WHERE EXISTS { (p)-[:HAS_ROLE]->(:Participation {role: 'chair'}) }
RETURN p.id AS id, p.normName AS normName
ORDER BY p.id
