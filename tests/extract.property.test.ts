// Property-based tests of extraction (fast-check): on random strings and on mutated real
// reports it never throws, its output always validates against the record schema, and
// adversarial inputs stay linear in time (the bench prints the figures; here only "finishes").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFull, ExtractionRecord, FullExtraction } from '../src/extract/index.ts';

const seedDir = join(import.meta.dirname, '..', 'seed');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedDir, f), 'utf8'));

/** Pieces that the rules react to, to build texts that exercise them. */
const PIECES = ['đồng chí ', 'Đ/c ', 'các đồng chí: ', 'Lê Trọng Thụ', 'Nguyễn Văn An', ', ', ' - ', '; ', '. ', '\n', 'Bí thư ', 'Phó Bí thư Thường trực ',
  'Huyện ủy ', 'UBND huyện ', 'HĐND tỉnh ', 'Thanh Hóa', 'Đông Sơn', 'chủ trì ', 'đồng chủ trì ', 'dưới sự chủ trì của ', 'Dự hội nghị có ', 'phát biểu ',
  'Sáng 3/1/2024, ', 'Chiều 29/12, ', 'Ngày 20 tháng 9 năm 2022, ', 'tổ chức hội nghị', 'Nghị quyết số 58-NQ/TW ngày 05/8/2020 của Bộ Chính trị về ',
  '259/QĐ-TTg', 'Đăng lúc: 05/01/2024 (GMT+7)', ' date 2023-12 ', 'Thực hiện: A - B', '(', ')', 'ủy', 'ư', '\u0301', '\u200b', 'Ð', '–', '"', '1', '/'];

function checkRecord(text: string): void {
  const full = extractFull(text, { id: 'p' });
  const parsed = FullExtraction.safeParse(full);
  if (!parsed.success) throw new Error(`invalid output: ${parsed.error.message}`);
  expect(ExtractionRecord.safeParse(full.record).success).toBe(true);
  for (const f of full.facts) {
    expect(f.evidence.start).toBeLessThanOrEqual(f.evidence.end);
    expect(f.evidence.end).toBeLessThanOrEqual(full.textLength);
  }
  // no error fact: an internal failure would show here
  expect(full.facts.some((f) => f.evidence.rule === 'error')).toBe(false);
}

describe('extraction properties', () => {
  it('never fails on arbitrary strings, and the output validates', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => { checkRecord(s); }), { numRuns: 300 });
  });

  it('never fails on texts built from the pieces the rules react to', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (parts) => { checkRecord(parts.join('')); }), { numRuns: 400 });
  });

  it('never fails on mutated real reports (cut, spliced, case-changed, decomposed)', () => {
    fc.assert(fc.property(
      fc.constantFrom(...seeds), fc.nat(), fc.nat(), fc.constantFrom('none', 'upper', 'lower', 'nfd', 'strip-spaces', 'crlf'),
      (text, a, b, mode) => {
        const i = a % (text.length + 1);
        const j = b % (text.length + 1);
        let t = text.slice(0, Math.min(i, j)) + text.slice(Math.max(i, j)) + text.slice(Math.min(i, j), Math.max(i, j));
        if (mode === 'upper') t = t.toUpperCase();
        if (mode === 'lower') t = t.toLowerCase();
        if (mode === 'nfd') t = t.normalize('NFD');
        if (mode === 'strip-spaces') t = t.replace(/ /g, '');
        if (mode === 'crlf') t = t.replace(/\n/g, '\r\n');
        checkRecord(t);
      }), { numRuns: 150 });
  });

  it('gives the same record for NFD and NFC input', () => {
    for (const text of seeds) {
      expect(extractFull(text.normalize('NFD'), { id: 'x' }).record).toEqual(extractFull(text, { id: 'x' }).record);
    }
  });

  it('finishes adversarial 1 MB inputs (time is printed by npm run bench:extract)', () => {
    const MB = 1024 * 1024;
    for (const t of ['đồng chí '.repeat(MB / 8), ','.repeat(100_000), '('.repeat(100_000), 'Lê Văn An '.repeat(MB / 10),
      // two sentences on one line, the second with hundreds of thousands of tokens; and a year said 100,000 times
      `Sáng 3/1/2024, UBND huyện tổ chức hội nghị. ${'a '.repeat(300_000)}`, `Sáng 3/1, UBND huyện tổ chức hội nghị năm 2024. ${'năm 2023 '.repeat(100_000)}`]) checkRecord(t);
  }, 60_000);
});
