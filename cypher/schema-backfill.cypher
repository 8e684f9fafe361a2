// Data the schema's indexes need in graphs written by older versions, run by applySchema
// (src/db/migrate.ts) after cypher/schema.cypher. Every statement is a no-op once applied.

// Admin units loaded before lowerName existed (the index admin_unit_lower_name).
MATCH (u:AdminUnit) WHERE u.lowerName IS NULL SET u.lowerName = toLower(u.name);
