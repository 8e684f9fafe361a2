// Bodies and positions of the synthetic world: their canonical names (SCHEMA.md "Canonical
// names") for the gold records, and the ways a report writes them.
import type { Rng } from './prng.ts';
import type { UnitInfo } from './units.ts';

export type OrgKind =
  | 'cmt' // party committee: Huyện ủy X, Tỉnh ủy X, Đảng ủy xã X
  | 'btv' // Ban Thường vụ <cmt>
  | 'tt' // Thường trực <cmt>
  | 'bch' // Ban Chấp hành Đảng bộ huyện X
  | 'dangbo' // Đảng bộ huyện X
  | 'ubnd'
  | 'hdnd'
  | 'tthdnd' // Thường trực HĐND huyện X
  | 'mttq'
  | 'pboard' // Ban Tổ chức / Tuyên giáo / Dân vận <cmt>
  | 'ubkt' // Ủy ban Kiểm tra <cmt>
  | 'pvp' // Văn phòng <cmt>
  | 'hboard' // Ban Kinh tế - Xã hội HĐND huyện X
  | 'office' // Phòng … huyện X
  | 'vphu' // Văn phòng HĐND và UBND huyện X
  | 'center' // Trung tâm Văn hóa, Thông tin và Thể thao huyện X
  | 'so' // Sở … tỉnh X
  | 'agency' // Bảo hiểm xã hội tỉnh X, Ban Dân tộc tỉnh X
  | 'bcd' // Ban Chỉ đạo <topic> huyện X
  | 'dbqh' // Đoàn Đại biểu Quốc hội tỉnh X
  | 'bchtw'; // Ban Chấp hành Trung ương

export interface Org {
  readonly kind: OrgKind;
  readonly unit: UnitInfo;
  /** board, office, department, agency or steering-committee topic */
  readonly name?: string;
}

export interface Position {
  /** canonical title (SCHEMA.md) */
  readonly title: string;
  readonly org: Org;
}

const place = (u: UnitInfo): string => (u.hidden ? '' : ` ${u.name}`);

/** The committee with its place: "Huyện ủy Hoằng Hóa", "Đảng ủy xã Hoằng Đạo". */
function cmtCanonical(u: UnitInfo): string {
  return `${u.cmt}${place(u)}`;
}

export function canonical(org: Org): string {
  const u = org.unit;
  const p = place(u);
  switch (org.kind) {
    case 'cmt': return cmtCanonical(u);
    case 'btv': return `Ban Thường vụ ${cmtCanonical(u)}`;
    case 'tt': return `Thường trực ${cmtCanonical(u)}`;
    case 'bch': return `Ban Chấp hành Đảng bộ ${u.lw}${p}`;
    case 'dangbo': return `Đảng bộ ${u.lw}${p}`;
    case 'ubnd': return `UBND ${u.lw}${p}`;
    case 'hdnd': return `HĐND ${u.lw}${p}`;
    case 'tthdnd': return `Thường trực HĐND ${u.lw}${p}`;
    case 'mttq': return `Ủy ban MTTQ ${u.lw}${p}`;
    case 'pboard': return `${org.name} ${cmtCanonical(u)}`;
    case 'ubkt': return `Ủy ban Kiểm tra ${cmtCanonical(u)}`;
    case 'pvp': return `Văn phòng ${cmtCanonical(u)}`;
    case 'hboard': return `${org.name} HĐND ${u.lw}${p}`;
    case 'office': return `${org.name} ${u.lw}${p}`;
    case 'vphu': return `Văn phòng HĐND và UBND ${u.lw}${p}`;
    case 'center': return `Trung tâm Văn hóa, Thông tin và Thể thao ${u.lw}${p}`;
    case 'so': return `${org.name} ${u.lw}${p}`;
    case 'agency': return `${org.name} ${u.lw}${p}`;
    case 'bcd': return `Ban Chỉ đạo ${org.name} ${u.lw}${p}`;
    case 'dbqh': return `Đoàn Đại biểu Quốc hội ${u.lw}${p}`;
    case 'bchtw': return 'Ban Chấp hành Trung ương';
  }
}

/** How one mention writes bodies. */
export interface TextStyle {
  /** write the place after the body ("UBND huyện Hoằng Hóa") */
  place: boolean;
  /** PBT, CT UBND, UV BTV, PCT (dev13) */
  abbrev: boolean;
  /** "Ủy ban nhân dân", "Hội đồng nhân dân" written out */
  longNames: boolean;
}

function withPlace(u: UnitInfo, style: TextStyle): string {
  if (u.hidden) return '';
  return style.place || u.cityProvince ? ` ${u.name}` : '';
}

function cmtText(u: UnitInfo, style: TextStyle, dropLevel = false): string {
  if (u.level === 'commune' && dropLevel) return 'Đảng ủy';
  return `${u.cmt}${withPlace(u, style)}`;
}

/** The body as written in a title ("UBND huyện", "Ban Tuyên giáo Huyện ủy", "Sở Xây dựng"). */
export function orgText(org: Org, style: TextStyle, rng?: Rng): string {
  const u = org.unit;
  const p = withPlace(u, style);
  switch (org.kind) {
    case 'cmt': return cmtText(u, style);
    case 'btv': return `Ban Thường vụ ${cmtText(u, style)}`;
    case 'tt': return `Thường trực ${cmtText(u, style)}`;
    case 'bch': return `Ban Chấp hành Đảng bộ ${u.lw}${p}`;
    case 'dangbo': return `Đảng bộ ${u.lw}${p}`;
    case 'ubnd': return `${style.longNames ? 'Ủy ban nhân dân' : 'UBND'} ${u.lw}${p}`;
    case 'hdnd': return `${style.longNames ? 'Hội đồng nhân dân' : 'HĐND'} ${u.lw}${p}`;
    case 'tthdnd': return `Thường trực HĐND ${u.lw}${p}`;
    case 'mttq': return `${rng?.chance(0.15) ? 'UBMTTQ' : 'Ủy ban MTTQ'} ${u.lw}${p}`;
    case 'pboard': return `${org.name} ${cmtText(u, style)}`;
    case 'ubkt': return `Ủy ban Kiểm tra ${cmtText(u, style)}`;
    case 'pvp': return `Văn phòng ${cmtText(u, style)}`;
    case 'hboard': return `${org.name} HĐND ${u.lw}${p}`;
    case 'office': {
      const name = org.name === 'Phòng Nông nghiệp và Phát triển nông thôn' && rng?.chance(0.3) ? 'Phòng Nông nghiệp và PTNT' : org.name;
      return `${name} ${u.lw}${p}`;
    }
    case 'vphu': return `Văn phòng HĐND và UBND ${u.lw}${p}`;
    case 'center': return `Trung tâm Văn hóa, Thông tin và Thể thao ${u.lw}${p}`;
    case 'so': {
      if (u.hidden) return `${org.name}`;
      if (style.place || u.cityProvince) return `${org.name} ${u.lw} ${u.name}`;
      return rng?.chance(0.5) ? `${org.name} ${u.lw}` : `${org.name}`;
    }
    case 'agency': return `${org.name} ${u.lw}${p}`;
    case 'bcd': return `Ban Chỉ đạo ${org.name} ${u.lw}${p}`;
    case 'dbqh': return `${rng?.chance(0.5) ? 'Đoàn ĐBQH' : 'Đoàn Đại biểu Quốc hội'} ${u.lw}${p}`;
    case 'bchtw': return 'Ban Chấp hành Trung ương';
  }
}

export interface ChainOptions extends TextStyle {
  /** "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Huyện ủy" (committee written once) */
  shareCommittee: boolean;
  /** "Bí thư Đảng ủy, Chủ tịch HĐND xã" (commune level word written once) */
  shareCommuneLevel: boolean;
}

/** One title as written ("Phó Bí thư Huyện ủy", "Trưởng phòng Tài chính - Kế hoạch huyện"). */
export function titleText(pos: Position, style: TextStyle, rng: Rng | undefined, flags: { dropCommittee?: boolean; dropLevel?: boolean } = {}): string {
  const org = pos.org;
  const u = org.unit;
  switch (pos.title) {
    case 'Tỉnh ủy viên': return 'Tỉnh ủy viên';
    case 'Ủy viên Trung ương Đảng': return rng?.chance(0.25) ? 'Ủy viên Ban Chấp hành Trung ương Đảng' : 'Ủy viên Trung ương Đảng';
    case 'Ủy viên Ban Thường vụ': {
      const t = style.abbrev ? 'UV BTV' : 'Ủy viên Ban Thường vụ';
      return flags.dropCommittee ? t : `${t} ${cmtText(u, style)}`;
    }
    case 'Bí thư':
    case 'Phó Bí thư':
    case 'Phó Bí thư Thường trực': {
      const t = style.abbrev && pos.title === 'Phó Bí thư' ? 'PBT' : pos.title;
      return `${t} ${cmtText(u, style, flags.dropLevel)}`;
    }
    case 'Chủ tịch':
    case 'Phó Chủ tịch':
    case 'Phó Chủ tịch Thường trực': {
      let t: string = pos.title;
      if (style.abbrev && (org.kind === 'ubnd' || org.kind === 'hdnd')) t = pos.title === 'Chủ tịch' ? 'CT' : pos.title === 'Phó Chủ tịch' ? 'PCT' : t;
      return `${t} ${orgText(org, { ...style, longNames: style.longNames && !style.abbrev }, rng)}`;
    }
    case 'Trưởng ban': return `Trưởng ${orgText(org, style, rng)}`;
    case 'Phó Trưởng ban': return `Phó Trưởng ${orgText(org, style, rng)}`;
    case 'Chủ nhiệm': return `Chủ nhiệm ${orgText(org, style, rng)}`;
    case 'Chánh Văn phòng': return `Chánh ${orgText(org, style, rng)}`;
    case 'Trưởng phòng': return `Trưởng phòng ${orgText(org, style, rng).replace(/^Phòng /, '')}`;
    case 'Giám đốc':
    case 'Phó Giám đốc': return `${pos.title} ${orgText(org, style, rng)}`;
    case 'Trưởng đoàn Đại biểu Quốc hội': {
      const p = withPlace(u, style);
      return rng?.chance(0.5) ? `Trưởng Đoàn ĐBQH ${u.lw}${p}` : `Trưởng đoàn Đại biểu Quốc hội ${u.lw}${p}`;
    }
    default: return `${pos.title} ${orgText(org, style, rng)}`;
  }
}

const COMMITTEE_ORGANS = new Set<OrgKind>(['pboard', 'ubkt', 'pvp']);

/** Several titles of one person joined by `sep`, with the usual shared-body shortenings. */
export function titleChain(positions: readonly Position[], sep: string, opts: ChainOptions, rng: Rng): string {
  const parts: string[] = [];
  for (let i = 0; i < positions.length; i++) {
    const pos = positions[i] as Position;
    const next = positions[i + 1];
    const flags: { dropCommittee?: boolean; dropLevel?: boolean } = {};
    if (opts.shareCommittee && pos.title === 'Ủy viên Ban Thường vụ' && next && COMMITTEE_ORGANS.has(next.org.kind) && next.org.unit.code === pos.org.unit.code) {
      flags.dropCommittee = true;
    }
    if (
      opts.shareCommuneLevel && pos.org.kind === 'cmt' && pos.org.unit.level === 'commune' && next &&
      next.org.unit.code === pos.org.unit.code && (next.org.kind === 'ubnd' || next.org.kind === 'hdnd' || next.org.kind === 'mttq') &&
      (pos.title === 'Bí thư' || pos.title === 'Phó Bí thư' || pos.title === 'Phó Bí thư Thường trực')
    ) {
      flags.dropLevel = true;
    }
    parts.push(titleText(pos, opts, rng, flags));
  }
  return parts.join(sep);
}

export function positionKey(p: { title: string; body: string | null }): string {
  return `${p.title}|${p.body ?? ''}`;
}
