// npm run bench:extract — single-thread extraction throughput over the dev corpus repeated to
// at least 20 MB (BENCH_BYTES), and the time of adversarial 1 MB inputs. Prints figures; asserts nothing.
import { extract } from '../src/extract/index.ts';
import { measureExtraction } from './bench/extract.ts';

const r = measureExtraction({ targetBytes: Number(process.env.BENCH_BYTES ?? 20 * 1024 * 1024) });
console.log(`corpus: ${r.corpus} (${r.corpusReports} reports, ${r.corpusKiB.toFixed(1)} KiB)`);
console.log(`extraction: ${(r.bytes / 1024 / 1024).toFixed(1)} MB, ${r.reports} reports in ${r.seconds.toFixed(2)} s = ${r.mbPerS.toFixed(2)} MB/s, ${r.reportsPerS.toFixed(0)} reports/s (single thread)`);

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
  const x = extract(text, { id: 'adv' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`adversarial ${name}: ${(Buffer.byteLength(text) / MB).toFixed(2)} MB in ${ms.toFixed(0)} ms (${x.people.length} people, ${x.documents.length} documents)`);
}
