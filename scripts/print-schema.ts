// Prints the GraphQL schema (SDL) to schema.graphql, or with --check compares and exits 1 when
// the checked-in file differs. `npm run schema:print` after changing anything under src/schema/.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSchemaSDL, SCHEMA_FILE } from '../src/schema/print.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, SCHEMA_FILE);
const sdl = printSchemaSDL();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing: differs
  }
  if (current !== sdl) {
    console.error(`${SCHEMA_FILE} is out of date; run: npm run schema:print`);
    process.exit(1);
  }
  console.log(`${SCHEMA_FILE} is up to date.`);
} else {
  writeFileSync(file, sdl);
  console.log(`Wrote ${SCHEMA_FILE} (${sdl.split('\n').length} lines).`);
}
