// Lines and sentences with their offsets in the normalized text, and page furniture.
import { lexicon } from './lexicon.ts';

export interface Line {
  text: string;
  start: number;
  end: number;
  index: number;
  furniture: boolean;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  line: number;
}

export function lines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  const parts = text.split('\n');
  for (let idx = 0; idx < parts.length; idx++) {
    const raw = parts[idx]!;
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    out.push({ text: t, start: pos + lead, end: pos + lead + t.length, index: idx, furniture: isFurniture(t) });
    pos += raw.length + 1;
  }
  return out;
}

let furnitureReach = 0;
/** How far into a line furniture lines and prefixes reach (their longest length). */
function reach(): number {
  if (!furnitureReach) {
    const lex = lexicon();
    furnitureReach = Math.max(...[...lex.furnitureLines, ...lex.furniturePrefixes].map((x) => x.length), 1);
  }
  return furnitureReach;
}

// The furniture prefixes by their first character: a line is compared only with the prefixes that
// begin as it does (all 20 startsWith calls for each line cost more than the rest of isFurniture).
let prefixesByFirst: Map<string, string[]> | null = null;
function startsWithFurniturePrefix(l: string): boolean {
  if (!prefixesByFirst) {
    prefixesByFirst = new Map();
    for (const p of lexicon().furniturePrefixes) {
      const first = p.slice(0, 1); // '' for an empty prefix, which every line starts with
      prefixesByFirst.set(first, [...(prefixesByFirst.get(first) ?? []), p]);
    }
  }
  return prefixesByFirst.has('') || (prefixesByFirst.get(l.slice(0, 1))?.some((p) => l.startsWith(p)) ?? false);
}

const MARKDOWN_IMAGE = /^!\[[^\]]{0,300}\]\([^)]{0,500}\)$/;
const RULE_LINE = /^[.\-_=*•·…\s]+$/;
/** RULE_LINE's characters but white space (which a trimmed line does not start with). */
const RULE_MARKS = '.-_=*•·…';

export function isFurniture(line: string): boolean {
  const lex = lexicon();
  const trimmed = line.trim();
  if (!trimmed) return true;
  // a long line is lower-cased only as far as the furniture lexicon reaches
  const short = trimmed.length <= reach();
  const l = (short ? trimmed : trimmed.slice(0, reach())).toLowerCase();
  if (short && lex.furnitureLines.has(l)) return true;
  if (startsWithFurniturePrefix(l)) return true;
  if (short && /^\d{1,3}%$/.test(l)) return true;
  if (trimmed.startsWith('![') && MARKDOWN_IMAGE.test(trimmed)) return true;
  // (a rule line's first character is one of its marks: most lines are ruled out without the expression)
  if (RULE_MARKS.includes(trimmed[0]!) && RULE_LINE.test(trimmed)) return true;
  return false;
}

/** /\p{L}/u.test of one UTF-16 code unit (a lone surrogate is no letter), remembered per unit: 0 not asked yet, 1 no, 2 yes. */
const letterUnits = new Uint8Array(0x10000);
function isLetterUnit(c: number): boolean {
  let v = letterUnits[c]!;
  if (v === 0) { v = /\p{L}/u.test(String.fromCharCode(c)) ? 2 : 1; letterUnits[c] = v; }
  return v === 2;
}

const ABBREV = new Set(['tp', 'ts', 'ths', 'pgs', 'gs', 'bs', 'th', 'đ', 'tx', 'tt', 'q', 'p', 'ông', 'bà', 'st', 'ks', 'cn', 'ncs', 'v', 'vv']);

/** Splits a line into sentences at . ! ? followed by a space and an upper-case letter or a quote. */
export function sentences(line: Line): Sentence[] {
  const out: Sentence[] = [];
  const t = line.text;
  let start = 0;
  // the candidate ends: the next '.', '!' and '?' (found with indexOf, not char by char)
  let dot = t.indexOf('.');
  let bang = t.indexOf('!');
  let question = t.indexOf('?');
  const far = t.length;
  for (;;) {
    const i = Math.min(dot < 0 ? far : dot, bang < 0 ? far : bang, question < 0 ? far : question);
    if (i >= far) break;
    if (i === dot) dot = t.indexOf('.', i + 1);
    else if (i === bang) bang = t.indexOf('!', i + 1);
    else question = t.indexOf('?', i + 1);
    const c = t[i]!;
    let j = i + 1;
    while (j < t.length && (t[j] === '.' || t[j] === '"' || t[j] === "'" || t[j] === ')' || t[j] === '/')) j++;
    if (j >= t.length) break;
    if (t[j] !== ' ') continue;
    let k = j;
    while (k < t.length && t[k] === ' ') k++;
    const next = t[k];
    if (!next || !(next !== next.toLowerCase() || next === '"' || next === '(' || /\d/.test(next))) continue;
    // abbreviation before the period
    if (c === '.') {
      let w = i - 1;
      while (w >= 0 && isLetterUnit(t.charCodeAt(w))) w--;
      const word = t.slice(w + 1, i).toLowerCase();
      if (ABBREV.has(word) || (word.length === 1 && /\p{Lu}/u.test(t[i - 1]!))) continue;
    }
    out.push({ text: t.slice(start, j).trim(), start: line.start + start, end: line.start + j, line: line.index });
    start = k;
  }
  if (start < t.length) {
    const rest = t.slice(start);
    out.push({ text: rest.trim(), start: line.start + start, end: line.start + t.length, line: line.index });
  }
  return out.filter((s) => s.text.length > 0);
}
