// Ingest: the gazetteer's administrative units, loaded once (idempotent, one transaction).
// Keys are code@validFrom ("@start" for versions present since the first snapshot); district-level
// units end with the July 2025 reform. Parameters are built by src/graph/admin-units.ts.

// Units. Parameters: $units [{key, code, name, fullName, type, level, provinceCode, validFrom, validTo}].
// lowerName: the name in lower case, indexed, for places asked for by name (q-events, q-people).
UNWIND $units AS u
MERGE (n:AdminUnit {key: u.key})
SET n.code = u.code, n.name = u.name, n.lowerName = toLower(u.name), n.fullName = u.fullName, n.type = u.type, n.level = u.level,
    n.provinceCode = u.provinceCode, n.validFrom = u.validFrom, n.validTo = u.validTo;

// Parents: commune → district (province after the reform), district → province.
// Parameters: $partOf [{child, parent}].
UNWIND $partOf AS r
MATCH (c:AdminUnit {key: r.child})
MATCH (p:AdminUnit {key: r.parent})
MERGE (c)-[:PART_OF]->(p);

// The July 2025 reform: old units → the units they went into, with the conversion table's note.
// Parameters: $succeededBy [{from, to, note}].
UNWIND $succeededBy AS r
MATCH (a:AdminUnit {key: r.from})
MATCH (b:AdminUnit {key: r.to})
MERGE (a)-[s:SUCCEEDED_BY]->(b)
SET s.note = r.note;
