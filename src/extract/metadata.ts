// Report metadata: headline, bylines, and the administrative unit the report is about.
import { getUnit, foldKey, type Unit, type DistrictUnit } from '../gazetteer/index.ts';
import { lexicon, type Level } from './lexicon.ts';
import { readPlace } from './places.ts';
import type { Line } from './segment.ts';
import { isCap, isLowerCaseAt, tokenize, type Tok } from './tokens.ts';
import type { PlaceContext } from './bodies.ts';

export interface Located<T> { value: T; start: number; end: number; rule: string }

const DATE_STAMP = /^date(?: \d{4}-\d{2}(?:-\d{2})?)?\s*/iu;
const LEAD_START = /^(?:sáng|chiều|tối|trưa|đêm|ngày|hôm nay|trong (?:hai |ba |\d+ )?ngày)(?![\p{L}\p{M}])/iu;

const LETTER = /\p{L}/u;
function isBanner(t: string): boolean {
  // a lower-case letter rules a banner out; most lines have one in their first characters
  for (let i = 0; i < t.length; i++) if (isLowerCaseAt(t, i) && LETTER.test(t[i]!)) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 12 && letters === letters.toUpperCase()) return true;
  return /!\s*$/.test(t) && letters === letters.toUpperCase();
}

/** Whether t.split(/\s+/) has at least n parts, without splitting a long line. */
function hasWords(t: string, n: number): boolean {
  const gaps = /\s+/g;
  let count = 1;
  while (count < n && gaps.exec(t)) count++;
  return count >= n;
}

/** The headline: the first line that reads like one (not furniture, banner, date line or the lead). */
export function findTitle(lines: readonly Line[]): Located<string> | null {
  for (const l of lines.slice(0, 15)) {
    if (l.furniture) continue;
    let t = l.text;
    let start = l.start;
    const stamp = DATE_STAMP.exec(t);
    if (stamp) { t = t.slice(stamp[0].length); start += stamp[0].length; }
    if (!t) continue;
    if (isBanner(t)) continue;
    if (/^(?:đăng lúc|đăng ngày|ngày đăng|cập nhật|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|\d{1,2}[/:]\d{1,2})/iu.test(t)) continue;
    if (/^(?:cổng thông tin|trang thông tin|xem với cỡ chữ|\d)/iu.test(t)) continue;
    if (LEAD_START.test(t)) return null;
    if (!hasWords(t, 4)) continue;
    const value = t.replace(/[.\s]+$/u, '').replace(/^\((?:[^)]{1,40})\)\s*-\s*/u, '');
    return { value, start, end: start + t.length, rule: stamp ? 'title.after-date-stamp' : 'title.first-headline-line' };
  }
  return null;
}

function nameLike(s: string, minWords: number): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length < minWords || words.length > 4) return false;
  return words.every((w) => /^[\p{Lu}][\p{Ll}]*$/u.test(w) && w.length <= 8);
}

function splitNames(s: string, minWords: number): string[] | null {
  const parts = s.split(/\s*(?:-|,|;|&| và )\s*/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0 || parts.length > 4) return null;
  return parts.every((p) => nameLike(p, minWords)) ? parts : null;
}

const MAX_BYLINE = 400;

/** Bylines: the last non-furniture lines ("Thực hiện: A - B", "Tin, ảnh: A", "A (CTV)", "A - TTVHTT"). */
export function findAuthors(lines: readonly Line[], text: string): { authors: string[]; line: number | null; start: number; end: number; rule: string } {
  const head = /(?:[Tt]ác giả|[Bb]ài và ảnh|[Bb]ài, ảnh|[Tt]in, ảnh|[Tt]in và ảnh):\s*([\p{Lu}][\p{L}]*(?: [\p{Lu}][\p{L}]*){0,3})/u.exec(text.slice(0, 600));
  let seen = 0;
  for (let k = lines.length - 1; k >= 0 && seen < 4; k--) {
    const l = lines[k]!;
    if (l.furniture) continue;
    seen++;
    // a byline is a few names and a unit: a long line is part of the article
    if (l.text.length > MAX_BYLINE) break;
    const t = l.text.replace(/[./]+$/u, '').trim();
    let m = /^(?:thực hiện|tin|bài|ảnh|tin, ảnh|tin và ảnh|bài và ảnh|bài, ảnh|nhóm phóng viên|pv|ctv)\s*:\s*(.+)$/iu.exec(t);
    if (m) {
      const rest = m[1]!;
      const names: string[] = [];
      for (const part of rest.split(/\s*-\s*(?:ảnh|video|đồ họa)\s*:\s*/iu)) {
        const ns = splitNames(part.replace(/\s*\([^)]*\)\s*$/u, ''), 1);
        if (ns) names.push(...ns);
      }
      if (names.length) return { authors: names, line: l.index, start: l.start, end: l.end, rule: 'author.labelled-byline' };
    }
    m = /^(.+?)\s*\((?:ctv|[^)]{2,60})\)$/iu.exec(t);
    if (m && splitNames(m[1]!, 2)) return { authors: splitNames(m[1]!, 2)!, line: l.index, start: l.start, end: l.end, rule: 'author.byline-with-unit' };
    m = /^([\p{Lu}][\p{Ll}]*(?: [\p{Lu}][\p{Ll}]*){1,3})\s*-\s*(?:ttvhtt|ttvh|trung tâm|đài|báo|ttvh-tt|cổng|ban|phòng|văn phòng|uỷ ban|ủy ban|ubnd|hội|công an|tt(?![\p{L}\p{M}]))/iu.exec(t);
    if (m) return { authors: [m[1]!], line: l.index, start: l.start, end: l.end, rule: 'author.byline-with-unit' };
    const bare = splitNames(t, 2);
    if (bare && t.length <= 60) return { authors: bare, line: l.index, start: l.start, end: l.end, rule: 'author.bare-byline' };
    // a line that is part of the article ends the search
    if (t.length > 60 || /[.;:]/.test(t)) break;
  }
  if (head) return { authors: [head[1]!], line: null, start: head.index, end: head.index + head[0].length, rule: 'author.header-label' };
  return { authors: [], line: null, start: 0, end: 0, rule: 'author.none' };
}

// Both take gazetteer values (validity dates, unit names): few distinct inputs, so remembered.
const dayBeforeCache = new Map<string, string>();
function dayBefore(iso: string): string {
  let v = dayBeforeCache.get(iso);
  if (v === undefined) {
    const d = new Date(`${iso}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    v = d.toISOString().slice(0, 10);
    dayBeforeCache.set(iso, v);
  }
  return v;
}
const unitKeyCache = new Map<string, string>();
function unitKey(name: string): string {
  let v = unitKeyCache.get(name);
  if (v === undefined) { v = foldKey(name); unitKeyCache.set(name, v); }
  return v;
}

export interface ReportPlace {
  ctx: PlaceContext;
  district: string | null;
  province: string | null;
  commune: string | null;
  rule: string;
}

interface Count { unit: Unit; weight: number; first: number }

const DISTRICT_LEVELS = new Set(['huyện', 'quận', 'thị xã', 'thành phố']);
const COMMUNE_LEVELS = new Set(['xã', 'phường', 'thị trấn', 'đặc khu']);
const COMMITTEE_LEVEL: Record<string, Level> = { 'huyện ủy': 'huyện', 'thị ủy': 'thị xã', 'thành ủy': 'thành phố', 'quận ủy': 'quận', 'tỉnh ủy': 'tỉnh' };
const committeeLevels = new Map<string, Level | undefined>();
/** The level of a district- or province-level committee by its canonical name ("Huyện ủy" -> huyện). */
function committeeLevel(canonical: string): Level | undefined {
  if (!committeeLevels.has(canonical)) committeeLevels.set(canonical, COMMITTEE_LEVEL[canonical.toLowerCase()]);
  return committeeLevels.get(canonical);
}

/**
 * The unit the report is about: district-level units named with their level word or as a
 * committee ("Huyện ủy Đông Sơn"), weighted by where they occur (headline, lead, body); the
 * province from an explicit mention or the district's parent; a commune when the headline or
 * lead is about one. Nothing is guessed when the text names no place.
 */
export function findPlace(lines: readonly Line[], titleLine: number | null, leadLine: number | null, afterReform: boolean, provincialLead: boolean, lineTokens?: ReadonlyMap<number, Tok[]>): ReportPlace {
  const lex = lexicon();
  const placeWord = lex.mayStartPlaceWord;
  const districts = new Map<string, Count>();
  const provinces = new Map<string, Count>();
  const communes = new Map<string, Count>();
  const add = (map: Map<string, Count>, u: Unit, w: number, pos: number): void => {
    const key = u.code;
    const c = map.get(key);
    if (c) c.weight += w; else map.set(key, { unit: u, weight: w, first: pos });
  };
  for (const l of lines) {
    if (l.furniture) continue;
    const w = l.index === titleLine ? 3 : l.index === leadLine ? 2 : 1;
    let toks = lineTokens?.get(l.index);
    if (!toks) {
      let text = l.text;
      const stamp = DATE_STAMP.exec(text);
      if (stamp) text = text.slice(stamp[0].length);
      toks = tokenize(text);
    } else if (toks[0]?.f === 'date') {
      toks = toks.slice(1).filter((t, k, all) => !(k < 5 && (t.k === 'n' || (t.t === '-' && all[k + 1]?.k === 'n'))));
    }
    // headline that starts with a district name: "Thọ Xuân: …", "Nga Sơn triển khai …"
    if (l.index === titleLine) {
      const p = readPlace(toks, 0, 'huyện');
      if (p?.known) for (const u of p.units) add(districts, u, 3, -1);
    }
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.k === 'w' ? !placeWord(t) : t.t !== '(') continue;
      const com = lex.committees.match(toks, i);
      const lw = !com ? lex.levelWords.match(toks, i) : null;
      let level: Level | null = null;
      let next = i;
      const comLevel = com ? committeeLevel(com.value.canonical) : undefined;
      if (comLevel) { level = comLevel; next = i + com!.len; }
      else if (lw) { level = lw.value; next = i + lw.len; if (t.f === 'xã' && toks[i + 1]?.f === 'hội') continue; }
      if (!level) {
        // "(Nghệ An)": a province in parentheses
        if (t.t === '(' && isCap(toks[i + 1])) {
          const p = readPlace(toks, i + 1, 'tỉnh');
          if (p?.known && toks[p.end]?.t === ')') for (const u of p.units) add(provinces, u, w, l.start);
        }
        continue;
      }
      const p = readPlace(toks, next, level);
      if (!p || !p.known) continue;
      if (level === 'tỉnh') for (const u of p.units) { if (u.level === 'province') add(provinces, u, w, l.start + t.s); }
      else if (DISTRICT_LEVELS.has(level)) {
        for (const u of p.units) {
          if (u.level === 'district') add(districts, u, w, l.start + t.s);
          else if (u.level === 'province' && level === 'thành phố') add(provinces, u, w, l.start + t.s);
        }
      } else if (COMMUNE_LEVELS.has(level) && (l.index === titleLine || l.index === leadLine)) {
        for (const u of p.units) if (u.level === 'commune') add(communes, u, w, l.start + t.s);
      }
      i = p.end - 1;
    }
  }
  // province: explicit mentions first
  const provList = [...provinces.values()].filter((c) => c.unit.validTo === null || c.unit.validTo > '2019').sort((a, b) => b.weight - a.weight || a.first - b.first);
  let province: Unit | null = provList[0]?.unit ?? null;
  let distList = [...districts.values()].sort((a, b) => b.weight - a.weight || a.first - b.first);
  if (province) {
    const inProv = distList.filter((c) => c.unit.provinceCode === province!.code || c.unit.provinceCode === province!.provinceCode);
    if (inProv.length) distList = inProv;
  }
  let district: Unit | null = null;
  const best = distList[0];
  if (best && !afterReform && !(provincialLead && best.weight < 2)) {
    // the same name in several provinces: only when the text or the other mentions decide
    const same = distList.filter((c) => unitKey(c.unit.name) === unitKey(best.unit.name) && c.weight === best.weight);
    const provinceCodes = new Set(same.map((c) => c.unit.provinceCode));
    if (provinceCodes.size === 1) district = best.unit;
    else {
      const hinted = same.find((c) => distList.some((o) => o !== c && o.unit.provinceCode === c.unit.provinceCode));
      district = hinted?.unit ?? null;
    }
  }
  // the district's province as it was while the district existed (codes were reused by the 2025 merged provinces)
  if (district && (!province || (province.code !== district.provinceCode))) {
    const on = district.validTo ? dayBefore(district.validTo) : undefined;
    province = getUnit(district.provinceCode, on) ?? province;
  }
  // a commune when the headline or lead is about one
  let commune: Unit | null = null;
  const comList = [...communes.values()].sort((a, b) => b.weight - a.weight || a.first - b.first);
  for (const c of comList) {
    if (district && c.unit.level === 'commune' && (c.unit as { districtCode?: string }).districtCode !== district.code) continue;
    commune = c.unit; break;
  }
  const ctx: PlaceContext = {
    province: province?.name,
    provinceType: province ? (province.type === 'thành phố' ? 'thành phố' : 'tỉnh') : undefined,
    district: district?.name,
    districtType: district ? (district as DistrictUnit).type : undefined,
    commune: commune?.name,
    communeType: commune?.type,
  };
  return { ctx, district: district?.name ?? null, province: province?.name ?? null, commune: commune?.name ?? null, rule: district ? 'place.district-mentions' : province ? 'place.province-mentions' : 'place.none' };
}
