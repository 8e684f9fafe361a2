// The prose between the facts: results, shortcomings, tasks, with invented figures. None of
// it names a person or cites a numbered document, so it never touches the gold record.
import { lunarYearName } from './calendar.ts';
import type { Rng } from './prng.ts';

export interface Scene {
  readonly rng: Rng;
  readonly year: number;
  readonly month: number;
  /** "huyện", "thị xã", "thành phố", "quận", "tỉnh", "xã", "phường", "thị trấn" */
  readonly lw: string;
  /** commune names of the district for "ở các xã …" (empty when the place is hidden) */
  readonly communes: readonly { readonly name: string; readonly type: string }[];
  readonly upland: boolean;
}

export function int(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function dec(n: number, digits = 1): string {
  const s = n.toFixed(digits);
  const [a, b] = s.split('.') as [string, string | undefined];
  return b && /[1-9]/.test(b) ? `${int(Number(a))},${b.replace(/0+$/, '')}` : int(Number(a));
}

const pct = (rng: Rng, lo: number, hi: number): string => `${dec(lo + rng.next() * (hi - lo))}%`;

function someCommunes(s: Scene, k: number): string | null {
  const pool = s.communes.filter((c) => c.type === 'xã');
  if (pool.length < 2) return null;
  const names = s.rng.sample(pool, Math.min(k, pool.length)).map((c) => c.name);
  return `các xã ${names.join(', ')}`;
}

const BIG = (s: Scene): number => (s.lw === 'tỉnh' ? 8 : s.lw === 'xã' || s.lw === 'phường' || s.lw === 'thị trấn' ? 0.06 : 1);

export function economy(s: Scene): string {
  const r = s.rng;
  const k = BIG(s);
  const parts = [
    `tổng giá trị sản xuất ước đạt ${int(k * r.int(2500, 18000))} tỷ đồng, tăng ${pct(r, 5, 13)} so với cùng kỳ`,
    `thu ngân sách trên địa bàn ước đạt ${int(k * r.int(60, 900))} tỷ đồng, bằng ${r.int(35, 118)}% dự toán ${s.lw === 'tỉnh' ? 'Trung ương' : 'tỉnh'} giao`,
    `giải ngân vốn đầu tư công đạt ${r.int(30, 95)}% kế hoạch`,
    `thu nhập bình quân đầu người ước đạt ${dec(28 + r.next() * 45)} triệu đồng`,
  ];
  const chosen = r.sample(parts, r.int(2, 3));
  const first = chosen[0]!.charAt(0).toUpperCase() + chosen[0]!.slice(1);
  return `${[first, ...chosen.slice(1)].join('; ')}.`;
}

export function agriculture(s: Scene): string {
  const r = s.rng;
  const season = s.month >= 1 && s.month <= 6 ? 'chiêm xuân' : 'vụ mùa';
  const ha = int(BIG(s) * r.int(1800, 12500));
  const where = someCommunes(s, 3);
  const a = `Toàn ${s.lw} gieo cấy ${ha} ha lúa ${season}, đạt ${r.int(96, 104)}% kế hoạch; năng suất bình quân ước đạt ${dec(55 + r.next() * 14)} tạ/ha.`;
  const b = where
    ? ` Mô hình sản xuất rau an toàn, nuôi trồng thủy sản theo hướng hàng hóa ở ${where} tiếp tục phát huy hiệu quả.`
    : ' Công tác phòng, chống dịch bệnh trên đàn gia súc, gia cầm được chủ động triển khai.';
  return a + b;
}

export function newCountryside(s: Scene): string {
  const r = s.rng;
  if (s.lw === 'xã') return `Xã đang hoàn thiện hồ sơ đề nghị công nhận đạt chuẩn nông thôn mới ${r.pick(['nâng cao', 'kiểu mẫu'])}; ${r.int(2, 9)} thôn đã đạt chuẩn thôn kiểu mẫu.`;
  return `Chương trình xây dựng nông thôn mới tiếp tục được triển khai đồng bộ; toàn ${s.lw} có thêm ${r.int(1, 6)} xã đạt chuẩn nông thôn mới nâng cao và ${r.int(3, 18)} thôn đạt chuẩn thôn kiểu mẫu.`;
}

export function siteClearance(s: Scene): string {
  const r = s.rng;
  const where = someCommunes(s, 2);
  return `Hiện trên địa bàn có ${r.int(12, 60)} dự án cần giải phóng mặt bằng với tổng diện tích hơn ${int(r.int(80, 1200))} ha; đến nay đã bàn giao ${r.int(55, 92)}% diện tích cho nhà đầu tư${where ? `, việc xác định nguồn gốc đất ở ${where} còn nhiều vướng mắc` : ''}.`;
}

export function adminReform(s: Scene): string {
  const r = s.rng;
  return `Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt ${pct(r, 96, 99.9)}; tỷ lệ hồ sơ được tiếp nhận, xử lý trực tuyến đạt ${r.int(45, 92)}%.`;
}

export function digital(s: Scene): string {
  const r = s.rng;
  const sub = s.lw === 'xã' || s.lw === 'phường' || s.lw === 'thị trấn' ? 'thôn, tổ dân phố' : s.lw === 'tỉnh' ? 'xã, phường, thị trấn' : s.lw === 'huyện' ? 'xã, thị trấn' : 'phường, xã';
  return `Hạ tầng số tiếp tục được đầu tư; ${r.int(85, 100)}% ${sub} đã thành lập tổ công nghệ số cộng đồng; việc thu nhận hồ sơ cấp căn cước công dân gắn chip và kích hoạt tài khoản định danh điện tử cơ bản hoàn thành theo chỉ tiêu.`;
}

export function social(s: Scene): string {
  const r = s.rng;
  return `Công tác an sinh xã hội được quan tâm; đã hỗ trợ xây mới, sửa chữa ${r.int(12, 240)} nhà ở cho hộ nghèo, hộ có hoàn cảnh khó khăn; tỷ lệ hộ nghèo giảm còn ${pct(r, 0.8, s.upland ? 24 : 4)}. Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững.`;
}

export function partyBuilding(s: Scene): string {
  const r = s.rng;
  return `Công tác xây dựng Đảng được chú trọng; toàn Đảng bộ đã kết nạp ${r.int(s.lw === 'xã' ? 3 : 40, s.lw === 'xã' ? 12 : 320)} đảng viên mới, ${pct(r, 82, 96)} tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.`;
}

export function education(s: Scene): string {
  const r = s.rng;
  return `Năm học vừa qua, toàn ${s.lw} có ${r.int(40, 120)} trường học với hơn ${int(r.int(12, 60) * 1000)} học sinh; tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%; có thêm ${r.int(2, 8)} trường đạt chuẩn quốc gia.`;
}

export function insurance(s: Scene): string {
  const r = s.rng;
  return `Tỷ lệ dân số tham gia bảo hiểm y tế đạt ${pct(r, 86, 95)}; số người tham gia bảo hiểm xã hội tự nguyện tăng ${pct(r, 4, 20)} so với cùng kỳ.`;
}

export function forest(s: Scene): string {
  const r = s.rng;
  return `Toàn ${s.lw} có hơn ${int(r.int(8, 90) * 1000)} ha rừng, tỷ lệ che phủ rừng đạt ${pct(r, 42, 78)}; trong năm đã trồng mới ${r.int(120, 900)} ha rừng sản xuất, không để xảy ra cháy rừng lớn.`;
}

export function tourism(s: Scene): string {
  const r = s.rng;
  return `Hoạt động du lịch khởi sắc, ước đón ${dec(r.int(2, 90) / 10)} triệu lượt khách, tổng doanh thu du lịch ước đạt ${int(r.int(200, 9800))} tỷ đồng.`;
}

export function disaster(s: Scene): string {
  const r = s.rng;
  return `Trong năm, trên địa bàn xảy ra ${r.int(1, 4)} đợt mưa lớn, làm ngập úng hơn ${int(r.int(200, 1600))} ha lúa và hoa màu; nhờ chủ động triển khai phương án "4 tại chỗ", không để xảy ra thiệt hại về người.`;
}

export function frontWork(s: Scene): string {
  const r = s.rng;
  return `Mặt trận các cấp đã phối hợp với các tổ chức thành viên triển khai hiệu quả Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; vận động Quỹ "Vì người nghèo" được ${dec(r.int(5, 60) / 10)} tỷ đồng, hỗ trợ xây mới, sửa chữa ${r.int(8, 60)} nhà Đại đoàn kết cho hộ nghèo.`;
}

export function landUse(s: Scene): string {
  const r = s.rng;
  return `Công tác quản lý nhà nước về đất đai có nhiều chuyển biến; tỷ lệ cấp giấy chứng nhận quyền sử dụng đất lần đầu đạt trên ${r.int(90, 98)}%. Tuy nhiên, tình trạng lấn chiếm, sử dụng đất sai mục đích vẫn còn xảy ra ở một số nơi.`;
}

const SHORTCOMINGS = [
  'tiến độ giải phóng mặt bằng một số dự án còn chậm',
  'giải ngân vốn đầu tư công chưa đạt yêu cầu',
  'tình trạng vi phạm hành lang an toàn giao thông vẫn còn xảy ra ở một số địa phương',
  'thu tiền sử dụng đất còn thấp do thị trường bất động sản trầm lắng',
  'hạ tầng số ở một số nơi còn hạn chế',
  'chất lượng sinh hoạt chi bộ ở một số nơi chưa cao',
  'kỹ năng số của một bộ phận cán bộ, công chức cấp xã chưa đáp ứng yêu cầu',
  'việc thu gom, xử lý rác thải sinh hoạt ở khu dân cư còn bất cập',
  'công tác quản lý đất đai, trật tự xây dựng ở một số xã còn buông lỏng',
] as const;

export function shortcomings(s: Scene): string {
  const r = s.rng;
  const items = r.sample(SHORTCOMINGS, r.int(2, 3));
  const lead = r.pick(['Tuy nhiên', 'Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như', 'Tuy vậy']);
  return `${lead}${lead.endsWith('như') ? ': ' : ', '}${items.join('; ')}.`;
}

const TASKS = [
  'tập trung tháo gỡ vướng mắc trong giải phóng mặt bằng',
  'đẩy nhanh tiến độ giải ngân vốn đầu tư công',
  'chỉ đạo sản xuất đúng khung thời vụ',
  'chủ động phương án phòng, chống thiên tai',
  'tăng cường kỷ luật, kỷ cương hành chính',
  'đôn đốc thu ngân sách, nhất là các khoản thu từ đất',
  'nâng cao chất lượng sinh hoạt chi bộ',
  'đẩy mạnh chuyển đổi số trong các cơ quan, đơn vị',
  'làm tốt công tác cán bộ theo kế hoạch',
  'giữ vững an ninh chính trị, trật tự an toàn xã hội',
] as const;

/** Tasks for a directive or conclusion; season-bound ones only in season. */
export function tasks(s: Scene, k: number): string[] {
  const r = s.rng;
  const pool: string[] = [...TASKS];
  if (s.month === 12 || s.month === 1) pool.push(`chăm lo Tết Nguyên đán ${lunarYearName(s.month === 12 ? s.year + 1 : s.year)} cho gia đình chính sách, hộ nghèo`);
  if (s.month >= 6 && s.month <= 9) pool.push('chủ động phòng, chống thiên tai trong mùa mưa bão');
  if ((s.year === 2024 && s.month >= 6) || s.year === 2025) pool.push('chuẩn bị chu đáo các điều kiện tiến tới đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030');
  return r.sample(pool, k);
}

/** A deadline or term that must not be read as the event's date. */
export function distractor(s: Scene): string {
  const r = s.rng;
  return r.pick([
    `, phấn đấu hoàn thành trước ngày 31/12/${s.year}`,
    `, hoàn thành trước ngày 30/${r.int(6, 11)}`,
    ', bảo đảm tiến độ đề ra trong nhiệm kỳ 2020 - 2025',
    `, phấn đấu đến hết quý ${['I', 'II', 'III', 'IV'][Math.min(3, Math.floor((s.month - 1) / 3) + 1)]} đạt kế hoạch`,
  ]);
}

export const TOPIC_FILLERS = {
  economy, agriculture, newCountryside, siteClearance, adminReform, digital, social, partyBuilding, education,
  insurance, forest, tourism, disaster, frontWork, landUse,
} as const;
export type FillerName = keyof typeof TOPIC_FILLERS;
