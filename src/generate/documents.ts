// Documents the generated reports cite: a pool of real national documents with their real
// numbers, dates and issuers (as in the dev corpus), and invented local ones (district and
// provincial resolutions, plans, conclusions) that each district or province keeps citing
// for years.
import { dayFrom, dayOf, workday, type Day } from './calendar.ts';
import { canonical, type Org } from './orgs.ts';
import { Rng, seedOf } from './prng.ts';
import type { UnitInfo } from './units.ts';

export type Topic =
  | 'thanh-hoa' | 'cadre' | 'ideology' | 'forest' | 'congress' | 'education' | 'tw5' | 'planning'
  | 'ethnic' | 'ntm' | 'digital' | 'commune-staff' | 'democracy' | 'budget' | 'land' | 'economy' | 'disaster'
  | 'insurance' | 'tourism' | 'admin';

/** What a citation needs to know about a document. */
export interface DocCore {
  readonly type: string;
  readonly number: string;
  readonly date: Day;
  /** canonical issuer */
  readonly issuer: string;
  /** how the text names the issuer after "của" */
  readonly issuerText: readonly string[];
  /** the issuer follows from the number's code (TTg, QH15): the text may omit it */
  readonly issuerFromCode: boolean;
  readonly subject: string | null;
  /** later short references ("Nghị quyết 58", "Đề án 06") */
  readonly short: readonly string[];
  /** a law is cited by name: "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15" */
  readonly lawName?: string;
  /** never written with its date (the dev gold has it without one) */
  readonly undated?: boolean;
  /** the subject cites another document, which the report then also cites */
  readonly embeds?: string;
}

export interface DocDef extends DocCore {
  readonly topics: readonly Topic[];
  /** cited from this day on */
  readonly from: Day;
  /** no longer cited after this day */
  readonly until: Day;
  /** only in reports of this province (and district) */
  readonly province?: string;
  readonly districts?: readonly string[];
  /** documents issued together and cited as a group ("các Nghị quyết số 18-NQ/TW, 19-NQ/TW …") */
  readonly group?: string;
}

const END = dayOf('2025-07-01');
const d = dayOf;

export const NATIONAL_DOCS: readonly DocDef[] = [
  {
    type: 'Nghị quyết', number: '58-NQ/TW', date: d('2020-08-05'), issuer: 'Bộ Chính trị', issuerText: ['Bộ Chính trị'], issuerFromCode: false,
    subject: 'về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045', short: ['Nghị quyết 58', 'Nghị quyết số 58-NQ/TW'],
    topics: ['thanh-hoa', 'economy'], from: d('2020-09-01'), until: END, province: '38',
  },
  {
    type: 'Kết luận', number: '14-KL/TW', date: d('2021-09-22'), issuer: 'Bộ Chính trị', issuerText: ['Bộ Chính trị'], issuerFromCode: false,
    subject: 'về chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung', short: ['Kết luận số 14-KL/TW', 'Kết luận 14'],
    topics: ['cadre'], from: d('2021-10-15'), until: END,
  },
  {
    type: 'Kết luận', number: '01-KL/TW', date: d('2021-05-18'), issuer: 'Bộ Chính trị', issuerText: ['Bộ Chính trị'], issuerFromCode: false,
    subject: 'về tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    short: ['Kết luận số 01-KL/TW'], topics: ['ideology'], from: d('2021-06-15'), until: END, embeds: '05-CT/TW',
  },
  {
    type: 'Chỉ thị', number: '05-CT/TW', date: d('2016-05-15'), issuer: 'Bộ Chính trị', issuerText: ['Bộ Chính trị'], issuerFromCode: false,
    subject: 'về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', short: ['Chỉ thị 05-CT/TW', 'Chỉ thị 05'],
    topics: ['ideology'], from: d('2020-01-01'), until: END,
  },
  {
    type: 'Chỉ thị', number: '13-CT/TW', date: d('2017-01-12'), issuer: 'Ban Bí thư', issuerText: ['Ban Bí thư'], issuerFromCode: false,
    subject: 'về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng', short: ['Chỉ thị số 13-CT/TW', 'Chỉ thị 13'],
    topics: ['forest'], from: d('2020-01-01'), until: END,
  },
  {
    type: 'Chỉ thị', number: '35-CT/TW', date: d('2019-05-30'), issuer: 'Bộ Chính trị', issuerText: ['Bộ Chính trị'], issuerFromCode: false,
    subject: 'về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', short: ['Chỉ thị số 35-CT/TW', 'Chỉ thị 35'],
    topics: ['congress'], from: d('2020-01-01'), until: d('2021-01-31'),
  },
  {
    type: 'Nghị quyết', number: '29-NQ/TW', date: d('2013-11-04'), issuer: 'Ban Chấp hành Trung ương', issuerText: ['Ban Chấp hành Trung ương Đảng khóa XI', 'Ban Chấp hành Trung ương Đảng'], issuerFromCode: false,
    subject: 'về đổi mới căn bản, toàn diện giáo dục và đào tạo', short: ['Nghị quyết số 29-NQ/TW', 'Nghị quyết 29'],
    topics: ['education'], from: d('2020-01-01'), until: END,
  },
  {
    type: 'Nghị quyết', number: '18-NQ/TW', date: d('2022-06-16'), issuer: 'Ban Chấp hành Trung ương', issuerText: ['Ban Chấp hành Trung ương Đảng khóa XIII', 'Ban Chấp hành Trung ương Đảng'], issuerFromCode: false,
    subject: 'về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất, tạo động lực đưa nước ta trở thành nước phát triển có thu nhập cao',
    short: ['Nghị quyết số 18-NQ/TW'], topics: ['tw5', 'land'], from: d('2022-07-15'), until: END, group: 'tw5',
  },
  {
    type: 'Nghị quyết', number: '19-NQ/TW', date: d('2022-06-16'), issuer: 'Ban Chấp hành Trung ương', issuerText: ['Ban Chấp hành Trung ương Đảng khóa XIII', 'Ban Chấp hành Trung ương Đảng'], issuerFromCode: false,
    subject: 'về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045', short: ['Nghị quyết số 19-NQ/TW'],
    topics: ['tw5', 'ntm'], from: d('2022-07-15'), until: END, group: 'tw5',
  },
  {
    type: 'Nghị quyết', number: '20-NQ/TW', date: d('2022-06-16'), issuer: 'Ban Chấp hành Trung ương', issuerText: ['Ban Chấp hành Trung ương Đảng khóa XIII', 'Ban Chấp hành Trung ương Đảng'], issuerFromCode: false,
    subject: 'về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới', short: ['Nghị quyết số 20-NQ/TW'],
    topics: ['tw5', 'economy'], from: d('2022-07-15'), until: END, group: 'tw5',
  },
  {
    type: 'Nghị quyết', number: '21-NQ/TW', date: d('2022-06-16'), issuer: 'Ban Chấp hành Trung ương', issuerText: ['Ban Chấp hành Trung ương Đảng khóa XIII', 'Ban Chấp hành Trung ương Đảng'], issuerFromCode: false,
    subject: 'về củng cố tổ chức cơ sở đảng và nâng cao chất lượng đảng viên', short: ['Nghị quyết số 21-NQ/TW'],
    topics: ['tw5', 'cadre'], from: d('2022-07-15'), until: END, group: 'tw5',
  },
  {
    type: 'Quyết định', number: '259/QĐ-TTg', date: d('2023-03-17'), issuer: 'Thủ tướng Chính phủ', issuerText: ['Thủ tướng Chính phủ'], issuerFromCode: true,
    subject: 'phê duyệt Quy hoạch chung đô thị Thanh Hóa, tỉnh Thanh Hóa đến năm 2040', short: ['Quyết định số 259/QĐ-TTg'],
    topics: ['planning'], from: d('2023-04-01'), until: END, province: '38', districts: ['380', '405'],
  },
  {
    type: 'Quyết định', number: '153/QĐ-TTg', date: d('2023-02-27'), issuer: 'Thủ tướng Chính phủ', issuerText: ['Thủ tướng Chính phủ'], issuerFromCode: true,
    subject: 'phê duyệt Quy hoạch tỉnh Thanh Hóa thời kỳ 2021 - 2030, tầm nhìn đến năm 2045', short: ['Quyết định số 153/QĐ-TTg'],
    topics: ['planning', 'thanh-hoa'], from: d('2023-03-15'), until: END, province: '38',
  },
  {
    type: 'Quyết định', number: '1719/QĐ-TTg', date: d('2021-10-14'), issuer: 'Thủ tướng Chính phủ', issuerText: ['Thủ tướng Chính phủ'], issuerFromCode: true,
    subject: 'phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025',
    short: ['Quyết định số 1719/QĐ-TTg'], topics: ['ethnic'], from: d('2021-11-15'), until: END,
  },
  {
    type: 'Quyết định', number: '263/QĐ-TTg', date: d('2022-02-22'), issuer: 'Thủ tướng Chính phủ', issuerText: ['Thủ tướng Chính phủ'], issuerFromCode: true,
    subject: 'phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025', short: ['Quyết định số 263/QĐ-TTg'],
    topics: ['ntm'], from: d('2022-03-10'), until: END,
  },
  {
    type: 'Quyết định', number: '318/QĐ-TTg', date: d('2022-03-08'), issuer: 'Thủ tướng Chính phủ', issuerText: ['Thủ tướng Chính phủ'], issuerFromCode: true,
    subject: 'ban hành Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025',
    short: ['Quyết định số 318/QĐ-TTg'], topics: ['ntm'], from: d('2022-03-25'), until: END,
  },
  {
    type: 'Quyết định', number: '06/QĐ-TTg', date: d('2022-01-06'), issuer: 'Thủ tướng Chính phủ', issuerText: ['Thủ tướng Chính phủ'], issuerFromCode: true,
    subject: 'phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030',
    short: ['Đề án 06', 'Quyết định số 06/QĐ-TTg'], topics: ['digital'], from: d('2022-02-01'), until: END,
  },
  {
    type: 'Nghị định', number: '33/2023/NĐ-CP', date: d('2023-06-10'), issuer: 'Chính phủ', issuerText: ['Chính phủ'], issuerFromCode: false,
    subject: 'quy định về cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố', short: ['Nghị định số 33/2023/NĐ-CP', 'Nghị định 33'],
    topics: ['commune-staff'], from: d('2023-07-01'), until: END,
  },
  {
    type: 'Luật', number: '10/2022/QH15', date: d('2022-11-10'), issuer: 'Quốc hội', issuerText: ['Quốc hội'], issuerFromCode: true,
    subject: null, short: ['Luật Thực hiện dân chủ ở cơ sở'], topics: ['democracy'], from: d('2023-07-01'), until: END,
    lawName: 'Luật Thực hiện dân chủ ở cơ sở', undated: true,
  },
];

export const NATIONAL_BY_NUMBER: ReadonlyMap<string, DocDef> = new Map(NATIONAL_DOCS.map((x) => [x.number, x]));

/** Real, from seed 001 and the dev corpus: the provincial conclusion on merging Đông Sơn into Thanh Hóa city. */
const THANH_HOA_1276: Omit<LocalDocSpec, 'unit'> = {
  type: 'Kết luận', number: '1276-KL/TU', date: d('2022-09-20'), issuerKind: 'btv',
  subject: 'về Đề án sáp nhập huyện Đông Sơn vào thành phố Thanh Hóa', topics: ['planning'], districts: ['380', '405'],
};

// ---------------------------------------------------------------------------------------
// Local documents

export interface LocalDocSpec {
  readonly type: string;
  readonly number: string;
  readonly date: Day;
  /** the issuing organ of `unit` */
  readonly issuerKind: 'bch' | 'btv' | 'tt' | 'ubnd' | 'hdnd';
  readonly subject: string;
  readonly topics: readonly Topic[];
  readonly districts?: readonly string[];
  /** a plan or resolution for one year: cited for about a year */
  readonly yearly?: boolean;
}

interface SubjectTemplate { readonly text: string; readonly topics: readonly Topic[]; readonly yearly?: boolean }

const PARTY_SUBJECTS: readonly SubjectTemplate[] = [
  { text: 'về phát triển nông nghiệp hàng hóa tập trung, quy mô lớn giai đoạn 2021 - 2025, định hướng đến năm 2030', topics: ['ntm', 'economy'] },
  { text: 'về xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu giai đoạn 2021 - 2025', topics: ['ntm'] },
  { text: 'về đẩy mạnh chuyển đổi số đến năm 2025, định hướng đến năm 2030', topics: ['digital'] },
  { text: 'về phát triển du lịch giai đoạn 2021 - 2025, định hướng đến năm 2030', topics: ['tourism'] },
  { text: 'về phát triển kết cấu hạ tầng giao thông giai đoạn 2021 - 2025', topics: ['land', 'economy'] },
  { text: 'về nâng cao chất lượng nguồn nhân lực giai đoạn 2021 - 2025, định hướng đến năm 2030', topics: ['education', 'cadre'] },
  { text: 'về phát triển công nghiệp, tiểu thủ công nghiệp giai đoạn 2021 - 2025', topics: ['economy'] },
  { text: 'về nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2021 - 2025', topics: ['cadre'] },
  { text: 'về phương hướng, nhiệm vụ năm {Y}', topics: ['economy', 'budget'], yearly: true },
];
const CONCLUSION_SUBJECTS: readonly SubjectTemplate[] = [
  { text: 'về tập trung lãnh đạo công tác giải phóng mặt bằng các dự án trọng điểm', topics: ['land'] },
  { text: 'về tăng cường công tác quản lý đất đai, trật tự xây dựng trên địa bàn', topics: ['land'] },
  { text: 'về tăng cường sự lãnh đạo của cấp ủy đảng đối với công tác phòng, chống thiên tai', topics: ['disaster'] },
  { text: 'về tăng cường công tác quản lý, bảo vệ và phát triển rừng', topics: ['forest'] },
];
const PLAN_SUBJECTS: readonly SubjectTemplate[] = [
  { text: 'về thực hiện các giải pháp tăng thu ngân sách năm {Y}', topics: ['budget'], yearly: true },
  { text: 'về chuyển đổi số năm {Y}', topics: ['digital'], yearly: true },
  { text: 'về cải cách hành chính năm {Y}', topics: ['admin'], yearly: true },
  { text: 'về phát triển người tham gia bảo hiểm y tế năm {Y}', topics: ['insurance'], yearly: true },
  { text: 'về phòng, chống thiên tai và tìm kiếm cứu nạn năm {Y}', topics: ['disaster'], yearly: true },
  { text: 'về xây dựng nông thôn mới năm {Y}', topics: ['ntm'], yearly: true },
  { text: 'về thực hiện Đề án 06 năm {Y}', topics: ['digital'], yearly: true },
];
const COUNCIL_SUBJECTS: readonly SubjectTemplate[] = [
  { text: 'về kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025', topics: ['budget', 'economy'] },
  { text: 'về nhiệm vụ phát triển kinh tế - xã hội năm {Y}', topics: ['economy'], yearly: true },
  { text: 'về dự toán thu, chi ngân sách năm {Y}', topics: ['budget'], yearly: true },
];

/** Draws document numbers not yet used by the issuer set. */
function numberer(rng: Rng, used: Set<string>): (lo: number, hi: number, fmt: (n: number) => string) => string {
  return (lo, hi, fmt) => {
    for (;;) {
      const n = fmt(rng.int(lo, hi));
      if (!used.has(n)) {
        used.add(n);
        return n;
      }
    }
  };
}

/** Local documents of a district (party documents only where the committee code is HU or QU). */
export function districtDocs(seed: number, districtCode: string, districtType: string): LocalDocSpec[] {
  const rng = new Rng(seedOf(seed, 'docs', districtCode));
  const out: LocalDocSpec[] = [];
  const party = districtType === 'huyện' ? 'HU' : districtType === 'quận' ? 'QU' : null;
  const used = new Set<string>();
  const num = numberer(rng, used);
  const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
  for (const y of [2019, 2020, 2021, 2022, 2023, 2024, 2025]) {
    // plans of the people's committee, for the year
    for (const t of rng.sample(PLAN_SUBJECTS, y === 2025 ? 1 : 2)) {
      const date = workday(dayFrom(y, rng.int(1, 3), rng.int(2, 26)));
      out.push({ type: 'Kế hoạch', number: num(5, 320, (n) => `${n}/KH-UBND`), date, issuerKind: 'ubnd', subject: t.text.replace('{Y}', String(y)), topics: t.topics, yearly: true });
    }
    if (y < 2025) {
      const t = rng.pick(COUNCIL_SUBJECTS);
      const date = workday(dayFrom(y, t.yearly ? 12 : 7, rng.int(10, 22)));
      out.push({ type: 'Nghị quyết', number: num(10, 180, (n) => `${n}/NQ-HĐND`), date, issuerKind: 'hdnd', subject: t.text.replace('{Y}', String(y + 1)), topics: t.topics, yearly: !!t.yearly });
    }
    if (party && y < 2025) {
      const t = rng.pick(PARTY_SUBJECTS);
      const date = t.yearly ? workday(dayFrom(y, 12, rng.int(10, 26))) : workday(dayFrom(y, rng.int(2, 11), rng.int(2, 26)));
      out.push({
        type: 'Nghị quyết', number: num(1, 45, (n) => `${pad(n)}-NQ/${party}`), date, issuerKind: rng.chance(0.6) ? 'bch' : 'btv',
        subject: t.text.replace('{Y}', String(y + 1)), topics: t.topics, yearly: !!t.yearly,
      });
      if (rng.chance(0.6)) {
        const c = rng.pick(CONCLUSION_SUBJECTS);
        out.push({ type: 'Kết luận', number: num(40, 480, (n) => `${n}-KL/${party}`), date: workday(dayFrom(y, rng.int(2, 11), rng.int(2, 26))), issuerKind: 'btv', subject: c.text, topics: c.topics });
      }
    }
  }
  return out;
}

/** Local documents of a province. */
export function provinceDocs(seed: number, provinceCode: string): LocalDocSpec[] {
  const rng = new Rng(seedOf(seed, 'docs', 'P', provinceCode));
  const out: LocalDocSpec[] = [];
  const used = new Set<string>();
  const num = numberer(rng, used);
  if (provinceCode === '38') {
    out.push(THANH_HOA_1276);
    used.add('1276-KL/TU');
  }
  for (const y of [2020, 2021, 2022, 2023, 2024]) {
    const t = rng.pick(PARTY_SUBJECTS.filter((s) => !s.yearly));
    out.push({ type: 'Nghị quyết', number: num(1, 30, (n) => `${n < 10 ? `0${n}` : n}-NQ/TU`), date: workday(dayFrom(y, rng.int(1, 11), rng.int(2, 26))), issuerKind: 'btv', subject: t.text.replace('huyện', 'tỉnh'), topics: t.topics });
    const p = rng.pick(PLAN_SUBJECTS);
    out.push({ type: 'Kế hoạch', number: num(10, 360, (n) => `${n}/KH-UBND`), date: workday(dayFrom(y, rng.int(1, 3), rng.int(2, 26))), issuerKind: 'ubnd', subject: p.text.replace('{Y}', String(y)), topics: p.topics, yearly: true });
    if (rng.chance(0.6)) {
      const c = rng.pick(CONCLUSION_SUBJECTS);
      out.push({ type: 'Thông báo', number: num(600, 1900, (n) => `${n}-TB/TU`), date: workday(dayFrom(y, rng.int(2, 11), rng.int(2, 26))), issuerKind: 'tt', subject: c.text.replace('trên địa bàn', 'trên địa bàn tỉnh'), topics: c.topics });
    }
  }
  return out;
}

/** The issuing body of a local document, as the gold names it and as the text writes it. */
export function localIssuer(spec: LocalDocSpec, unit: UnitInfo): { canonical: string; text: string } {
  const org: Org = { kind: spec.issuerKind === 'bch' ? 'bch' : spec.issuerKind === 'btv' ? 'btv' : spec.issuerKind === 'tt' ? 'tt' : spec.issuerKind, unit };
  const text =
    spec.issuerKind === 'bch' ? `Ban Chấp hành Đảng bộ ${unit.lw}` :
    spec.issuerKind === 'btv' ? `Ban Thường vụ ${unit.cmt}` :
    spec.issuerKind === 'tt' ? `Thường trực ${unit.cmt}` :
    spec.issuerKind === 'ubnd' ? `UBND ${unit.lw}` : `HĐND ${unit.lw}`;
  const withPlace = unit.cityProvince && !unit.hidden ? `${text} ${unit.name}` : text;
  return { canonical: canonical(org), text: withPlace };
}
