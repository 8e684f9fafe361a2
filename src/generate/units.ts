// Real places for the generator, from the gazetteer: the 63 pre-reform provinces, their
// district-level units and communes with validity dates, indexed once.
import { allCommunes, allDistricts, allProvinces, type CommuneUnit, type DistrictUnit, type ProvinceUnit } from '../gazetteer/index.ts';
import { dayOf, type Day } from './calendar.ts';
import type { NamePool } from './names.ts';

export type UnitLevel = 'province' | 'district' | 'commune';

/** A unit as a report names it on one date. */
export interface UnitInfo {
  readonly level: UnitLevel;
  readonly code: string;
  /** level word: tỉnh, thành phố, huyện, thị xã, quận, xã, phường, thị trấn */
  readonly lw: string;
  readonly name: string;
  /** party committee as written without the place: Tỉnh ủy, Huyện ủy, Thị ủy, Đảng ủy xã, … */
  readonly cmt: string;
  /** the report never names this unit: bodies lose their place (SCHEMA "no place") */
  readonly hidden: boolean;
  /** a centrally-run city: its bodies are always written with the place */
  readonly cityProvince: boolean;
}

export const START_DAY = dayOf('2020-01-01');
export const END_DAY = dayOf('2025-06-30');

const DISTRICT_CMT: Record<string, string> = { 'huyện': 'Huyện ủy', 'thị xã': 'Thị ủy', 'thành phố': 'Thành ủy', 'quận': 'Quận ủy' };

/** Thanh Hóa's upland districts (Thái and Mường country). */
const THANH_HOA_UPLAND = new Set(['384', '385', '386', '387', '388', '389', '390', '391', '396', '402', '403']);
const UPLAND_WEST_PROVINCES = new Set(['10', '11', '12', '14', '15', '17']);
const UPLAND_NORTH_PROVINCES = new Set(['02', '04', '06', '08', '19', '20']);

interface Versioned<U> { from: Day; to: Day; unit: U }

export interface ProvinceEntry {
  readonly unit: ProvinceUnit;
  readonly districtCodes: readonly string[];
}

class UnitIndex {
  readonly provinces: ProvinceEntry[] = [];
  private readonly districtVersions = new Map<string, Versioned<DistrictUnit>[]>();
  private readonly communeVersions = new Map<string, Versioned<CommuneUnit>[]>();
  private readonly provinceByCode = new Map<string, ProvinceEntry>();
  private readonly communeCache = new Map<string, CommuneUnit[]>();
  private readonly bounds: Day[] = [];

  constructor() {
    const reform = dayOf('2025-07-01');
    const span = (from: string | null, to: string | null): [Day, Day] => [from ? dayOf(from) : -1e9, to ? dayOf(to) : 1e9];
    for (const p of allProvinces({ date: '2022-01-01' })) {
      const codes: string[] = [];
      for (const d of allDistricts({ provinceCode: p.code })) {
        const [from, to] = span(d.validFrom, d.validTo);
        if (from >= reform) continue;
        let list = this.districtVersions.get(d.code);
        if (!list) {
          list = [];
          this.districtVersions.set(d.code, list);
          codes.push(d.code);
        }
        list.push({ from, to, unit: d });
      }
      codes.sort();
      const entry = { unit: p, districtCodes: codes };
      this.provinces.push(entry);
      this.provinceByCode.set(p.code, entry);
    }
    this.provinces.sort((a, b) => a.unit.code.localeCompare(b.unit.code));
    for (const c of allCommunes({})) {
      if (!c.districtCode) continue;
      const [from, to] = span(c.validFrom, c.validTo);
      if (from >= reform) continue;
      let list = this.communeVersions.get(c.districtCode);
      if (!list) this.communeVersions.set(c.districtCode, (list = []));
      list.push({ from, to, unit: c });
    }
    const bounds = new Set<Day>();
    for (const list of [...this.communeVersions.values(), ...this.districtVersions.values()]) {
      for (const v of list as Versioned<unknown>[]) for (const x of [v.from, v.to]) if (Math.abs(x) < 1e8) bounds.add(x);
    }
    this.bounds.push(...[...bounds].sort((a, b) => a - b));
    for (const list of this.communeVersions.values()) list.sort((a, b) => a.unit.code.localeCompare(b.unit.code) || a.from - b.from);
  }

  province(code: string): ProvinceEntry {
    const p = this.provinceByCode.get(code);
    if (!p) throw new Error(`generate: unknown province ${code}`);
    return p;
  }

  districtAt(code: string, day: Day): DistrictUnit | undefined {
    for (const v of this.districtVersions.get(code) ?? []) if (v.from <= day && day < v.to) return v.unit;
    return undefined;
  }

  /** Any version of the district (the latest before the reform). */
  districtAny(code: string): DistrictUnit {
    const list = this.districtVersions.get(code);
    const last = list?.[list.length - 1];
    if (!last) throw new Error(`generate: unknown district ${code}`);
    return last.unit;
  }

  districtsAt(provinceCode: string, day: Day): DistrictUnit[] {
    const out: DistrictUnit[] = [];
    for (const code of this.province(provinceCode).districtCodes) {
      const d = this.districtAt(code, day);
      if (d) out.push(d);
    }
    return out;
  }

  /** Communes of a district on a day (cached by the snapshot period the day falls in). */
  communesAt(districtCode: string, day: Day): readonly CommuneUnit[] {
    const key = `${districtCode}/${this.period(day)}`;
    const have = this.communeCache.get(key);
    if (have) return have;
    const out: CommuneUnit[] = [];
    for (const v of this.communeVersions.get(districtCode) ?? []) if (v.from <= day && day < v.to) out.push(v.unit);
    this.communeCache.set(key, out);
    return out;
  }

  /** Validity changes only at snapshot dates: the index of the period containing `day`. */
  private period(day: Day): number {
    let i = 0;
    for (const b of this.bounds) if (day >= b) i++;
    return i;
  }

  communeAt(code: string, districtCode: string, day: Day): CommuneUnit | undefined {
    for (const v of this.communeVersions.get(districtCode) ?? []) if (v.unit.code === code && v.from <= day && day < v.to) return v.unit;
    return undefined;
  }
}

let index: UnitIndex | undefined;
export function units(): UnitIndex {
  index ??= new UnitIndex();
  return index;
}

export function provinceInfo(p: ProvinceUnit, hidden = false): UnitInfo {
  const city = p.type === 'thành phố';
  return { level: 'province', code: p.code, lw: p.type, name: p.name, cmt: city ? 'Thành ủy' : 'Tỉnh ủy', hidden, cityProvince: city };
}

export function districtInfo(d: DistrictUnit, hidden = false): UnitInfo {
  return { level: 'district', code: d.code, lw: d.type, name: d.name, cmt: DISTRICT_CMT[d.type] ?? 'Huyện ủy', hidden, cityProvince: false };
}

export function communeInfo(c: CommuneUnit, hidden = false): UnitInfo {
  return { level: 'commune', code: c.code, lw: c.type, name: c.name, cmt: `Đảng ủy ${c.type}`, hidden, cityProvince: false };
}

export function namePoolOf(provinceCode: string, district: DistrictUnit | undefined): NamePool {
  if (district && THANH_HOA_UPLAND.has(district.code)) return 'upland-west';
  if (district && district.type !== 'huyện') return 'lowland';
  if (UPLAND_WEST_PROVINCES.has(provinceCode)) return 'upland-west';
  if (UPLAND_NORTH_PROVINCES.has(provinceCode)) return 'upland-north';
  return 'lowland';
}

export function isUplandProvince(provinceCode: string): boolean {
  return provinceCode === '38' || UPLAND_WEST_PROVINCES.has(provinceCode) || UPLAND_NORTH_PROVINCES.has(provinceCode) || ['62', '64', '66', '67', '68', '40'].includes(provinceCode);
}

/** Ho Chi Minh City and Da Nang run their urban districts without a People's Council. */
export function districtHasCouncil(provinceCode: string, d: DistrictUnit): boolean {
  return !((provinceCode === '79' || provinceCode === '48') && (d.type === 'quận' || d.type === 'thành phố'));
}

export function communeHasCouncil(provinceCode: string, c: CommuneUnit): boolean {
  return !(c.type === 'phường' && (provinceCode === '01' || provinceCode === '79' || provinceCode === '48'));
}

const FOLD = new Map<string, string>();
for (const [base, chars] of Object.entries({
  a: 'àáảãạăằắẳẵặâầấẩẫậ', e: 'èéẻẽẹêềếểễệ', i: 'ìíỉĩị', o: 'òóỏõọôồốổỗộơờớởỡợ', u: 'ùúủũụưừứửữự', y: 'ỳýỷỹỵ', d: 'đ',
})) for (const ch of chars) FOLD.set(ch, base);

/** ASCII slug for URLs: "Thanh Hóa" → "thanh-hoa". */
export function slug(text: string): string {
  let out = '';
  let dash = false;
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const raw = lower[i] as string;
    const ch = raw < '\u0080' ? raw : FOLD.get(raw) ?? raw;
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      if (dash && out) out += '-';
      out += ch;
      dash = false;
    } else dash = true;
  }
  return out;
}
