// The graph of the seed reports alone, for tests that assert exact answers over seed/*.txt.
// Test files share one database and some leave their data behind, so on the throwaway local
// Neo4j of the test run everything but the admin units is removed first. Against NEO4J_URI
// (someone's database) nothing is removed: the seeds are only ingested (idempotent).
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ingestPaths, type IngestSummary } from '../../src/graph/ingest.ts';
import { testNeo4j } from './neo4j.ts';

export const SEED_DIR = join(import.meta.dirname, '..', '..', 'seed');

export async function seedGraph(driver: Driver): Promise<IngestSummary> {
  const { database, local } = testNeo4j();
  if (local) {
    const session = driver.session({ database });
    try {
      await session.run('MATCH (n) WHERE NOT n:AdminUnit CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    } finally {
      await session.close();
    }
  }
  return ingestPaths(driver, [SEED_DIR], { database });
}
