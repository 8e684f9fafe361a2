// Text normalization: NFC, one tone-mark placement, look-alike letters, space / dash / quote
// variants, zero-width characters, and words glued together where the source lost a space.
// Pure: string in, string out. Every later offset refers to the normalized text.

const TONE_NEW: Record<string, string> = {
  oá: 'óa', oà: 'òa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oé: 'óe', oè: 'òe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uý: 'úy', uỳ: 'ùy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};

/** Old tone placement (hoá, uỷ) to the new one (hóa, ủy) where the pair ends the syllable; not after q (quý stays). */
export function newTonePlacement(s: string): string {
  return s.replace(/([qQ]?)([oO][áàảãạéèẻẽẹÁÀẢÃẠÉÈẺẼẸ]|[uU][ýỳỷỹỵÝỲỶỸỴ])(?![\p{L}\p{M}])/gu, (m, q: string, pair: string) => {
    if (q) return m;
    const lower = pair.toLowerCase();
    const mapped = TONE_NEW[lower];
    if (!mapped) return m;
    const first = pair[0] === pair[0]!.toUpperCase() ? mapped[0]!.toUpperCase() : mapped[0]!;
    const second = pair[1] === pair[1]!.toUpperCase() ? mapped[1]!.toUpperCase() : mapped[1]!;
    return q + first + second;
  });
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

/** A lower-case letter before an upper-case one, or vowel + 1-3 consonants + vowel inside a word. */
function mayBeGlued(line: string, from = 0, to = line.length): boolean {
  let prev = 0;
  let consonants = -1; // -1: no vowel seen in this run
  for (let i = from; i < to; i++) {
    const code = line.charCodeAt(i);
    const k = code < 0x1f00 ? CLASS[code]! : 0;
    if (k === 4 && prev !== 0 && prev !== 4) return true;
    if (k === 1) {
      if (consonants >= 1 && consonants <= 3) return true;
      consonants = 0;
    } else if (k === 2) {
      if (consonants >= 0) consonants++;
    } else consonants = -1;
    prev = k;
  }
  return false;
}

/** Splits "thựchiệnNghị" (lower then upper case) and glued Vietnamese syllables inside one line
 * (a line mayBeGlued has let through). */
function unglue(line: string): string {
  return line.replace(LONG_WORD, (w) => {
    const camel = CAMEL.test(w);
    if (!camel && (w.length < 5 || !MARKED.test(w) || w !== w.toLowerCase())) return w;
    let out = camel ? w.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2') : w;
    if (out !== w) return out.split(' ').map((p) => (p === p.toLowerCase() ? splitGluedSyllables(p) : p)).join(' ');
    if (w === w.toLowerCase() && w.length >= 5) out = splitGluedSyllables(w);
    return out;
  });
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

/** Old-style tone pairs (oá, uý …) can only occur when one of these marked vowels follows o or u. */
const OLD_TONE_SECOND = new Uint8Array(0x2000);
for (const c of 'áàảãạéèẻẽẹýỳỷỹỵÁÀẢÃẠÉÈẺẼẸÝỲỶỸỴ') OLD_TONE_SECOND[c.charCodeAt(0)] = 1;
function mayHaveOldTones(s: string): boolean {
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x2000 || OLD_TONE_SECOND[c] === 0) continue;
    const p = s.charCodeAt(i - 1) | 0x20; // o/O, u/U
    if (p === 0x6f || p === 0x75) return true;
  }
  return false;
}

/** Normalizes report text. Line structure is kept (\n), CR/CRLF become \n. */
export function normalizeText(raw: string, opts: NormalizeOptions = {}): string {
  let s = mapCharacters(raw.normalize('NFC'));
  if (mayHaveOldTones(s)) s = newTonePlacement(s);
  if (opts.unglue !== false) s = ungluedLines(s);
  return s;
}

/** unglue() on each line, without splitting the text when no line needs it. */
function ungluedLines(s: string): string {
  // inside one syllable a vowel is never followed by consonants and another vowel (mayBeGlued);
  // a line break resets its state, so one scan of the whole text answers for every line
  if (!mayBeGlued(s)) return s;
  const parts: string[] = [];
  let copied = 0; // s up to here is in parts
  let from = 0;
  while (from <= s.length) {
    let nl = s.indexOf('\n', from);
    if (nl < 0) nl = s.length;
    if (mayBeGlued(s, from, nl)) {
      const line = s.slice(from, nl);
      const u = unglue(line);
      if (u !== line) {
        parts.push(s.slice(copied, from), u);
        copied = nl;
      }
    }
    from = nl + 1;
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
