// Tokens and phrase matching. A sentence becomes words, numbers and single punctuation
// marks with their offsets; lexicon phrases are tokenized the same way and matched
// case-insensitively, longest first. Linear scans only: no backtracking.

export type TokKind = 'w' | 'n' | 'p';
export interface Tok {
  /** text as written */
  t: string;
  /** lower-case form used for matching */
  f: string;
  /** offsets into the text the tokens were made from */
  s: number;
  e: number;
  k: TokKind;
  /** what the token's characters say wherever they stand, shared by the tokens of the same characters */
  w: Word;
}

/** A token's characters and what they say: shared by every token written the same (see `words`). */
export interface Word {
  t: string;
  f: string;
  k: TokKind;
  /** a word whose first letter is upper case ("Thụ", "UBND") */
  c: boolean;
  /** a capitalized word not written all in capitals ("Thụ", not "UBND") */
  nw: boolean;
  /** bit mask of the phrase sets some phrase of which starts with `f` (see PhraseSet), valid for generation `g` */
  m: number;
  g: number;
  /** the phrase lists of the sets whose bit `m` has, by set (see PhraseSet.match), made when first asked */
  ls: unknown[] | null;
  /** the word's key when exact, else k0 is 0 (see MAX_KEYED_WORD) */
  k0: number;
  k1: number;
}

/** Letters and combining marks: ASCII letters, and everything from U+00C0 up except punctuation, symbol and space blocks. */
function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows, dingbats
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates (emoji): punctuation-like
  if (c >= 0xfe30 && c <= 0xfe6f) return false;
  if (c >= 0xff00 && c <= 0xff20) return false;
  return true;
}
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// Character classes of the BMP below U+2000 (Latin, Vietnamese, Greek, Cyrillic), one table
// read per character: LETTER, UPPER (upper case), LOWER (lower case), DIGIT, SPACE, UNKEYED (not
// one of KEY_CHARS); bits 8-15 hold its code in word keys: its place in KEY_CHARS, else its own
// low 8 bits (see `words`).
const LETTER = 1;
const UPPER = 2;
const LOWER = 4;
const DIGIT = 8;
const SPACE = 16;
const UNKEYED = 32;
const TABLE_SIZE = 0x2000;
/** The characters with a code of their own in word keys (1-255): ASCII marks, digits and letters, and the Vietnamese letters. */
const KEY_CHARS = (() => {
  const ascii = Array.from({ length: 0x7e - 0x20 }, (_, k) => String.fromCharCode(0x21 + k)).join('');
  const vietnamese = 'ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
  return ascii + vietnamese + vietnamese.toUpperCase();
})();
const CLASS = new Uint16Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  const key = KEY_CHARS.indexOf(ch) + 1;
  CLASS[c] = (isLetterCode(c) ? LETTER : 0) | (ch !== lo && ch === up ? UPPER : 0) | (ch !== up && ch === lo ? LOWER : 0)
    | (isDigitCode(c) ? DIGIT : 0) | (isSpaceCode(c) ? SPACE : 0) | (key > 0 ? key << 8 : UNKEYED | ((c & 0xff) << 8));
}
/** Whether the character at i is a lower-case letter (one with an upper-case form) of the BMP. */
export const isLowerCaseAt = (text: string, i: number): boolean => (classOf(text, i) & LOWER) !== 0;

function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < TABLE_SIZE ? CLASS[c]! : classAbove(text, i, c);
}

/** The class of a character at or above TABLE_SIZE (rare in Vietnamese text). */
function classAbove(text: string, i: number, c: number): number {
  if (isSpaceCode(c)) return SPACE;
  const code = UNKEYED | ((c & 0xff) << 8);
  if (!isLetterCode(c)) return code;
  const ch = text[i]!;
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  return LETTER | (ch !== lo && ch === up ? UPPER : 0) | (ch !== up && ch === lo ? LOWER : 0) | code;
}

// Words (and numbers and punctuation marks) seen before. Vietnamese is written in syllables, so
// a few thousand distinct words make up nearly all of a text: a word found here costs no slice,
// no lower-casing and no FIRST_WORDS lookup, and its tokens share one Word (a token is smaller).
// Direct-mapped by a hash of the characters (a collision replaces the slot), so memory stays
// bounded. Only short words are kept (a slice of 13 characters or more would be a view that
// keeps the whole text alive), and none with a capital sigma, the one letter whose lower case
// depends on the letters around it, so `f` is the word's own lower case. The same characters
// are always the same kind of token, so a hit is the token's Word.
const WORD_SLOTS = 1 << 14;
const MAX_CACHED_WORD = 12;
const words: (Word | undefined)[] = new Array<Word | undefined>(WORD_SLOTS).fill(undefined);
// A word's key is the codes of its last 8 characters, 8 bits each, in two numbers (k0 the last 4,
// k1 the 4 before): the slot is a hash of the key and the length, and a word of up to 8
// characters that are all KEY_CHARS (codes 1-255, so the key is exact) is found by comparing
// the key with the slot's Word (Word.k0/k1) instead of its characters (a charCodeAt loop or
// startsWith costs some 200 instructions a word).
const MAX_KEYED_WORD = 8;

function sameWord(w: Word, text: string, i: number, len: number): boolean {
  return w.t.length === len && text.startsWith(w.t, i);
}

/** Words (letters and marks), numbers (ASCII digits) and single punctuation marks, with offsets. A linear character scan. */
export function tokenize(text: string, offset = 0, lowerText?: string): Tok[] {
  return tokenizeRange(text, 0, text.length, offset, lowerText);
}

/**
 * The tokens of src[from, to) with offsets into src (plus `offset`): tokenize() of a sentence
 * read from the text it is part of, without slicing it out first (reading a slice goes through
 * its parent at every character). `lowerText`: src.slice(from, to).toLowerCase(), if made;
 * `maxTokens`: stop after that many tokens (the first ones are the same).
 */
export function tokenizeRange(src: string, from: number, to: number, offset = 0, lowerText?: string, maxTokens = Infinity): Tok[] {
  const out: Tok[] = [];
  let lower: string | null = lowerText ?? null; // the lower-cased range, made when a new word needs it
  let i = from;
  while (i < to && out.length < maxTokens) {
    const cls = classOf(src, i);
    if (cls & SPACE) { i++; continue; }
    let j = i + 1;
    let k0 = cls >>> 8;
    let k1 = 0;
    // the case of the first letter and of the rest decide `f`, `c` and `nw` without building strings
    let rest = 0;
    let k: TokKind = 'p';
    if (cls & LETTER) {
      k = 'w';
      while (j < to) {
        const c = src.charCodeAt(j);
        const cj = c < TABLE_SIZE ? CLASS[c]! : classAbove(src, j, c);
        if (!(cj & LETTER)) break;
        rest |= cj;
        k1 = (k1 << 8) | (k0 >>> 24);
        k0 = (k0 << 8) | (cj >>> 8);
        j++;
      }
    } else if (cls & DIGIT) {
      k = 'n';
      for (let c = src.charCodeAt(j); j < to && isDigitCode(c); c = src.charCodeAt(++j)) {
        k1 = (k1 << 8) | (k0 >>> 24);
        k0 = (k0 << 8) | (CLASS[c]! >>> 8);
      }
    }
    const keyed = ((cls | rest) & UNKEYED) === 0 && j - i <= MAX_KEYED_WORD;
    let hash = (k0 ^ Math.imul(k1 ^ (j - i), 0x9e3779b1)) | 0;
    hash = Math.imul(hash ^ (hash >>> 15), 0x85ebca6b);
    const slot = (hash ^ (hash >>> 13)) & (WORD_SLOTS - 1);
    let w = words[slot];
    if (w === undefined || (keyed ? w.k0 !== k0 || w.k1 !== k1 : !sameWord(w, src, i, j - i))) {
      const t = src.slice(i, j);
      const cap = k === 'w' && (cls & UPPER) !== 0;
      let f = t;
      if (cap || (rest & UPPER)) {
        lower ??= src.slice(from, to).toLowerCase();
        f = lower.length === to - from ? lower.slice(i - from, j - from) : t.toLowerCase();
      }
      // all capitals ("UBND") is not a name word; "Thụ", "A", and a capital plus uncased marks are
      w = { t, f, k, c: cap, nw: cap && (j === i + 1 || (rest & LOWER) !== 0 || (rest & UPPER) === 0), m: 0, g: -1, ls: null, k0: keyed ? k0 : 0, k1 };
      if (j - i <= MAX_CACHED_WORD && !t.includes('Σ')) words[slot] = w;
    }
    out.push({ t: w.t, f: w.f, s: i + offset, e: j + offset, k: w.k, w });
    i = j;
  }
  return out;
}

/** Lower-case token forms of a phrase, the key used by PhraseSet. */
export function phraseKey(phrase: string): string[] {
  return tokenize(phrase.normalize('NFC')).map((t) => t.f);
}

export interface PhraseMatch<V> {
  value: V;
  /** number of tokens matched */
  len: number;
}

// Every PhraseSet owns one bit; FIRST_WORDS maps a lower-case token to the bits of the sets that
// have a phrase starting with it. A word caches its mask (Word.m) for the current generation of
// FIRST_WORDS, so `match` rejects most positions with one property read instead of a map lookup.
const FIRST_WORDS = new Map<string, number>();
let generation = 0;
let nextBit = 0;

function firstMask(t: Tok): number {
  const w = t.w;
  if (w.g !== generation) { w.m = FIRST_WORDS.get(w.f) ?? 0; w.g = generation; }
  return w.m;
}

/** A set of phrases indexed by first token; `match` returns the longest phrase at a position. */
export class PhraseSet<V> {
  private readonly byFirst = new Map<string, { key: string[]; value: V }[]>();
  /** this set's bit in the token masks; 0 when all 31 bits are taken (then no fast rejection) */
  readonly bit: number = nextBit < 31 ? 1 << nextBit++ : 0;
  /** the place of this set's lists in Word.ls */
  private readonly slot = Math.max(0, Math.clz32(1) - Math.clz32(this.bit));

  add(phrase: string, value: V): void {
    const key = phraseKey(phrase);
    const first = key[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    list.push({ key, value });
    list.sort((a, b) => b.key.length - a.key.length);
    this.byFirst.set(first, list);
    if (this.bit !== 0 && ((FIRST_WORDS.get(first) ?? 0) & this.bit) === 0) {
      FIRST_WORDS.set(first, (FIRST_WORDS.get(first) ?? 0) | this.bit);
      generation++;
    }
  }

  /** Whether some phrase starts with this token. */
  startsAt(t: Tok): boolean {
    return this.bit !== 0 ? (firstMask(t) & this.bit) !== 0 : this.byFirst.has(t.f);
  }

  match(toks: readonly Tok[], i: number): PhraseMatch<V> | null {
    const first = toks[i];
    if (!first) return null;
    let list: { key: string[]; value: V }[] | undefined;
    if (this.bit === 0) list = this.byFirst.get(first.f);
    else {
      if ((firstMask(first) & this.bit) === 0) return null;
      // the word has a list here (its bit is set), and that list stays the same array (add
      // pushes into it): the word keeps it, and the next match has no map lookup
      const lists = (first.w.ls ??= []);
      list = lists[this.slot] as { key: string[]; value: V }[] | undefined;
      if (list === undefined) { list = this.byFirst.get(first.f); lists[this.slot] = list; }
    }
    if (!list) return null;
    for (const { key, value } of list) {
      if (i + key.length > toks.length) continue;
      let ok = true;
      for (let j = 1; j < key.length; j++) {
        if (toks[i + j]!.f !== key[j]) { ok = false; break; }
      }
      if (ok) return { value, len: key.length };
    }
    return null;
  }
}

/** Whether some phrase of one of the sets starts with a token: one mask test (when every set has its bit) for all of them. */
export function startsAnyOf(sets: readonly PhraseSet<unknown>[]): (t: Tok) => boolean {
  let mask = 0;
  for (const set of sets) mask |= set.bit;
  if (sets.some((set) => set.bit === 0)) return (t) => sets.some((set) => set.startsAt(t));
  return (t) => (firstMask(t) & mask) !== 0;
}

export const isCap = (t: Tok | undefined): boolean => !!t && t.w.c;

/** A capitalized word that is not written all in capitals (names: "Thụ", not "UBND"). */
export const isNameWord = (t: Tok | undefined): boolean => !!t && t.w.nw;

export const isPunct = (t: Tok | undefined, chars: string): boolean => !!t && t.k === 'p' && chars.includes(t.t);

/** Text between two tokens' offsets. */
export const spanText = (text: string, base: number, s: number, e: number): string => text.slice(s - base, e - base);
