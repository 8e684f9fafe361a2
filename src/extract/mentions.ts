// Person mentions in a sentence and the roles the sentence gives them. A mention is a name
// with the chains of titles written before and after it; mentions listed together form a
// group (a title written after the list applies to each); a group's role comes from the
// cue before it ("dưới sự chủ trì của", "Dự hội nghị có") or the verb after it ("chủ trì",
// "phát biểu").
import { lexicon } from './lexicon.ts';
import { parseChain, readName, type Chain } from './grammar.ts';
import { isCap, isPunct, PhraseSet, type Tok } from './tokens.ts';

export type Role = 'chair' | 'speaker' | 'attendee';

export interface Mention {
  name: string;
  /** token range of the whole mention (honorific to last title) */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  chains: Chain[];
  /** chains borrowed from a list ("A, B - Phó Chủ tịch UBND huyện") */
  shared: Chain[];
  /** posts the person is elected to in this sentence ("bầu đồng chí A giữ chức Bí thư") */
  elected: Chain[];
  honorific: boolean;
  rule: string;
}

export interface Group {
  mentions: Mention[];
  start: number;
  end: number;
  roles: { role: Role; rule: string }[];
}

interface Cue { role: Role; rule: string }

function cueSet(entries: [string, Cue][]): PhraseSet<Cue> {
  const set = new PhraseSet<Cue>();
  for (const [p, v] of entries) set.add(p, v);
  return set;
}

/** Verbs after a mention (adverbs skipped) that give it a role. */
const VERBS_AFTER = cueSet([
  ...['đồng chủ trì', 'chủ trì', 'chủ tọa', 'điều hành', 'đồng chủ tọa'].map((p): [string, Cue] => [p, { role: 'chair', rule: 'role.chair-verb' }]),
  ...['dự', 'tham dự', 'đến dự', 'về dự', 'cùng dự', 'dự và', 'dự hội nghị', 'dự buổi'].map((p): [string, Cue] => [p, { role: 'attendee', rule: 'role.attend-verb' }]),
  ...[
    'phát biểu', 'kết luận', 'báo cáo', 'trình bày', 'chỉ đạo', 'quán triệt', 'truyền đạt', 'giới thiệu', 'thông tin', 'thông báo',
    'đọc diễn văn', 'đọc', 'khai mạc', 'bế mạc', 'giải trình', 'trả lời', 'tiếp thu', 'giải đáp', 'cho biết', 'nhấn mạnh', 'đề nghị',
    'yêu cầu', 'khẳng định', 'ghi nhận', 'đánh giá', 'thừa nhận', 'cảm ơn', 'lưu ý', 'chia sẻ', 'phát động', 'tham luận', 'chỉ ra',
    'đề xuất', 'kiến nghị', 'nêu', 'nêu rõ', 'biểu dương', 'chúc mừng', 'hứa', 'tổng kết', 'phân tích', 'làm rõ', 'quán triệt',
    'trình', 'đọc báo cáo', 'đọc tờ trình', 'công bố', 'thay mặt', 'mong muốn', 'bày tỏ', 'đánh giá cao', 'kêu gọi', 'giao nhiệm vụ',
    'phổ biến', 'hướng dẫn', 'thông qua', 'tóm tắt', 'điều hành thảo luận', 'nhận nhiệm vụ', 'phát biểu nhận nhiệm vụ', 'tuyên bố', 'lưu ý',
  ].map((p): [string, Cue] => [p, { role: 'speaker', rule: 'role.speech-verb' }]),
]);

/** Words skipped between a mention and its verb. */
const ADVERBS = new PhraseSet<true>();
for (const a of ['đã', 'cũng', 'trực tiếp', 'tiếp tục', 'đồng thời', 'lần lượt', 'đều', 'sẽ', 'vừa', 'thì', 'có', 'đã có', 'cùng', 'ngắn gọn', 'tại hội nghị', 'tại kỳ họp', 'tại phiên họp', 'tại đại hội', 'tại buổi làm việc', 'tại buổi lễ']) ADVERBS.add(a, true);

function fold(toks: readonly Tok[], from: number, to: number): string {
  const a = Math.max(0, from);
  const b = Math.min(toks.length, Math.max(0, to));
  let out = '';
  for (let k = a; k < b; k++) out += k > a ? ` ${toks[k]!.f}` : toks[k]!.f;
  return out;
}

/** Cues before a group: the words just before it. */
function cueBefore(toks: readonly Tok[], boundary: number, start: number): Cue | null {
  const pre = fold(toks, boundary, start);
  // each expression below is tried only when `pre` has a word it needs (an unanchored scan is tried at every position)
  const chu = pre.includes('chủ ');
  const du = pre.includes('dự') || pre.includes('đi');
  // chair introductions
  if (chu && pre.includes('dưới sự ') && /(?:^|\s)dưới sự (?:đồng )?chủ (?:trì|tọa) của(?: các đồng chí)?\s*:?$/.test(pre)) return { role: 'chair', rule: 'role.chair-under' };
  if (chu && /(?:^|\s)(?:đồng )?chủ (?:trì|tọa)(?= )[^.;]{0,60}\s(?:có|gồm)(?: các đồng chí| đồng chí)?\s*:?$/.test(pre)) return { role: 'chair', rule: 'role.chair-intro' };
  if (chu && /(?:^|\s)(?:đồng )?chủ (?:trì|tọa)(?: [^\s.;:]+){0,3} ?:$/.test(pre)) return { role: 'chair', rule: 'role.chair-intro' };
  if (chu && pre.includes('đoàn chủ tịch') && /(?:^|\s)đoàn chủ tịch(?= )[^.;]{0,40}\s(?:gồm|có)(?: các đồng chí)?\s*:?$/.test(pre)) return { role: 'chair', rule: 'role.presidium' };
  // (`pre` is words joined by single spaces: /(?:^|\s)do$/ without running an expression)
  if (pre === 'do' || pre.endsWith(' do')) return null;
  // attendance introductions
  if (du && /(?:^|\s)(?:dự|tham dự|về dự|đến dự|cùng dự|cùng tham dự|cùng đi|đi cùng|cùng về dự)(?= )[^.;]{0,80}\s(?:có|còn có)(?: các đồng chí| đồng chí| các ông| ông| bà| các)?\s*:?$/.test(pre)) return { role: 'attendee', rule: 'role.attend-intro' };
  if (du && /(?:^|\s)(?:cùng dự|cùng đi|tham dự|về dự|đến dự)(?: với)?(?: các đồng chí| đồng chí)?\s*:?$/.test(pre)) return { role: 'attendee', rule: 'role.attend-intro' };
  // a sentence that opens with an attendance introduction lists attendees, also after unnamed
  // ones ("Tham dự hội nghị có lãnh đạo Ban Tuyên giáo Trung ương, …; bà A, …")
  if (/^(?:tham dự|dự|về dự|đến dự|cùng dự|cùng tham dự|cùng đi)(?= )[^.:;]{0,80}\s(?:có|còn có)\s[^.:]{0,300}[;,]$/.test(pre)) return { role: 'attendee', rule: 'role.attend-list' };
  if (pre.includes(' sự ') && /(?:^|\s)(?:với|có) sự (?:tham dự|có mặt) của(?: các đồng chí| đồng chí)?\s*:?$/.test(pre)) return { role: 'attendee', rule: 'role.attend-presence' };
  // a speech clause before the mention: "Phát biểu kết luận hội nghị, đồng chí X"
  if (/^(?:phát biểu|kết luận|báo cáo|trình bày|giải trình|bế mạc|khai mạc|mở đầu|tổng kết|quán triệt|thay mặt|tiếp thu|giải đáp|trả lời|đọc|phát động)(?=[ ,])[^.;]{0,80},$/.test(pre)) return { role: 'speaker', rule: 'role.speech-clause' };
  return null;
}

/** "A, B cùng lãnh đạo các ban … tham dự", "…; trưởng các ban, ngành cùng tham dự": attendance stated after the list. */
function attendanceAfter(toks: readonly Tok[], end: number): Cue | null {
  const startsWithCung = toks[end]?.f === 'cùng';
  for (let j = end; j < Math.min(toks.length, end + 30); j++) {
    const t = toks[j]!;
    if (t.k === 'p' && '.:!?'.includes(t.t)) return null;
    if (isCap(t) && j > end) return null; // another name or body: the verb is someone else's
    const next = toks[j + 1]?.f;
    if ((t.f === 'dự' || (t.f === 'tham' && next === 'dự')) && (startsWithCung || toks[j - 1]?.f === 'cùng')) {
      const after = toks[t.f === 'dự' ? j + 1 : j + 2]?.f ?? '';
      if (['thảo', 'án', 'toán', 'kiến', 'báo'].includes(after)) return null;
      return { role: 'attendee', rule: 'role.attend-after-list' };
    }
  }
  return null;
}

/** Nouns of the event a chair verb governs ("chủ trì cuộc họp …"). */
const CHAIRED = new PhraseSet<true>();
for (const p of ['hội nghị', 'cuộc họp', 'phiên họp', 'kỳ họp', 'buổi làm việc', 'buổi họp', 'đại hội', 'hội thảo', 'buổi lễ', 'lễ', 'buổi tiếp xúc', 'và']) CHAIRED.add(p, true);

/** "A chủ trì cuộc họp nhấn mạnh …": a speech verb right after the chair verb and its event noun. */
function speechAfterChair(toks: readonly Tok[], at: number): Cue | null {
  let j = at;
  for (let guard = 0; guard < 2; guard++) {
    const n = CHAIRED.match(toks, j);
    if (!n) break;
    j += n.len;
  }
  const v = verbAfterAt(toks, j);
  return v && v.cue.role === 'speaker' ? { role: 'speaker', rule: 'role.chair-then-speech' } : null;
}

function verbAfter(toks: readonly Tok[], end: number): { cue: Cue; next: number } | null {
  let j = end;
  // skip a closing parenthesis and commas of an apposition
  for (let guard = 0; guard < 4 && j < toks.length; guard++) {
    if (isPunct(toks[j], ')-,')) { j++; continue; }
    const adv = ADVERBS.match(toks, j);
    if (adv) { j += adv.len; continue; }
    break;
  }
  return verbAfterAt(toks, j);
}

/** The verb at j that gives a role, and the token after it. */
function verbAfterAt(toks: readonly Tok[], j: number): { cue: Cue; next: number } | null {
  const v = VERBS_AFTER.match(toks, j);
  if (!v) return null;
  // "chủ trì" followed by "hội nghị"/"phiên họp" etc. — fine; "dự" as part of "dự thảo" / "dự án" / "dự toán" is not attendance
  if (v.value.role === 'attendee' && ['thảo', 'án', 'toán', 'kiến', 'báo', 'kiểm'].includes(toks[j + 1]?.f ?? '')) return null;
  if (v.value.role === 'speaker' && toks[j]!.f === 'đọc' && !['diễn', 'báo', 'tờ', 'tham', 'quyết', 'lời', 'thư', 'bài'].includes(toks[j + 1]?.f ?? '')) return null;
  return { cue: v.value, next: j + v.len };
}

function hon(toks: readonly Tok[], i: number): number {
  const lex = lexicon();
  const m = lex.honorifics.match(toks, i);
  if (!m) return 0;
  // "ông" / "bà" / "anh" / "chị" only before a capitalized word; lower-case "bà con" is not an honorific
  if (['ông', 'bà', 'anh', 'chị', 'các ông', 'các bà'].includes(m.value) && !isCap(toks[i + m.len])) return 0;
  return m.len;
}

function skipRanks(toks: readonly Tok[], i: number): number {
  const lex = lexicon();
  let j = i;
  for (let guard = 0; guard < 3; guard++) {
    const r = lex.ranks.match(toks, j);
    if (!r) break;
    j += r.len;
    if (isPunct(toks[j], '.')) j++;
  }
  return j;
}

interface Piece {
  kind: 'mention' | 'unnamed' | 'colon';
  mention?: Mention;
  chain?: Chain;
  end: number;
}

const ELECT = new PhraseSet<true>();
for (const p of ['giữ chức', 'giữ chức vụ', 'làm', 'được bầu làm', 'được bầu giữ chức', 'tái đắc cử', 'tái đắc cử chức', 'đắc cử', 'đắc cử chức', 'được bầu', 'được bổ nhiệm giữ chức', 'được bổ nhiệm làm', 'được phân công giữ chức']) ELECT.add(p, true);

function piece(toks: readonly Tok[], i: number, inList: boolean): Piece | null {
  let j = i;
  const h = hon(toks, j);
  const honorific = h > 0;
  j += h;
  if (isPunct(toks[j], ':')) j++;
  j = skipRanks(toks, j);
  const pre = parseChain(toks, j);
  if (pre) {
    let k = pre.end;
    if (isPunct(toks[k], ':')) return { kind: 'colon', chain: pre, end: k + 1 };
    const nm = readName(toks, k, !honorific && !inList);
    if (nm) {
      const m: Mention = { name: nm.name, start: i, end: nm.end, nameStart: nm.start, nameEnd: nm.end, chains: [pre], shared: [], elected: [], honorific, rule: 'mention.title-before-name' };
      k = nm.end;
      k = postChain(toks, k, m);
      return { kind: 'mention', mention: m, end: m.end };
    }
    return { kind: 'unnamed', end: pre.end };
  }
  const nm = readName(toks, j, !honorific && !inList);
  if (!nm) return null;
  const m: Mention = { name: nm.name, start: i, end: nm.end, nameStart: nm.start, nameEnd: nm.end, chains: [], shared: [], elected: [], honorific, rule: honorific ? 'mention.honorific-name' : inList ? 'mention.listed-name' : 'mention.name-with-title' };
  postChain(toks, nm.end, m);
  if (!honorific && !inList && m.chains.length === 0) return null;
  return { kind: 'mention', mention: m, end: m.end };
}

/** Titles after a name: "A, Bí thư Huyện ủy", "A - Phó Chủ tịch", "A (Chủ tịch …)", and "giữ chức …". */
function postChain(toks: readonly Tok[], k: number, m: Mention): number {
  let j = k;
  const sep = toks[j];
  let c: Chain | null = null;
  if (sep && isPunct(sep, ',-(')) c = parseChain(toks, j + 1);
  else c = parseChain(toks, j);
  // a chain followed by a name belongs to that name ("A, Chủ tịch UBND huyện B")
  if (c && readName(toks, c.end, true)) c = null;
  if (c) {
    m.chains.push(c);
    j = c.end;
    if (isPunct(sep, '(') && isPunct(toks[j], ')')) j++;
  }
  m.end = j;
  const ej = isPunct(toks[j], ',') ? j + 1 : j;
  const el = ELECT.match(toks, ej);
  if (el) {
    const ec = parseChain(toks, ej + el.len);
    if (ec) { m.elected.push(ec); m.end = ec.end; }
  }
  return m.end;
}

const LIST_SEPS = new PhraseSet<string>();
for (const s of [',', ';', 'và', 'cùng', 'cùng với', 'cùng các', 'với']) LIST_SEPS.add(s, s);

/** Finds the groups of person mentions in a sentence (tokens of that sentence). */
export function findGroups(toks: readonly Tok[]): Group[] {
  const groups: Group[] = [];
  let i = 0;
  let boundary = 0;
  const mayStartMention = lexicon().mayStartMention;
  while (i < toks.length) {
    const t = toks[i]!;
    // a mention starts with an honorific, a rank, a title, a former-office marker or a capitalized word
    if (t.k !== 'w' || (!t.w.c && !mayStartMention(t))) { i++; continue; }
    const p = piece(toks, i, false);
    if (!p) { i++; continue; }
    if (p.kind === 'unnamed') { i = p.end; continue; }
    const mentions: Mention[] = [];
    const seps: string[] = [];
    let end = p.end;
    let colonChain: Chain | null = null;
    if (p.kind === 'colon') colonChain = p.chain ?? null;
    else mentions.push(p.mention!);
    // list continuation
    for (let guard = 0; guard < 40; guard++) {
      let k = end;
      let sepText = '';
      if (colonChain && mentions.length === 0) sepText = ':';
      else {
        let sep = LIST_SEPS.match(toks, k);
        // an apposition inside a list item ("…, đại biểu được phân công theo dõi xã; ông B"): skip to the semicolon
        if (!sep && isPunct(toks[k], ',')) {
          let q = k + 1;
          while (q < Math.min(toks.length, k + 25) && !isPunct(toks[q], ';.')) q++;
          if (isPunct(toks[q], ';') && hon(toks, q + 1) > 0) { k = q; sep = LIST_SEPS.match(toks, k); }
        }
        if (!sep) break;
        sepText = sep.value;
        k += sep.len;
        if (isPunct(toks[k], '-')) k++;
      }
      const q = piece(toks, k, true);
      if (!q || q.kind !== 'mention') break;
      seps.push(sepText);
      mentions.push(q.mention!);
      end = q.end;
    }
    if (mentions.length === 0) { i = p.end; continue; }
    if (colonChain) for (const m of mentions) if (m.chains.length === 0) m.shared.push(colonChain);
    // a title after a list applies to the names before it that have none of their own
    for (let a = 0; a < mentions.length; a++) {
      const ma = mentions[a]!;
      if (ma.chains.length || ma.shared.length) continue;
      for (let b = a + 1; b < mentions.length; b++) {
        const mb = mentions[b]!;
        if (seps[b - 1] === ';') break;
        if (mb.chains.length) { ma.shared.push(...mb.chains.slice(-1)); break; }
      }
    }
    const start = mentions[0]!.start;
    const roles: { role: Role; rule: string }[] = [];
    const before = cueBefore(toks, boundary, colonChain ? i : start);
    if (before) roles.push(before);
    const verb = verbAfter(toks, end);
    const after = verb?.cue ?? attendanceAfter(toks, end);
    if (after && !(before && before.role === 'chair' && after.role === 'chair')) roles.push(after);
    const speech = verb && verb.cue.role === 'chair' ? speechAfterChair(toks, verb.next) : null;
    if (speech) roles.push(speech);
    groups.push({ mentions, start: colonChain ? i : start, end, roles });
    boundary = end;
    i = end;
  }
  return groups;
}
