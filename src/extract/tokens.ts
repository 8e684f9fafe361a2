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

/** Words (letters and marks), numbers (ASCII digits) and single punctuation marks, with offsets. A linear character scan. */
export function tokenize(text: string, offset = 0): Tok[] {
  const out: Tok[] = [];
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) { i++; continue; }
    let j = i + 1;
    let k: TokKind;
    if (isDigitCode(c)) {
      while (j < n && isDigitCode(text.charCodeAt(j))) j++;
      k = 'n';
    } else if (isLetterCode(c)) {
      while (j < n && isLetterCode(text.charCodeAt(j))) j++;
      k = 'w';
    } else {
      k = 'p';
    }
    const t = text.slice(i, j);
    const f = k !== 'w' ? t : sameLength ? lower.slice(i, j) : t.toLowerCase();
    out.push({ t, f, s: i + offset, e: j + offset, k });
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

/** A set of phrases indexed by first token; `match` returns the longest phrase at a position. */
export class PhraseSet<V> {
  private readonly byFirst = new Map<string, { key: string[]; value: V }[]>();

  add(phrase: string, value: V): void {
    const key = phraseKey(phrase);
    const first = key[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    list.push({ key, value });
    list.sort((a, b) => b.key.length - a.key.length);
    this.byFirst.set(first, list);
  }

  /** Whether some phrase starts with this lower-case token. */
  starts(f: string): boolean {
    return this.byFirst.has(f);
  }

  match(toks: readonly Tok[], i: number): PhraseMatch<V> | null {
    const first = toks[i];
    if (!first) return null;
    const list = this.byFirst.get(first.f);
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

export const isCap = (t: Tok | undefined): boolean => {
  if (!t || t.k !== 'w') return false;
  const c = t.t[0]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
};

/** A capitalized word that is not written all in capitals (names: "Thụ", not "UBND"). */
export const isNameWord = (t: Tok | undefined): boolean => {
  if (!isCap(t)) return false;
  const rest = t!.t.slice(1);
  return rest.length === 0 || rest !== rest.toUpperCase() || rest.toLowerCase() === rest;
};

export const isPunct = (t: Tok | undefined, chars: string): boolean => !!t && t.k === 'p' && chars.includes(t.t);

/** Text between two tokens' offsets. */
export const spanText = (text: string, base: number, s: number, e: number): string => text.slice(s - base, e - base);
