// The pure part of ingest: bodies and places, report rows, keys, entity resolution and batch
// assembly (src/graph/places.ts, rows.ts, resolve.ts, admin-units.ts). No database.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFull } from '../src/extract/index.ts';
import { foldName } from '../src/extract/normalize.ts';
import { contentId } from '../src/io/inputs.ts';
import { adminUnitRows } from '../src/graph/admin-units.ts';
import { adminUnitKey, describeBody, pickVersion, resolveReportPlace, trailingPlace } from '../src/graph/places.ts';
import { assembleBatch, documentKey, resolvePerson, type PersonCandidate } from '../src/graph/resolve.ts';
import { documentBaseKey, eventKind, normalizeNumber, personId, reportId, reportRows, type ReportRows } from '../src/graph/rows.ts';
import { findDistricts, unitVersions } from '../src/gazetteer/index.ts';

const seed = (name: string) => readFileSync(join('seed', `${name}.txt`), 'utf8');
const SEED = ['000_dddf6dced2686367', '001_57873f8cee7e99ba', '002_91a7c705bfc3fe59', '003_e1f017394bfdacd0', '004_71c970b0a4a94e48'];

function rowsOf(text: string, name = 'r', url: string | null = null): ReportRows {
  const full = extractFull(text, { id: name });
  return reportRows({ id: reportId(text), name, sourceFile: `${name}.txt`, url, source: null }, full);
}

const ctxThanhHoa = (districtName?: string, date = '2024-01-01') => {
  const district = districtName ? findDistricts(districtName, { provinceCode: '38' })[0]!.code : null;
  return { provinceCode: '38', districtCode: district, date };
};

describe('bodies', () => {
  it('reads kind, level, place and parent from canonical names', () => {
    const ctx = ctxThanhHoa('Đông Sơn');
    const huyenUy = describeBody('Huyện ủy Đông Sơn', ctx);
    expect(huyenUy).toMatchObject({ kind: 'party', level: 'district', parent: null });
    expect(huyenUy.unit?.code).toBe('405');
    expect(huyenUy.key).toBe('huyện ủy đông sơn@405');

    const btv = describeBody('Ban Thường vụ Huyện ủy Đông Sơn', ctx);
    expect(btv).toMatchObject({ kind: 'party', level: 'district', parent: 'Huyện ủy Đông Sơn' });

    expect(describeBody('UBND huyện Đông Sơn', ctx)).toMatchObject({ kind: 'state', level: 'district' });
    expect(describeBody('Thường trực HĐND huyện Đông Sơn', ctx)).toMatchObject({ kind: 'state', parent: 'HĐND huyện Đông Sơn' });
    expect(describeBody('Ủy ban MTTQ huyện Ngọc Lặc', ctx)).toMatchObject({ kind: 'front', level: 'district' });
    expect(describeBody('Đoàn Đại biểu Quốc hội tỉnh Thanh Hóa', ctx)).toMatchObject({ kind: 'delegation', level: 'province' });
    expect(describeBody('Sở Xây dựng tỉnh Thanh Hóa', ctx)).toMatchObject({ kind: 'agency', level: 'province' });
    expect(describeBody('Phòng Tài chính - Kế hoạch huyện Hoằng Hóa', ctx)).toMatchObject({ kind: 'agency', level: 'district' });
    expect(describeBody('Bộ Chính trị', ctx)).toMatchObject({ kind: 'national', level: 'national', unit: null, key: 'bộ chính trị' });
    expect(describeBody('Ban Chấp hành Trung ương', ctx)).toMatchObject({ kind: 'national' });
  });

  it('tells a provincial city from the province of the same name', () => {
    const ctx = ctxThanhHoa();
    expect(describeBody('UBND thành phố Thanh Hóa', ctx).unit).toMatchObject({ code: '380', level: 'district' });
    expect(describeBody('Thành ủy Thanh Hóa', ctx).unit).toMatchObject({ code: '380' });
    expect(describeBody('UBND tỉnh Thanh Hóa', ctx).unit).toMatchObject({ code: '38', level: 'province' });
  });

  it('keys bodies of communes sharing a name apart by their unit, and leaves ambiguous ones unplaced', () => {
    const trieuSon = describeBody('Đảng ủy xã Xuân Lộc', ctxThanhHoa('Triệu Sơn', '2024-07-08'));
    const thoXuan = describeBody('Đảng ủy xã Xuân Lộc', ctxThanhHoa('Thọ Xuân', '2024-07-08'));
    expect(trieuSon.unit?.districtCode).toBe('397');
    expect(trieuSon.key).not.toBe(thoXuan.key);
    // province only: Thanh Hóa has several xã Xuân Lộc
    const unplaced = describeBody('Đảng ủy xã Xuân Lộc', ctxThanhHoa(undefined, '2024-07-08'));
    expect(unplaced).toMatchObject({ unit: null, level: 'commune', key: 'đảng ủy xã xuân lộc' });
  });

  it('gives bodies without a place no unit but keeps the level word', () => {
    const none = { provinceCode: null, districtCode: null, date: null };
    expect(describeBody('Huyện ủy', none)).toMatchObject({ unit: null, level: 'district', kind: 'party', key: 'huyện ủy' });
    expect(describeBody('UBND huyện', none)).toMatchObject({ unit: null, level: 'district', kind: 'state' });
    expect(describeBody('Ban Quản lý Khu bảo tồn thiên nhiên Xuân Liên', none)).toMatchObject({ unit: null, level: null, kind: 'agency' });
  });

  it('finds the trailing place of a body name', () => {
    expect(trailingPlace('Huyện ủy Đông Sơn')).toEqual({ word: 'huyện', place: 'Đông Sơn', levelWord: 'huyện' });
    expect(trailingPlace('Huyện Ủy Đông Sơn')).toEqual({ word: 'huyện', place: 'Đông Sơn', levelWord: 'huyện' });
    expect(trailingPlace('Ủy ban MTTQ xã Hoằng Đạo')).toEqual({ word: 'xã', place: 'Hoằng Đạo', levelWord: 'xã' });
    expect(trailingPlace('Thị ủy Nghi Sơn')).toMatchObject({ word: 'thị xã', place: 'Nghi Sơn' });
    expect(trailingPlace('UBND huyện')).toEqual({ word: null, place: null, levelWord: 'huyện' });
    expect(trailingPlace('Trung tâm Văn hóa')).toEqual({ word: null, place: null, levelWord: null });
  });
});

describe('places', () => {
  it('resolves a report place to units, a commune with its district', () => {
    const p = resolveReportPlace({ district: 'Triệu Sơn', province: 'Thanh Hóa', commune: 'Xuân Lộc' }, '2024-07-08');
    expect(p.province?.code).toBe('38');
    expect(p.district?.code).toBe('397');
    expect(p.commune?.districtCode).toBe('397');
    expect(resolveReportPlace({ district: null, province: null }, null)).toEqual({ province: null, district: null, commune: null });
    const city = resolveReportPlace({ district: 'Thanh Hóa', province: 'Thanh Hóa' }, '2023-04-15');
    expect(city.district).toMatchObject({ code: '380', type: 'thành phố' });
  });

  it('picks the version of a unit valid on the date', () => {
    const versions = unitVersions('407'); // huyện Tĩnh Gia, then thị xã Nghi Sơn
    expect(versions.length).toBeGreaterThan(1);
    expect(pickVersion(versions, '2020-06-01')?.name).toBe('Tĩnh Gia');
    expect(pickVersion(versions, '2025-01-01')?.name).toBe('Nghi Sơn');
    expect(adminUnitKey(versions[0]!)).toBe('407@start');
  });

  it('lists admin units with unique keys, parents and reform successors', () => {
    const rows = adminUnitRows();
    expect(rows.units.length).toBeGreaterThan(15_000);
    expect(new Set(rows.units.map((u) => u.key)).size).toBe(rows.units.length);
    const keys = new Set(rows.units.map((u) => u.key));
    for (const r of rows.partOf) expect(keys.has(r.child) && keys.has(r.parent)).toBe(true);
    for (const r of rows.succeededBy) expect(keys.has(r.from) && keys.has(r.to)).toBe(true);
    // district-level units end with the July 2025 reform
    const thoXuan = rows.units.find((u) => u.code === '395')!;
    expect(thoXuan).toMatchObject({ level: 'district', validTo: '2025-07-01' });
    expect(rows.partOf).toContainEqual({ child: '395@start', parent: '38@start' });
    expect(rows.succeededBy.some((s) => s.from === '395@start')).toBe(true);
  });
});

describe('keys', () => {
  it('hashes the NFC text for the report id, with metadata when there is some', () => {
    const text = seed(SEED[0]!);
    expect(reportId(text)).toBe(contentId(text));
    expect(reportId(text.normalize('NFD'))).toBe(reportId(text));
    expect(reportId(text, { url: 'https://example.org/a' })).not.toBe(reportId(text));
    expect(reportId(text, { url: undefined })).toBe(reportId(text));
    expect(reportId(text)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('normalizes document numbers and keys documents', () => {
    expect(normalizeNumber('1523/ QĐ-UBND')).toBe('1523/QĐ-UBND');
    expect(normalizeNumber('58–nq/tw')).toBe('58-NQ/TW');
    expect(documentBaseKey({ type: 'Nghị quyết', number: '58-NQ/TW', issuer: 'Bộ Chính trị', title: null })).toBe('no:58-NQ/TW');
    expect(documentBaseKey({ type: 'Nghị quyết', number: null, issuer: 'Ban Chấp hành Đảng bộ huyện Thọ Xuân', title: 'Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVII' }))
      .toBe('t:nghị quyết|ban chấp hành đảng bộ huyện thọ xuân|nghị quyết đại hội đảng bộ huyện lần thứ xxvii');
  });

  it('keeps one document per number, dated or not, and splits a reused number with another date', () => {
    const known = new Map<string, string | null>();
    const doc = (date: string | null) => ({ baseKey: 'no:18-NQ/TW', numbered: true, date });
    expect(documentKey(doc(null), known)).toBe('no:18-NQ/TW');
    expect(documentKey(doc('2017-10-25'), known)).toBe('no:18-NQ/TW');
    expect(documentKey(doc('2017-10-25'), known)).toBe('no:18-NQ/TW');
    expect(documentKey(doc('2022-06-16'), known)).toBe('no:18-NQ/TW@2022-06-16');
    expect(documentKey(doc(null), known)).toBe('no:18-NQ/TW');
    expect(documentKey({ baseKey: 't:x|y|z', numbered: false, date: '2020-01-01' }, known)).toBe('t:x|y|z');
  });

  it('classifies events by their title', () => {
    expect(eventKind('Hội nghị tổng kết năm 2023')).toBe('hội nghị');
    expect(eventKind('Kỳ họp thứ 14 HĐND huyện')).toBe('kỳ họp');
    expect(eventKind('Phiên họp thường kỳ tháng 11')).toBe('phiên họp');
    expect(eventKind('Đại hội Đảng bộ xã Quảng Nhân')).toBe('đại hội');
    expect(eventKind('Lễ kỷ niệm 94 năm Ngày thành lập Đảng')).toBe('lễ');
    expect(eventKind('Buổi làm việc với xã Hoằng Đạo')).toBe('làm việc');
    expect(eventKind(null)).toBe('other');
    expect(eventKind('Ra quân làm đường giao thông nông thôn')).toBe('other');
  });
});

describe('person resolution', () => {
  const cand = (id: string, name: string, districtCode: string | null, provinceCode: string | null): PersonCandidate =>
    ({ id, name, nameKey: foldName(name), districtCode, provinceCode });
  const mention = (name: string, districtCode: string | null, provinceCode: string | null) =>
    ({ name, nameKey: foldName(name), districtCode, provinceCode });

  it('merges the same name in the same district, with its reason', () => {
    const r = resolvePerson(mention('Lê Trọng Thụ', '405', '38'), [cand('a', 'Lê Trọng Thụ', '405', '38')]);
    expect(r).toEqual({ id: 'a', match: expect.objectContaining({ id: 'a' }), reason: 'same name, same district' });
  });

  it('keeps the same name in unrelated places apart', () => {
    const other = resolvePerson(mention('Lê Văn Hải', '395', '38'), [cand('a', 'Lê Văn Hải', '405', '38')]);
    expect(other.match).toBeNull();
    expect(other.id).toBe(personId(foldName('Lê Văn Hải'), '395', '38'));
    expect(other.id).not.toBe('a');
    expect(resolvePerson(mention('Lê Văn Hải', null, '42'), [cand('a', 'Lê Văn Hải', '405', '38')]).match).toBeNull();
    // no place on one side only: not compatible
    expect(resolvePerson(mention('Lê Văn Hải', null, null), [cand('a', 'Lê Văn Hải', '405', '38')]).match).toBeNull();
    expect(resolvePerson(mention('Lê Văn Hải', '405', '38'), [cand('a', 'Lê Văn Hải', null, null)]).match).toBeNull();
  });

  it('merges across a district and its province where one side has no district', () => {
    const up = resolvePerson(mention('Đỗ Minh Tuấn', '405', '38'), [cand('p', 'Đỗ Minh Tuấn', null, '38')]);
    expect(up).toMatchObject({ id: 'p', reason: 'same name, same province, one side without district' });
    const down = resolvePerson(mention('Đỗ Minh Tuấn', null, '38'), [cand('d', 'Đỗ Minh Tuấn', '405', '38')]);
    expect(down).toMatchObject({ id: 'd', reason: 'same name, same province, one side without district' });
    // two districts have someone of that name: which one is unknowable
    const two = resolvePerson(mention('Đỗ Minh Tuấn', null, '38'), [cand('d1', 'Đỗ Minh Tuấn', '405', '38'), cand('d2', 'Đỗ Minh Tuấn', '395', '38')]);
    expect(two.match).toBeNull();
    // the exact scope wins over a compatible one
    const exact = resolvePerson(mention('Đỗ Minh Tuấn', '395', '38'), [cand('p', 'Đỗ Minh Tuấn', null, '38'), cand('d2', 'Đỗ Minh Tuấn', '395', '38')]);
    expect(exact.id).toBe('d2');
  });

  it('unifies spelling variants (NFD, tone placement, case) and says so', () => {
    const variants = ['Lê Thị Hòa'.normalize('NFD'), 'Lê Thị Hoà', 'LÊ THỊ HÒA'];
    for (const v of variants) {
      const r = resolvePerson(mention(v, '405', '38'), [cand('h', 'Lê Thị Hòa', '405', '38')]);
      expect(r.id).toBe('h');
      expect(r.reason).toMatch(/^same name, same district; spelling /);
    }
    expect(personId(foldName('Lê Thị Hoà'), '405', '38')).toBe(personId(foldName('Lê Thị Hòa'), '405', '38'));
  });

  it('never merges different full names that share a given name', () => {
    expect(resolvePerson(mention('Lê Đình Hải', '405', '38'), [cand('a', 'Lê Thanh Hải', '405', '38')]).match).toBeNull();
  });
});

describe('report rows', () => {
  it('maps seed 000: report, bodies, tenures with dates, events, documents, citations', () => {
    const text = seed(SEED[0]!);
    const rows = rowsOf(text, SEED[0]);
    expect(rows.report).toMatchObject({ id: contentId(text), name: SEED[0], publishedAt: '2024-01-05', district: 'Đông Sơn', province: 'Thanh Hóa', authors: ['Thu Hương', 'Kim Oanh'] });
    const thu = rows.mentions.findIndex((m) => m.name === 'Lê Trọng Thụ');
    expect(rows.mentions[thu]).toMatchObject({ districtCode: '405', provinceCode: '38', unitKey: '405@start', scopeFrom: 'positions', normName: 'le trong thu' });
    const tenures = rows.tenures.filter((t) => t.mention === thu);
    expect(tenures.map((t) => t.postKey).sort()).toEqual(['bí thư|huyện ủy đông sơn@405', 'chủ tịch|ubnd huyện đông sơn@405']);
    for (const t of tenures) expect(t).toMatchObject({ from: '2024-01-03', to: '2024-01-03' });
    expect(rows.events).toHaveLength(1);
    expect(rows.events[0]).toMatchObject({ id: `${rows.report.id}#0`, kind: 'hội nghị', date: '2024-01-03', partOfDay: 'morning', unitKey: '405@start' });
    expect(rows.organizers).toEqual([expect.objectContaining({ bodyKey: 'huyện ủy đông sơn@405', eventId: rows.events[0]!.id })]);
    expect(rows.organizers[0]!.rule).toMatch(/^organizer\./);
    expect(rows.participations.filter((p) => p.mention === thu).map((p) => p.role).sort()).toEqual(['chair', 'speaker']);
    expect(rows.documents).toEqual([expect.objectContaining({ baseKey: 'no:58-NQ/TW', numbered: true, date: '2020-08-05', issuerKey: 'bộ chính trị' })]);
    expect(rows.citations).toEqual([expect.objectContaining({ doc: 0, eventId: rows.events[0]!.id, eventRef: '0' })]);
    expect(rows.bodyParents).toEqual([]);
  });

  it('gives every fact from text its evidence: which report, which sentence, which rule', () => {
    for (const name of SEED) {
      const rows = rowsOf(seed(name), name);
      const keys = new Set(rows.evidence.map((e) => e.key));
      const all = [...rows.mentions, ...rows.tenures, ...rows.participations, ...rows.citations];
      for (const x of all) {
        expect(x.evidence.length, `${name}: ${JSON.stringify(x)}`).toBeGreaterThan(0);
        for (const k of x.evidence) expect(keys.has(k)).toBe(true);
      }
      for (const e of rows.evidence) {
        expect(e.key).toBe(`${rows.report.id}:${e.start}-${e.end}:${e.rule}`);
        expect(e.rule).not.toBe('');
        expect(e.quote.length).toBeGreaterThan(0);
        expect(e.end).toBeGreaterThan(e.start);
      }
      for (const o of rows.organizers) expect(o.rule && o.quote).toBeTruthy();
    }
  });

  it('attaches the officials of a report without a place to no district', () => {
    const rows = rowsOf(seed(SEED[3]!), SEED[3]);
    expect(rows.report).toMatchObject({ district: null, province: null });
    expect(new Set(rows.mentions.map((m) => m.name))).toEqual(new Set(['Ngô Minh Quế', 'Nguyễn Trung Thành', 'Nguyễn Đức Bình']));
    for (const m of rows.mentions) expect(m).toMatchObject({ districtCode: null, provinceCode: null, unitKey: null, scopeFrom: null });
    expect(rows.events[0]!.unitKey).toBeNull();
  });

  it('records organs with their parent body (Ban Thường vụ Huyện ủy → Huyện ủy)', () => {
    const rows = rowsOf(seed(SEED[1]!), SEED[1]);
    expect(rows.bodyParents).toContainEqual({ child: 'ban thường vụ huyện ủy đông sơn@405', parent: 'huyện ủy đông sơn@405' });
    expect(rows.bodies.map((b) => b.key)).toContain('huyện ủy đông sơn@405');
  });
});

describe('batch assembly', () => {
  const now = '2026-01-01T00:00:00.000Z';

  it('resolves a person across reports of a batch and records the merge', () => {
    const a = rowsOf(seed(SEED[0]!), SEED[0]);
    const b = rowsOf(seed(SEED[1]!), SEED[1]);
    const p = assembleBatch([a, b], { persons: [], documents: [], versions: new Map(), now });
    expect(p.reports.map((r) => r.version)).toEqual([1, 1]);
    expect(p.persons.map((x) => x.name).sort()).toEqual(['Lê Thanh Hải', 'Lê Trọng Thụ']);
    expect(p.merges).toHaveLength(2);
    for (const m of p.merges) expect(m).toMatchObject({ reportId: b.report.id, reason: 'same name, same district', at: now });
    const thu = p.persons.find((x) => x.name === 'Lê Trọng Thụ')!;
    const tenures = p.tenures.filter((t) => t.personId === thu.id);
    expect(new Set(tenures.map((t) => t.key)).size).toBe(2);
    expect(tenures.map((t) => t.from).sort()).toEqual(['2023-05-26', '2023-05-26', '2024-01-03', '2024-01-03']);
    // 58-NQ/TW: one document, cited from both reports
    const nq58 = p.documents.filter((d) => d.number === '58-NQ/TW');
    expect(nq58).toHaveLength(1);
    expect(p.citations.filter((c) => c.docKey === nq58[0]!.key).map((c) => c.reportId).sort()).toEqual([a.report.id, b.report.id].sort());
  });

  it('resolves against persons already in the graph, and keeps one participation per role', () => {
    const a = rowsOf(seed(SEED[0]!), SEED[0]);
    const existing = { id: 'existing-thu', name: 'Lê Trọng Thụ', nameKey: foldName('Lê Trọng Thụ'), districtCode: '405', provinceCode: '38' };
    const p = assembleBatch([a], { persons: [existing], documents: [{ key: 'no:58-NQ/TW', date: '2020-08-05' }], versions: new Map(), now });
    expect(p.persons.map((x) => x.name)).toEqual(['Lê Thanh Hải']);
    expect(p.merges).toEqual([expect.objectContaining({ personId: 'existing-thu', key: `existing-thu|${a.report.id}` })]);
    expect(p.participations.filter((x) => x.personId === 'existing-thu').map((x) => x.role).sort()).toEqual(['chair', 'speaker']);
    expect(new Set(p.participations.map((x) => x.key)).size).toBe(p.participations.length);
    expect(p.documents[0]!.key).toBe('no:58-NQ/TW');
  });

  it('numbers a new version of a url after the one it replaces', () => {
    const a = rowsOf(seed(SEED[2]!), SEED[2], 'https://example.org/tin/1');
    const p = assembleBatch([a], { persons: [], documents: [], versions: new Map([['https://example.org/tin/1', 2]]), now });
    expect(p.reports[0]).toMatchObject({ url: 'https://example.org/tin/1', version: 3, ingestedAt: now });
  });
});
