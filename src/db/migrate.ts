// Applies cypher/schema.cypher: constraints and indexes, idempotently (all IF NOT EXISTS).
import neo4j, { type Driver } from 'neo4j-driver';
import { loadCypherStatements } from './cypher.ts';

export interface ApplySchemaResult {
  /** Statements run (each one is a no-op when its constraint or index already exists). */
  statements: number;
}

/**
 * Runs each statement of cypher/schema.cypher on `database`, then waits (up to
 * `awaitSeconds`) until every index is online, so that queries right after can use them.
 */
export async function applySchema(driver: Driver, database = 'neo4j', awaitSeconds = 300): Promise<ApplySchemaResult> {
  const statements = loadCypherStatements('schema');
  for (const statement of statements) {
    try {
      await driver.executeQuery(statement, {}, { database });
    } catch (err) {
      throw new Error(`schema statement failed: ${(err as Error).message}\n${statement}`, { cause: err });
    }
  }
  await driver.executeQuery('CALL db.awaitIndexes($seconds)', { seconds: neo4j.int(awaitSeconds) }, { database });
  return { statements: statements.length };
}
