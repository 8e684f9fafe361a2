// Applies cypher/schema.cypher: constraints and indexes, idempotently (all IF NOT EXISTS); then
// cypher/schema-backfill.cypher: properties those indexes need in graphs written before them.
import neo4j, { type Driver } from 'neo4j-driver';
import { loadCypherStatements } from './cypher.ts';

export interface ApplySchemaResult {
  /** Statements run (each one is a no-op when its constraint or index already exists). */
  statements: number;
}

/**
 * Runs each statement of cypher/schema.cypher on `database`, then the backfills of
 * cypher/schema-backfill.cypher, then waits (up to
 * `awaitSeconds`) until every index is online, so that queries right after can use them.
 */
export async function applySchema(driver: Driver, database = 'neo4j', awaitSeconds = 300): Promise<ApplySchemaResult> {
  const statements = await runEach(driver, database, 'schema');
  await runEach(driver, database, 'schema-backfill');
  await driver.executeQuery('CALL db.awaitIndexes($seconds)', { seconds: neo4j.int(awaitSeconds) }, { database });
  return { statements: statements.length };
}

/** Runs the statements of cypher/<name>.cypher one by one; a failure names the statement. */
async function runEach(driver: Driver, database: string, name: string): Promise<string[]> {
  const statements = loadCypherStatements(name);
  for (const statement of statements) {
    try {
      await driver.executeQuery(statement, {}, { database });
    } catch (err) {
      throw new Error(`${name} statement failed: ${(err as Error).message}\n${statement}`, { cause: err });
    }
  }
  return statements;
}
