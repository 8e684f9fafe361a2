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

const TOKEN = /([\p{L}\p{M}]+)|(\d+)|[^\s\p{L}\p{M}\d]/gu;

export function tokenize(text: string, offset = 0): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const t = m[0];
    const s = m.index + offset;
    const k: TokKind = m[1] !== undefined ? 'w' : m[2] !== undefined ? 'n' : 'p';
    out.push({ t, f: k === 'w' ? t.toLowerCase() : t, s, e: s + t.length, k });
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
