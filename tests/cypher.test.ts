import { describe, expect, it } from 'vitest';
import { loadCypher, loadCypherStatements, splitCypher } from '../src/db/cypher.ts';

describe('splitCypher', () => {
  it('splits on ; outside strings, backquotes and comments, and drops comments', () => {
    const text = `// a comment; not a statement
      CREATE (:A {s: 'x;y', t: "it\\"s;"});
      /* block; comment */ MATCH (n:\`odd;label\`) RETURN n;

      RETURN 1 // trailing; comment
    `;
    expect(splitCypher(text).map((s) => s.replace(/\s+/g, ' '))).toEqual([
      `CREATE (:A {s: 'x;y', t: "it\\"s;"})`,
      'MATCH (n:`odd;label`) RETURN n',
      'RETURN 1',
    ]);
  });
});

describe('loadCypher', () => {
  it('loads cypher/schema.cypher, all statements idempotent', () => {
    expect(loadCypher('schema')).toBe(loadCypher('schema'));
    const statements = loadCypherStatements('schema');
    expect(statements.length).toBeGreaterThan(10);
    for (const s of statements) expect(s).toMatch(/^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) \w+ IF NOT EXISTS /);
  });

  it('refuses names that leave cypher/', () => {
    expect(() => loadCypher('../package')).toThrow(/invalid name/);
  });
});
