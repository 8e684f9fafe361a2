// One synthetic report: pick a place, an event and a day from the seed and the report's
// index, write the article with page furniture like the district portals and provincial
// papers of the dev corpus, and return its text with its gold extraction record.
import { dayFrom, dd_mm_yyyy, isoDay, isoMonth, slashDate, WEEKDAY_NAMES, weekday, ymd, type Day } from './calendar.ts';
import { Composer, drawStyle, type GoldDocument, type GoldEvent, type GoldPerson } from './compose.ts';
import { KINDS, MEETING_PARTS, Skip, type Kind, type PartWord } from './events.ts';
import { int, shortcomings, TOPIC_FILLERS, type FillerName, type Scene } from './filler.ts';
import { Rng, seedOf } from './prng.ts';
import { communeInfo, districtInfo, provinceInfo, slug, units, type UnitInfo } from './units.ts';
import { Writer, type When } from './writer.ts';
import { World, type CommuneWorld, type DistrictWorld } from './world.ts';
import { findDistricts, type CommuneUnit, type DistrictUnit } from '../gazetteer/index.ts';
import { drawPenName } from './names.ts';

export interface GoldRecord {
  schema: 'extraction-record@1';
  report: {
    id: string;
    title: string | null;
    publishedAt: string | null;
    authors: string[];
    place: { district: string | null; province: string | null };
  };
  people: GoldPerson[];
  events: GoldEvent[];
  documents: GoldDocument[];
}

export interface GeneratedReport {
  readonly id: string;
  readonly text: string;
  readonly gold: GoldRecord;
  readonly url: string;
  readonly publishedAt: string | null;
  readonly district: string | null;
  readonly province: string | null;
}

const THANH_HOA = '38';
const SLOGANS = [
  'KHƠI DẬY TIỀM NĂNG, VỮNG BƯỚC PHÁT TRIỂN', 'ĐOÀN KẾT - ĐỔI MỚI - PHÁT TRIỂN', 'QUYẾT TÂM XÂY DỰNG QUÊ HƯƠNG GIÀU ĐẸP, VĂN MINH',
  'CHÀO MỪNG CÁC NGÀY LỄ LỚN CỦA ĐẤT NƯỚC', 'PHÁT HUY TRUYỀN THỐNG, HỘI NHẬP VÀ PHÁT TRIỂN',
] as const;

type PubMode = 'dangluc' | 'month' | 'dateline' | 'none';

const KINDS_BY_SCOPE: Record<Kind['scope'], (readonly [Kind, number])[]> = { district: [], commune: [], province: [] };
for (const k of KINDS) KINDS_BY_SCOPE[k.scope].push([k, k.weight]);

export class Generator {
  readonly world: World;

  constructor(readonly seed: number, readonly idPrefix = `syn${seed}-`) {
    this.world = new World(seed);
  }

  id(index: number): string {
    return `${this.idPrefix}${String(index).padStart(6, '0')}`;
  }

  report(index: number): GeneratedReport {
    const rng = new Rng(seedOf(this.seed, 'report', index));
    for (let attempt = 0; attempt < 200; attempt++) {
      const r = this.attempt(rng, index);
      if (r) return r;
    }
    throw new Error(`generate: no report could be written for index ${index}`);
  }

  private attempt(rng: Rng, index: number): GeneratedReport | null {
    const scope = rng.weighted([['district', 76], ['commune', 15], ['province', 9]] as const);
    const provinces = units().provinces;
    const pEntry = rng.chance(0.3) ? units().province(THANH_HOA) : rng.pick(provinces);
    const kind = rng.weighted(KINDS_BY_SCOPE[scope]);
    const pWorld = this.world.province(pEntry.unit.code);
    let dCode: string | undefined;
    let dWorld: DistrictWorld | undefined;
    let commune: CommuneUnit | undefined;
    let cWorld: CommuneWorld | undefined;
    let day: Day | null;
    if (scope === 'province') {
      day = kind.day({ rng, pWorld });
    } else {
      if (pEntry.districtCodes.length === 0) return null;
      dCode = rng.pick(pEntry.districtCodes);
      dWorld = this.world.district(dCode, pEntry.unit.code);
      if (scope === 'commune') {
        const probe = kind.id === 'cCongress' ? dayFrom(rng.chance(0.6) ? 2020 : 2025, 5, 10) : kind.day({ rng, pWorld, dWorld });
        if (probe === null) return null;
        const cs = units().communesAt(dCode, probe);
        if (cs.length === 0) return null;
        commune = rng.pick(cs);
        cWorld = this.world.commune(commune, pEntry.unit.code);
        day = kind.id === 'cCongress' ? kind.day({ rng, pWorld, dWorld, cWorld }) : probe;
        if (day !== null && !units().communeAt(commune.code, dCode, day)) return null;
      } else {
        day = kind.day({ rng, pWorld, dWorld });
      }
    }
    if (day === null) return null;
    const district = dCode ? units().districtAt(dCode, day) : undefined;
    if (dCode && !district) return null;
    // Numbered units ("Quận 4", "Phường 5") have no canonical form the schema spells out.
    if ((district && /^\d/.test(district.name)) || (commune && /^\d/.test(commune.name))) return null;
    const hidden = scope === 'district' && !!kind.hideable && rng.chance(0.06);
    try {
      return this.write(rng, index, kind, day, pEntry.unit.code, hidden, district, dWorld, commune, cWorld);
    } catch (err) {
      if (err instanceof Skip) return null;
      throw err;
    }
  }

  private write(
    rng: Rng, index: number, kind: Kind, day: Day, provinceCode: string, hidden: boolean,
    district?: DistrictUnit, dWorld?: DistrictWorld, commune?: CommuneUnit, cWorld?: CommuneWorld,
  ): GeneratedReport {
    const id = this.id(index);
    const province = units().province(provinceCode).unit;
    const pInfo = provinceInfo(province, hidden);
    const dInfo = district ? districtInfo(district, hidden) : undefined;
    const cInfo = commune ? communeInfo(commune) : undefined;
    const unit: UnitInfo = cInfo ?? dInfo ?? pInfo;

    // When it was posted and how the lead writes the day.
    let pubMode = rng.weighted<PubMode>([['dangluc', 45], ['month', 25], ['dateline', 8], ['none', 22]]);
    if (kind.needsPub && pubMode === 'none') pubMode = 'dangluc';
    const part = rng.weighted<PartWord>(kind.parts ?? MEETING_PARTS);
    const { when, needsPub, sameDay } = drawWhen(rng, day, part, kind.span ? 'none-today' : pubMode);
    if (needsPub && pubMode === 'none') pubMode = rng.chance(0.6) ? 'dangluc' : 'month';
    if (sameDay && pubMode !== 'dangluc' && pubMode !== 'dateline') pubMode = 'dangluc';
    const pubDay = day + (kind.span ?? 0) + (sameDay ? 0 : rng.weighted([[0, 30], [1, 45], [2, 15], [3, 10]]));
    const publishedAt = pubMode === 'dangluc' || pubMode === 'dateline' ? isoDay(pubDay) : pubMode === 'month' ? isoMonth(pubDay) : null;

    const facts = new Rng(seedOf(this.seed, 'event', unit.code, kind.id, day));
    const c = new Composer(rng, drawStyle(rng));
    const { y, m } = ymd(day);
    const scene: Scene = {
      rng, year: y, month: m, lw: unit.lw,
      communes: hidden || !district || commune ? [] : units().communesAt(district.code, day),
      upland: dWorld ? dWorld.namePool !== 'lowland' : false,
    };
    const w = new Writer(this.world, this.seed, rng, facts, c, kind.scope, hidden, day, when, province, pInfo, scene, district, dInfo, dWorld, commune, cInfo, cWorld);
    // The text must say which province when the district's name is not unique to one;
    // outside Thanh Hóa it often does anyway.
    if (district && !hidden) w.nameProvince = ambiguousDistrict(district.name) || (provinceCode !== THANH_HOA && rng.chance(0.5));
    kind.write(w);
    w.flush();

    // Authors and byline.
    const reporters = dWorld?.reporters ?? this.world.province(provinceCode).reporters;
    const { line: byline, authors } = drawByline(rng, reporters, hidden ? null : unit.level === 'province' ? null : (dInfo ?? unit), kind.scope === 'province');

    // Page.
    const blocks: string[] = [];
    const paper = pubMode === 'dateline';
    const headline = w.headline;
    if (paper) {
      const hh = rng.int(6, 21);
      const mm = rng.int(0, 59);
      blocks.push(`${WEEKDAY_NAMES[weekday(pubDay)]}, ${dd_mm_yyyy(pubDay)} - ${hh < 10 ? '0' : ''}${hh}:${mm < 10 ? '0' : ''}${mm}`);
      blocks.push(headline);
    } else {
      const head: string[] = [];
      if (!hidden && dInfo && rng.chance(0.18)) head.push(`${dInfo.name.toUpperCase()} - ${SLOGANS[(dWorld?.sloganIndex ?? 0) % SLOGANS.length]}`);
      if (rng.chance(0.08)) head.push('Trang chủ', 'Tin tức - Sự kiện');
      if (pubMode === 'dangluc' && head.length > 0 && rng.chance(0.5)) head.push('date');
      if (head.length) blocks.push(head.join('\n'));
      blocks.push(pubMode === 'month' ? ` date ${publishedAt} ${headline}` : headline);
      const posted: string[] = [];
      if (pubMode === 'dangluc') posted.push(`Đăng lúc: ${dd_mm_yyyy(pubDay)} (GMT+7)`);
      const widgets = rng.weighted([[0, 50], [1, 35], [2, 15]]);
      if (widgets === 1) posted.push('100%', 'Print');
      if (widgets === 2) posted.push('Tin tức', 'Print');
      if (posted.length) blocks.push(posted.join('\n'));
    }
    const paras = w.paras.slice();
    // More of the body prose that surrounds the facts (dev reports run to ~3,000 characters).
    if (rng.chance(0.7) && paras.length > 3 && w.ev.length === 1) {
      // topics the templates use less, so that no figure is given twice
      const names: FillerName[] = kind.scope === 'commune' ? ['partyBuilding', 'social', 'newCountryside'] : ['social', 'adminReform', 'digital', 'insurance', 'landUse', 'education'];
      const extra = rng.sample(names, 2).map((n) => TOPIC_FILLERS[n](scene)).join(' ');
      paras.splice(paras.length - 2, 0, rng.chance(0.5) ? `${extra} ${shortcomings(scene)}` : extra);
    }
    if (rng.chance(0.04)) paras.splice(1 + rng.int(0, Math.max(0, paras.length - 2)), 0, 'anh tin bai');
    blocks.push(...paras);
    const tail: string[] = [byline];
    if (!paper && rng.chance(0.25)) tail.push('Đăng nhập');
    if (!paper && rng.chance(0.12)) tail.push(`Lượt truy cập: ${int(rng.int(100_000, 9_999_999))}`);
    blocks.push(tail.join('\n'));
    let text = `${blocks.join('\n\n')}\n`;

    // Text quality.
    if (rng.chance(0.06)) text = addNoise(rng, text);
    if (rng.chance(0.07)) text = toOldToneStyle(text);
    if (rng.chance(0.03)) text = text.normalize('NFD');

    const place = kind.scope === 'province'
      ? { district: null, province: hidden ? null : pInfo.name }
      : hidden ? { district: null, province: null } : { district: dInfo!.name, province: pInfo.name };
    const gold: GoldRecord = {
      schema: 'extraction-record@1',
      report: { id, title: headline, publishedAt, authors, place },
      people: c.personsGold(),
      events: w.ev.map((e) => e.gold),
      documents: c.documentsGold(),
    };
    const host = hidden ? 'cong-thong-tin.gov.vn' : kind.scope === 'province' ? `${slug(pInfo.name)}.gov.vn` : `${slug(dInfo!.name)}.${slug(pInfo.name)}.gov.vn`;
    const url = `https://${host}/tin-tuc/${slug(headline).slice(0, 80).replace(/-+$/, '')}-${id}.html`;
    return { id, text, gold, url, publishedAt, district: place.district, province: place.province };
  }
}

const ambiguity = new Map<string, boolean>();
/** True when districts of more than one province share the name. */
function ambiguousDistrict(name: string): boolean {
  let v = ambiguity.get(name);
  if (v === undefined) {
    v = new Set(findDistricts(name).map((d) => d.provinceCode)).size > 1;
    ambiguity.set(name, v);
  }
  return v;
}

/** The lead's day phrase; whether it needs a posting date to give the year. */
/** `none-today`: the posting date is known but is not the event's day ("Sáng nay" is out). */
function drawWhen(rng: Rng, day: Day, part: PartWord, pubMode: PubMode | 'none-today'): { when: When; needsPub: boolean; sameDay: boolean } {
  const { y, m, d } = ymd(day);
  const dm = `${d}/${m}`;
  const dmy = `${d}/${m}/${y}`;
  const pod = part === 'Sáng' ? 'morning' : part === 'Chiều' ? 'afternoon' : part === 'Tối' ? 'evening' : null;
  const yearless = pubMode !== 'none';
  type F = [string, boolean, boolean];
  const forms: (readonly [F, number])[] = part
    ? [
        [[`${part} ${dm}`, true, false], yearless ? 35 : 0],
        [[`${part} ngày ${dm}`, true, false], yearless ? 10 : 0],
        [[`${part} ${dmy}`, false, false], 12],
        [[`${part} ngày ${dmy}`, false, false], 12],
        [[`${part} ${d}-${m}`, true, false], yearless ? 6 : 0],
        [[`${part} nay (${dm})`, true, true], pubMode === 'dangluc' || pubMode === 'dateline' ? 4 : 0],
      ]
    : [
        [[`Ngày ${d} tháng ${m} năm ${y}`, false, false], 30],
        [[`Ngày ${dm}`, true, false], yearless ? 25 : 0],
        [[`Ngày ${slashDate(day, false, false)}`, false, false], 20],
        [[`Trong ngày ${dm}`, true, false], yearless ? 25 : 0],
      ];
  const [text, needsPub, sameDay] = rng.weighted(forms.filter(([, w]) => w > 0));
  return { when: { text, pod, part }, needsPub, sameDay };
}

function drawByline(rng: Rng, reporters: readonly string[], unit: UnitInfo | null, paper: boolean): { line: string; authors: string[] } {
  const a = rng.pick(reporters);
  let b = rng.pick(reporters);
  if (b === a) b = drawPenName(rng);
  const form = rng.weighted([['plain', 22], ['thuchien', 12], ['tinanh', 12], ['tin', 8], ['tinAnh', 6], ['baiAnh', 6], ['ctv', 10], ['ttvhtt', 10], ['unit', 14]] as const);
  const centre = unit ? `Trung tâm VHTT&TT ${unit.lw === 'huyện' ? '' : `${unit.lw} `}${unit.name}` : 'TTVHTT';
  switch (form) {
    case 'thuchien': return { line: `Thực hiện: ${a} - ${b}`, authors: [a, b] };
    case 'tinanh': return { line: `Tin, ảnh: ${a}`, authors: [a] };
    case 'tin': return { line: `Tin: ${a}`, authors: [a] };
    case 'tinAnh': return { line: `Tin: ${a} - Ảnh: ${b}`, authors: [a, b] };
    case 'baiAnh': return { line: `Bài và ảnh: ${a}`, authors: [a] };
    case 'ctv': {
      const x = drawPenName(rng);
      return { line: `${x} (CTV)`, authors: [x] };
    }
    case 'ttvhtt': return { line: paper ? a : `${a} - TTVHTT`, authors: [a] };
    case 'unit': return { line: paper || !unit ? a : rng.chance(0.5) ? `${a} - ${centre}` : `${a} (${centre})`, authors: [a] };
    default: return { line: a, authors: [a] };
  }
}

// A toned o/u before a/e/y ending a syllable gives its tone to the second vowel.
const MOVE_TONE = new Map<string, [string, number]>();
for (const [base, toned] of [['o', 'óòỏõọ'], ['O', 'ÓÒỎÕỌ'], ['u', 'úùủũụ'], ['U', 'ÚÙỦŨỤ']] as const) {
  [...toned].forEach((ch, i) => MOVE_TONE.set(ch, [base, i]));
}
const TONED: Record<string, string> = { a: 'áàảãạ', A: 'ÁÀẢÃẠ', e: 'éèẻẽẹ', E: 'ÉÈẺẼẸ', y: 'ýỳỷỹỵ', Y: 'ÝỲỶỸỴ' };

/** Old tone-mark placement: hóa → hoá, thủy → thuỷ (the reverse of the gazetteer's toNewToneStyle). */
export function toOldToneStyle(text: string): string {
  return text.normalize('NFC').replace(/(?<![qQ])([óòỏõọÓÒỎÕỌúùủũụÚÙỦŨỤ])([aAeEyY])(?![\p{L}\p{M}])/gu, (m, v: string, w: string) => {
    const [base, tone] = MOVE_TONE.get(v)!;
    const isO = base === 'o' || base === 'O';
    const isA = w === 'a' || w === 'A' || w === 'e' || w === 'E';
    if (isO !== isA) return m; // oy, ua … keep their marks
    return base + TONED[w]![tone];
  });
}

/** Missing spaces and doubled words, as in pages copied out of a portal (dev14, dev21). */
function addNoise(rng: Rng, text: string): string {
  const glue: [RegExp, string][] = [[/đất đai/, 'đấtđai'], [/thực hiện nhiệm vụ/, 'thựchiện nhiệm vụ'], [/kinh tế - xã hội/, 'kinhtế - xã hội'], [/ Nhân dân/, ' Nhândân']];
  let out = text;
  for (const [re, s] of glue) if (rng.chance(0.6)) out = out.replace(re, s);
  if (rng.chance(0.5)) out = out.replace(/ lãnh đạo các /, ' lãnh đạo các các ');
  if (rng.chance(0.5)) out = out.replace(/ đã tập trung/, ' đã đã tập trung');
  return out;
}
