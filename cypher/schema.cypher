// civic-graph schema: constraints and indexes. Every statement is idempotent (IF NOT EXISTS);
// `civic-graph db schema` (src/db/migrate.ts) runs them one by one, then waits for the indexes
// to come online. Neo4j Community: uniqueness constraints only (no existence or key constraints).

// Uniqueness constraints on the node keys of docs/graph-model.md (each also creates the index
// its key is looked up by).
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT body_key IF NOT EXISTS FOR (n:Body) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT post_key IF NOT EXISTS FOR (n:Post) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT tenure_key IF NOT EXISTS FOR (n:Tenure) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE;
// An administrative unit has one node per version (code + "@" + validFrom): code is not unique.
CREATE CONSTRAINT admin_unit_key IF NOT EXISTS FOR (n:AdminUnit) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT participation_key IF NOT EXISTS FOR (n:Participation) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT citation_key IF NOT EXISTS FOR (n:Citation) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT evidence_key IF NOT EXISTS FOR (n:Evidence) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT merge_decision_key IF NOT EXISTS FOR (n:MergeDecision) REQUIRE n.key IS UNIQUE;

// Range indexes for lookups and ordering.
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX person_norm_name IF NOT EXISTS FOR (n:Person) ON (n.normName);
CREATE INDEX report_url IF NOT EXISTS FOR (n:Report) ON (n.url);
CREATE INDEX admin_unit_code IF NOT EXISTS FOR (n:AdminUnit) ON (n.code);
// A place asked for by name (q-events, q-people): lowerName is toLower(name).
CREATE INDEX admin_unit_lower_name IF NOT EXISTS FOR (n:AdminUnit) ON (n.lowerName);

// Full-text indexes. `standard-folding` folds diacritics, so "le trong thu" finds
// "Lê Trọng Thụ" and "d" finds "đ".
CREATE FULLTEXT INDEX personSearch IF NOT EXISTS FOR (n:Person) ON EACH [n.name]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX bodySearch IF NOT EXISTS FOR (n:Body) ON EACH [n.name]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX eventSearch IF NOT EXISTS FOR (n:Event) ON EACH [n.title]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX documentSearch IF NOT EXISTS FOR (n:Document) ON EACH [n.number, n.title, n.type]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
