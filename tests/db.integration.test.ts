// The test run's Neo4j (tests/global-setup.ts): writes and reads, the schema's constraints and
// indexes, and accent-folding full-text search.
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../src/db/migrate.ts';
import { loadCypherStatements } from '../src/db/cypher.ts';
import { testDriver, testNeo4j } from './helpers/neo4j.ts';

const { database } = testNeo4j();
// Every node these tests write carries this tag, so cleanup leaves other data alone.
const run = `db-test-${randomUUID()}`;
let driver: Driver;

const query = (cypher: string, params: Record<string, unknown> = {}) =>
  driver.executeQuery(cypher, params, { database });

beforeAll(() => {
  driver = testDriver();
});

afterAll(async () => {
  await query('MATCH (n {testRun: $run}) DETACH DELETE n', { run });
  await driver.close();
});

describe('the test database', () => {
  it('writes and reads back through neo4j-driver', async () => {
    await query(
      `CREATE (r:Report {id: $id, url: $url, testRun: $run})
       CREATE (p:Person {id: $pid, name: 'Nguyễn Văn An', testRun: $run})
       CREATE (r)-[:MENTIONS]->(p)`,
      { id: `${run}-r1`, url: 'https://example.org/r1', pid: `${run}-p1`, run },
    );
    const { records } = await query(
      'MATCH (r:Report {id: $id})-[:MENTIONS]->(p:Person) RETURN r.url AS url, p.name AS name',
      { id: `${run}-r1` },
    );
    expect(records.map((r) => [r.get('url'), r.get('name')])).toEqual([['https://example.org/r1', 'Nguyễn Văn An']]);
  });

  it('reports its version', async () => {
    const { records } = await query('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
    expect(records[0]?.get('version')).toMatch(/^5\./);
  });
});

describe('the schema (cypher/schema.cypher)', () => {
  it('has a uniqueness constraint per graph key', async () => {
    const { records } = await query(
      "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] + '.' + properties[0] AS key",
    );
    const keys = records.map((r) => r.get('key') as string);
    expect(keys).toEqual(
      expect.arrayContaining([
        'Report.id', 'Person.id', 'Body.key', 'Post.key', 'Tenure.key', 'Event.id', 'Document.key', 'AdminUnit.key',
        'Participation.key', 'Citation.key', 'Evidence.key', 'MergeDecision.key',
      ]),
    );
  });

  it('rejects a duplicate key', async () => {
    const id = `${run}-dup`;
    await query('CREATE (:Person {id: $id, name: "A", testRun: $run})', { id, run });
    await expect(query('CREATE (:Person {id: $id, name: "B", testRun: $run})', { id, run })).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
    const { records } = await query('MATCH (p:Person {id: $id}) RETURN count(p) AS n', { id });
    expect(records[0]?.get('n').toNumber()).toBe(1);
  });

  it('has the range and full-text indexes online, full-text ones folding accents', async () => {
    const { records } = await query(
      "SHOW INDEXES YIELD name, type, state, options WHERE type IN ['RANGE', 'FULLTEXT'] RETURN name, type, state, options",
    );
    const byName = new Map(records.map((r) => [r.get('name') as string, r]));
    for (const name of ['event_date', 'person_norm_name', 'report_url', 'admin_unit_code']) {
      expect(byName.get(name)?.get('type'), name).toBe('RANGE');
    }
    for (const name of ['personSearch', 'bodySearch', 'eventSearch', 'documentSearch']) {
      const index = byName.get(name);
      expect(index?.get('type'), name).toBe('FULLTEXT');
      expect(index?.get('options').indexConfig['fulltext.analyzer'], name).toBe('standard-folding');
    }
    expect(records.every((r) => r.get('state') === 'ONLINE')).toBe(true);
  });

  it('gives admin units written before lowerName existed their lower-case name (cypher/schema-backfill.cypher)', async () => {
    await query(`CREATE (:AdminUnit {key: $run + '-unit', code: $run, name: 'Huyện Đông Sơn', testRun: $run})`, { run });
    await applySchema(driver, database);
    const { records } = await query('MATCH (u:AdminUnit {key: $key}) RETURN u.lowerName AS lowerName', { key: `${run}-unit` });
    expect(records[0]?.get('lowerName')).toBe('huyện đông sơn');
  });

  it('can be applied again (idempotent)', async () => {
    const result = await applySchema(driver, database);
    expect(result.statements).toBe(loadCypherStatements('schema').length);
  });
});

describe('full-text search without diacritics', () => {
  beforeAll(async () => {
    await query(
      `UNWIND $people AS name CREATE (:Person {id: $run + '-' + name, name: name, testRun: $run})`,
      { people: ['Lê Trọng Thụ', 'Đỗ Đức Đạt', 'Lê Văn Thu'], run },
    );
    await query(
      `CREATE (:Document {key: $run + '-d1', number: '15/NQ-HĐND', title: 'Nghị quyết về kế hoạch đầu tư công', type: 'Nghị quyết', testRun: $run})
       CREATE (:Body {key: $run + '-b1', name: 'Hội đồng nhân dân huyện Đông Sơn', testRun: $run})`,
      { run },
    );
  });

  const search = async (index: string, text: string) => {
    const { records } = await query(
      `CALL db.index.fulltext.queryNodes($index, $text) YIELD node, score
       WHERE node.testRun = $run RETURN coalesce(node.name, node.title) AS hit ORDER BY score DESC`,
      { index, text, run },
    );
    return records.map((r) => r.get('hit') as string);
  };

  it('"le trong thu" finds "Lê Trọng Thụ" first', async () => {
    expect((await search('personSearch', 'le trong thu'))[0]).toBe('Lê Trọng Thụ');
  });

  it('"đ" folds to "d": "do duc dat" finds "Đỗ Đức Đạt"', async () => {
    expect(await search('personSearch', 'do duc dat')).toEqual(['Đỗ Đức Đạt']);
  });

  it('searches bodies and documents too', async () => {
    expect(await search('bodySearch', 'hoi dong nhan dan dong son')).toEqual(['Hội đồng nhân dân huyện Đông Sơn']);
    expect(await search('documentSearch', 'nghi quyet dau tu')).toEqual(['Nghị quyết về kế hoạch đầu tư công']);
    expect(await search('documentSearch', 'hdnd')).toEqual(['Nghị quyết về kế hoạch đầu tư công']);
  });
});
