// Bad input files in one ingest run, against the test run's Neo4j: each bad file fails alone with
// a reason that says what is wrong and what to do, and every good file of the same run is
// ingested. NFD text gives the same graph as NFC. A truncated HTML file (a download cut short)
// keeps what it has: the text before the cut is ingested; when nothing readable is left it fails
// with a message saying the file looks cut short. (Empty, binary and Latin-1 files through the
// CLI are in tests/ingest.integration.test.ts.)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../src/graph/ingest.ts';
import { reportId } from '../src/graph/rows.ts';
import { decodeReport, MAX_REPORT_BYTES } from '../src/io/inputs.ts';
import { graphChecksum } from './helpers/checksum.ts';
import { testDriver, testNeo4j } from './helpers/neo4j.ts';
import { SEED_DIR } from './helpers/seed-graph.ts';

const { database, local } = testNeo4j();
let driver: Driver;
const tmp = mkdtempSync(join(tmpdir(), 'civic-graph-badfiles-'));
const seed = (name: string) => readFileSync(join(SEED_DIR, `${name}.txt`), 'utf8');

/** Removes everything but the admin units (only on the throwaway local Neo4j of the test run). */
async function wipeReports(): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) WHERE NOT n:AdminUnit CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** Vietnamese text in Windows-1258: base letters and precomposed vowels from the code page, tone marks as its combining bytes. */
function encodeWindows1258(text: string): Buffer {
  const decoder = new TextDecoder('windows-1258');
  const byChar = new Map<string, number>();
  for (let b = 255; b >= 0; b--) byChar.set(decoder.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = byChar.get(ch);
    if (direct !== undefined) { out.push(direct); continue; }
    const nfd = ch.normalize('NFD');
    const tone = [...nfd].find((c) => /[\u0300\u0301\u0303\u0309\u0323]/.test(c)) ?? '';
    const base = byChar.get(nfd.replace(tone, '').normalize('NFC'));
    const mark = byChar.get(tone);
    if (base === undefined || mark === undefined) throw new Error(`no Windows-1258 form for '${ch}'`);
    out.push(base, mark);
  }
  return Buffer.from(out);
}

/** A report as a web page: headline, one <p> per paragraph, portal furniture around it. */
function asHtml(text: string): string {
  const [headline, ...paras] = text.split(/\n+/).filter((l) => l.trim());
  return `<!doctype html><html><head><meta charset="utf-8"><title>${headline}</title><script>var a = "<p>x</p>";</script></head>` +
    `<body><nav><a href="/">Trang chủ</a></nav><article><h1>${headline}</h1>\n${paras.map((p) => `<p>${p}</p>`).join('\n')}\n</article>` +
    `<footer>Bản quyền thuộc về Cổng thông tin điện tử</footer></body></html>\n`;
}

beforeAll(() => {
  driver = testDriver();
});

afterAll(async () => {
  await driver?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('decodeReport', () => {
  it('reads a file cut in the middle of a character, without that character', () => {
    const bytes = Buffer.from('Sáng 26/5, Hội nghị', 'utf8');
    expect(decodeReport(bytes.subarray(0, bytes.length - 1))).toEqual({ text: 'Sáng 26/5, Hội ngh' });
    const text = 'H\u1ed9i ngh\u1ecb th\u01b0\u1eddng k\u1ef3'; // 'ờ' is 3 bytes in UTF-8
    const at = Buffer.byteLength('H\u1ed9i ngh\u1ecb th\u01b0') + 2;
    expect(decodeReport(Buffer.from(text, 'utf8').subarray(0, at))).toEqual({ text: 'H\u1ed9i ngh\u1ecb th\u01b0' });
  });

  it('names the first byte that is not UTF-8 and says how to convert the file', () => {
    const bytes = encodeWindows1258('Hội nghị Ban Thường vụ Huyện ủy');
    const dec = decodeReport(bytes);
    expect(dec).toEqual({ error: expect.stringMatching(/^not valid UTF-8 \(byte 0xf4 at offset 1\): .*Windows-1258.*iconv -f WINDOWS-1258 -t UTF-8/) });
    // a bad byte in the middle is not mistaken for a cut at the end
    expect('error' in decodeReport(Buffer.concat([Buffer.from('Hội nghị '), Buffer.from([0xe1, 0x41]), Buffer.from(' tổng kết')])) ).toBe(true);
  });
});

describe.skipIf(!local)('one ingest run with bad files among good ones (on the throwaway test Neo4j)', () => {
  const dir = join(tmp, 'mixed');
  const truncatedText = seed('001_57873f8cee7e99ba');

  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'good.txt'), seed('000_dddf6dced2686367'));
    writeFileSync(join(dir, 'good-page.html'), asHtml(seed('004_71c970b0a4a94e48')));
    writeFileSync(join(dir, 'nfd.txt'), seed('002_91a7c705bfc3fe59').normalize('NFD'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'whitespace.txt'), ' \n\t\n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(4096, 7)]));
    writeFileSync(join(dir, 'windows-1258.txt'), encodeWindows1258(seed('003_e1f017394bfdacd0')));
    // 50 MB of real report text: over the limit, refused before it is read
    const big = Buffer.from(seed('000_dddf6dced2686367'), 'utf8');
    writeFileSync(join(dir, 'huge.txt'), Buffer.concat(Array.from({ length: Math.ceil((50 * 1024 * 1024) / big.length) }, () => big)).subarray(0, 50 * 1024 * 1024));
    // a download cut short: in the middle of the fourth paragraph, inside a tag and a character
    const page = Buffer.from(asHtml(truncatedText), 'utf8');
    const cutAt = page.indexOf(Buffer.from('<p>Dự Hội nghị', 'utf8'));
    expect(cutAt).toBeGreaterThan(0);
    writeFileSync(join(dir, 'truncated.html'), Buffer.concat([page.subarray(0, cutAt), Buffer.from('<p>Dự Hội ngh', 'utf8'), Buffer.from('ị', 'utf8').subarray(0, 2)]));
    // cut before the body: nothing readable
    writeFileSync(join(dir, 'truncated-head.html'), page.subarray(0, page.indexOf(Buffer.from('</title>')) - 5));
  });

  it('ingests every good file and fails each bad one with its reason', async () => {
    await wipeReports();
    const failures: string[] = [];
    const summary = await ingestPaths(driver, [dir], { database, onFailure: (f) => failures.push(f.file) });
    const failed = Object.fromEntries(summary.failures.map((f) => [f.file.replace(`${dir}/`, ''), f.error]));
    expect(failed).toEqual({
      'empty.txt': 'empty file',
      'whitespace.txt': 'no text in file',
      'binary.txt': 'binary content (NUL bytes), not a text report',
      'windows-1258.txt': expect.stringMatching(/^not valid UTF-8 \(byte 0x[0-9a-f]{2} at offset \d+\): legacy Vietnamese encodings such as Windows-1258/),
      'huge.txt': `file too large: 50.0 MB (52428800 bytes; the limit is ${(MAX_REPORT_BYTES / 1024 / 1024).toFixed(1)} MB a report)`,
      'truncated-head.html': expect.stringMatching(/^no readable text in the HTML \(the file ends before <\/body><\/html>: it looks cut short/),
    });
    expect(failures).toHaveLength(6);
    expect(summary).toMatchObject({ ok: 4, unchanged: 0, failed: 6 });

    const reports = await driver.executeQuery('MATCH (r:Report) WHERE r.sourceFile STARTS WITH $dir RETURN r.name AS name ORDER BY name', { dir }, { database });
    expect(reports.records.map((r) => r.get('name'))).toEqual(['good', 'good-page', 'nfd', 'truncated']);
  }, 180_000);

  it('keeps what a truncated page has: the chair named before the cut', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (r:Report {name: 'truncated'})-[:DESCRIBES]->(e:Event)<-[:IN_EVENT]-(:Participation {role: 'chair'})<-[:HAS_ROLE]-(p:Person)
       WHERE r.sourceFile STARTS WITH $dir
       RETURN e.date AS date, p.name AS chair`, { dir }, { database });
    expect(records.map((r) => r.toObject())).toEqual([{ date: '2023-05-26', chair: 'Lê Trọng Thụ' }]);
  });

  it('makes NFD text the same graph as NFC text', async () => {
    const one = join(tmp, 'one');
    mkdirSync(one, { recursive: true });
    const text = seed('002_91a7c705bfc3fe59');
    const nfd = text.normalize('NFD');
    expect(nfd).not.toBe(text);
    const sums = [];
    for (const version of [text, nfd]) {
      await wipeReports();
      writeFileSync(join(one, 'report.txt'), version);
      expect(await ingestPaths(driver, [one], { database })).toMatchObject({ ok: 1, failed: 0 });
      sums.push(await graphChecksum(driver, database));
    }
    expect(reportId(nfd)).toBe(reportId(text));
    expect(sums[1]).toEqual(sums[0]);
  }, 120_000);
});
