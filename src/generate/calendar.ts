// Dates as day numbers (days since 1970-01-01, UTC) for the generator, and the ways
// Vietnamese reports write them.

export type Day = number;
const MS_PER_DAY = 86_400_000;

export function dayOf(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function dayFrom(y: number, m: number, d: number): Day {
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export interface Ymd { y: number; m: number; d: number }

export function ymd(day: Day): Ymd {
  const t = new Date(day * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function isoDay(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

export function isoMonth(day: Day): string {
  const { y, m } = ymd(day);
  return `${y}-${pad2(m)}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

export const WEEKDAY_NAMES = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

/** The working day on or after `day` (meetings are held Monday to Friday). */
export function workday(day: Day): Day {
  const w = weekday(day);
  return w === 6 ? day + 2 : w === 0 ? day + 1 : day;
}

export function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "5/8/2020", "05/8/2020", "05/08/2020": day and month padded or not. */
export function slashDate(day: Day, padDay: boolean, padMonth: boolean, withYear = true): string {
  const { y, m, d } = ymd(day);
  const s = `${padDay ? pad2(d) : d}/${padMonth ? pad2(m) : m}`;
  return withYear ? `${s}/${y}` : s;
}

/** "20 tháng 9 năm 2022". */
export function longDate(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${d} tháng ${m} năm ${y}`;
}

export function dd_mm_yyyy(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

export function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** The lunar year that begins early in Gregorian year `y` (Tết of that year). */
export function lunarYearName(y: number): string {
  const stems = ['Canh', 'Tân', 'Nhâm', 'Quý', 'Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ'];
  const branches = ['Thân', 'Dậu', 'Tuất', 'Hợi', 'Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi'];
  return `${stems[y % 10]} ${branches[y % 12]}`;
}

export function quarterRoman(m: number): string {
  return ['I', 'II', 'III', 'IV'][Math.floor((m - 1) / 3)] as string;
}
