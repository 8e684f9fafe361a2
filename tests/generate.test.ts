// The synthetic report generator (src/generate): same seed, same bytes; gold records that
// validate and agree with their text; officials who keep their posts for years and move;
// documents that many reports cite; JSON lines that the ingest reader accepts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionRecord } from '../src/extract/record.ts';
import { Generator, jsonLine, writeReports, type GeneratedReport } from '../src/generate/index.ts';
import { dayFrom } from '../src/generate/calendar.ts';
import { World } from '../src/generate/world.ts';
import { units } from '../src/generate/units.ts';
import { toNewToneStyle } from '../src/gazetteer/index.ts';
import { JsonLine } from '../src/io/inputs.ts';

const root = join(import.meta.dirname, '..');

function digest(dir: string): string {
  const h = createHash('sha256');
  for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex');
}

const made: string[] = [];
/** A temporary directory removed after the tests. */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const SEED = 20240;
const N = 3000;
let reports: GeneratedReport[] = [];

beforeAll(() => {
  const g = new Generator(SEED);
  reports = Array.from({ length: N }, (_, i) => g.report(i));
});

describe('generate: determinism', () => {
  it('writes byte-identical files for the same seed and count, different ones for another seed', () => {
    const a = tempDir('cg-gen-a-');
    const b = tempDir('cg-gen-b-');
    const c = tempDir('cg-gen-c-');
    writeReports({ reports: 120, seed: 5, out: a, jsonl: join(a, 'all.jsonl') });
    writeReports({ reports: 120, seed: 5, out: b, jsonl: join(b, 'all.jsonl') });
    writeReports({ reports: 120, seed: 6, out: c });
    expect(readdirSync(a)).toHaveLength(241);
    expect(digest(a)).toBe(digest(b));
    expect(readFileSync(join(a, readdirSync(a).find((f) => f.endsWith('.txt'))!), 'utf8'))
      .not.toBe(readFileSync(join(c, readdirSync(c).find((f) => f.endsWith('.txt'))!), 'utf8'));
  });

  it('gives report i the same content whatever was generated before it', () => {
    const fresh = new Generator(SEED);
    for (const i of [2999, 17, 1234]) {
      const r = fresh.report(i);
      expect(r.text).toBe(reports[i]!.text);
      expect(r.gold).toEqual(reports[i]!.gold);
    }
  });

  it('writes the same bytes with worker threads (npm run generate)', () => {
    const one = tempDir('cg-gen-w1-');
    const two = tempDir('cg-gen-w2-');
    const run = (dir: string, workers: string) => spawnSync(process.execPath, [join(root, 'bin', 'run-ts.mjs'), join(root, 'scripts', 'generate.ts'),
      '--reports', '2100', '--seed', '9', '--out', join(dir, 'r'), '--jsonl', join(dir, 'r.jsonl'), '--workers', workers, '--quiet'], { encoding: 'utf8' });
    const r1 = run(one, '1');
    const r2 = run(two, '2');
    expect(r1.status, r1.stderr).toBe(0);
    expect(r2.status, r2.stderr).toBe(0);
    expect(digest(join(two, 'r'))).toBe(digest(join(one, 'r')));
    expect(readFileSync(join(two, 'r.jsonl'), 'utf8')).toBe(readFileSync(join(one, 'r.jsonl'), 'utf8'));
    expect(readdirSync(two).sort()).toEqual(['r', 'r.jsonl']);
  }, 120_000);
});

describe('generate: gold records', () => {
  it('validate against ExtractionRecord and name their file id', () => {
    for (const r of reports) {
      const parsed = ExtractionRecord.safeParse(r.gold);
      expect(parsed.success, `${r.id}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
      expect(r.gold.report.id).toBe(r.id);
    }
  });

  it('agree with their text: names, numbers, bylines and roles', () => {
    for (const r of reports) {
      const text = toNewToneStyle(r.text.normalize('NFC'));
      const flat = text.replace(/\s+/g, '');
      for (const p of r.gold.people) {
        expect(text, `${r.id}: ${p.name}`).toContain(p.name);
        expect(p.positions.length).toBeGreaterThan(0);
        // the board, office or department of each post is named in the text
        for (const pos of p.positions) {
          if (!pos.body || !/^(Ban (?!Thường vụ|Chấp hành)|Sở |Phòng )/.test(pos.body)) continue;
          const head = pos.body
            .replace(/ (Huyện ủy|Thị ủy|Thành ủy|Quận ủy|Tỉnh ủy|HĐND|huyện|thị xã|thành phố|quận|tỉnh)( .*)?$/, '')
            .replace(/^Phòng /, '')
            .replace('Phát triển nông thôn', '');
          expect(text, `${r.id}: ${p.name} ${pos.body}`).toContain(head);
        }
      }
      for (const a of r.gold.report.authors) expect(text, `${r.id}: author ${a}`).toContain(a);
      for (const d of r.gold.documents) if (d.number) expect(flat, `${r.id}: ${d.number}`).toContain(d.number);
      for (const e of r.gold.events) {
        expect(e.date! >= '2020-01-01' && e.date! <= '2025-06-30', `${r.id}: ${e.date}`).toBe(true);
        for (const n of e.attendees) expect(e.chairs).not.toContain(n);
        for (const n of [...e.chairs, ...e.speakers, ...e.attendees]) expect(r.gold.people.map((p) => p.name)).toContain(n);
      }
      if (r.gold.report.publishedAt) {
        const [y, m, d] = r.gold.report.publishedAt.split('-');
        expect(text).toMatch(d ? new RegExp(`${d}/${m}/${y}`) : new RegExp(` date ${y}-${m} `));
      }
    }
  });

  it('cover the variations of the dev corpus', () => {
    const all = reports.map((r) => r.text).join('\n');
    for (const form of [
      /\nSáng \d+\/\d+,/, /\nChiều ngày \d+\/\d+\/20\d\d,/, /\nNgày \d+ tháng \d+ năm 20\d\d,/, /\nSáng \d+-\d+,/, /\nSáng nay \(\d+\/\d+\),/,
      /Trong ngày \d+\/\d+/, /\nTối \d+\/\d+/, /Đăng lúc: \d\d\/\d\d\/20\d\d \(GMT\+7\)/, /^ date 20\d\d-\d\d /m, /^Thứ \S+, \d\d\/\d\d\/20\d\d - \d\d:\d\d$/m,
      /^100%\nPrint$/m, /^Đăng nhập$/m, /đồng chủ trì/, /dưới sự chủ trì của/, /Chủ trì hội nghị có/, /Đồng chủ trì hội nghị có các đồng chí:/,
      /Dự hội nghị có các đồng chí:/, /Cùng đi có/, /Về dự đại hội có/, /Đoàn Chủ tịch gồm các đồng chí:/, /\bPBT\b/, /\bUV BTV\b/, /Huyện uỷ/, /Thanh Hoá/,
      /^Thực hiện: .+ - .+$/m, /^Tin, ảnh: /m, / \(CTV\)$/m, / - TTVHTT$/m, /^Tin: .+ - Ảnh: /m, /Phát biểu kết luận/, /Phát biểu chỉ đạo/,
    ]) expect(all, String(form)).toMatch(form);
    expect(reports.some((r) => r.text !== r.text.normalize('NFC'))).toBe(true);
    expect(reports.some((r) => r.gold.report.place.district === null && r.gold.report.place.province !== null)).toBe(true);
    expect(reports.some((r) => r.gold.report.place.province === null)).toBe(true);
    expect(reports.some((r) => r.gold.events.some((e) => e.partOfDay === 'evening'))).toBe(true);
    expect(reports.some((r) => r.gold.events.length === 2)).toBe(true);
    const provinces = new Set(reports.map((r) => r.gold.report.place.province).filter(Boolean));
    expect(provinces.size).toBeGreaterThan(55);
  });
});

describe('generate: the world', () => {
  it('keeps an official under the same name across a district\'s reports for years', () => {
    // (district, title, body) -> dates and names
    const posts = new Map<string, { date: string; name: string }[]>();
    for (const r of reports) {
      const date = r.gold.events[0]?.date;
      // a congress names the outgoing secretary and the newly elected one
      if (!date || !r.gold.report.place.district || r.gold.events[0]?.title?.startsWith('Đại hội')) continue;
      for (const p of r.gold.people) {
        for (const pos of p.positions) {
          if (!(pos.title === 'Bí thư' || pos.title === 'Chủ tịch') || !pos.body) continue;
          if (!/^(Huyện ủy|Thị ủy|Thành ủy|Quận ủy|UBND huyện|UBND thị xã|UBND thành phố|UBND quận) /.test(pos.body)) continue;
          const key = `${r.gold.report.place.province}|${pos.title}|${pos.body}`;
          const list = posts.get(key) ?? [];
          list.push({ date, name: p.name });
          posts.set(key, list);
        }
      }
    }
    let longest = 0;
    for (const list of posts.values()) {
      const byName = new Map<string, string[]>();
      for (const x of list) byName.set(x.name, [...(byName.get(x.name) ?? []), x.date]);
      // one holder a day
      const byDate = new Map<string, Set<string>>();
      for (const x of list) byDate.set(x.date, (byDate.get(x.date) ?? new Set()).add(x.name));
      for (const names of byDate.values()) expect(names.size).toBe(1);
      for (const dates of byName.values()) {
        dates.sort();
        const span = (Date.parse(dates[dates.length - 1]!) - Date.parse(dates[0]!)) / 86_400_000;
        longest = Math.max(longest, span);
      }
    }
    expect(longest).toBeGreaterThan(3 * 365);
  });

  it('moves officials to other posts and districts', () => {
    const world = new World(SEED);
    const thanhHoa = units().province('38');
    const seen = new Map<string, Set<string>>(); // person id -> "district/slot"
    for (let y = 2020; y <= 2025; y++) {
      for (const m of [1, 4, 7, 10]) {
        const day = dayFrom(y, m, 15);
        if (y === 2025 && m > 4) continue;
        for (const d of thanhHoa.districtCodes) {
          for (const slot of ['SEC', 'CHAIR', 'DSEC_TT', 'VC_TT', 'VC1']) {
            const r = world.districtRole('38', d, slot, day);
            if (r) seen.set(r.person.id, (seen.get(r.person.id) ?? new Set()).add(`${d}/${slot}`));
          }
        }
      }
    }
    const moves = [...seen.values()].filter((s) => s.size > 1);
    const districts = (s: Set<string>) => new Set([...s].map((x) => x.split('/')[0]));
    expect(moves.length).toBeGreaterThan(5);
    expect(moves.some((s) => districts(s).size > 1)).toBe(true);
  });

  it('has documents cited by many reports over the years', () => {
    const byNumber = new Map<string, Set<string>>();
    const local = new Map<string, string[]>();
    for (const r of reports) {
      for (const d of r.gold.documents) {
        if (!d.number) continue;
        byNumber.set(d.number, (byNumber.get(d.number) ?? new Set()).add(r.id));
        if (/KH-UBND|NQ\/HU|NQ-HĐND|KL\/HU/.test(d.number) && d.issuer) {
          const key = `${d.issuer}|${d.number}`;
          local.set(key, [...(local.get(key) ?? []), r.gold.events[0]?.date ?? '']);
        }
      }
    }
    expect(byNumber.get('58-NQ/TW')?.size ?? 0).toBeGreaterThan(30);
    for (const n of ['19-NQ/TW', '1719/QĐ-TTg', '263/QĐ-TTg', '14-KL/TW']) expect(byNumber.get(n)?.size ?? 0, n).toBeGreaterThan(5);
    const recurring = [...local.values()].filter((dates) => dates.length >= 3);
    expect(recurring.length).toBeGreaterThan(0);
  });

  it('writes JSON lines that the ingest reader accepts', () => {
    for (const r of reports.slice(0, 300)) {
      const parsed = JsonLine.safeParse(JSON.parse(jsonLine(r)));
      expect(parsed.success, r.id).toBe(true);
      expect(r.url).toMatch(/^https:\/\/[a-z0-9.-]+\/tin-tuc\/[a-z0-9-]+\.html$/);
      expect(r.publishedAt).toBe(r.gold.report.publishedAt);
      expect(r.district).toBe(r.gold.report.place.district);
    }
  });
});
