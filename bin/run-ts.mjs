#!/usr/bin/env node
// Runs a TypeScript script: node bin/run-ts.mjs path/to/script.ts [args…]
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
register();
const [script, ...rest] = process.argv.slice(2);
if (!script) { console.error('usage: run-ts.mjs <script.ts> [args…]'); process.exit(2); }
process.argv = [process.argv[0] ?? 'node', resolve(script), ...rest];
await import(pathToFileURL(resolve(script)).href);
