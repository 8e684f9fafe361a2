// The grammar of officials in running text: bodies ("UBND huyện Đông Sơn"), titles
// ("Phó Bí thư Thường trực"), chains of (title, body) pairs, person names, and person
// mentions with the chains that describe them. Every function scans forward from a token
// index and returns where it stopped; nothing backtracks more than a bounded lookahead.
import { isFamilyName, isFormerMarker, lexicon, type Level, type TitleEntry } from './lexicon.ts';
import { readPlace } from './places.ts';
import { isCap, isNameWord, isPunct, type Tok } from './tokens.ts';
import { districtNameIndex, provinceNameIndex } from '../gazetteer/index.ts';


export type BodyKind = 'committee' | 'organ' | 'bch' | 'partyorg' | 'state' | 'board' | 'agency' | 'national';

export interface BodyRef {
  kind: BodyKind;
  /** canonical head: "Huyện ủy", "UBND", "Ban Thường vụ", "Phòng Tài chính - Kế hoạch" */
  head: string;
  level?: Level | undefined;
  place?: string | undefined;
  /** for organs and council boards: the committee or council they belong to */
  owner?: BodyRef | undefined;
  /** token range */
  start: number;
  end: number;
  rule: string;
}

export interface ChainItem {
  entry: TitleEntry;
  title: string;
  body?: BodyRef | undefined;
  former: boolean;
  start: number;
  end: number;
}

export interface Chain {
  items: ChainItem[];
  start: number;
  end: number;
}

const cap1 = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

function tokText(toks: readonly Tok[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    const glue = k > from && toks[k - 1]!.e === t.s;
    out += (k > from && !glue ? ' ' : '') + t.t;
  }
  return out.replace(/\s*-\s*/g, ' - ').replace(/\s*&\s*/g, '&').replace(/\s+,/g, ',');
}

/** Level word (+ place) at i. */
function levelAndPlace(toks: readonly Tok[], i: number): { level: Level; place?: string | undefined; end: number } | null {
  const lex = lexicon();
  const lw = lex.levelWords.match(toks, i);
  if (!lw) return null;
  // "tp." and "tx." must be abbreviations, not the end of a sentence
  let j = i + lw.len;
  const place = readPlace(toks, j, lw.value);
  if (place) j = place.end;
  return { level: lw.value, place: place?.name, end: j };
}

const STOP_WORDS = new Set([
  'chủ', 'phát', 'báo', 'trình', 'dự', 'tham', 'cùng', 'đã', 'cũng', 'được', 'về', 'tại', 'trong', 'với', 'để', 'nhằm', 'theo',
  'khi', 'đang', 'sẽ', 'là', 'có', 'của', 'do', 'thì', 'tới', 'đến', 'từ', 'cho', 'kết', 'nhấn', 'khẳng', 'yêu', 'đề', 'giới',
  'thông', 'đánh', 'ghi', 'tổ', 'làm', 'đọc', 'quán', 'truyền', 'điều', 'giải', 'trả', 'tiếp', 'bế', 'khai', 'lưu', 'chỉ',
  'đồng', 'nêu', 'gửi', 'biểu', 'trao', 'tặng', 'thăm', 'kiểm', 'chúc', 'cảm', 'hứa', 'nhận', 'mong', 'bày', 'gồm', 'vừa',
  'năm', 'tháng', 'ngày', 'sáng', 'chiều', 'tối', 'nhiệm', 'khóa', 'lần', 'kỳ', 'các', 'những', 'đại', 'đ', 'ông', 'bà',
]);
/** Lower-case words that may continue an agency name ("Ban Chỉ đạo các chương trình …"). */
const NAME_CONTINUERS = new Set(['các', 'và', 'đồng']);

/** The name part of an agency ("Tài chính - Kế hoạch", "Nông nghiệp và Phát triển nông thôn"), up to a level word. */
function agencyName(toks: readonly Tok[], i: number): { end: number; level?: Level; place?: string | undefined; endName: number } {
  const lex = lexicon();
  let j = i;
  let lastGood = i;
  const limit = Math.min(toks.length, i + 16);
  while (j < limit) {
    const t = toks[j]!;
    if (lex.levelWords.match(toks, j)) {
      // "xã hội" is not a level word
      if (t.f === 'xã' && toks[j + 1]?.f === 'hội') { j += 2; lastGood = j; continue; }
      if (t.f === 'thành' && toks[j + 1]?.f === 'phố' && !isCap(toks[j + 2]) && j > i) {
        return { end: j + 2, level: 'thành phố', endName: lastGood };
      }
      const lp = levelAndPlace(toks, j);
      if (lp) return { end: lp.end, level: lp.level, place: lp.place, endName: lastGood };
    }
    if (t.k === 'p') {
      if (t.t === '-' && (isCap(toks[j + 1]) || toks[j + 1]?.k === 'w') && !startsPersonOrTitle(toks, j + 1)) { j++; continue; }
      if (t.t === '&') { j++; continue; }
      if (t.t === ',' && toks[j + 1]?.k === 'w' && !startsPersonOrTitle(toks, j + 1) && (isCap(toks[j + 1]) || !STOP_WORDS.has(toks[j + 1]!.f)) && !lex.honorifics.match(toks, j + 1)) {
        // a comma inside a name ("Văn hóa, Thông tin và Thể thao") only when a level word follows soon
        let k = j + 1; let found = false;
        while (k < Math.min(toks.length, j + 10)) {
          if (toks[k]!.k === 'p' && toks[k]!.t !== '-' && toks[k]!.t !== '&') break;
          if (lex.levelWords.match(toks, k) && !(toks[k]!.f === 'xã' && toks[k + 1]?.f === 'hội')) { found = true; break; }
          k++;
        }
        if (found || coordinatedDomains(toks, j + 1)) { j++; continue; }
      }
      break;
    }
    if (t.k === 'n') { j++; lastGood = j; continue; }
    if (isCap(t)) {
      if (j > i && (startsPersonOrTitle(toks, j) || startsCitation(toks, j))) break;
      j++; lastGood = j; continue;
    }
    // lower-case word ("chương trình" is a name word; "trình bày" a verb)
    if (STOP_WORDS.has(t.f) && !NAME_CONTINUERS.has(t.f) && !(t.f === 'trình' && toks[j - 1]?.f === 'chương')) break;
    j++; lastGood = j;
  }
  return { end: lastGood, endName: lastGood };
}

/**
 * After a comma inside an agency name, the rest of a coordinated list of domains: "Văn hóa,
 * [Khoa học và Thông tin]", "Tài chính, [Kế hoạch và Đầu tư]" — capitalized domain words, then
 * "và" and another capitalized word, with no other punctuation between.
 */
function coordinatedDomains(toks: readonly Tok[], k: number): boolean {
  if (!isCap(toks[k])) return false;
  const limit = Math.min(toks.length - 1, k + 8);
  for (let q = k + 1; q < limit; q++) {
    const t = toks[q]!;
    if (t.f === 'và') return isCap(toks[q + 1]);
    if (t.k !== 'w') return false;
  }
  return false;
}

/** "Nghị quyết số …", "Nghị quyết Đại hội …": a document citation, not more of a body's name. */
function startsCitation(toks: readonly Tok[], j: number): boolean {
  const m = lexicon().docTypeWords.match(toks, j);
  if (!m) return false;
  const next = toks[j + m.len];
  return !!next && (next.f === 'số' || next.k === 'n' || next.f === 'đại');
}

function startsPersonOrTitle(toks: readonly Tok[], j: number): boolean {
  const lex = lexicon();
  if (lex.titles.match(toks, j)) return true;
  if (lex.honorifics.match(toks, j) && isCap(toks[j])) return true;
  const t = toks[j];
  if (isFamilyName(t) && isNameWord(toks[j + 1]) && isNameWord(toks[j + 2])) return true;
  return false;
}

/** Parses a body at token i. */
export function parseBody(toks: readonly Tok[], i: number, depth = 0): BodyRef | null {
  // every candidate below begins with a phrase of one of mayStartBody's sets
  const lex = lexicon();
  const first = toks[i];
  if (first === undefined || !lex.mayStartBody(first)) return null;
  const cands: BodyRef[] = [];
  const nat = lex.national.match(toks, i);
  // a national body's name is complete: "Bộ Chính trị" is not the ministry "Bộ …"
  if (nat && !isCap(toks[i + nat.len])) return { kind: 'national', head: nat.value, start: i, end: i + nat.len, rule: 'body.national' };
  if (nat) cands.push({ kind: 'national', head: nat.value, start: i, end: i + nat.len, rule: 'body.national' });

  const ex = lex.executiveCommittee.match(toks, i);
  if (ex) {
    let j = i + ex.len;
    // "Ban Chấp hành Đảng bộ huyện X", "BCH Đảng bộ huyện"
    if (toks[j - 1]!.f !== 'bộ' && toks[j]?.f === 'đảng' && toks[j + 1]?.f === 'bộ') j += 2;
    const lp = levelAndPlace(toks, j);
    if (lp) cands.push({ kind: 'bch', head: 'Ban Chấp hành Đảng bộ', level: lp.level, place: lp.place, start: i, end: lp.end, rule: 'body.executive-committee' });
    else {
      const com = depth < 1 ? parseBody(toks, j, depth + 1) : null;
      if (com && com.kind === 'committee') cands.push({ kind: 'organ', head: 'Ban Chấp hành', owner: com, start: i, end: com.end, rule: 'body.executive-committee' });
      else if (toks[j - 1]!.f === 'bộ') cands.push({ kind: 'bch', head: 'Ban Chấp hành Đảng bộ', start: i, end: j, rule: 'body.executive-committee' });
    }
  }
  const po = lex.partyOrganisation.match(toks, i);
  if (po) {
    const lp = levelAndPlace(toks, i + po.len);
    if (lp) cands.push({ kind: 'partyorg', head: 'Đảng bộ', level: lp.level, place: lp.place, start: i, end: lp.end, rule: 'body.party-organisation' });
  }
  const com = lex.committees.match(toks, i);
  if (com) {
    let j = i + com.len;
    if (com.value.level === 'commune') {
      const lp = levelAndPlace(toks, j);
      if (lp && ['xã', 'phường', 'thị trấn', 'đặc khu'].includes(lp.level)) {
        cands.push({ kind: 'committee', head: com.value.canonical, level: lp.level, place: lp.place, start: i, end: lp.end, rule: 'body.committee' });
      } else if (!isCap(toks[j])) {
        cands.push({ kind: 'committee', head: com.value.canonical, level: 'commune', start: i, end: j, rule: 'body.committee' });
      }
    } else {
      // "Thị ủy TX Cửa Lò", "Huyện ủy huyện X": a level word may repeat before the place
      const lw = lex.levelWords.match(toks, j);
      if (lw && isCap(toks[j + lw.len]) && !lex.titles.match(toks, j + lw.len)) j += lw.len;
      const place = readPlace(toks, j, com.value.level);
      if (place) j = place.end;
      cands.push({ kind: 'committee', head: com.value.canonical, level: com.value.level, place: place?.name, start: i, end: j, rule: 'body.committee' });
    }
  }
  const organ = lex.organs.match(toks, i);
  if (organ && depth < 2) {
    const j = i + organ.len;
    const owner = parseBody(toks, j, depth + 1);
    if (owner && (owner.kind === 'committee' || owner.kind === 'state' || owner.kind === 'bch' || owner.kind === 'partyorg')) {
      cands.push({ kind: 'organ', head: organ.value, owner, start: i, end: owner.end, rule: 'body.organ' });
    } else if (organ.value !== 'Văn phòng' && organ.value !== 'Thường trực') {
      cands.push({ kind: 'organ', head: organ.value, start: i, end: j, rule: 'body.organ' });
    }
  }
  const st = lex.state.match(toks, i);
  if (st) {
    let j = i + st.len;
    const lp = levelAndPlace(toks, j);
    let level: Level | undefined;
    let place: string | undefined;
    if (lp) { level = lp.level; place = lp.place; j = lp.end; }
    cands.push({ kind: 'state', head: st.value, level, place, start: i, end: j, rule: 'body.state' });
  }
  const board = lex.councilBoards.match(toks, i);
  if (board && depth < 2) {
    const j = i + board.len;
    const owner = parseBody(toks, j, depth + 1);
    const head = cap1(tokText(toks, i, j));
    if (owner && owner.kind === 'state' && owner.head === 'HĐND') cands.push({ kind: 'board', head, owner, start: i, end: owner.end, rule: 'body.council-board' });
    else {
      const lp = levelAndPlace(toks, j);
      cands.push({ kind: 'agency', head, level: lp?.level, place: lp?.place, start: i, end: lp?.end ?? j, rule: 'body.agency' });
    }
  }
  const ag = lex.agencies.match(toks, i);
  // an agency needs a name or a level after its head word: "Phòng" alone (as in "Hải Phòng") is none
  if (ag && (agencyHasName(toks, i + ag.len) || ag.len > 1)) {
    const j = i + ag.len;
    const nm = agencyName(toks, j);
    let head = cap1(tokText(toks, i, nm.endName));
    for (const [abbr, full] of lex.agencyAbbreviations) {
      if (head.includes(abbr)) head = head.replace(abbreviationRe(abbr), full);
    }
    cands.push({ kind: 'agency', head, level: nm.level, place: nm.place, start: i, end: Math.max(nm.end, j), rule: 'body.agency' });
  }
  if (cands.length === 0) return null;
  cands.sort((a, b) => b.end - a.end);
  return cands[0]!;
}

const abbreviationRes = new Map<string, RegExp>();
/** An agency-name abbreviation as a whole word ("TC-KH" in "Phòng TC-KH"). */
function abbreviationRe(abbr: string): RegExp {
  let re = abbreviationRes.get(abbr);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}&-])${abbr.replace(/[&]/g, '\\&')}(?![\\p{L}&-])`, 'u');
    abbreviationRes.set(abbr, re);
  }
  return re;
}

function agencyHasName(toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  if (!t || t.k === 'p') return false;
  return true;
}

export interface TitleMatch {
  entry: TitleEntry;
  end: number;
  /** token index where the body begins when the title's last word begins it */
  bodyAt: number | null;
}

const prefixWordsCache = new Map<string, string[]>();
function prefixWords(prefix: string): string[] {
  let v = prefixWordsCache.get(prefix);
  if (!v) { v = prefix.split(' '); prefixWordsCache.set(prefix, v); }
  return v;
}

export function matchTitle(toks: readonly Tok[], i: number): TitleMatch | null {
  const lex = lexicon();
  const m = lex.titles.match(toks, i);
  if (!m) return null;
  const { entry } = m.value;
  let bodyAt: number | null = null;
  if (entry.prefix) {
    const pk = prefixWords(entry.prefix);
    for (let k = i + m.len - pk.length; k >= i; k--) {
      if (pk.every((w, d) => toks[k + d]?.f === w)) { bodyAt = k; break; }
    }
  }
  return { entry, end: i + m.len, bodyAt };
}

/** A chain of titles with their bodies: "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện". */
export function parseChain(toks: readonly Tok[], i: number): Chain | null {
  const lex = lexicon();
  const items: ChainItem[] = [];
  let j = i;
  let end = i;
  while (j < toks.length) {
    let k = j;
    let former = false;
    if (isFormerMarker(toks[k])) { former = true; k++; }
    const tm = matchTitle(toks, k);
    if (!tm) break;
    let body: BodyRef | null = null;
    if (tm.bodyAt !== null) body = parseBody(toks, tm.bodyAt);
    if (!body) body = parseBody(toks, tm.end);
    if (body && tm.bodyAt !== null && body.start === tm.bodyAt && body.end <= tm.end) body = parseBody(toks, tm.end) ?? body;
    if (tm.entry.needsBody && !body && items.length === 0) break;
    // "Chủ tịch UBND các xã", "Bí thư các huyện ủy": a group of office holders, nobody's own title
    const after = body ? Math.max(body.end, tm.end) : tm.end;
    if (toks[after]?.f === 'các' || toks[after]?.f === 'những' || toks[tm.end]?.f === 'các') break;
    if (tm.entry.body.startsWith('fixed:') && body && body.kind === 'national') {
      // "Ủy viên Trung ương Đảng" already names its body
    }
    const itemEnd = body ? Math.max(body.end, tm.end) : tm.end;
    items.push({ entry: tm.entry, title: tm.entry.title, body: body ?? undefined, former, start: k, end: itemEnd });
    end = itemEnd;
    // separator, then another title?
    const sep = toks[end];
    if (sep && (isPunct(sep, ',-') || sep.f === 'kiêm')) {
      let n = end + 1;
      if (isFormerMarker(toks[n])) n++;
      if (matchTitle(toks, n)) { j = end + 1; continue; }
    }
    break;
  }
  if (items.length === 0) return null;
  return { items, start: i, end };
}

export interface NameMatch {
  name: string;
  start: number;
  end: number;
}

/** A person's full name at i: 2-4 capitalized words. strict: must start with a family name. */
export function readName(toks: readonly Tok[], i: number, strict: boolean): NameMatch | null {
  const lex = lexicon();
  const first = toks[i];
  if (!isNameWord(first)) return null;
  const family = isFamilyName(first);
  if (strict && !family) return null;
  if (!family && lex.notNameWords.has(first!.t)) return null;
  const stops = lex.mayStopName;
  if (stops(first!) && (lex.titles.match(toks, i) || lex.committees.match(toks, i) || lex.state.match(toks, i) || lex.levelWords.match(toks, i))) return null;
  let j = i;
  while (j < toks.length && j - i < 5) {
    const t = toks[j]!;
    if (!isNameWord(t)) break;
    if (j > i && toks[j - 1]!.e === t.s) break; // glued punctuation-free join is impossible; defensive
    if (j > i && stops(t) && (lex.titles.match(toks, j) || lex.committees.match(toks, j) || lex.state.match(toks, j) || lex.organs.match(toks, j) || lex.national.match(toks, j))) break;
    j++;
  }
  const n = j - i;
  if (n < 2) return null;
  if (n > 4) {
    if (strict) return null;
    j = i + 4;
  }
  if (strict && n === 2) {
    const key = `${toks[i]!.f} ${toks[i + 1]!.f}`; // fastKey(name): name words are single tokens
    if (districtNameIndex().has(key) || provinceNameIndex().has(key)) return null;
  }
  // a name is followed by a space, punctuation or the end: "Lê Văn A-" is fine, "Lê Văn A1" is not
  let name = toks[i]!.t;
  for (let k = i + 1; k < j; k++) name += ` ${toks[k]!.t}`;
  return { name, start: i, end: j };
}
