// Text normalization: NFC, one tone-mark placement, look-alike letters, space / dash / quote
// variants, zero-width characters, and words glued together where the source lost a space.
// Pure: string in, string out. Every later offset refers to the normalized text.

const TONE_NEW: Record<string, string> = {
  oá: 'óa', oà: 'òa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oé: 'óe', oè: 'òe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uý: 'úy', uỳ: 'ùy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};

/** An old-style pair (oá, uý …) ending a syllable, with the q before it if any (quý stays). Sticky: tried where a pair stands. */
const OLD_TONE_PAIR = /([qQ]?)([oO][áàảãạéèẻẽẹÁÀẢÃẠÉÈẺẼẸ]|[uU][ýỳỷỹỵÝỲỶỸỴ])(?![\p{L}\p{M}])/uy;
/** The second letters of old-style pairs: a pair is an o or u before one of these. */
const OLD_TONE_SECOND = new Uint8Array(0x2000);
for (const c of 'áàảãạéèẻẽẹýỳỷỹỵÁÀẢÃẠÉÈẺẼẸÝỲỶỸỴ') OLD_TONE_SECOND[c.charCodeAt(0)] = 1;

function newTonePair(m: string, q: string, pair: string): string {
  if (q) return m;
  const lower = pair.toLowerCase();
  const mapped = TONE_NEW[lower];
  if (!mapped) return m;
  const first = pair[0] === pair[0]!.toUpperCase() ? mapped[0]!.toUpperCase() : mapped[0]!;
  const second = pair[1] === pair[1]!.toUpperCase() ? mapped[1]!.toUpperCase() : mapped[1]!;
  return q + first + second;
}

/**
 * Old tone placement (hoá, uỷ) to the new one (hóa, ủy) where the pair ends the syllable; not
 * after q (quý stays). What a global replace with OLD_TONE_PAIR does, with the expression tried
 * only where a character scan finds an o or u before a second letter (a match starts at its q or
 * at the pair), not at every position of the text.
 */
export function newTonePlacement(s: string): string {
  const seconds: number[] = [];
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x2000 && OLD_TONE_SECOND[c] === 1 && isOorU(s.charCodeAt(i - 1))) seconds.push(i);
  }
  return placeTones(s, seconds);
}

/** o, O, u or U: the first letter of an old-style pair. */
function isOorU(c: number): boolean {
  const o = c | 0x20;
  return o === 0x6f || o === 0x75;
}

/** newTonePlacement() given where the second letters after an o or u stand (in increasing order). */
function placeTones(s: string, seconds: readonly number[]): string {
  // joined at the end: a string built with += is a rope that every later character read walks
  const out: string[] = [];
  let last = 0; // s up to here is done
  for (const i of seconds) {
    // OLD_TONE_PAIR's lookahead reads the character after the pair: a letter or mark of the BMP
    // there (as in "hoạt", the common case) fails both tries, without the cost of running it
    const next = s.charCodeAt(i + 1);
    if (next < 0xd800 && (unicodeClass(next) & WORD_CHAR) !== 0) continue;
    for (let at = i - 2; at < i; at++) {
      if (at < last) continue;
      OLD_TONE_PAIR.lastIndex = at;
      const m = OLD_TONE_PAIR.exec(s);
      if (!m) continue;
      out.push(s.slice(last, at), newTonePair(m[0], m[1]!, m[2]!));
      last = at + m[0].length;
      break;
    }
  }
  if (last === 0) return s;
  out.push(s.slice(last));
  return out.join('');
}

/** Characters of a Vietnamese syllable's vowel nucleus. */
const VOWELS = 'aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
const MARKED = /[ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/;
const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];
const CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
const VOWEL_SET = new Set(VOWELS);
const isVowel = (c: string): boolean => VOWEL_SET.has(c);

/**
 * Splits a lower-case token made of several Vietnamese syllables glued together ("đấtđai",
 * "thựchiện") at the consonant cluster between two vowel nuclei: the longest valid onset on
 * the right, a valid coda on the left. Tokens without Vietnamese marks are left alone so that
 * foreign words survive. Returns the token unchanged when no valid split exists.
 */
export function splitGluedSyllables(token: string): string {
  if (token.length < 4 || !MARKED.test(token)) return token;
  const parts: string[] = [];
  let start = 0;
  let i = 0;
  // skip the first onset and nucleus
  while (i < token.length && !isVowel(token[i]!)) i++;
  while (i < token.length && isVowel(token[i]!)) i++;
  while (i < token.length) {
    const cStart = i;
    while (i < token.length && !isVowel(token[i]!)) i++;
    if (i >= token.length) break; // final coda
    const cluster = token.slice(cStart, i);
    // choose split: longest onset suffix whose prefix is a valid coda
    let cut = -1;
    for (let k = 0; k <= cluster.length; k++) {
      const coda = cluster.slice(0, k);
      const onset = cluster.slice(k);
      if (CODAS.has(coda) && (onset === '' || ONSETS.includes(onset))) { cut = k; break; }
    }
    if (cut < 0 || (cluster.length === 0)) return token;
    // "gi"/"qu" onsets swallow a vowel: u after q, i after g belong to the onset
    const boundary = cStart + cut;
    if (boundary === cStart + cluster.length && cluster.length === 0) return token;
    if (cut === cluster.length) {
      // empty onset: only accept when the cluster is a valid coda and the next syllable starts with a vowel
      if (cluster === '') return token;
    }
    parts.push(token.slice(start, boundary));
    start = boundary;
    while (i < token.length && isVowel(token[i]!)) i++;
  }
  parts.push(token.slice(start));
  if (parts.length < 2 || parts.some((p) => p.length < 1 || ![...p].some(isVowel))) return token;
  return parts.join(' ');
}

const LONG_WORD = /[\p{L}\p{M}]{4,}/gu;
const CAMEL = /\p{Ll}\p{Lu}/u;

// Character classes for the glued-word pre-check: 1 lower-case vowel, 2 lower-case consonant,
// 3 other lower-case letter, 4 upper-case letter, 0 anything else.
const CLASS = new Uint8Array(0x1f00);
for (let c = 0; c < CLASS.length; c++) {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (VOWELS.includes(ch)) CLASS[c] = 1;
  else if ('bcdđghklmnpqrstvx'.includes(ch)) CLASS[c] = 2;
  else if (ch !== upper && ch === lower) CLASS[c] = 3;
  else if (ch !== lower && ch === upper) CLASS[c] = 4;
}

// The glued-word pre-check as a state machine: a state is the previous character's class and the
// number of consonants since a vowel (-1: no vowel in this run, 4: more than 3); `glueStep` is the
// rule, GLUE_NEXT its table, so the scan of a text takes one table read a character instead of
// branches that depend on every letter.
const GLUE_HIT = 30;
function glueStep(state: number, k: number): number {
  const prev = Math.floor(state / 6);
  let consonants = (state % 6) - 1;
  // a lower-case letter before an upper-case one
  if (k === 4 && prev !== 0 && prev !== 4) return GLUE_HIT;
  if (k === 1) {
    // vowel + 1-3 consonants + vowel inside a word
    if (consonants >= 1 && consonants <= 3) return GLUE_HIT;
    consonants = 0;
  } else if (k === 2) {
    if (consonants >= 0) consonants = Math.min(consonants + 1, 4);
  } else consonants = -1;
  return k * 6 + consonants + 1;
}
const GLUE_NEXT = new Uint8Array(GLUE_HIT * 5);
for (let state = 0; state < GLUE_HIT; state++) for (let k = 0; k < 5; k++) GLUE_NEXT[state * 5 + k] = glueStep(state, k);

/** Splits "thựchiệnNghị" (lower then upper case) and glued Vietnamese syllables in one word of 4 letters or more. */
function unglueWord(w: string): string {
  const camel = CAMEL.test(w);
  if (!camel && (w.length < 5 || !MARKED.test(w) || w !== w.toLowerCase())) return w;
  let out = camel ? w.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2') : w;
  if (out !== w) return out.split(' ').map((p) => (p === p.toLowerCase() ? splitGluedSyllables(p) : p)).join(' ');
  if (w === w.toLowerCase() && w.length >= 5) out = splitGluedSyllables(w);
  return out;
}

// Unicode classes for unglue's word scan, taken from the regular expressions they stand for:
// WORD_CHAR [\p{L}\p{M}] (LONG_WORD's letters), LL \p{Ll} and LU \p{Lu} (CAMEL's). A table below
// U+2000 (made on first use), the regular expressions themselves above.
const WORD_CHAR = 1;
const LL = 2;
const LU = 4;
const UNICODE_TABLE_SIZE = 0x2000;
const UNICODE_CLASSES = [['[\\p{L}\\p{M}]', WORD_CHAR], ['\\p{Ll}', LL], ['\\p{Lu}', LU]] as const;
const CLASS_RES = UNICODE_CLASSES.map(([source, bit]) => [new RegExp(`^${source}$`, 'u'), bit] as const);
let unicodeTable: Uint8Array | null = null;
function unicodeClassSlow(c: number): number {
  const ch = String.fromCharCode(c);
  let k = 0;
  for (const [re, bit] of CLASS_RES) if (re.test(ch)) k |= bit;
  return k;
}
function unicodeClass(c: number): number {
  if (c >= UNICODE_TABLE_SIZE) return unicodeClassSlow(c);
  if (!unicodeTable) {
    unicodeTable = new Uint8Array(UNICODE_TABLE_SIZE);
    const all = String.fromCharCode(...Array.from({ length: UNICODE_TABLE_SIZE }, (_, k) => k));
    for (const [source, bit] of UNICODE_CLASSES) for (const m of all.matchAll(new RegExp(source, 'gu'))) unicodeTable[m.index]! |= bit;
  }
  return unicodeTable[c]!;
}

/**
 * Whether unglueWord(line[from, to)) may differ from the word: only when a lower-case letter
 * comes before an upper-case one (CAMEL), or, in a word of 5 letters or more, a vowel, other
 * letters and another vowel follow each other (splitGluedSyllables needs a consonant cluster
 * between two nuclei).
 */
function mayUnglue(line: string, from: number, to: number): boolean {
  let vowelThenOther = false;
  let afterVowel = false;
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    if ((unicodeClass(c) & LL) && i + 1 < to && (unicodeClass(line.charCodeAt(i + 1)) & LU)) return true;
    if (c < 0x1f00 && CLASS[c] === 1) { // a vowel (isVowel)
      if (vowelThenOther && to - from >= 5) return true;
      afterVowel = true;
    } else if (afterVowel) vowelThenOther = true;
  }
  return false;
}

/** unglueWord() on each word of 4 letters or more of a line (a line planPasses has pointed into). */
function unglue(line: string): string {
  const n = line.length;
  // a surrogate pair is one letter to LONG_WORD: such a line goes the regular expression's way
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return line.replace(LONG_WORD, unglueWord);
  }
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < n) {
    if (!(unicodeClass(line.charCodeAt(i)) & WORD_CHAR)) { i++; continue; }
    let j = i + 1;
    while (j < n && (unicodeClass(line.charCodeAt(j)) & WORD_CHAR)) j++;
    if (j - i >= 4 && mayUnglue(line, i, j)) {
      const w = line.slice(i, j);
      const u = unglueWord(w);
      if (u !== w) { out += line.slice(copied, i) + u; copied = j; }
    }
    i = j;
  }
  return copied === 0 ? line : out + line.slice(copied);
}

export interface NormalizeOptions {
  /** split glued words (default true) */
  unglue?: boolean;
}

// One table for the character-by-character replacements: 0 keeps a character, DROP removes it,
// anything else is the replacement's code. CR is handled apart (CRLF is one line break).
const DROP = 0xffff;
const CHAR_MAP = new Uint16Array(0x10000);
const mapChars = (codes: number[], to: number) => { for (const c of codes) CHAR_MAP[c] = to; };
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => a + k);
mapChars([0x2028, 0x2029, 0x85], 10); // line and paragraph separators
mapChars([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad], DROP); // zero-width, soft hyphen
mapChars([0xa0, 0x1680, ...range(0x2000, 0x200a), 0x202f, 0x205f, 0x3000, 9, 12, 11], 32); // spaces
mapChars([0xd0, 0x189], 0x110); // Ð, Ɖ -> Đ
mapChars([0xf0], 0x111); // ð -> đ
mapChars([...range(0x2010, 0x2015), 0x2212, 0xfe58, 0xfe63, 0xff0d], 45); // dashes
mapChars([0x201c, 0x201d, 0x201e, 0x201f, 0xab, 0xbb, 0x2033], 34); // double quotes
mapChars([0x2018, 0x2019, 0x201a, 0x201b, 0x2032], 39); // single quotes
mapChars([...range(0, 8), ...range(0x0e, 0x1f), 0x7f], 32); // control characters
CHAR_MAP[11] = 32; // vertical tab
CHAR_MAP[13] = 13; // CR: see below

/** Applies CHAR_MAP (and CR/CRLF to LF) in one scan; returns the input itself when nothing changes. */
function mapCharacters(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && CHAR_MAP[s.charCodeAt(i)] === 0) i++;
  if (i === n) return s;
  const parts: string[] = [];
  let from = 0;
  for (; i < n; i++) {
    const to = CHAR_MAP[s.charCodeAt(i)]!;
    if (to === 0) continue;
    if (i > from) parts.push(s.slice(from, i));
    from = i + 1;
    if (to === 13) {
      parts.push('\n');
      if (s.charCodeAt(i + 1) === 10) { i++; from = i + 1; }
    } else if (to !== DROP) parts.push(String.fromCharCode(to));
  }
  if (from < n) parts.push(s.slice(from));
  return parts.join('');
}

// What each character is to the passes after NFC, for their one shared scan (planPasses): the
// glue-check class (CLASS, low bits), a character CHAR_MAP changes, the second letter of an
// old-style tone pair.
const MAPPED = 8;
const TONE_SECOND = 16;
const PLAN = new Uint8Array(0x10000);
for (let c = 0; c < PLAN.length; c++) {
  PLAN[c] = (c < CLASS.length ? CLASS[c]! : 0) | (CHAR_MAP[c] !== 0 ? MAPPED : 0) | (c < 0x2000 && OLD_TONE_SECOND[c] === 1 ? TONE_SECOND : 0);
}

/**
 * One scan of an NFC text for the work of the passes after it (each pass scanning the whole text
 * cost more than all of them in one): false if a character is to be mapped (then mapCharacters()
 * first, and the scan again); else `seconds` gets where newTonePlacement() would try a pair and
 * `glue` the first position in each line where a lower-case letter comes before an upper-case one
 * or a vowel + 1-3 consonants + vowel stands inside a word (the lines unglue() may change). Tone
 * placement swaps the marks of two vowels of the same case, so it changes no character's class
 * and no offset: the glue positions found before it hold after it.
 */
function planPasses(s: string, seconds: number[], glue: number[]): boolean {
  let state = 0; // of the glue check: no previous letter, no vowel
  let lineDone = false; // the glue check found this line
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = PLAN[c]!;
    if (k >= MAPPED) {
      if (k & MAPPED) return false;
      if (i > 0 && isOorU(prev)) seconds.push(i);
    }
    if (!lineDone) {
      state = GLUE_NEXT[state * 5 + (k & 7)]!;
      if (state === GLUE_HIT) { glue.push(i); lineDone = true; state = 0; }
    } else if (c === 10) lineDone = false; // a line break resets the state (to 0)
    prev = c;
  }
  return true;
}

/** Normalizes report text. Line structure is kept (\n), CR/CRLF become \n. */
export function normalizeText(raw: string, opts: NormalizeOptions = {}): string {
  let s = raw.normalize('NFC');
  const seconds: number[] = [];
  const glue: number[] = [];
  if (!planPasses(s, seconds, glue)) {
    s = mapCharacters(s);
    seconds.length = 0;
    glue.length = 0;
    planPasses(s, seconds, glue);
  }
  s = placeTones(s, seconds);
  if (opts.unglue !== false) s = ungluedLines(s, glue);
  return s;
}

/** unglue() on each line `glue` points into (one position a line, in order), without splitting the text into lines. */
function ungluedLines(s: string, glue: readonly number[]): string {
  const parts: string[] = [];
  let copied = 0; // s up to here is in parts
  for (const at of glue) {
    const from = s.lastIndexOf('\n', at) + 1;
    let nl = s.indexOf('\n', at);
    if (nl < 0) nl = s.length;
    const line = s.slice(from, nl);
    const u = unglue(line);
    if (u !== line) {
      parts.push(s.slice(copied, from), u);
      copied = nl;
    }
  }
  if (copied === 0) return s;
  parts.push(s.slice(copied));
  return parts.join('');
}

/** Key for comparing names: normalized, lower-case, single spaces. Keeps diacritics. */
export function foldName(s: string): string {
  return newTonePlacement(s.normalize('NFC').replace(/\u00D0/g, 'Đ').replace(/\u00F0/g, 'đ'))
    .toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Accent-free key ("le trong thu") for search and loose comparison. */
export function asciiFold(s: string): string {
  return foldName(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
}
