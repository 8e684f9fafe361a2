// Dates: the event date of a lead sentence (day before month, part of day first), the
// posting date of a page, and the year an undated event belongs to.

export type PartOfDay = 'morning' | 'afternoon' | 'evening' | null;

export interface DayMonth {
  day: number;
  month: number;
  year: number | null;
  partOfDay: PartOfDay;
  /** offset of the match in the searched text */
  index: number;
  length: number;
  rule: string;
}

const PART: Record<string, PartOfDay> = { sáng: 'morning', trưa: null, chiều: 'afternoon', tối: 'evening', đêm: 'evening' };

const valid = (d: number, m: number, y: number | null): boolean =>
  d >= 1 && d <= 31 && m >= 1 && m <= 12 && (y === null || (y >= 1945 && y <= 2100)) && !(m === 2 && d > 29);

const pad = (n: number): string => String(n).padStart(2, '0');
export const isoDate = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

// Each pattern is a sequence of fixed words and bounded character classes: linear time. They
// run on lower-cased text, so they need no case-insensitive flag (which slows every position).
const PATTERNS: { re: RegExp; rule: string }[] = [
  { re: /(sáng|chiều|tối|trưa|đêm)(?: nay| qua| mai)?(?: ngày)?(?: ngày)? ?\(?(?:thứ [a-zà-ỹ]{2,4},? ?)?(\d{1,2}) ?[/.-] ?(\d{1,2})(?: ?[/.-] ?(\d{4}))?(?!\d)(?! ?[/-] ?[a-zđ])/gu, rule: 'date.part-of-day' },
  { re: /(sáng|chiều|tối|trưa|đêm)?(?: nay| qua)?,? ?ngày (\d{1,2}) tháng (\d{1,2})(?: năm (\d{4}))?/gu, rule: 'date.in-words' },
  { re: /(sáng|chiều|tối)?(?: nay)? ?(?:trong (?:\d+ |hai |ba )?)?ngày (\d{1,2}) ?(?:và|-|đến) ?\d{1,2} ?[/.-] ?(\d{1,2})(?: ?[/.-] ?(\d{4}))?/gu, rule: 'date.two-days' },
  { re: /(sáng|chiều|tối)?(?: nay)?(?:^|[ ,(])(?:trong )?(?:hôm nay, )?ngày (\d{1,2}) ?[/.-] ?(\d{1,2})(?: ?[/.-] ?(\d{4}))?(?!\d)(?! ?[/-] ?[a-zđ])/gu, rule: 'date.day' },
];

/** The words of the parts of day, one of which date.part-of-day needs (one scan for all five). */
const PART_WORD = /sáng|chiều|tối|trưa|đêm/;

/** Words before a date that make it something other than the event's date. */
const DISTRACTOR_BEFORE = /(?:trước|đến|tới|hết|từ|sau|tính đến|kể từ|cuối|đầu|hạn|vào|số [\w/.-]+|\d{4}\s?-)\s*(?:ngày\s*)?$/u;

/**
 * The most characters the patterns other than date.part-of-day allow before the "ngày" every
 * match of them has ("chiều nay trong hôm nay, ngày" in date.day), not counting the number of
 * "trong 3 ngày" (date.two-days). Those words hold no "ngày", so no match starts before the first
 * "ngày" less this many characters (and that number).
 */
const BEFORE_NGAY = 25;

/** The first place a match of a pattern with "ngày" may start, given where the first "ngày" stands. */
function firstStartBefore(lower: string, ngay: number): number {
  let at = ngay;
  if (lower.charCodeAt(at - 1) === 32) {
    at--;
    while (at > 0 && isAsciiDigit(lower.charCodeAt(at - 1))) at--;
  }
  return Math.max(0, at - BEFORE_NGAY);
}

const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** All event-like date expressions in a sentence, in text order. */
export function findDates(text: string, lowerText?: string): DayMonth[] {
  const out: DayMonth[] = [];
  if (!/\d/.test(text)) return out;
  const lower = lowerText ?? text.toLowerCase();
  const hasPart = PART_WORD.test(lower);
  const ngay = lower.indexOf('ngày');
  const hasThang = ngay >= 0 && lower.includes('tháng');
  for (const { re, rule } of PATTERNS) {
    // each pattern needs its word: skip the scan when the sentence lacks it
    if (rule === 'date.part-of-day' && !hasPart) continue;
    if (rule === 'date.in-words' && !hasThang) continue;
    if ((rule === 'date.two-days' || rule === 'date.day') && ngay < 0) continue;
    // exec from lastIndex finds what matchAll would from there, without the copy of the expression
    // matchAll makes; a pattern with "ngày" is not tried where no match of it can start
    re.lastIndex = rule === 'date.part-of-day' ? 0 : firstStartBefore(lower, ngay);
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      const day = Number(m[2]);
      const month = Number(m[3]);
      const year = m[4] ? Number(m[4]) : null;
      if (!valid(day, month, year)) continue;
      const idx = m.index ?? 0;
      const before = lower.slice(Math.max(0, idx - 40), idx);
      if (!m[1] && DISTRACTOR_BEFORE.test(before)) continue;
      // a document's date: "số 45/KH-UBND ngày 10/01/2024"
      if (/(?:số|\d+[-/][a-zđ]+[/-][a-zđ0-9]+),?\s*$/u.test(before)) continue;
      // anniversaries "(3/2/1930 - 3/2/2024)"
      const after = lower.slice(idx + m[0].length, idx + m[0].length + 4);
      if (/^\s?-\s?\d/.test(after)) continue;
      const part = m[1] ? PART[m[1]] ?? null : null;
      out.push({ day, month, year, partOfDay: part, index: idx, length: m[0].length, rule });
    }
  }
  out.sort((a, b) => a.index - b.index || b.length - a.length);
  // drop overlaps, keep the first (longest) at each position
  const kept: DayMonth[] = [];
  for (const d of out) {
    const last = kept[kept.length - 1];
    if (last && d.index < last.index + last.length) continue;
    kept.push(d);
  }
  return kept;
}

export interface Published {
  value: string;
  year: number;
  month: number;
  index: number;
  length: number;
  rule: string;
}

// `needs`: the words one of which any match contains (case-insensitive): a page header without
// them skips the scan, which is unanchored (tried at every position) and would begin with
// nothing it could find fast.
const PUBLISHED: { re: RegExp; rule: string; order: 'dmy' | 'ymd'; needs?: RegExp }[] = [
  { re: /(?:đăng lúc|đăng ngày|ngày đăng bài|ngày đăng|ngày cập nhật|cập nhật lúc|cập nhật|thời gian đăng|ngày xuất bản|xuất bản):? ?(?:lúc )?(?:\d{1,2}:\d{2}(?::\d{2})? ?,? ?)?(?:thứ [a-zà-ỹ]{2,4},? ?|chủ nhật,? ?)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/iu, rule: 'published.posted-at', order: 'dmy', needs: /đăng|cập nhật|xuất bản/iu },
  { re: /^ ?date (\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)/imu, rule: 'published.date-stamp', order: 'ymd' },
  { re: /^(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật),? ?(?:ngày )?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/imu, rule: 'published.weekday-line', order: 'dmy' },
  { re: /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: ?[-,|]? ?\d{1,2}:\d{2}(?::\d{2})?)?(?: ?\(gmt ?\+ ?7\))? ?$/imu, rule: 'published.date-line', order: 'dmy' },
  { re: /^\d{1,2}:\d{2}(?::\d{2})? ?(?:[-,|] ?)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}) ?$/imu, rule: 'published.time-date-line', order: 'dmy' },
];

/** The posting date, from the page header (the first part of the text). */
export function findPublished(text: string): Published | null {
  const head = text.slice(0, 1500);
  let best: Published | null = null;
  for (const { re, rule, order, needs } of PUBLISHED) {
    if (needs && !needs.test(head)) continue;
    const m = re.exec(head);
    if (!m) continue;
    let value: string; let year: number; let month: number;
    if (order === 'ymd') {
      year = Number(m[1]); month = Number(m[2]);
      if (month < 1 || month > 12) continue;
      value = m[3] ? isoDate(year, month, Number(m[3])) : `${year}-${pad(month)}`;
    } else {
      const d = Number(m[1]); month = Number(m[2]); year = Number(m[3]);
      if (!valid(d, month, year)) continue;
      value = isoDate(year, month, d);
    }
    const cand = { value, year, month, index: m.index, length: m[0].length, rule };
    if (!best || cand.index < best.index) best = cand;
  }
  return best;
}

const CAN_CHI: Record<string, number> = {
  'kỷ hợi': 2019, 'canh tý': 2020, 'tân sửu': 2021, 'nhâm dần': 2022, 'quý mão': 2023, 'giáp thìn': 2024, 'ất tỵ': 2025, 'bính ngọ': 2026,
  'mậu tuất': 2018, 'đinh dậu': 2017, 'đinh mùi': 2027,
};

const FESTIVALS = Object.entries(CAN_CHI).map(([name, year]) => ({ tet: `tết nguyên đán ${name}`, xuan: `xuân ${name}`, year }));
const sameMonthCache = new Map<number, RegExp>();
function sameMonthRe(month: number): RegExp {
  let re = sameMonthCache.get(month);
  if (!re) { re = new RegExp(`tháng 0?${month} ?[/.-] ?(\\d{4})`, 'u'); sameMonthCache.set(month, re); }
  return re;
}

/**
 * The year of an undated event when no posting date helps: an explicit statement of the
 * current year in the title or lead ("năm 2021", "tháng 7/2022"), a festival of that year, or a
 * party congress of "nhiệm kỳ 2020 - 2025" (held in the term's first year).
 */
export function contextYear(text: string, month: number, fullText = text): { year: number; rule: string } | null {
  const lower = text.toLowerCase();
  const full = fullText.toLowerCase();
  const congress = /đại hội[^.]{0,120}nhiệm kỳ (\d{4}) ?- ?(\d{4})/u.exec(lower);
  if (congress) return { year: Number(congress[1]), rule: 'year.congress-term' };
  // "tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW, ngày 04/11/2013": the start's year + N
  const counted = new Map<number, number>();
  for (const m of full.matchAll(/(?:tổng kết|sơ kết) (\d{1,2}) năm[^.;]{0,160}?ngày (\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/gu)) {
    const y = Number(m[4]) + Number(m[1]);
    counted.set(y, (counted.get(y) ?? 0) + 1);
  }
  if (counted.size) return { year: [...counted.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0], rule: 'year.anniversary-count' };
  const sameMonth = sameMonthRe(month).exec(lower);
  if (sameMonth) return { year: Number(sameMonth[1]), rule: 'year.same-month' };
  for (const { tet, xuan, year } of FESTIVALS) {
    if (full.includes(tet) || full.includes(xuan)) {
      return { year: month >= 11 ? year - 1 : year, rule: 'year.festival' };
    }
  }
  const years: number[] = [];
  for (const m of lower.matchAll(/(?<!đến |tầm nhìn |giai đoạn |kỳ |nhiệm kỳ |\d ?- ?)năm (\d{4})(?! ?- ?\d)/gu)) years.push(Number(m[1]));
  if (years.length) return { year: years.reduce((a, b) => (b > a ? b : a)), rule: 'year.current-year' };
  return null;
}
