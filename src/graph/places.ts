// Places and bodies for the graph (pure): a canonical body name (SCHEMA.md) → its kind, level,
// parent body and AdminUnit; a report's place → AdminUnits; AdminUnit keys. Resolution goes
// through the gazetteer with the report's province (and district) as context, and picks the
// version of a unit that was valid on the report's date.
import { foldName } from '../extract/normalize.ts';
import {
  findCommunes,
  findDistricts,
  findProvinces,
  REFORM_DATE,
  unitVersions,
  type Unit,
} from '../gazetteer/index.ts';

export type BodyKind = 'party' | 'state' | 'front' | 'agency' | 'national' | 'delegation';
export type BodyLevel = 'province' | 'district' | 'commune' | 'national' | null;

/** `code@validFrom`, or `code@start` for a version present since the first snapshot. */
export const adminUnitKey = (u: Pick<Unit, 'code' | 'validFrom'>): string => `${u.code}@${u.validFrom ?? 'start'}`;

export interface PlaceContext {
  provinceCode?: string | null | undefined;
  districtCode?: string | null | undefined;
  /** ISO date (YYYY-MM-DD) the report is about; picks unit versions. */
  date?: string | null | undefined;
}

/**
 * One version of a unit: the version valid on `date`; else the latest one that began on or
 * before it; without a date the latest pre-reform version (the corpus is 2020–2024); else the
 * latest version.
 */
export function pickVersion<U extends Unit>(versions: readonly U[], date: string | null | undefined): U | null {
  if (versions.length === 0) return null;
  const sorted = [...versions].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
  const valid = (u: U, d: string) => (u.validFrom === null || u.validFrom <= d) && (u.validTo === null || d < u.validTo);
  if (date) {
    const d = date.slice(0, 10);
    const on = sorted.filter((u) => valid(u, d));
    if (on.length) return on[on.length - 1]!;
    const before = sorted.filter((u) => u.validFrom === null || u.validFrom <= d);
    return before.length ? before[before.length - 1]! : sorted[0]!;
  }
  const pre = sorted.filter((u) => u.validFrom === null || u.validFrom < REFORM_DATE);
  return pre.length ? pre[pre.length - 1]! : sorted[sorted.length - 1]!;
}

/** The one unit (by code) among `units`, or null when none or several codes match. */
function single<U extends Unit>(units: readonly U[], date: string | null | undefined): U | null {
  const codes = new Set(units.map((u) => u.code));
  if (codes.size === 1) return pickVersion(units, date);
  if (codes.size === 0 || !date) return null;
  // several units of that name: the one valid on the date (a commune renumbered by a merger)
  const d = date.slice(0, 10);
  const on = units.filter((u) => (u.validFrom === null || u.validFrom <= d) && (u.validTo === null || d < u.validTo));
  return new Set(on.map((u) => u.code)).size === 1 ? on[0]! : null;
}

type LevelWord = 'tỉnh' | 'thành phố' | 'huyện' | 'quận' | 'thị xã' | 'xã' | 'phường' | 'thị trấn' | 'đặc khu';

/** Resolves "level word + proper name" to a unit, using the context to disambiguate. */
export function resolvePlace(word: LevelWord | null, name: string, ctx: PlaceContext): Unit | null {
  if (word === null) return null;
  return single(placeCandidates(word, name, ctx.provinceCode ?? null, ctx.districtCode ?? null), ctx.date ?? null);
}

// Lookups by name are the costly part (name folding): memoized, date-independent.
const candidateCache = new Map<string, readonly Unit[]>();

/** The units a "level word + name" can denote in a report of that province and district. */
function placeCandidates(word: LevelWord, name: string, province: string | null, district: string | null): readonly Unit[] {
  const key = `${word}\u0000${name}\u0000${province ?? ''}\u0000${district ?? ''}`;
  let c = candidateCache.get(key);
  if (c === undefined) {
    c = computeCandidates(word, name, province, district);
    if (candidateCache.size > 50_000) candidateCache.clear();
    candidateCache.set(key, c);
  }
  return c;
}

function computeCandidates(word: LevelWord, name: string, province: string | null, district: string | null): Unit[] {
  // within the report's province first, then anywhere (where the name must then be unique)
  const local = <U extends Unit>(us: U[]): U[] => {
    if (!province) return us;
    const l = us.filter((u) => u.provinceCode === province);
    return l.length ? l : us;
  };
  switch (word) {
    case 'tỉnh':
      return findProvinces(name, { type: 'tỉnh' });
    case 'thành phố': {
      // a provincial city (district level) in the report's province, else a centrally-run city
      const d = findDistricts(name, { type: 'thành phố' });
      const inProvince = province ? d.filter((u) => u.provinceCode === province) : [];
      if (inProvince.length) return inProvince;
      const p = findProvinces(name, { type: 'thành phố' });
      return p.length ? p : d;
    }
    case 'huyện':
    case 'quận':
    case 'thị xã':
      return local(findDistricts(name, { type: word }));
    case 'xã':
    case 'phường':
    case 'thị trấn':
    case 'đặc khu': {
      const all = findCommunes(name, { type: word });
      if (district) {
        const inDistrict = all.filter((u) => u.districtCode === district);
        if (inDistrict.length) return inDistrict;
      }
      return local(all);
    }
  }
}

/** A report's place (record.report.place) as units. */
export interface ReportPlace {
  province: Unit | null;
  district: Unit | null;
  commune: Unit | null;
}

export function resolveReportPlace(place: { district: string | null; province: string | null; commune?: string | null | undefined }, date: string | null): ReportPlace {
  let province: Unit | null = place.province ? single(findProvinces(place.province), date) : null;
  let district: Unit | null = null;
  if (place.district) {
    const all = findDistricts(place.district);
    const local = province ? all.filter((u) => u.provinceCode === province!.code) : all;
    district = single(local, date);
  }
  let commune: Unit | null = null;
  if (place.commune) {
    const all = findCommunes(place.commune);
    const local = district ? all.filter((u) => u.districtCode === district!.code) : province ? all.filter((u) => u.provinceCode === province!.code) : all;
    commune = single(local, date);
  }
  if (!district && commune?.districtCode) district = pickVersion(unitVersions(commune.districtCode), date);
  if (!province && (district ?? commune)) province = pickVersion(unitVersions((district ?? commune)!.provinceCode), date);
  return { province, district, commune };
}

// ---------------------------------------------------------------------------------------------
// Bodies

const NATIONAL = new Set([
  'bộ chính trị', 'ban bí thư', 'ban chấp hành trung ương', 'ban chấp hành trung ương đảng', 'chính phủ',
  'thủ tướng chính phủ', 'quốc hội', 'ủy ban thường vụ quốc hội', 'trung ương', 'tổng bí thư', 'chủ tịch nước',
  'văn phòng chính phủ', 'mặt trận tổ quốc việt nam', 'ủy ban trung ương mặt trận tổ quốc việt nam',
]);

// Heads that name a committee or council of a place; an organ is "<organ> <head…>".
const COMMITTEE_HEAD = /^(?:tỉnh ủy|thành ủy|thị ủy|huyện ủy|quận ủy|đảng ủy|đảng bộ|ban chấp hành đảng bộ|hđnd|ubnd|ủy ban mttq|ủy ban nhân dân|hội đồng nhân dân)(?: |$)/u;
const PARTY = /^(?:tỉnh ủy|thành ủy|thị ủy|huyện ủy|quận ủy|đảng ủy|đảng bộ|ban chấp hành đảng bộ|chi bộ)(?: |$)/u;
const STATE = /^(?:hđnd|ubnd|ủy ban nhân dân|hội đồng nhân dân)(?: |$)/u;
const FRONT = /(?:^| )(?:ủy ban mttq|mttq|mặt trận tổ quốc)(?: |$)/u;

const LEVEL_OF_WORD: Record<string, BodyLevel> = {
  'tỉnh': 'province', 'huyện': 'district', 'quận': 'district', 'thị xã': 'district',
  'xã': 'commune', 'phường': 'commune', 'thị trấn': 'commune', 'đặc khu': 'commune', 'thành phố': null,
};
// "Huyện ủy X" names the place with a committee word instead of a level word
const COMMITTEE_WORD: Record<string, LevelWord> = {
  'tỉnh ủy': 'tỉnh', 'thành ủy': 'thành phố', 'thị ủy': 'thị xã', 'huyện ủy': 'huyện', 'quận ủy': 'quận',
};
const LEVEL_WORDS: LevelWord[] = ['thành phố', 'thị xã', 'thị trấn', 'đặc khu', 'tỉnh', 'huyện', 'quận', 'xã', 'phường'];

const isProper = (w: string) => /^[\p{Lu}\d]/u.test(w);

/** The trailing "level word + proper name" of a body name ("… huyện Đông Sơn", "Huyện ủy Đông Sơn"). */
export function trailingPlace(name: string): { word: LevelWord | null; place: string | null; levelWord: LevelWord | null } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  let i = words.length;
  while (i > 0 && isProper(words[i - 1]!)) i--;
  // a capitalized level or committee word opening the run belongs before it ("Huyện Ủy Đông Sơn")
  for (;;) {
    const two = i + 1 < words.length ? foldName(`${words[i]} ${words[i + 1]}`) : '';
    if (two && (COMMITTEE_WORD[two] || (LEVEL_WORDS as string[]).includes(two))) { i += 2; continue; }
    const one = i < words.length ? foldName(words[i]!) : '';
    if (one && (LEVEL_WORDS as string[]).includes(one)) { i += 1; continue; }
    break;
  }
  const place = words.slice(i).join(' ') || null;
  const last1 = i >= 1 ? foldName(words[i - 1]!) : '';
  const last2 = i >= 2 ? foldName(`${words[i - 2]} ${words[i - 1]}`) : '';
  let levelWord: LevelWord | null = null;
  if (COMMITTEE_WORD[last2]) levelWord = COMMITTEE_WORD[last2]!;
  else if ((LEVEL_WORDS as string[]).includes(last2)) levelWord = last2 as LevelWord;
  else if ((LEVEL_WORDS as string[]).includes(last1)) levelWord = last1 as LevelWord;
  if (!levelWord) return { word: null, place: null, levelWord: null };
  return { word: place ? levelWord : null, place, levelWord };
}

export interface BodyInfo {
  /** Canonical name as extracted. */
  name: string;
  /** Folded name, plus "@" + the unit's code when the place resolved (Xuân Lộc is a commune in three districts). */
  key: string;
  kind: BodyKind;
  level: BodyLevel;
  unit: Unit | null;
  /** The body this one is an organ of ("Ban Thường vụ Huyện ủy X" → "Huyện ủy X"). */
  parent: string | null;
}

interface ParsedBody {
  clean: string;
  folded: string;
  kind: BodyKind;
  national: boolean;
  parent: string | null;
  place: ReturnType<typeof trailingPlace>;
}
const parsedCache = new Map<string, ParsedBody>();

/** The parts of a body name that do not depend on the report: memoized. */
function parseBodyName(name: string): ParsedBody {
  let p = parsedCache.get(name);
  if (p) return p;
  const clean = name.replace(/\s+/g, ' ').trim();
  const folded = foldName(clean);
  if (NATIONAL.has(folded) || /^bộ (?!chỉ huy)/u.test(folded)) {
    p = { clean, folded, kind: 'national', national: true, parent: null, place: { word: null, place: null, levelWord: null } };
  } else {
    // parent: the longest proper suffix that starts with a committee or council head
    const words = clean.split(' ');
    let parent: string | null = null;
    for (let k = 1; k < words.length; k++) {
      const rest = words.slice(k).join(' ');
      if (COMMITTEE_HEAD.test(foldName(rest))) { parent = rest; break; }
    }
    const core = foldName(parent ?? clean);
    let kind: BodyKind;
    if (folded.startsWith('đoàn đại biểu quốc hội')) kind = 'delegation';
    else if (FRONT.test(folded)) kind = 'front';
    else if (PARTY.test(core)) kind = 'party';
    else if (STATE.test(core)) kind = 'state';
    else kind = 'agency';
    p = { clean, folded, kind, national: false, parent, place: trailingPlace(clean) };
  }
  if (parsedCache.size > 50_000) parsedCache.clear();
  parsedCache.set(name, p);
  return p;
}

/** The kind, level, place and parent of a body from its canonical name. */
export function describeBody(name: string, ctx: PlaceContext): BodyInfo {
  const p = parseBodyName(name);
  if (p.national) return { name: p.clean, key: p.folded, kind: 'national', level: 'national', unit: null, parent: null };
  const tp = p.place;
  const unit = tp.word && tp.place ? resolvePlace(tp.word, tp.place, ctx) : null;
  const level: BodyLevel = unit ? unit.level : tp.levelWord ? LEVEL_OF_WORD[tp.levelWord] ?? null : null;
  return { name: p.clean, key: unit ? `${p.folded}@${unit.code}` : p.folded, kind: p.kind, level, unit, parent: p.parent };
}
