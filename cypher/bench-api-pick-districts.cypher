// API benchmark: (district code, year) pairs with events in the district or one of its units,
// in code and year order.
MATCH (e:Event)-[:IN]->(:AdminUnit)-[:PART_OF*0..1]->(d:AdminUnit {level: 'district'})
WHERE e.date IS NOT NULL
RETURN d.code AS code, substring(e.date, 0, 4) AS year, count(DISTINCT e) AS events
ORDER BY code, year
