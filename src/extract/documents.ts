// Documents cited in a report: "TYPE số NUMBER ngày DATE của ISSUER về SUBJECT", lists of
// numbers sharing one date and issuer, and unnumbered congress resolutions.
import { lexicon } from './lexicon.ts';
import { parseBody } from './grammar.ts';
import { renderBody, type PlaceContext } from './bodies.ts';
import { isoDate } from './dates.ts';
import { tokenizeRange } from './tokens.ts';

export interface DocumentFact {
  type: string;
  number: string | null;
  date: string | null;
  issuer: string | null;
  title: string | null;
  /** offsets of the number (or the reference) in the searched text */
  start: number;
  end: number;
  rule: string;
}

// Party: 58-NQ/TW, 1276-KL/TU; state: 259/QĐ-TTg, 45/KH-UBND, 33/2023/NĐ-CP, 10/2022/QH15.
// Fixed character classes with bounded repeats: linear.
const PARTY_NO = /(?<![\d/.-])(\d{1,5}) ?- ?([A-ZĐ][A-Za-zĐđ]{0,4}) ?\/ ?([A-ZĐƯ][A-ZĐƯa-z]{0,5}(?:[0-9]{1,2})?)(?![\p{L}\d])/gu;
const STATE_NO = /(?<![\d/.-])(\d{1,5}) ?\/ ?(?:(\d{4}) ?\/ ?)?([A-ZĐ][A-Za-zĐđ]{0,6}[0-9]{0,2})((?: ?- ?[A-ZĐ][A-Za-zĐđ0-9]{0,10}){0,3})(?![\p{L}\d])/gu;

const DATE_AFTER = /^,? ?(?:ban hành )?ngày (?:(\d{1,2}) ?[/.-] ?(\d{1,2}) ?[/.-] ?(\d{4})|(\d{1,2}) tháng (\d{1,2}) năm (\d{4}))/iu;

function typeFromCode(code: string, party: boolean): string | null {
  const lex = lexicon();
  const entry = lex.docTypeByCode.get(code.toUpperCase());
  if (!entry) return null;
  return party && entry.partyType ? entry.partyType : entry.type;
}

function issuerFromCode(code: string): string | null {
  const lex = lexicon();
  for (const i of lex.issuerCodes) {
    if (i.prefix ? code.toUpperCase().startsWith(i.code.toUpperCase()) : code.toUpperCase() === i.code.toUpperCase()) return i.issuer;
  }
  return null;
}

let typeWordRe: RegExp | null = null;
/** The document type word written just before an offset ("Nghị quyết số ", "các Nghị quyết "). */
function typeBefore(text: string, at: number): string | null {
  const lex = lexicon();
  if (!typeWordRe) {
    const words = [...lex.docTypeWordList].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    typeWordRe = new RegExp(`(?:^|[^\\p{L}])(${words.join('|')})(?: số)? ?:? ?$`, 'iu');
  }
  const m = typeWordRe.exec(text.slice(Math.max(0, at - 40), at));
  return m ? lex.docTypeByWord.get(m[1]!.toLowerCase()) ?? null : null;
}

interface RawNumber { number: string; start: number; end: number; type: string | null; issuerCode: string; party: boolean }

function numbersIn(text: string): RawNumber[] {
  const out: RawNumber[] = [];
  if (!text.includes('/')) return out;
  // exec from lastIndex 0 finds what matchAll would, without the copy of the expression matchAll makes
  PARTY_NO.lastIndex = 0;
  for (let m = PARTY_NO.exec(text); m !== null; m = PARTY_NO.exec(text)) {
    const number = `${m[1]}-${m[2]}/${m[3]}`;
    out.push({ number, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, type: typeFromCode(m[2]!, true), issuerCode: m[3]!, party: true });
  }
  const partyCount = out.length;
  let p = 0;
  STATE_NO.lastIndex = 0;
  for (let m = STATE_NO.exec(text); m !== null; m = STATE_NO.exec(text)) {
    const suffix = (m[4] ?? '').replace(/\s+/g, '');
    const number = `${m[1]}/${m[2] ? `${m[2]}/` : ''}${m[3]}${suffix}`;
    const start = m.index ?? 0;
    while (p < partyCount && out[p]!.end <= start) p++;
    if (p < partyCount && start >= out[p]!.start && start < out[p]!.end) continue;
    const codes = [m[3]!, ...suffix.split('-').filter(Boolean)];
    let type: string | null = null;
    if (m[2] && /^QH/i.test(m[3]!)) type = 'Luật';
    else type = typeFromCode(m[3]!, false) ?? (/^UBND$/i.test(m[3]!) ? 'Công văn' : null);
    out.push({ number, start, end: start + m[0].length, type, issuerCode: codes[codes.length - 1]!, party: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

const BARE_TYPES = ['nghị quyết', 'quyết định', 'kết luận', 'chỉ thị', 'kế hoạch', 'thông báo', 'công văn', 'nghị định', 'quy định', 'đề án', 'chương trình'];
const BARE_AFTER = /^ số (\d{1,5})(?= ?,? ?(?:ngày|của)|[,;.)] | và )/iu;
const LETTER = /\p{L}/u;

/** "Nghị quyết số 10 ngày …": a number after a type word and " số ", found from each " số " (no scan per type). */
function bareNumbers(text: string, lowerText: string | undefined): { number: string; start: number }[] {
  const out: { number: string; start: number }[] = [];
  const lower = lowerText ?? text.toLowerCase();
  if (lower.length !== text.length) return out;
  for (let at = lower.indexOf(' số '); at >= 0; at = lower.indexOf(' số ', at + 1)) {
    const m = BARE_AFTER.exec(text.slice(at, at + 40));
    if (!m) continue;
    const typed = BARE_TYPES.some((w) => {
      const from = at - w.length;
      return from >= 0 && lower.startsWith(w, from) && (from === 0 || !LETTER.test(text[from - 1]!));
    });
    if (typed) out.push({ number: m[1]!, start: at + m[0].length - m[1]!.length });
  }
  return out;
}

/** The words an unnumbered congress resolution begins with. */
export const CONGRESS_RESOLUTION = 'Nghị quyết Đại hội';

/**
 * Finds the documents cited in one sentence. `lowerText`: text.toLowerCase(), when the caller
 * has it; `congress`: whether text includes CONGRESS_RESOLUTION, when the caller knows.
 */
export function findDocuments(text: string, ctx: PlaceContext, lowerText?: string, congress = text.includes(CONGRESS_RESOLUTION)): DocumentFact[] {
  const out: DocumentFact[] = [];
  const nums = numbersIn(text);
  let numberStarts: Set<number> | null = null; // made when there is a bare number
  // bare numbers after a type word: "Nghị quyết số 10 ngày 10/1/2022"
  for (const b of bareNumbers(text, lowerText)) {
    numberStarts ??= new Set(nums.map((n) => n.start));
    if (numberStarts.has(b.start)) continue;
    nums.push({ number: b.number, start: b.start, end: b.start + b.number.length, type: null, issuerCode: '', party: false });
  }
  nums.sort((a, b) => a.start - b.start);
  // group numbers written as a list: "18-NQ/TW, 19-NQ/TW và 21-NQ/TW ngày …"
  let g = 0;
  while (g < nums.length) {
    const group = [nums[g]!];
    let h = g + 1;
    while (h < nums.length && /^ ?(?:,|và|;) ?(?:(?:nghị quyết|quyết định|kết luận|chỉ thị) )?(?:số )?$/iu.test(text.slice(nums[h - 1]!.end, nums[h]!.start))) {
      group.push(nums[h]!);
      h++;
    }
    const last = group[group.length - 1]!;
    let pos = last.end;
    const rest = text.slice(pos, pos + 80);
    let date: string | null = null;
    const dm = DATE_AFTER.exec(rest);
    if (dm) {
      const [d, mo, y] = dm[1] ? [dm[1], dm[2], dm[3]] : [dm[4], dm[5], dm[6]];
      const dd = Number(d); const mm = Number(mo); const yy = Number(y);
      if (dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12) date = isoDate(yy, mm, dd);
      pos += dm[0].length;
    }
    let issuer: string | null = null;
    const of = /^,? ?(?:của|do) /iu.exec(text.slice(pos, pos + 10));
    if (of) {
      pos += of[0].length;
      const end = Math.min(text.length, pos + 120);
      // tokenized in full only when its first token may begin a body (a list of numbers after "của" does not)
      const first = tokenizeRange(text, pos, end, 0, undefined, 1)[0];
      const toks = first && lexicon().mayStartBody(first) ? tokenizeRange(text, pos, end) : [];
      const body = parseBody(toks, 0);
      if (body) {
        issuer = renderBody(body, ctx);
        pos = toks[body.end - 1]!.e;
        const khoa = /^ (?:Đảng )?khóa [IVXLC]+/u.exec(text.slice(pos, pos + 30));
        if (khoa) pos += khoa[0].length;
      }
    }
    let title: string | null = null;
    const about = /^,? ?((?:về|phê duyệt|quy định|ban hành|hướng dẫn|điều chỉnh)(?![\p{L}\p{M}])[^;]*)/iu.exec(text.slice(pos, pos + 400));
    if (about) {
      title = about[1]!.replace(/[.,:]+$/u, '').trim();
      // (a cut needs " số": most titles are not scanned)
      const cut = title.includes(' số') ? /\s(?:và|,) (?:Nghị quyết|Quyết định|Kết luận|Chỉ thị|Kế hoạch|Thông báo|Nghị định|Công văn) số/u.exec(title) : null;
      if (cut) title = title.slice(0, cut.index);
      if (title.length > 300) title = title.slice(0, 300);
    }
    const typeWord = typeBefore(text, group[0]!.start);
    for (let k = 0; k < group.length; k++) {
      const n = group[k]!;
      const own = k === 0 ? typeWord : typeBefore(text, n.start);
      const type = own ?? n.type ?? typeWord ?? 'Văn bản';
      if (!n.type && !own && !typeWord) continue;
      out.push({
        type, number: n.number, date,
        issuer: issuer ?? (n.issuerCode ? issuerFromCode(n.issuerCode) : null),
        title: group.length === 1 ? title : k === group.length - 1 ? title : null,
        start: n.start, end: n.end, rule: group.length > 1 ? 'document.numbered-list' : 'document.numbered',
      });
    }
    g = h;
  }
  // unnumbered: a congress resolution with its ordinal
  if (congress) for (const m of text.matchAll(/Nghị quyết Đại hội (?:đại biểu |Đại biểu )?Đảng bộ (tỉnh|huyện|thị xã|thành phố|quận|xã|phường|thị trấn)((?: [\p{Lu}][\p{Ll}]{0,7}){0,3}) lần thứ ([IVXLC]+)(, nhiệm kỳ \d{4} ?- ?\d{4})?/gu)) {
    const level = m[1]!;
    const place = m[2]!.trim() || (level === 'tỉnh' ? ctx.province : ['huyện', 'thị xã', 'thành phố', 'quận'].includes(level) && ctx.districtType === level ? ctx.district : ctx.communeType === level ? ctx.commune : undefined);
    const issuer = ['Ban Chấp hành Đảng bộ', level, place].filter(Boolean).join(' ');
    out.push({ type: 'Nghị quyết', number: null, date: null, issuer, title: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, rule: 'document.congress-resolution' });
  }
  return out;
}
