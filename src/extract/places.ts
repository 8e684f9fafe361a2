// Place names after a level word ("huyện Đông Sơn", "xã Xuân Lộc"), read against the
// gazetteer: the longest run of capitalized words that names a unit of that level.
import { communeNameIndex, districtNameIndex, provinceNameIndex, type Unit } from '../gazetteer/index.ts';
import { isFamilyName, type Level } from './lexicon.ts';
import { isCap, isNameWord, type Tok } from './tokens.ts';

/** Gazetteer key of already-normalized text (NFC, new tone placement): lower case, single spaces. */
export const fastKey = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

export interface PlaceMatch {
  name: string;
  end: number;
  known: boolean;
  units: readonly Unit[];
}

const indexCache = new Map<Level, ReadonlyMap<string, readonly Unit[]>[]>();
function indexFor(level: Level): ReadonlyMap<string, readonly Unit[]>[] {
  let v = indexCache.get(level);
  if (!v) { v = indexForUncached(level); indexCache.set(level, v); }
  return v;
}

function indexForUncached(level: Level): ReadonlyMap<string, readonly Unit[]>[] {
  switch (level) {
    case 'tỉnh': return [provinceNameIndex()];
    case 'thành phố': return [districtNameIndex(), provinceNameIndex()];
    case 'huyện': case 'quận': case 'thị xã': return [districtNameIndex()];
    default: return [communeNameIndex()];
  }
}

const wantedType: Partial<Record<Level, string>> = { 'huyện': 'huyện', 'quận': 'quận', 'thị xã': 'thị xã', 'xã': 'xã', 'phường': 'phường', 'thị trấn': 'thị trấn', 'đặc khu': 'đặc khu' };

/** Reads a place name of `level` starting at token i. */
export function readPlace(toks: readonly Tok[], i: number, level: Level): PlaceMatch | null {
  const first = toks[i];
  if (!first) return null;
  // numbered wards: "Phường 5", "quận 12"
  if (first.k === 'n' && (level === 'phường' || level === 'quận' || level === 'xã')) {
    return { name: first.t, end: i + 1, known: false, units: [] };
  }
  if (!isCap(first)) return null;
  // collect up to 5 capitalized words, allowing "Bà Rịa - Vũng Tàu" style hyphens
  const words: number[] = [];
  let j = i;
  while (j < toks.length && words.length < 5) {
    const t = toks[j]!;
    if (isCap(t)) { words.push(j); j++; continue; }
    // "Bà Rịa - Vũng Tàu", "Phan Rang-Tháp Chàm": a hyphen between capitalized words
    if (t.t === '-' && isCap(toks[j + 1]) && words.length >= 1 && ((toks[j + 1]!.s === t.e + 1 && t.s === toks[j - 1]!.e + 1) || (toks[j + 1]!.s === t.e && t.s === toks[j - 1]!.e))) { j++; continue; }
    // "Cư M'gar": an apostrophe inside a word
    if ((t.t === "'" || t.t === '’') && words.length >= 1 && t.s === toks[j - 1]!.e && toks[j + 1]?.k === 'w' && toks[j + 1]!.s === t.e) { words.push(j + 1); j += 2; continue; }
    break;
  }
  // a known name may be written with a lower-case second word ("Nghệ an", "Bình đại")
  if (words.length === 1 && toks[i + 1]?.k === 'w' && !isCap(toks[i + 1]) && toks[i + 1]!.s === first.e + 1) {
    const text2 = `${first.t} ${toks[i + 1]!.t}`;
    const units2: Unit[] = [];
    for (const idx of indexFor(level)) for (const u of idx.get(fastKey(text2)) ?? []) units2.push(u);
    if (units2.length) return { name: units2[0]!.name, end: i + 2, known: true, units: units2 };
  }
  const indexes = indexFor(level);
  for (let n = words.length; n >= 1; n--) {
    const key = joinTokens(toks, i, words[n - 1]! + 1, true);
    let units: Unit[] | null = null;
    for (const idx of indexes) {
      const found = idx.get(key);
      if (found) (units ??= []).push(...found);
    }
    if (units) {
      const typed = wantedType[level] ? units.filter((u) => u.type === wantedType[level]) : units;
      const text = joinTokens(toks, i, words[n - 1]! + 1, false);
      return { name: canonicalPlaceName(text, key, typed[0] ?? units[0]), end: words[n - 1]! + 1, known: true, units: typed.length ? typed : units };
    }
  }
  // unknown to the gazetteer: accept one or two capitalized words, unless they start a person's name
  if (isFamilyName(first) && isNameWord(toks[i + 1]) && isNameWord(toks[i + 2])) return null;
  const n = words.length >= 2 && !isFamilyName(toks[words[1]!]) ? 2 : 1;
  if (words.length === 0) return null;
  return { name: joinTokens(toks, i, words[n - 1]! + 1), end: words[n - 1]! + 1, known: false, units: [] };
}

/** The tokens' text with one space where the text had any; `lower` gives the gazetteer key (as fastKey would). */
function joinTokens(toks: readonly Tok[], from: number, to: number, lower = false): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    out += (k > from && toks[k - 1]!.e < t.s ? ' ' : '') + (lower ? t.f : t.t);
  }
  return out;
}

/** The gazetteer's spelling when the text's matches it loosely (case, tone placement). */
function canonicalPlaceName(text: string, key: string, unit: Unit | undefined): string {
  if (unit && fastKey(unit.name) === key) return unit.name;
  return text;
}
