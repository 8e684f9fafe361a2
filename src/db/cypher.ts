// Named Cypher files from cypher/: `loadCypher('schema')` reads cypher/schema.cypher once and
// caches it; `loadCypherStatements` splits a file into its `;`-separated statements.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cypher');

const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher (name may contain sub-folders: 'queries/person'). */
export function loadCypher(name: string): string {
  if (!/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/.test(name)) {
    throw new Error(`loadCypher: invalid name '${name}' (expected e.g. 'schema' or 'queries/person')`);
  }
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** The statements of cypher/<name>.cypher, comments removed. */
export function loadCypherStatements(name: string): string[] {
  return splitCypher(loadCypher(name));
}

/**
 * Splits Cypher text on the `;` that end statements, ignoring those inside strings,
 * backquoted names and comments. Comments are dropped; empty statements are left out.
 */
export function splitCypher(text: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  const flush = () => {
    const s = current.trim();
    if (s) statements.push(s);
    current = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      current += ' ';
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' && c !== '`' ? 2 : 1;
      current += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === ';') {
      flush();
      i++;
    } else {
      current += c;
      i++;
    }
  }
  flush();
  return statements;
}
