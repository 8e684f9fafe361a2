// Fictional Vietnamese personal names for the synthetic officials and reporters: family
// name, middle name(s) and given name drawn from common ones; women carry "Thị". Upland
// districts draw more Thái and Mường family names, the northern uplands Tày and Nùng ones.
import type { Rng } from './prng.ts';

type Weighted = readonly (readonly [string, number])[];

const FAMILY: Weighted = [
  ['Nguyễn', 30], ['Trần', 10], ['Lê', 12], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 1], ['Phan', 3],
  ['Vũ', 4], ['Võ', 2], ['Đặng', 2], ['Bùi', 3], ['Đỗ', 3], ['Hồ', 1.5], ['Ngô', 1.5], ['Dương', 1],
  ['Lý', 0.5], ['Mai', 1.5], ['Trịnh', 2], ['Lương', 1], ['Đinh', 1.5], ['Đoàn', 1], ['Đào', 1],
  ['Cao', 1], ['Lưu', 0.5], ['Hà', 1], ['Trương', 0.8], ['Tạ', 0.3], ['Lại', 0.4], ['Tô', 0.3],
  ['Quách', 0.3], ['Nghiêm', 0.2], ['Kiều', 0.2], ['Chu', 0.3], ['Vương', 0.2],
];
const UPLAND_WEST: Weighted = [
  ['Lò', 4], ['Cầm', 3], ['Hà', 5], ['Lương', 4], ['Vi', 2], ['Ngân', 2], ['Bùi', 5], ['Quách', 3],
  ['Đinh', 3], ['Phạm', 3], ['Trương', 2], ['Lê', 4], ['Hoàng', 2], ['Nguyễn', 6], ['Lục', 1],
];
const UPLAND_NORTH: Weighted = [
  ['Nông', 5], ['Hoàng', 6], ['Ma', 2], ['Bế', 2], ['Lục', 1.5], ['La', 1.5], ['Triệu', 2],
  ['Đàm', 1.5], ['Lương', 2], ['Nguyễn', 6], ['Lý', 2], ['Vi', 1], ['Hà', 2], ['Đinh', 1],
];

const MALE_MIDDLE: Weighted = [
  ['Văn', 25], ['Đình', 6], ['Hữu', 5], ['Xuân', 5], ['Minh', 6], ['Đức', 6], ['Quốc', 5], ['Ngọc', 4],
  ['Thanh', 5], ['Trọng', 3], ['Công', 4], ['Bá', 3], ['Quang', 4], ['Hồng', 3], ['Mạnh', 2], ['Thế', 3],
  ['Duy', 2], ['Tiến', 2], ['Anh', 2], ['Viết', 1], ['Sỹ', 1], ['Khắc', 1], ['Kim', 1], ['Huy', 1],
  ['Đăng', 1], ['Chí', 1], ['Trung', 1], ['Hải', 1], ['Việt', 1],
];
const FEMALE_SECOND: readonly string[] = [
  'Thu', 'Thanh', 'Minh', 'Hồng', 'Ngọc', 'Kim', 'Bích', 'Lan', 'Mai', 'Thúy', 'Hải', 'Phương',
  'Thùy', 'Hoài', 'Diệu', 'Tuyết', 'Vân', 'Hoàng', 'Quỳnh', 'Khánh',
];
const MALE_GIVEN: readonly string[] = [
  'Hùng', 'Dũng', 'Tuấn', 'Minh', 'Sơn', 'Hải', 'Thắng', 'Thành', 'Long', 'Quân', 'Cường', 'Hưng',
  'Phong', 'Toàn', 'Trung', 'Đức', 'Lực', 'Tâm', 'Khải', 'Nghĩa', 'Quý', 'Lâm', 'Hoàng', 'Tiến',
  'Bình', 'Thịnh', 'Chiến', 'Khánh', 'Nam', 'Phúc', 'Vinh', 'Lộc', 'Tường', 'Định', 'Tuân', 'Huy',
  'Đạt', 'Kiên', 'Thái', 'Hiếu', 'Trường', 'Quyết', 'Lợi', 'Việt', 'Hiệp', 'Tùng', 'Thọ', 'Hào',
  'Khoa', 'Thuận', 'An', 'Bảo', 'Dương', 'Giang', 'Hòa', 'Kỳ', 'Luân', 'Mạnh', 'Ninh', 'Phương',
  'Quang', 'Tài', 'Thanh', 'Thiện', 'Tín', 'Trọng', 'Tú', 'Vũ', 'Xuân', 'Yên', 'Chung', 'Doanh',
  'Điệp', 'Hậu', 'Hoan', 'Khôi', 'Linh', 'Nhân', 'Sang', 'Tấn', 'Thảo', 'Thường', 'Triều', 'Văn',
];
const FEMALE_GIVEN: readonly string[] = [
  'Hà', 'Lan', 'Hương', 'Hoa', 'Mai', 'Hằng', 'Ngân', 'Tuyết', 'Thu', 'Huyền', 'Vân', 'Nga', 'Yến',
  'Trang', 'Hạnh', 'Nhàn', 'Duyên', 'Xuân', 'Bích', 'Diệu', 'Dung', 'Liên', 'Oanh', 'Thảo', 'Linh',
  'Loan', 'Phương', 'Nhung', 'Thủy', 'Hòa', 'Quyên', 'Châu', 'Giang', 'Hiền', 'Thúy', 'Tâm', 'Hảo',
  'Minh', 'Ánh', 'Lệ', 'Ngọc', 'Thơ', 'Uyên', 'Vy', 'Chinh', 'Dịu', 'Hải', 'Hồng', 'Lý', 'My',
  'Nguyệt', 'Quế', 'Sen', 'Tình', 'Trinh', 'Tuyền', 'Hậu', 'Thoa', 'Luyến', 'Mơ',
];

/** First syllables of reporters' pen names ("Minh Hằng", "Quốc Việt", "Hoài Thu"). */
const PEN_FIRST: readonly string[] = [
  'Minh', 'Quốc', 'Thu', 'Hoài', 'Văn', 'Ngọc', 'Thanh', 'Hà', 'Xuân', 'Bảo', 'Đình', 'Đức', 'Quang',
  'Trọng', 'Hồng', 'Lê', 'Duy', 'Phương', 'Mai', 'Kim', 'Hải', 'Tuấn', 'Anh', 'Khánh', 'Thùy',
  'Diệu', 'Lan', 'Việt', 'Trần', 'Hoàng', 'Bích', 'Hữu', 'Nguyệt', 'Thúy',
];

export type NamePool = 'lowland' | 'upland-west' | 'upland-north';

export interface NameDraw { name: string; female: boolean }

export function drawName(rng: Rng, pool: NamePool, female: boolean): string {
  const fam = pool === 'lowland' ? FAMILY : rng.chance(0.6) ? (pool === 'upland-west' ? UPLAND_WEST : UPLAND_NORTH) : FAMILY;
  const family = rng.weighted(fam);
  if (female) {
    const given = rng.pick(FEMALE_GIVEN);
    if (rng.chance(0.45)) {
      let second = rng.pick(FEMALE_SECOND);
      if (second === given) second = 'Thu';
      if (second === given) return `${family} Thị ${given}`;
      return `${family} Thị ${second} ${given}`;
    }
    return `${family} Thị ${given}`;
  }
  const middle = rng.weighted(MALE_MIDDLE);
  let given = rng.pick(MALE_GIVEN);
  if (given === middle) given = 'Hùng';
  return `${family} ${middle} ${given}`;
}

/** A name not yet in `taken` (which it then joins). */
export function drawUniqueName(rng: Rng, pool: NamePool, female: boolean, taken: Set<string>): string {
  for (let i = 0; i < 50; i++) {
    const name = drawName(rng, pool, female);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  // Practically unreachable: fall back to a three-part middle name.
  for (let i = 0; ; i++) {
    const base = drawName(rng, pool, female).split(' ');
    const name = [base[0], female ? 'Thị' : rng.weighted(MALE_MIDDLE), rng.pick(FEMALE_SECOND), base[base.length - 1]].join(' ');
    if (!taken.has(name) || i > 100) {
      taken.add(name);
      return name;
    }
  }
}

/** A two-syllable pen name such as "Thu Hương". */
export function drawPenName(rng: Rng): string {
  const first = rng.pick(PEN_FIRST);
  let second = rng.pick(rng.chance(0.6) ? FEMALE_GIVEN : MALE_GIVEN);
  if (second === first) second = 'Hương';
  return `${first} ${second}`;
}
