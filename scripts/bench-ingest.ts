// node bin/run-ts.mjs scripts/bench-ingest.ts — ingest throughput: N generated reports (deterministic variants of the dev
// corpus, else of seed/) extracted and written to the graph. Prints figures; asserts nothing.
// Needs a Neo4j: NEO4J_URI, or the local one (started if needed). WIPES THE DATABASE first
// unless BENCH_KEEP=1. Env: BENCH_REPORTS (default 3000), BENCH_BATCH (default 250).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { withNeo4j } from '../src/db/driver.ts';
import { applySchema } from '../src/db/migrate.ts';
import { extractFull } from '../src/extract/index.ts';
import { reportId, reportRows, type ReportRows } from '../src/graph/rows.ts';
import { ensureAdminUnits, writeBatch } from '../src/graph/writer.ts';
import { peopleOf, variant } from '../tests/helpers/variants.ts';

const devDir = process.env.DEV_CORPUS ?? join(process.cwd(), '..', 'shared', 'corpus', 'dev');
const dir = existsSync(devDir) ? devDir : join(process.cwd(), 'seed');
const base = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f.slice(0, -4), text: readFileSync(join(dir, f), 'utf8') }));
const people = peopleOf(base);
const n = Number(process.env.BENCH_REPORTS ?? 3000);
const batchSize = Number(process.env.BENCH_BATCH ?? 250);

await withNeo4j(loadConfig(), async ({ driver, database }) => {
  if (process.env.BENCH_KEEP !== '1') {
    const s = driver.session({ database });
    try { await s.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS'); } finally { await s.close(); }
  }
  await applySchema(driver, database);
  let t = performance.now();
  await ensureAdminUnits(driver, database);
  console.log(`admin units: ${((performance.now() - t) / 1000).toFixed(1)} s`);

  t = performance.now();
  const rows: ReportRows[] = [];
  for (let k = 0; k < n; k++) {
    const b = k % base.length;
    const text = variant(base[b]!.text, people[b]!, Math.floor(k / base.length));
    const full = extractFull(text, { id: `v${k}` });
    rows.push(reportRows({ id: reportId(text), name: `v${k}`, sourceFile: `v${k}.txt`, url: null, source: null }, full));
  }
  const extractS = (performance.now() - t) / 1000;
  console.log(`extract + rows: ${n} reports in ${extractS.toFixed(1)} s = ${(n / extractS).toFixed(0)} reports/s`);

  t = performance.now();
  let nodes = 0;
  let rels = 0;
  for (let i = 0; i < rows.length; i += batchSize) {
    const r = await writeBatch(driver, rows.slice(i, i + batchSize), { database });
    nodes += r.nodesCreated;
    rels += r.relationshipsCreated;
  }
  const writeS = (performance.now() - t) / 1000;
  console.log(`write: ${n} reports in ${writeS.toFixed(1)} s = ${(n / writeS).toFixed(0)} reports/s (batch ${batchSize}); ${nodes} nodes, ${rels} relationships created`);
  console.log(`rss: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
}, { log: (m) => console.error(m) });
