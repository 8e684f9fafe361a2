// npm run bench:extract — single-thread extraction throughput over the dev corpus repeated to
// at least 20 MB, and the time of adversarial 1 MB inputs. Prints figures; asserts nothing.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract/index.ts';

const devDir = process.env.DEV_CORPUS ?? join(process.cwd(), '..', 'shared', 'corpus', 'dev');
const seedDir = join(process.cwd(), 'seed');
const dir = existsSync(devDir) ? devDir : seedDir;
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
const corpusBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const targetBytes = Number(process.env.BENCH_BYTES ?? 20 * 1024 * 1024);

// warm up
for (const t of texts) extract(t, { id: 'warm' });
let bytes = 0;
let reports = 0;
const start = process.hrtime.bigint();
while (bytes < targetBytes) {
  for (const t of texts) {
    extract(t, { id: `r${reports}` });
    bytes += Buffer.byteLength(t);
    reports++;
  }
}
const secs = Number(process.hrtime.bigint() - start) / 1e9;
const mbps = bytes / 1024 / 1024 / secs;
console.log(`corpus: ${dir} (${texts.length} reports, ${(corpusBytes / 1024).toFixed(1)} KiB)`);
console.log(`extraction: ${(bytes / 1024 / 1024).toFixed(1)} MB, ${reports} reports in ${secs.toFixed(2)} s = ${mbps.toFixed(2)} MB/s, ${(reports / secs).toFixed(0)} reports/s (single thread)`);

const MB = 1024 * 1024;
const adversarial: [string, string][] = [
  ['"đồng chí " repeated', 'đồng chí '.repeat(Math.ceil(MB / 'đồng chí '.length))],
  ['one 1 MB line without punctuation', 'Nguyễn Văn An Bí thư Huyện ủy chủ trì hội nghị huyện Đông Sơn '.repeat(Math.ceil(MB / 62))],
  ['100,000 commas', ','.repeat(100_000) + ' Sáng 3/1, UBND huyện tổ chức hội nghị.'],
  ['100,000 opening parentheses', '('.repeat(100_000) + ' Sáng 3/1, UBND huyện tổ chức hội nghị.'],
  ['capitalized words, 1 MB', 'Lê Văn An Trần Thị Bình '.repeat(Math.ceil(MB / 24))],
  ['title chain, 1 MB', 'Phó Bí thư Huyện ủy, '.repeat(Math.ceil(MB / 21))],
  ['document numbers, 1 MB', '58-NQ/TW, 259/QĐ-TTg ngày 1/1/2020 của '.repeat(Math.ceil(MB / 40))],
];
for (const [name, text] of adversarial) {
  const t0 = process.hrtime.bigint();
  const r = extract(text, { id: 'adv' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`adversarial ${name}: ${(Buffer.byteLength(text) / MB).toFixed(2)} MB in ${ms.toFixed(0)} ms (${r.people.length} people, ${r.documents.length} documents)`);
}
