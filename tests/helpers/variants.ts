// Deterministic variants of report texts, for long ingests: the officials' given names and the
// years change with the variant number, and a visitor-counter line (site furniture) makes every
// variant's content distinct. Same inputs, same outputs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/index.ts';

const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hùng', 'Khánh', 'Lâm', 'Minh', 'Nam', 'Phong', 'Quang', 'Sơn', 'Tâm', 'Thắng', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Xuân'];

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export interface BaseText { name: string; text: string }

/** The names of the officials in each base text (from the extractor), computed once. */
export function peopleOf(base: BaseText[]): string[][] {
  return base.map((b) => extract(b.text, { id: b.name }).people.map((p) => p.name).sort((a, z) => z.length - a.length));
}

/** Variant k of a text: each official's given name replaced, years shifted, a counter line added. */
export function variant(text: string, people: string[], k: number): string {
  let out = text.normalize('NFC');
  for (const name of people) {
    const parts = name.split(' ');
    if (parts.length < 2) continue;
    // about one official in three keeps the name, so people recur across variants
    const pick = (hash(name) + Math.floor(k / 3)) % (GIVEN.length + 8);
    if (pick >= GIVEN.length) continue;
    const renamed = [...parts.slice(0, -1), GIVEN[pick]!].join(' ');
    out = out.split(name).join(renamed);
  }
  const shift = k % 4;
  out = out.replace(/\b(202[0-4])\b/g, (y) => String(Number(y) - shift));
  return `${out.trimEnd()}\n\nLượt truy cập: ${1000 + k}\n`;
}

/** Writes `count` variants of the base texts into `dir` (v00000_<base>.txt …); returns the file count. */
export function writeVariants(dir: string, base: BaseText[], count: number): number {
  mkdirSync(dir, { recursive: true });
  const people = peopleOf(base);
  for (let k = 0; k < count; k++) {
    const b = k % base.length;
    const text = variant(base[b]!.text, people[b]!, Math.floor(k / base.length));
    writeFileSync(join(dir, `v${String(k).padStart(5, '0')}_${base[b]!.name}.txt`), text);
  }
  return count;
}
