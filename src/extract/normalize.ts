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

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

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
function mayBeGlued(line: string): boolean {
  let prev = 0;
  let consonants = -1; // -1: no vowel seen in this run
  for (let i = 0; i < line.length; i++) {
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

/** Splits "thựchiệnNghị" (lower then upper case) and glued Vietnamese syllables inside one line. */
function unglue(line: string): string {
  // fast path: inside one syllable a vowel is never followed by consonants and another vowel
  if (!mayBeGlued(line)) return line;
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

/** Normalizes report text. Line structure is kept (\n), CR/CRLF become \n. */
export function normalizeText(raw: string, opts: NormalizeOptions = {}): string {
  let s = raw.normalize('NFC');
  s = s.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029\u0085]/g, '\n');
  s = s.replace(ZERO_WIDTH, '').replace(SPACES, ' ');
  s = s.replace(/\u00D0/g, 'Đ').replace(/\u00F0/g, 'đ').replace(/\u0189/g, 'Đ');
  s = s.replace(DASHES, '-');
  s = s.replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"').replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'");
  s = newTonePlacement(s);
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, ' ');
  if (opts.unglue !== false) s = s.split('\n').map(unglue).join('\n');
  return s;
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
