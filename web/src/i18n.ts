// Labels in Vietnamese (the default) and English. The choice is kept in localStorage and can be
// forced with ?lang=en / ?lang=vi in any URL.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type Lang = 'vi' | 'en';

const vi = {
  appName: 'Tra cứu chính quyền địa phương',
  tagline: 'Ai giữ chức vụ gì, ai chủ trì hội nghị nào, văn bản nào được triển khai ở đâu — theo các bản tin đã thu thập.',
  skip: 'Bỏ qua, đến nội dung',
  searchLabel: 'Tìm người, cơ quan, sự kiện, văn bản',
  searchPlaceholder: 'Ví dụ: le trong thu, 58-nq/tw, huyện ủy đông sơn',
  searchHint: 'Gõ ít nhất 2 ký tự; có dấu hay không dấu đều được.',
  examples: 'Thử:',
  noResults: 'Không tìm thấy kết quả nào cho',
  results: 'kết quả',
  PERSON: 'Người',
  BODY: 'Cơ quan, tổ chức',
  EVENT: 'Sự kiện',
  DOCUMENT: 'Văn bản',
  loading: 'Đang tải…',
  error: 'Không tải được dữ liệu',
  retry: 'Thử lại',
  notFound: 'Không tìm thấy trang này.',
  notFoundItem: 'Không có mục này trong dữ liệu.',
  home: 'Trang chủ',
  language: 'Ngôn ngữ',
  switchLang: 'English',
  switchLangTitle: 'Switch to English',
  graphiql: 'GraphQL API',
  // person
  person: 'Người',
  posts: 'Chức vụ',
  noPosts: 'Chưa ghi nhận chức vụ nào.',
  firstSeen: 'lần đầu ghi nhận',
  lastSeen: 'lần cuối ghi nhận',
  current: 'đang giữ (theo nguồn mới nhất)',
  endedSuccessor: 'đã thôi: người kế nhiệm được ghi nhận từ',
  endedAbolished: 'đã thôi: cấp huyện bị bãi bỏ từ 01/07/2025',
  endedUnit: 'đã thôi: đơn vị hành chính không còn trong danh mục ngày',
  events: 'Sự kiện tham gia',
  allRoles: 'Tất cả',
  CHAIR: 'Chủ trì',
  SPEAKER: 'Phát biểu',
  ATTENDEE: 'Dự',
  chairs: 'Chủ trì',
  speakers: 'Phát biểu',
  attendees: 'Tham dự',
  noEvents: 'Không có sự kiện nào.',
  more: 'Xem thêm',
  colleagues: 'Đồng nghiệp (cùng dự sự kiện)',
  sharedEvents: 'sự kiện chung',
  noColleagues: 'Chưa ghi nhận ai cùng dự sự kiện.',
  chairedDocs: 'Văn bản được triển khai tại các sự kiện do người này chủ trì',
  noDocs: 'Không có văn bản nào.',
  mentionedIn: 'Bản tin nhắc đến',
  network: 'Sơ đồ quan hệ',
  openNetwork: 'Xem sơ đồ quan hệ',
  place: 'Địa bàn',
  // sources
  source: 'Nguồn',
  sources: 'nguồn',
  moreSources: 'nguồn khác',
  notShown: 'nguồn khác không hiện ở đây',
  openReport: 'mở bản tin',
  noSource: 'không có câu trích',
  // body
  body: 'Cơ quan, tổ chức',
  holders: 'Người giữ chức vụ theo thời gian',
  noHolders: 'Chưa ghi nhận người giữ chức vụ.',
  organized: 'Sự kiện do cơ quan tổ chức',
  partOf: 'Thuộc',
  kind: 'Loại',
  level: 'Cấp',
  reform: 'Sắp xếp đơn vị hành chính tháng 7/2025',
  reformDistrict: 'Từ 01/07/2025 cấp huyện không còn; các xã, thị trấn của đơn vị này được sắp xếp vào các đơn vị cấp xã mới.',
  reformEndedBefore: 'Đơn vị hành chính này đã không còn trước cuộc cải cách: không có trong danh mục ngày',
  becameUnits: 'Trở thành / sáp nhập vào',
  validFrom: 'hiệu lực từ',
  validTo: 'đến',
  issued: 'Văn bản ban hành',
  // event
  event: 'Sự kiện',
  date: 'Ngày',
  partOfDay: 'Buổi',
  location: 'Địa điểm',
  organizers: 'Cơ quan tổ chức',
  citedDocs: 'Văn bản được nêu',
  reports: 'Bản tin',
  nobody: 'Không ghi nhận.',
  // document
  document: 'Văn bản',
  number: 'Số',
  type: 'Loại',
  issuer: 'Cơ quan ban hành',
  subject: 'Trích yếu',
  trail: 'Hành trình của văn bản (theo thứ tự thời gian)',
  noTrail: 'Chưa ghi nhận nơi nào triển khai.',
  atEvent: 'tại sự kiện',
  inReport: 'trong bản tin',
  // network
  networkOf: 'Sơ đồ quan hệ của',
  networkHelp: 'Người cùng dự sự kiện và cơ quan đã công tác. Bấm vào một nút để mở trang của nó; danh sách bên dưới dùng được bằng bàn phím.',
  showMore: 'Hiện thêm',
  nodesShown: 'nút đang hiện',
  ofTotal: 'trên tổng số',
  drawing: 'Đang vẽ sơ đồ…',
  legendPerson: 'người',
  legendBody: 'cơ quan',
  legendCenter: 'đang xem',
  nodeList: 'Các nút trong sơ đồ',
  reportBy: 'Bản tin',
  unknownDate: 'không rõ ngày',
};

type Dict = typeof vi;

const en: Dict = {
  appName: 'Local government explorer',
  tagline: 'Who held which post, who chaired which meeting, where a resolution was taken up — from the collected news reports.',
  skip: 'Skip to content',
  searchLabel: 'Search people, bodies, events, documents',
  searchPlaceholder: 'e.g. le trong thu, 58-nq/tw, huyen uy dong son',
  searchHint: 'Type at least 2 characters; accents are optional.',
  examples: 'Try:',
  noResults: 'No results for',
  results: 'results',
  PERSON: 'People',
  BODY: 'Bodies',
  EVENT: 'Events',
  DOCUMENT: 'Documents',
  loading: 'Loading…',
  error: 'Could not load the data',
  retry: 'Retry',
  notFound: 'There is no such page.',
  notFoundItem: 'This item is not in the data.',
  home: 'Home',
  language: 'Language',
  switchLang: 'Tiếng Việt',
  switchLangTitle: 'Chuyển sang tiếng Việt',
  graphiql: 'GraphQL API',
  person: 'Person',
  posts: 'Posts',
  noPosts: 'No posts recorded.',
  firstSeen: 'first seen',
  lastSeen: 'last seen',
  current: 'current (as of the latest source)',
  endedSuccessor: 'ended: a successor is seen from',
  endedAbolished: 'ended: district level abolished on 2025-07-01',
  endedUnit: 'ended: the administrative unit is gone from the list of',
  events: 'Events',
  allRoles: 'All',
  CHAIR: 'Chaired',
  SPEAKER: 'Spoke',
  ATTENDEE: 'Attended',
  chairs: 'Chairs',
  speakers: 'Speakers',
  attendees: 'Attendees',
  noEvents: 'No events.',
  more: 'Show more',
  colleagues: 'Colleagues (met at events)',
  sharedEvents: 'shared events',
  noColleagues: 'Nobody recorded at the same events.',
  chairedDocs: 'Documents taken up at events this person chaired',
  noDocs: 'No documents.',
  mentionedIn: 'Reports that mention this person',
  network: 'Network',
  openNetwork: 'Open the network view',
  place: 'Place',
  source: 'Source',
  sources: 'sources',
  moreSources: 'more sources',
  notShown: 'more not shown here',
  openReport: 'open report',
  noSource: 'no quote',
  body: 'Body',
  holders: 'Office holders over time',
  noHolders: 'No office holders recorded.',
  organized: 'Events it organized',
  partOf: 'Part of',
  kind: 'Kind',
  level: 'Level',
  reform: 'The July 2025 reform',
  reformDistrict: 'Since 2025-07-01 the district level no longer exists; the communes of this unit went into new commune-level units.',
  reformEndedBefore: 'This administrative unit was gone before the reform: it is not in the list of',
  becameUnits: 'Became / went into',
  validFrom: 'valid from',
  validTo: 'to',
  issued: 'Documents issued',
  event: 'Event',
  date: 'Date',
  partOfDay: 'Part of day',
  location: 'Venue',
  organizers: 'Organizers',
  citedDocs: 'Documents cited',
  reports: 'Reports',
  nobody: 'None recorded.',
  document: 'Document',
  number: 'Number',
  type: 'Type',
  issuer: 'Issuer',
  subject: 'Subject',
  trail: 'Trail (in date order)',
  noTrail: 'Not taken up anywhere yet.',
  atEvent: 'at',
  inReport: 'in report',
  networkOf: 'Network of',
  networkHelp: 'People met at events and bodies served. Click a node to open its page; the list below works with the keyboard.',
  showMore: 'Show more',
  nodesShown: 'nodes shown',
  ofTotal: 'of',
  drawing: 'Drawing the network…',
  legendPerson: 'person',
  legendBody: 'body',
  legendCenter: 'this page',
  nodeList: 'Nodes in the network',
  reportBy: 'Report',
  unknownDate: 'date unknown',
};

export const DICTS: Record<Lang, Dict> = { vi, en };
export type Key = keyof Dict;

const KIND: Record<string, [string, string]> = {
  'hội nghị': ['hội nghị', 'conference'],
  'kỳ họp': ['kỳ họp', 'session'],
  'phiên họp': ['phiên họp', 'meeting'],
  'đại hội': ['đại hội', 'congress'],
  lễ: ['lễ', 'ceremony'],
  'làm việc': ['buổi làm việc', 'working visit'],
  other: ['khác', 'other'],
  morning: ['sáng', 'morning'],
  afternoon: ['chiều', 'afternoon'],
  evening: ['tối', 'evening'],
  province: ['tỉnh', 'province'],
  district: ['huyện', 'district'],
  commune: ['xã', 'commune'],
  national: ['trung ương', 'national'],
  party: ['Đảng', 'Party'],
  state: ['Nhà nước', 'State'],
  front: ['Mặt trận', 'Front'],
  agency: ['cơ quan chuyên môn', 'agency'],
  delegation: ['đoàn đại biểu', 'delegation'],
};

export interface I18n {
  lang: Lang;
  t: (key: Key) => string;
  /** A value word of the data (event kind, part of day, level, body kind) in the chosen language. */
  word: (value: string | null | undefined) => string;
  /** "2024-01-03" → "03/01/2024" (vi) or "3 Jan 2024" (en); "2024-01" → "01/2024". */
  date: (value: string | null | undefined) => string;
  setLang: (lang: Lang) => void;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function makeI18n(lang: Lang, setLang: (lang: Lang) => void): I18n {
  const dict = DICTS[lang];
  return {
    lang,
    setLang,
    t: (key) => dict[key],
    word: (value) => {
      if (!value) return '';
      const pair = KIND[value];
      return pair ? pair[lang === 'vi' ? 0 : 1] : value;
    },
    date: (value) => {
      if (!value) return dict.unknownDate;
      const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value);
      if (!m) return value;
      const [, y, mo, d] = m;
      if (lang === 'vi') return d ? `${d}/${mo}/${y}` : `${mo}/${y}`;
      return d ? `${Number(d)} ${MONTHS[Number(mo) - 1]} ${y}` : `${MONTHS[Number(mo) - 1]} ${y}`;
    },
  };
}

export function initialLang(): Lang {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'vi') return fromUrl;
  try {
    const stored = localStorage.getItem('civic-graph.lang');
    if (stored === 'en' || stored === 'vi') return stored;
  } catch {
    /* storage may be disabled */
  }
  return 'vi';
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem('civic-graph.lang', lang);
  } catch {
    /* ignore */
  }
  document.documentElement.lang = lang;
}

export const I18nContext = createContext<I18n>(makeI18n('vi', () => {}));
export const useI18n = () => useContext(I18nContext);
