// Ingest against the test run's real Neo4j (tests/global-setup.ts): seed/ into the graph model of
// docs/graph-model.md, idempotent re-ingest, new versions of a url, failures, the CLI, and a
// kill -9 in the middle of a long ingest (then a rerun: the same counts and the same content
// checksum as a clean run). The dev-corpus part is skipped when ../shared is absent.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../src/db/migrate.ts';
import { ingestPaths, type IngestSummary } from '../src/graph/ingest.ts';
import { reportId } from '../src/graph/rows.ts';
import { graphChecksum } from './helpers/checksum.ts';
import { testDriver, testNeo4j } from './helpers/neo4j.ts';
import { writeVariants } from './helpers/variants.ts';

const ROOT = join(import.meta.dirname, '..');
const SEED = join(ROOT, 'seed');
const DEV = join(ROOT, '..', 'shared', 'corpus', 'dev');
const hasDev = existsSync(DEV) && readdirSync(DEV).some((f) => f.endsWith('.txt'));
const neo = testNeo4j();
const { database } = neo;
let driver: Driver;
const tmp = mkdtempSync(join(tmpdir(), 'civic-graph-ingest-'));

const q = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(cypher, params, { database })).records.map((r) => r.toObject() as Record<string, unknown>);
const num = (v: unknown) => (typeof v === 'number' ? v : Number(v as never));

/** Empties the graph (admin units too, unless kept), in batches, and re-applies the schema. */
async function wipe(keepAdminUnits = true): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run(
      `MATCH (n) WHERE NOT ($keep AND n:AdminUnit) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
      { keep: keepAdminUnits },
    );
  } finally {
    await session.close();
  }
  await applySchema(driver, database);
}

interface Counts { nodes: number; relationships: number; labels: Record<string, number>; types: Record<string, number> }

async function counts(): Promise<Counts> {
  const labels: Record<string, number> = {};
  for (const r of await q('MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n')) labels[r.label as string] = num(r.n);
  const types: Record<string, number> = {};
  for (const r of await q('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n')) types[r.type as string] = num(r.n);
  return {
    nodes: Object.values(labels).reduce((a, b) => a + b, 0),
    relationships: Object.values(types).reduce((a, b) => a + b, 0),
    labels,
    types,
  };
}

const ingest = (paths: string[], opts: { batchSize?: number } = {}): Promise<IngestSummary> =>
  ingestPaths(driver, paths, { database, ...opts });

// ---------------------------------------------------------------------------------------------
// The CLI as a child process, pointed at the test database

const cliEnv = () => ({
  ...process.env,
  NEO4J_URI: neo.uri,
  NEO4J_DATABASE: database,
  ...(neo.user ? { NEO4J_USER: neo.user } : {}),
  ...(neo.password !== undefined ? { NEO4J_PASSWORD: neo.password } : {}),
});

function startCli(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'civic-graph.mjs'), 'ingest', ...args], { cwd: ROOT, env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => { stdout += c.toString('utf8'); });
  child.stderr!.on('data', (c: Buffer) => { stderr += c.toString('utf8'); });
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

beforeAll(async () => {
  driver = testDriver();
  await wipe(false);
}, 300_000);

afterAll(async () => {
  await driver?.close();
  rmSync(tmp, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------

describe('ingesting seed/ into an empty graph', () => {
  let summary: IngestSummary;
  beforeAll(async () => {
    summary = await ingest([SEED]);
  }, 300_000);

  it('writes the five reports and the admin units', async () => {
    expect(summary).toMatchObject({ ok: 5, unchanged: 0, failed: 0, failures: [] });
    expect(summary.adminUnitsLoaded).toBeGreaterThan(15_000);
    expect(summary.nodesCreated).toBeGreaterThan(summary.adminUnitsLoaded);
    const [r] = await q('MATCH (r:Report) RETURN count(r) AS n, collect(r.id) AS ids');
    expect(num(r!.n)).toBe(5);
    const text = readFileSync(join(SEED, '000_dddf6dced2686367.txt'), 'utf8');
    expect(r!.ids).toContain(reportId(text));
    const [rep] = await q('MATCH (r:Report {id: $id}) RETURN r {.*} AS r', { id: reportId(text) });
    expect(rep!.r).toMatchObject({
      name: '000_dddf6dced2686367', title: 'Hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024', publishedAt: '2024-01-05',
      authors: ['Thu Hương', 'Kim Oanh'], district: 'Đông Sơn', province: 'Thanh Hóa', sourceFile: join(SEED, '000_dddf6dced2686367.txt'),
    });
    expect(num((rep!.r as Record<string, unknown>).version)).toBe(1);
  });

  it('makes Lê Trọng Thụ one person: Bí thư and Chủ tịch in Đông Sơn, seen 2023-05-26 to 2024-01-03, chair of two events', async () => {
    const people = await q(`MATCH (p:Person) WHERE p.nameKey = 'lê trọng thụ' RETURN p.id AS id, p.districtCode AS d`);
    expect(people).toEqual([{ id: expect.any(String), d: '405' }]);
    const id = people[0]!.id;
    const tenures = await q(
      `MATCH (:Person {id: $id})-[:HELD]->(t:Tenure)-[:OF]->(post:Post)-[:AT]->(b:Body)
       RETURN post.title AS title, b.name AS body, t.firstSeen AS first, t.lastSeen AS last ORDER BY title`, { id });
    expect(tenures).toEqual([
      { title: 'Bí thư', body: 'Huyện ủy Đông Sơn', first: '2023-05-26', last: '2024-01-03' },
      { title: 'Chủ tịch', body: 'UBND huyện Đông Sơn', first: '2023-05-26', last: '2024-01-03' },
    ]);
    const chairs = await q(
      `MATCH (:Person {id: $id})-[:HAS_ROLE]->(:Participation {role: 'chair'})-[:IN_EVENT]->(e:Event)<-[:DESCRIBES]-(r:Report)
       RETURN e.date AS date, r.name AS report ORDER BY date`, { id });
    expect(chairs).toEqual([
      { date: '2023-05-26', report: '001_57873f8cee7e99ba' },
      { date: '2024-01-03', report: '000_dddf6dced2686367' },
    ]);
    const merges = await q(`MATCH (:Person {id: $id})-[m:MERGED]->(d:MergeDecision)-[:IN_REPORT]->(r:Report) RETURN m.reason AS reason, d.reason AS dr, r.name AS report`, { id });
    expect(merges).toEqual([{ reason: 'same name, same district', dr: 'same name, same district', report: '001_57873f8cee7e99ba' }]);
    const [place] = await q(`MATCH (:Person {id: $id})-[:IN]->(u:AdminUnit) RETURN u.name AS name, u.level AS level`, { id });
    expect(place).toEqual({ name: 'Đông Sơn', level: 'district' });
  });

  it('makes Nghị quyết 58-NQ/TW one document cited by two events in two reports', async () => {
    const docs = await q(`MATCH (d:Document) WHERE d.number = '58-NQ/TW' RETURN d.key AS key, d.date AS date, d.type AS type, d.issuer AS issuer`);
    expect(docs).toEqual([{ key: 'no:58-NQ/TW', date: '2020-08-05', type: 'Nghị quyết', issuer: 'Bộ Chính trị' }]);
    const cites = await q(
      `MATCH (:Document {key: 'no:58-NQ/TW'})<-[:OF]-(c:Citation)-[:AT_EVENT]->(e:Event), (c)-[:IN_REPORT]->(r:Report)
       RETURN count(DISTINCT e) AS events, count(DISTINCT r) AS reports`);
    expect(cites.map((c) => [num(c.events), num(c.reports)])).toEqual([[2, 2]]);
    const [issuer] = await q(`MATCH (:Document {key: 'no:58-NQ/TW'})-[:ISSUED_BY]->(b:Body) RETURN b.name AS name, b.kind AS kind`);
    expect(issuer).toEqual({ name: 'Bộ Chính trị', kind: 'national' });
  });

  it('keeps Lê Thanh Hải and Lê Đình Hải two people, and makes no official of the byline "Lê Hải"', async () => {
    const rows = await q(`MATCH (p:Person) WHERE p.normName IN ['le thanh hai', 'le dinh hai', 'le hai'] RETURN p.name AS name, p.districtCode AS d ORDER BY name`);
    expect(rows).toEqual([{ name: 'Lê Thanh Hải', d: '405' }, { name: 'Lê Đình Hải', d: '395' }].sort((a, b) => (a.name < b.name ? -1 : 1)));
    const [hai] = await q(`MATCH (r:Report {name: '002_91a7c705bfc3fe59'}) RETURN r.authors AS authors`);
    expect(hai!.authors).toEqual(['Lê Hải']);
  });

  it('attaches the three officials of the report without a district to no district', async () => {
    const rows = await q(
      `MATCH (r:Report {name: '003_e1f017394bfdacd0'})<-[:MENTIONED_IN]-(p:Person)
       RETURN p.name AS name, p.districtCode AS d, p.provinceCode AS pc, EXISTS { (p)-[:IN]->(:AdminUnit) } AS placed`);
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r).toMatchObject({ d: null, pc: null, placed: false });
    const [rep] = await q(`MATCH (r:Report {name: '003_e1f017394bfdacd0'}) RETURN r.district AS d, r.province AS p`);
    expect(rep).toEqual({ d: null, p: null });
  });

  it('answers for every fact from text: which report, which sentence (quote, span), which rule', async () => {
    for (const label of ['Tenure', 'Participation', 'Citation', 'Person']) {
      const [r] = await q(`MATCH (n:${label}) WHERE NOT EXISTS { (n)-[:SOURCE]->(:Evidence)-[:IN_REPORT]->(:Report) } RETURN count(n) AS n`);
      expect(num(r!.n), `${label} without a source`).toBe(0);
    }
    const [ev] = await q(`MATCH (e:Evidence) WHERE e.rule IS NULL OR e.quote IS NULL OR e.start IS NULL OR e.end IS NULL OR NOT EXISTS { (e)-[:IN_REPORT]->() } RETURN count(e) AS n`);
    expect(num(ev!.n)).toBe(0);
    const [org] = await q(`MATCH (:Body)-[o:ORGANIZED]->(:Event) WHERE o.rule IS NULL OR o.quote IS NULL OR o.reportId IS NULL RETURN count(o) AS n`);
    expect(num(org!.n)).toBe(0);
    // a sample: the chair of seed 001 is stated by the lead sentence
    const [src] = await q(
      `MATCH (:Person {nameKey: 'lê trọng thụ'})-[:HAS_ROLE]->(pa:Participation {role: 'chair'})-[:IN_EVENT]->(:Event {date: '2023-05-26'}),
             (pa)-[:SOURCE]->(e:Evidence)-[:IN_REPORT]->(:Report {name: '001_57873f8cee7e99ba'})
       RETURN e.rule AS rule, e.quote AS quote, e.start AS start, e.end AS end`);
    expect(src!.rule).toMatch(/^role\.chair/);
    expect(src!.quote).toMatch(/^Sáng 26\/5, dưới sự chủ trì của đồng chí Lê Trọng Thụ/);
    expect(num(src!.end)).toBeGreaterThan(num(src!.start));
  });

  it('links bodies, posts, events and organizers to admin units', async () => {
    const [b] = await q(`MATCH (b:Body {key: 'ban thường vụ huyện ủy đông sơn@405'})-[:PART_OF]->(p:Body)-[:IN]->(u:AdminUnit) RETURN p.name AS parent, u.key AS unit, b.kind AS kind, b.level AS level`);
    expect(b).toEqual({ parent: 'Huyện ủy Đông Sơn', unit: '405@start', kind: 'party', level: 'district' });
    const [e] = await q(`MATCH (r:Report {name: '000_dddf6dced2686367'})-[:DESCRIBES]->(e:Event)-[:IN]->(u:AdminUnit), (o:Body)-[:ORGANIZED]->(e)
                         RETURN e.kind AS kind, e.partOfDay AS pod, e.location AS loc, u.name AS place, o.name AS organizer`);
    expect(e).toEqual({ kind: 'hội nghị', pod: 'morning', loc: 'Trung tâm Hội nghị', place: 'Đông Sơn', organizer: 'Huyện ủy Đông Sơn' });
  });

  it('loads admin units with parents, validity and the July 2025 reform', async () => {
    const [d] = await q(`MATCH (u:AdminUnit {key: '395@start'})-[:PART_OF]->(p:AdminUnit) RETURN u.name AS name, u.type AS type, u.level AS level, u.validTo AS validTo, p.name AS province`);
    expect(d).toEqual({ name: 'Thọ Xuân', type: 'huyện', level: 'district', validTo: '2025-07-01', province: 'Thanh Hóa' });
    const [s] = await q(`MATCH (:AdminUnit {key: '395@start'})-[s:SUCCEEDED_BY]->(n:AdminUnit) RETURN count(n) AS n, collect(DISTINCT n.level) AS levels`);
    expect(num(s!.n)).toBeGreaterThan(0);
    expect(s!.levels).toEqual(['commune']);
    const [c] = await q(`MATCH (u:AdminUnit) WHERE u.level = 'district' AND (u.validTo IS NULL OR u.validTo > '2025-07-01') RETURN count(u) AS n`);
    expect(num(c!.n)).toBe(0);
  });

  it('changes nothing when the same content is ingested again', async () => {
    const before = await counts();
    const again = await ingest([SEED]);
    expect(again).toMatchObject({ ok: 0, unchanged: 5, failed: 0, nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0, adminUnitsLoaded: 0 });
    expect(await counts()).toEqual(before);
  });
});

describe.skipIf(!hasDev)('seed/ and the dev corpus', () => {
  it('ingested twice give identical node and relationship counts', async () => {
    await wipe();
    const first = await ingest([SEED, DEV]);
    expect(first.failed).toBe(0);
    expect(first.ok).toBe(5 + readdirSync(DEV).filter((f) => f.endsWith('.txt')).length);
    const once = await counts();
    const second = await ingest([SEED, DEV]);
    expect(second).toMatchObject({ ok: 0, unchanged: first.ok, failed: 0, nodesCreated: 0, relationshipsCreated: 0 });
    expect(await counts()).toEqual(once);
  }, 300_000);

  it('resolves the officials who recur across dev reports of one district (same name, same district)', async () => {
    const rows = await q(`MATCH (p:Person)-[:MENTIONED_IN]->(r:Report) WITH p, count(r) AS n WHERE n > 1 RETURN p.name AS name ORDER BY name`);
    const names = rows.map((r) => r.name);
    for (const n of ['Nguyễn Hữu Tường', 'Lê Xuân Thành', 'Nguyễn Thị Hoa', 'Đặng Quốc Trung', 'Lưu Văn Bình', 'Lê Trọng Thụ']) expect(names).toContain(n);
    // dev17 is stored in NFD: its people are in the graph in NFC, and resolve like the others
    const dev17 = await q(`MATCH (r:Report {name: 'dev17'})<-[:MENTIONED_IN]-(p:Person) RETURN p.name AS name, p.nameKey AS key`);
    expect(dev17.length).toBeGreaterThan(0);
    for (const p of dev17) {
      expect(p.name).toBe((p.name as string).normalize('NFC'));
      expect(p.key).toBe((p.name as string).toLowerCase());
    }
  });
});

describe('a new version of a report (same url)', () => {
  const dir = join(tmp, 'versions');
  const url = 'https://example.org/tin/ban-thuong-vu-thang-5';
  const v1 = readFileSync(join(SEED, '001_57873f8cee7e99ba.txt'), 'utf8');
  // the second version moves the meeting to 29/5 and names only the chair
  const v2 = v1.replace('Sáng 26/5', 'Sáng 29/5').replace(/Dự Hội nghị có đồng chí Lê Thanh Hải[^\n]*\n/, '\n');

  const write = (text: string) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'tin.txt'), text);
    writeFileSync(join(dir, 'tin.meta.json'), JSON.stringify({ url, source: 'dongson.thanhhoa.gov.vn' }));
  };

  it('replaces the old version\'s facts, as if only the new version had been ingested', async () => {
    expect(v2).not.toBe(v1);
    await wipe();
    await ingest([join(SEED, '000_dddf6dced2686367.txt')]);
    write(v1);
    expect(await ingest([dir])).toMatchObject({ ok: 1, replaced: 0 });
    const oldId = reportId(v1, { url });
    expect(await q('MATCH (r:Report {id: $id}) RETURN r.version AS v', { id: oldId })).toHaveLength(1);

    write(v2);
    const s = await ingest([dir]);
    expect(s).toMatchObject({ ok: 1, unchanged: 0, failed: 0, replaced: 1 });
    expect(s.nodesDeleted).toBeGreaterThan(0);
    const reports = await q('MATCH (r:Report {url: $url}) RETURN r.id AS id, r.version AS v', { url });
    expect(reports.map((r) => [r.id, num(r.v)])).toEqual([[reportId(v2, { url }), 2]]);
    for (const label of ['Evidence', 'Citation', 'MergeDecision']) {
      const [r] = await q(`MATCH (n:${label}) WHERE n.key CONTAINS $id OR n.reportId = $id RETURN count(n) AS n`, { id: oldId });
      expect(num(r!.n), label).toBe(0);
    }
    const [ev] = await q(`MATCH (e:Event) WHERE e.id STARTS WITH $id RETURN count(e) AS n`, { id: oldId });
    expect(num(ev!.n)).toBe(0);
    // tenures seen again from what remains: 2024-01-03 (seed 000) and 2023-05-29 (the new version)
    const tenures = await q(`MATCH (:Person {nameKey: 'lê trọng thụ'})-[:HELD]->(t:Tenure) RETURN t.title AS title, t.firstSeen AS f, t.lastSeen AS l ORDER BY title`);
    expect(tenures).toEqual([{ title: 'Bí thư', f: '2023-05-29', l: '2024-01-03' }, { title: 'Chủ tịch', f: '2023-05-29', l: '2024-01-03' }]);
    const replaced = await counts();

    await wipe();
    await ingest([join(SEED, '000_dddf6dced2686367.txt')]);
    write(v2);
    await ingest([dir]);
    const clean = await counts();
    expect(replaced.labels).toEqual(clean.labels);
    expect(replaced.types).toEqual(clean.types);
  }, 120_000);
});

describe('failures and the command line', () => {
  it('names each failed input with its reason, keeps the others, and exits with 1', async () => {
    await wipe();
    const dir = join(tmp, 'mixed');
    mkdirSync(dir, { recursive: true });
    cpSync(join(SEED, '002_91a7c705bfc3fe59.txt'), join(dir, 'good.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Hu\xe1n \xfb ban', 'latin1'));
    writeFileSync(join(dir, 'lines.jsonl'), `${JSON.stringify({ url: 'https://example.org/a', text: readFileSync(join(SEED, '004_71c970b0a4a94e48.txt'), 'utf8') })}\n{not json}\n`);
    const { done } = startCli([dir, '--json']);
    const { code, stdout, stderr } = await done;
    expect(code).toBe(1);
    const summary = JSON.parse(stdout) as IngestSummary;
    expect(summary).toMatchObject({ ok: 2, unchanged: 0, failed: 4 });
    const failed = Object.fromEntries(summary.failures.map((f) => [f.file.replace(`${dir}/`, ''), f.error]));
    expect(failed).toEqual({
      'binary.txt': expect.stringMatching(/binary/),
      'empty.txt': 'empty file',
      'latin1.txt': expect.stringMatching(/UTF-8/),
      'lines.jsonl:2': expect.stringMatching(/invalid JSON/),
    });
    for (const f of Object.keys(failed)) expect(stderr).toContain(f);
    const [jl] = await q(`MATCH (r:Report {url: 'https://example.org/a'}) RETURN r.sourceFile AS file`);
    expect(jl!.file).toBe(`${join(dir, 'lines.jsonl')}:1`);
  }, 120_000);

  it('prints a summary of what it did, and exits with 0 when nothing failed', async () => {
    const { done } = startCli([join(SEED, '000_dddf6dced2686367.txt'), join(SEED, '002_91a7c705bfc3fe59.txt')]);
    const { code, stdout } = await done;
    expect(code).toBe(0);
    expect(stdout).toMatch(/ingest: 1 ok, 1 unchanged, 0 failed/);
    expect(stdout).toMatch(/graph: \d+ nodes and \d+ relationships created/);
  }, 120_000);
});

describe('a kill -9 in the middle of a long ingest', () => {
  it('then a rerun gives the same graph as a clean run', async () => {
    const baseDir = hasDev ? DEV : SEED;
    const base = readdirSync(baseDir).filter((f) => f.endsWith('.txt')).sort()
      .map((f) => ({ name: f.slice(0, -4), text: readFileSync(join(baseDir, f), 'utf8') }));
    const dir = join(tmp, 'long');
    const n = writeVariants(dir, base, 2000);
    expect(new Set(readdirSync(dir).map((f) => reportId(readFileSync(join(dir, f), 'utf8')))).size).toBe(n);

    // interrupted run
    await wipe();
    const run1 = startCli([dir, '--batch-size', '100', '--json']);
    let killedAt = -1;
    const deadline = Date.now() + 240_000;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 150));
      const [r] = await q('MATCH (r:Report) RETURN count(r) AS n');
      const have = num(r!.n);
      if (have >= 300) {
        run1.child.kill('SIGKILL');
        killedAt = have;
        break;
      }
      if (run1.child.exitCode !== null) break;
    }
    const r1 = await run1.done;
    expect(r1.signal, `the ingest ended before it could be killed: ${r1.stderr}`).toBe('SIGKILL');
    expect(killedAt).toBeGreaterThan(0);
    expect(killedAt).toBeLessThan(n);

    const rerun = await startCli([dir, '--json']).done;
    expect(rerun.code, rerun.stderr).toBe(0);
    const resumed = JSON.parse(rerun.stdout) as IngestSummary;
    expect(resumed.unchanged).toBeGreaterThanOrEqual(killedAt);
    expect(resumed.ok + resumed.unchanged).toBe(n);
    const afterKill = await counts();
    expect(afterKill.labels.Report).toBe(n);
    const afterKillSum = await graphChecksum(driver, database);

    // clean run
    await wipe();
    const clean = await startCli([dir, '--json']).done;
    expect(clean.code, clean.stderr).toBe(0);
    expect((JSON.parse(clean.stdout) as IngestSummary).ok).toBe(n);
    const cleanCounts = await counts();
    expect(afterKill).toEqual(cleanCounts);
    // the same content too: every node's labels and properties, every relationship's type,
    // endpoints and properties (tests/helpers/checksum.ts; ingest times left out)
    const cleanSum = await graphChecksum(driver, database);
    expect(cleanSum.nodes).toBe(cleanCounts.nodes);
    expect(cleanSum.relationships).toBe(cleanCounts.relationships);
    expect(afterKillSum).toEqual(cleanSum);
  }, 900_000);
});
