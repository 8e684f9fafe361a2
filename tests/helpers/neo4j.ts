// The test run's Neo4j (see tests/global-setup.ts) and a driver for it.
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { openDriver } from '../../src/db/driver.ts';

export function testNeo4j() {
  return inject('neo4j');
}

export function testDriver(): Driver {
  return openDriver(testNeo4j());
}
