// The synthetic world behind the generated reports: for every province its officials and
// those of its districts, simulated from 2015 to the 2025 reform (terms of several years,
// promotions inside a district, transfers between districts and to the province, new
// secretaries elected at the 2020 congresses), and for every commune its own officials.
// Everything is derived from the seed and the unit codes, so a province or commune is the
// same whichever report asks for it first.
import { dayFrom, dayOf, roman, workday, type Day } from './calendar.ts';
import { drawName, drawPenName, type NamePool } from './names.ts';
import type { OrgKind, Position } from './orgs.ts';
import { Rng, seedOf } from './prng.ts';
import {
  communeHasCouncil, communeInfo, districtHasCouncil, districtInfo, isUplandProvince, namePoolOf, provinceInfo, units,
  type UnitInfo,
} from './units.ts';
import type { CommuneUnit } from '../gazetteer/index.ts';

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly female: boolean;
}

interface PosSpec {
  readonly title: string;
  readonly org: OrgKind;
  readonly name?: string;
  /** whose body: the slot's own unit (default), its province, or national */
  readonly scope?: 'own' | 'province' | 'national';
  /** the post that names the slot (used for short mentions) */
  readonly main?: boolean;
}

type Scope = 'same' | 'other' | 'province' | 'district';
interface Source { readonly scope: Scope; readonly slot: string; readonly w: number }

interface SlotDef {
  readonly id: string;
  readonly specs: readonly PosSpec[];
  readonly female: number;
  readonly sources: readonly Source[];
  /** weight of a newcomer */
  readonly fresh: number;
  /** the post no longer exists from this day (2025 mergers of boards and departments) */
  readonly until?: Day;
}

interface Tenure { person: Person; from: Day; to: Day }

interface Slot {
  readonly def: SlotDef;
  readonly unitKey: string;
  readonly tenures: Tenure[];
  version: number;
}

export interface Role {
  readonly person: Person;
  /** all posts of the slot, bundle order (concurrent posts) */
  readonly positions: readonly Position[];
  /** the post that names the slot */
  readonly main: Position;
  readonly slot: string;
  readonly since: Day;
}

const SIM_START = dayFrom(2014, 1, 1);
const SIM_END = dayOf('2025-07-01');
const MERGE_2025 = dayOf('2025-03-01');
const YEAR = 365;

// ---------------------------------------------------------------------------------------
// Slot definitions

const mem = (title: string, scope: 'own' | 'province' = 'own'): PosSpec => ({ title, org: 'cmt', scope });

export const DISTRICT_OFFICES_RURAL = [
  'Phòng Tài chính - Kế hoạch', 'Phòng Tài nguyên và Môi trường', 'Phòng Nông nghiệp và Phát triển nông thôn',
  'Phòng Giáo dục và Đào tạo', 'Phòng Văn hóa và Thông tin', 'Phòng Lao động - Thương binh và Xã hội', 'Phòng Nội vụ',
  'Phòng Kinh tế và Hạ tầng', 'Phòng Tư pháp', 'Phòng Y tế',
] as const;
export const DISTRICT_OFFICES_URBAN = [
  'Phòng Tài chính - Kế hoạch', 'Phòng Tài nguyên và Môi trường', 'Phòng Kinh tế',
  'Phòng Giáo dục và Đào tạo', 'Phòng Văn hóa và Thông tin', 'Phòng Lao động - Thương binh và Xã hội', 'Phòng Nội vụ',
  'Phòng Quản lý đô thị', 'Phòng Tư pháp', 'Phòng Y tế',
] as const;

const PROVINCE_DEPARTMENTS = [
  'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Xây dựng', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính',
  'Sở Giáo dục và Đào tạo', 'Sở Tài nguyên và Môi trường', 'Sở Nội vụ', 'Sở Thông tin và Truyền thông',
  'Sở Lao động - Thương binh và Xã hội', 'Sở Giao thông vận tải', 'Sở Y tế',
] as const;

interface DistrictFlags {
  readonly secChairsCouncil: boolean;
  readonly council: boolean;
  readonly membership: 'tuv' | 'uvbtv' | 'none';
  readonly offices: readonly string[];
}

function districtSlotDefs(f: DistrictFlags): SlotDef[] {
  const hd = (title: string): PosSpec[] => (f.council ? [{ title, org: 'hdnd' }] : []);
  const membership: PosSpec[] = f.membership === 'tuv' ? [mem('Tỉnh ủy viên', 'province')] : f.membership === 'uvbtv' ? [mem('Ủy viên Ban Thường vụ', 'province')] : [];
  const office = (i: number): Source => ({ scope: 'same', slot: `P_${i}`, w: 1 });
  const defs: SlotDef[] = [
    {
      id: 'SEC', female: 0.12, fresh: 1,
      specs: [...membership, { title: 'Bí thư', org: 'cmt', main: true }, ...(f.secChairsCouncil ? hd('Chủ tịch') : [])],
      sources: [{ scope: 'same', slot: 'CHAIR', w: 3 }, { scope: 'same', slot: 'DSEC_TT', w: 2 }, { scope: 'other', slot: 'CHAIR', w: 1.5 }, { scope: 'other', slot: 'SEC', w: 1 }, { scope: 'province', slot: 'P_TC_D', w: 1 }],
    },
    {
      id: 'DSEC_TT', female: 0.3, fresh: 1,
      specs: [{ title: 'Phó Bí thư Thường trực', org: 'cmt', main: true }, ...(f.secChairsCouncil ? [] : hd('Chủ tịch'))],
      sources: [{ scope: 'same', slot: 'TC', w: 2 }, { scope: 'same', slot: 'UBKT', w: 1 }, { scope: 'same', slot: 'MTTQ', w: 1 }, { scope: 'same', slot: 'VC_TT', w: 1 }, { scope: 'province', slot: 'P_TG_D', w: 0.5 }],
    },
    {
      id: 'CHAIR', female: 0.15, fresh: 1,
      specs: [{ title: 'Phó Bí thư', org: 'cmt' }, { title: 'Chủ tịch', org: 'ubnd', main: true }],
      sources: [{ scope: 'same', slot: 'VC_TT', w: 3 }, { scope: 'same', slot: 'VC1', w: 1 }, { scope: 'other', slot: 'VC_TT', w: 1 }],
    },
    {
      id: 'VC_TT', female: 0.25, fresh: 1,
      specs: [mem('Ủy viên Ban Thường vụ'), { title: 'Phó Chủ tịch Thường trực', org: 'ubnd', main: true }],
      sources: [{ scope: 'same', slot: 'VC1', w: 2 }, { scope: 'same', slot: 'VC2', w: 2 }, office(0)],
    },
    { id: 'VC1', female: 0.3, fresh: 1, specs: [{ title: 'Phó Chủ tịch', org: 'ubnd', main: true }], sources: [{ ...office(0), w: 1.5 }, office(1), office(2), { scope: 'same', slot: 'VP', w: 1 }] },
    { id: 'VC2', female: 0.3, fresh: 1, specs: [{ title: 'Phó Chủ tịch', org: 'ubnd', main: true }], sources: [office(3), office(7), { scope: 'same', slot: 'CVP', w: 0.5 }] },
    { id: 'TC', female: 0.25, fresh: 1.5, specs: [mem('Ủy viên Ban Thường vụ'), { title: 'Trưởng ban', org: 'pboard', name: 'Ban Tổ chức', main: true }], sources: [{ scope: 'same', slot: 'CVP', w: 1 }, office(6), { scope: 'same', slot: 'MTTQ_VC', w: 0.5 }] },
    { id: 'TG', female: 0.35, fresh: 1.5, until: MERGE_2025, specs: [mem('Ủy viên Ban Thường vụ'), { title: 'Trưởng ban', org: 'pboard', name: 'Ban Tuyên giáo', main: true }], sources: [{ scope: 'same', slot: 'CVP', w: 1 }, office(4), { scope: 'same', slot: 'TTVH', w: 0.5 }] },
    { id: 'DV', female: 0.35, fresh: 1.5, until: MERGE_2025, specs: [mem('Ủy viên Ban Thường vụ'), { title: 'Trưởng ban', org: 'pboard', name: 'Ban Dân vận', main: true }], sources: [{ scope: 'same', slot: 'MTTQ_VC', w: 1 }, office(5)] },
    { id: 'UBKT', female: 0.25, fresh: 1.5, specs: [mem('Ủy viên Ban Thường vụ'), { title: 'Chủ nhiệm', org: 'ubkt', main: true }], sources: [{ scope: 'same', slot: 'CVP', w: 1 }, office(8)] },
    { id: 'CVP', female: 0.3, fresh: 2, specs: [{ title: 'Chánh Văn phòng', org: 'pvp', main: true }], sources: [office(6), office(4)] },
    { id: 'MTTQ', female: 0.4, fresh: 1, specs: [mem('Ủy viên Ban Thường vụ'), { title: 'Chủ tịch', org: 'mttq', main: true }], sources: [{ scope: 'same', slot: 'MTTQ_VC', w: 2 }, { scope: 'same', slot: 'DV', w: 1 }] },
    { id: 'MTTQ_VC', female: 0.45, fresh: 2, specs: [{ title: 'Phó Chủ tịch', org: 'mttq', main: true }], sources: [office(5)] },
    { id: 'VP', female: 0.3, fresh: 2, specs: [{ title: 'Chánh Văn phòng', org: 'vphu', main: true }], sources: [office(6), office(0)] },
    { id: 'TTVH', female: 0.35, fresh: 2, specs: [{ title: 'Giám đốc', org: 'center', main: true }], sources: [office(4)] },
  ];
  if (f.council) {
    defs.push(
      { id: 'HD_VC', female: 0.3, fresh: 1, specs: [{ title: 'Phó Chủ tịch', org: 'hdnd', main: true }], sources: [{ scope: 'same', slot: 'HD_KT', w: 1 }, { scope: 'same', slot: 'HD_PC', w: 1 }] },
      { id: 'HD_KT', female: 0.3, fresh: 2, specs: [{ title: 'Trưởng ban', org: 'hboard', name: 'Ban Kinh tế - Xã hội', main: true }], sources: [office(0), office(2)] },
      { id: 'HD_PC', female: 0.3, fresh: 2, specs: [{ title: 'Trưởng ban', org: 'hboard', name: 'Ban Pháp chế', main: true }], sources: [office(8)] },
    );
  }
  f.offices.forEach((name, i) => {
    defs.push({ id: `P_${i}`, female: 0.35, fresh: 1, until: MERGE_2025, specs: [{ title: 'Trưởng phòng', org: 'office', name, main: true }], sources: [] });
  });
  return defs;
}

function provinceSlotDefs(upland: boolean, city: boolean): SlotDef[] {
  const fromDistricts = (slot: string, w: number): Source => ({ scope: 'district', slot, w });
  const defs: SlotDef[] = [
    { id: 'P_SEC', female: 0.05, fresh: 1.5, specs: [{ title: 'Ủy viên Trung ương Đảng', org: 'bchtw', scope: 'national' }, { title: 'Bí thư', org: 'cmt', main: true }, { title: 'Chủ tịch', org: 'hdnd' }], sources: [{ scope: 'same', slot: 'P_CHAIR', w: 2 }, { scope: 'same', slot: 'P_DSEC_TT', w: 1 }] },
    { id: 'P_DSEC_TT', female: 0.2, fresh: 1, specs: [{ title: 'Phó Bí thư Thường trực', org: 'cmt', main: true }, { title: 'Trưởng đoàn Đại biểu Quốc hội', org: 'dbqh' }], sources: [{ scope: 'same', slot: 'P_TC', w: 1 }, { scope: 'same', slot: 'P_DSEC', w: 1 }] },
    { id: 'P_CHAIR', female: 0.1, fresh: 1, specs: [{ title: 'Phó Bí thư', org: 'cmt' }, { title: 'Chủ tịch', org: 'ubnd', main: true }], sources: [{ scope: 'same', slot: 'P_VC_TT', w: 2 }, { scope: 'same', slot: 'P_DSEC', w: 1 }] },
    { id: 'P_DSEC', female: 0.3, fresh: 1, specs: [{ title: 'Phó Bí thư', org: 'cmt', main: true }], sources: [{ scope: 'same', slot: 'P_TC', w: 1 }, fromDistricts('SEC', 1)] },
    { id: 'P_VC_TT', female: 0.2, fresh: 1, specs: [mem('Ủy viên Ban Thường vụ'), { title: 'Phó Chủ tịch Thường trực', org: 'ubnd', main: true }], sources: [{ scope: 'same', slot: 'P_VC1', w: 1 }, { scope: 'same', slot: 'P_VC2', w: 1 }, { scope: 'same', slot: 'P_VC3', w: 1 }] },
    { id: 'P_VC1', female: 0.25, fresh: 1, specs: [{ title: 'Phó Chủ tịch', org: 'ubnd', main: true }], sources: [fromDistricts('SEC', 2), { scope: 'same', slot: 'P_SO_0_GD', w: 1 }] },
    { id: 'P_VC2', female: 0.25, fresh: 1, specs: [{ title: 'Phó Chủ tịch', org: 'ubnd', main: true }], sources: [fromDistricts('SEC', 1), { scope: 'same', slot: 'P_SO_2_GD', w: 1 }] },
    { id: 'P_VC3', female: 0.3, fresh: 1, specs: [{ title: 'Phó Chủ tịch', org: 'ubnd', main: true }], sources: [fromDistricts('CHAIR', 1), { scope: 'same', slot: 'P_SO_4_GD', w: 1 }] },
    { id: 'P_HD_VC', female: 0.3, fresh: 1, specs: [{ title: 'Phó Chủ tịch', org: 'hdnd', main: true }], sources: [fromDistricts('DSEC_TT', 1)] },
    { id: 'P_TC', female: 0.2, fresh: 1, specs: [mem('Ủy viên Ban Thường vụ'), { title: 'Trưởng ban', org: 'pboard', name: 'Ban Tổ chức', main: true }], sources: [fromDistricts('SEC', 1), { scope: 'same', slot: 'P_TC_D', w: 1 }] },
    { id: 'P_TG', female: 0.3, fresh: 1, until: MERGE_2025, specs: [mem('Ủy viên Ban Thường vụ'), { title: 'Trưởng ban', org: 'pboard', name: 'Ban Tuyên giáo', main: true }], sources: [fromDistricts('SEC', 1), { scope: 'same', slot: 'P_TG_D', w: 1 }] },
    { id: 'P_DV', female: 0.3, fresh: 1, until: MERGE_2025, specs: [mem('Ủy viên Ban Thường vụ'), { title: 'Trưởng ban', org: 'pboard', name: 'Ban Dân vận', main: true }], sources: [fromDistricts('SEC', 1), { scope: 'same', slot: 'P_DV_D', w: 1 }] },
    { id: 'P_TC_D', female: 0.3, fresh: 2, specs: [{ title: 'Phó Trưởng ban', org: 'pboard', name: 'Ban Tổ chức', main: true }], sources: [fromDistricts('DSEC_TT', 0.5)] },
    { id: 'P_TG_D', female: 0.4, fresh: 2, until: MERGE_2025, specs: [{ title: 'Phó Trưởng ban', org: 'pboard', name: 'Ban Tuyên giáo', main: true }], sources: [fromDistricts('TG', 0.5)] },
    { id: 'P_DV_D', female: 0.4, fresh: 2, until: MERGE_2025, specs: [{ title: 'Phó Trưởng ban', org: 'pboard', name: 'Ban Dân vận', main: true }], sources: [fromDistricts('DV', 0.5)] },
    { id: 'P_MTTQ_VC', female: 0.45, fresh: 2, specs: [{ title: 'Phó Chủ tịch', org: 'mttq', main: true }], sources: [fromDistricts('MTTQ', 0.5)] },
    { id: 'P_BHXH_D', female: 0.5, fresh: 1, specs: [{ title: 'Phó Giám đốc', org: 'agency', name: 'Bảo hiểm xã hội', main: true }], sources: [] },
  ];
  if (upland) defs.push({ id: 'P_BDT_D', female: 0.3, fresh: 1, until: MERGE_2025, specs: [{ title: 'Phó Trưởng ban', org: 'agency', name: 'Ban Dân tộc', main: true }], sources: [] });
  PROVINCE_DEPARTMENTS.forEach((name, i) => {
    defs.push(
      { id: `P_SO_${i}_GD`, female: 0.15, fresh: 1, until: MERGE_2025, specs: [{ title: 'Giám đốc', org: 'so', name, main: true }], sources: [{ scope: 'same', slot: `P_SO_${i}_PGD`, w: 2 }, fromDistricts('CHAIR', 0.5)] },
      { id: `P_SO_${i}_PGD`, female: 0.35, fresh: 1, until: MERGE_2025, specs: [{ title: 'Phó Giám đốc', org: 'so', name, main: true }], sources: [] },
    );
  });
  void city;
  return defs;
}

const COMMUNE_SLOTS = (secChairs: boolean, council: boolean, standing: boolean): SlotDef[] => {
  const defs: SlotDef[] = [
    { id: 'C_SEC', female: 0.2, fresh: 1, specs: [{ title: 'Bí thư', org: 'cmt', main: true }, ...(secChairs && council ? [{ title: 'Chủ tịch', org: 'hdnd' as const }] : [])], sources: [{ scope: 'same', slot: 'C_CHAIR', w: 2 }, { scope: 'same', slot: 'C_DSEC_TT', w: 1.5 }] },
    { id: 'C_CHAIR', female: 0.2, fresh: 1, specs: [{ title: 'Phó Bí thư', org: 'cmt' }, { title: 'Chủ tịch', org: 'ubnd', main: true }], sources: [{ scope: 'same', slot: 'C_VC', w: 2 }, { scope: 'same', slot: 'C_DSEC_TT', w: 0.5 }] },
    { id: 'C_VC', female: 0.3, fresh: 1, specs: [{ title: 'Phó Chủ tịch', org: 'ubnd', main: true }], sources: [] },
    { id: 'C_MTTQ', female: 0.4, fresh: 1, specs: [{ title: 'Chủ tịch', org: 'mttq', main: true }], sources: [] },
  ];
  if (standing) defs.push({ id: 'C_DSEC_TT', female: 0.35, fresh: 1, specs: [{ title: 'Phó Bí thư Thường trực', org: 'cmt', main: true }, ...(!secChairs && council ? [{ title: 'Chủ tịch', org: 'hdnd' as const }] : [])], sources: [{ scope: 'same', slot: 'C_MTTQ', w: 1 }] });
  if (council) defs.push({ id: 'C_HD_VC', female: 0.3, fresh: 1, specs: [{ title: 'Phó Chủ tịch', org: 'hdnd', main: true }], sources: [] });
  return defs;
};

// ---------------------------------------------------------------------------------------
// Simulation

class Heap {
  private items: [Day, number, string, number][] = [];
  private seq = 0;
  push(day: Day, key: string, version: number): void {
    const item: [Day, number, string, number] = [day, this.seq++, key, version];
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (less(a[p]!, a[i]!)) break;
      [a[p], a[i]] = [a[i]!, a[p]!];
      i = p;
    }
  }
  pop(): [Day, string, number] | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && less(a[l]!, a[m]!)) m = l;
        if (r < a.length && less(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return [top[0], top[2], top[3]];
  }
}
const less = (x: [Day, number, string, number], y: [Day, number, string, number]): boolean => x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);

/** Runs terms, promotions and transfers for a set of slots. */
class Simulator {
  readonly slots = new Map<string, Slot>();
  private readonly heap = new Heap();
  private readonly forced = new Map<string, number>();
  private personSeq = 0;

  constructor(
    private readonly rng: Rng,
    private readonly idPrefix: string,
    private readonly newName: (female: boolean, unitKey: string) => string,
    /** unit keys of the same kind (other districts) for 'other' sources; the province key; district keys */
    private readonly peers: (unitKey: string, scope: Scope) => string[],
  ) {}

  add(unitKey: string, def: SlotDef): void {
    const slot: Slot = { def, unitKey, tenures: [], version: 0 };
    this.slots.set(`${unitKey}/${def.id}`, slot);
    const from = SIM_START - this.rng.int(0, 4 * YEAR);
    const to = dayFrom(2016, 6, 1) + this.rng.int(0, 7 * YEAR);
    this.begin(slot, this.person(def, unitKey), from, to);
  }

  /** At `day`, the holder is replaced with probability p (a congress, an election). */
  force(unitKey: string, slotId: string, day: Day, p: number): void {
    const key = `${unitKey}/${slotId}`;
    if (!this.slots.has(key)) return;
    this.forced.set(`${key}@${day}`, p);
    this.heap.push(day, key, -1);
  }

  run(): void {
    for (let e = this.heap.pop(); e; e = this.heap.pop()) {
      const [day, key, version] = e;
      if (day >= SIM_END) continue;
      const slot = this.slots.get(key)!;
      const cur = slot.tenures[slot.tenures.length - 1]!;
      if (version === -1) {
        const p = this.forced.get(`${key}@${day}`) ?? 0;
        if (cur.from < day && cur.to > day && this.rng.chance(p)) {
          cur.to = day;
          this.fill(slot, day, 0);
        }
        continue;
      }
      if (version !== slot.version) continue;
      this.fill(slot, day, 0);
    }
  }

  private person(def: SlotDef, unitKey: string): Person {
    const female = this.rng.chance(def.female);
    return { id: `${this.idPrefix}${this.personSeq++}`, name: this.newName(female, unitKey), female };
  }

  private begin(slot: Slot, person: Person, from: Day, to: Day): void {
    slot.tenures.push({ person, from, to });
    slot.version++;
    this.heap.push(to, `${slot.unitKey}/${slot.def.id}`, slot.version);
  }

  private fill(slot: Slot, day: Day, depth: number): void {
    const def = slot.def;
    const choices: [Slot | null, number][] = [[null, def.fresh]];
    if (depth < 3) {
      for (const src of def.sources) {
        const keys = src.scope === 'same' ? [slot.unitKey] : this.peers(slot.unitKey, src.scope);
        const eligible: Slot[] = [];
        for (const k of keys) {
          const s = this.slots.get(`${k}/${src.slot}`);
          if (!s || s === slot) continue;
          const t = s.tenures[s.tenures.length - 1]!;
          if (t.from <= day - YEAR && t.to > day && (s.def.until === undefined || s.def.until > day + YEAR)) eligible.push(s);
        }
        if (eligible.length > 0) choices.push([this.rng.pick(eligible), src.w]);
      }
    }
    const from = this.rng.weighted(choices);
    const length = this.rng.int(3 * YEAR, 6 * YEAR);
    if (!from) {
      this.begin(slot, this.person(def, slot.unitKey), day, day + length);
      return;
    }
    const t = from.tenures[from.tenures.length - 1]!;
    t.to = day;
    from.version++;
    this.begin(slot, t.person, day, day + length);
    this.fill(from, day, depth + 1);
  }
}

function holderAt(slot: Slot | undefined, day: Day): Tenure | undefined {
  if (!slot) return undefined;
  const ts = slot.tenures;
  for (let i = ts.length - 1; i >= 0; i--) {
    const t = ts[i]!;
    if (t.from <= day && day < t.to) return t;
  }
  return undefined;
}

function resolve(def: SlotDef, tenure: Tenure, own: UnitInfo, province: UnitInfo): Role {
  const positions: Position[] = [];
  let main: Position | undefined;
  for (const s of def.specs) {
    const unit = s.scope === 'province' ? province : own;
    const pos: Position = { title: s.title, org: { kind: s.org, unit, ...(s.name ? { name: s.name } : {}) } };
    positions.push(pos);
    if (s.main) main = pos;
  }
  return { person: tenure.person, positions, main: main ?? positions[positions.length - 1]!, slot: def.id, since: tenure.from };
}

// ---------------------------------------------------------------------------------------
// Calendars

export interface CouncilSession {
  readonly day: Day;
  readonly number: number;
  readonly khoa: string;
  readonly term: string;
  readonly kind: 'mid' | 'end' | 'theme' | 'first';
}

function councilSessions(rng: Rng, firstOrdinal: number): CouncilSession[] {
  const out: CouncilSession[] = [];
  let n = rng.int(9, 13);
  const old = { khoa: roman(firstOrdinal), term: '2016 - 2021' };
  const cur = { khoa: roman(firstOrdinal + 1), term: '2021 - 2026' };
  const add = (y: number, m: number, d0: number, d1: number, kind: CouncilSession['kind'], t: { khoa: string; term: string }) => {
    const day = workday(dayFrom(y, m, rng.int(d0, d1)));
    out.push({ day, number: n++, kind, ...t });
  };
  if (rng.chance(0.5)) add(2020, rng.int(3, 5), 5, 25, 'theme', old);
  add(2020, 7, 8, 24, 'mid', old);
  add(2020, 12, 14, 24, 'end', old);
  if (rng.chance(0.6)) add(2021, 3, 5, 20, 'theme', old);
  n = 1;
  add(2021, 6, 21, 29, 'first', cur);
  add(2021, 7, 15, 28, 'mid', cur);
  add(2021, 12, 14, 24, 'end', cur);
  for (const y of [2022, 2023, 2024]) {
    if (rng.chance(0.5)) add(y, rng.int(3, 5), 5, 25, 'theme', cur);
    add(y, 7, 8, 24, 'mid', cur);
    if (rng.chance(0.3)) add(y, rng.int(9, 10), 5, 25, 'theme', cur);
    add(y, 12, 12, 24, 'end', cur);
  }
  if (rng.chance(0.6)) add(2025, rng.int(2, 4), 5, 25, 'theme', cur);
  if (rng.chance(0.5)) add(2025, 6, 10, 26, 'mid', cur);
  return out;
}


// ---------------------------------------------------------------------------------------
// Worlds

export interface DistrictWorld {
  readonly code: string;
  readonly provinceCode: string;
  readonly flags: DistrictFlags;
  readonly namePool: NamePool;
  /** 2020 party congress (nhiệm kỳ 2020 - 2025) */
  readonly congressDay: Day;
  readonly congressOrdinal: number;
  readonly councilSessions: readonly CouncilSession[];
  readonly reporters: readonly string[];
  readonly sloganIndex: number;
}

export interface ProvinceWorld {
  readonly code: string;
  readonly congressDay: Day;
  readonly congressOrdinal: number;
  readonly councilSessions: readonly CouncilSession[];
  readonly reporters: readonly string[];
  readonly districts: ReadonlyMap<string, DistrictWorld>;
  readonly names: ReadonlySet<string>;
}

export interface CommuneWorld {
  readonly code: string;
  readonly districtCode: string;
  readonly congress2020: Day;
  readonly congress2025: Day;
  readonly congressOrdinal: number;
  readonly council: boolean;
}

interface ProvinceState { world: ProvinceWorld; sim: Simulator }
interface CommuneState { world: CommuneWorld; sim: Simulator }

export class World {
  private readonly provinces = new Map<string, ProvinceState>();
  private readonly communes = new Map<string, CommuneState>();

  constructor(readonly seed: number) {}

  province(code: string): ProvinceWorld {
    return this.provinceState(code).world;
  }

  district(code: string, provinceCode: string): DistrictWorld {
    const d = this.province(provinceCode).districts.get(code);
    if (!d) throw new Error(`generate: district ${code} not in province ${provinceCode}`);
    return d;
  }

  commune(c: CommuneUnit, provinceCode: string): CommuneWorld {
    return this.communeState(c, provinceCode).world;
  }

  /** The holder of a province post on `day`, or null when the post is vacant or gone. */
  provinceRole(provinceCode: string, slotId: string, day: Day, hidden = false): Role | null {
    const st = this.provinceState(provinceCode);
    const slot = st.sim.slots.get(`P/${slotId}`);
    if (!slot || (slot.def.until !== undefined && day >= slot.def.until)) return null;
    const t = holderAt(slot, day);
    if (!t) return null;
    const p = provinceInfo(units().province(provinceCode).unit, hidden);
    return resolve(slot.def, t, p, p);
  }

  districtRole(provinceCode: string, districtCode: string, slotId: string, day: Day, hidden = false): Role | null {
    const st = this.provinceState(provinceCode);
    const slot = st.sim.slots.get(`${districtCode}/${slotId}`);
    if (!slot || (slot.def.until !== undefined && day >= slot.def.until)) return null;
    const t = holderAt(slot, day);
    const d = units().districtAt(districtCode, day);
    if (!t || !d) return null;
    return resolve(slot.def, t, districtInfo(d, hidden), provinceInfo(units().province(provinceCode).unit, hidden));
  }

  communeRole(provinceCode: string, c: CommuneUnit, slotId: string, day: Day): Role | null {
    const st = this.communeState(c, provinceCode);
    const slot = st.sim.slots.get(`C/${slotId}`);
    if (!slot) return null;
    const t = holderAt(slot, day);
    if (!t) return null;
    return resolve(slot.def, t, communeInfo(c), provinceInfo(units().province(provinceCode).unit));
  }

  /** The slot ids of a district (offices included). */
  districtSlots(provinceCode: string, districtCode: string): string[] {
    const st = this.provinceState(provinceCode);
    const out: string[] = [];
    for (const [key, slot] of st.sim.slots) if (slot.unitKey === districtCode) out.push(key.slice(districtCode.length + 1));
    return out;
  }

  private provinceState(code: string): ProvinceState {
    const have = this.provinces.get(code);
    if (have) return have;
    const entry = units().province(code);
    const rng = new Rng(seedOf(this.seed, 'province', code));
    const names = new Set<string>();
    const pools = new Map<string, NamePool>();
    const newName = (female: boolean, unitKey: string): string => {
      const pool = pools.get(unitKey) ?? 'lowland';
      for (let i = 0; ; i++) {
        const n = drawName(rng, pool, female);
        if (!names.has(n) || i > 200) {
          names.add(n);
          return n;
        }
      }
    };
    const districtKeys = entry.districtCodes.slice();
    const peers = (unitKey: string, scope: Scope): string[] =>
      scope === 'province' ? ['P'] : scope === 'district' ? districtKeys : scope === 'other' ? districtKeys.filter((k) => k !== unitKey) : [unitKey];
    const sim = new Simulator(rng, `p${code}-`, newName, peers);
    const city = entry.unit.type === 'thành phố';
    const upland = isUplandProvince(code);
    pools.set('P', code === '38' ? 'lowland' : namePoolOf(code, undefined));
    for (const def of provinceSlotDefs(upland, city)) sim.add('P', def);
    const districts = new Map<string, DistrictWorld>();
    for (const dcode of entry.districtCodes) {
      const d = units().districtAny(dcode);
      const pool = namePoolOf(code, d);
      pools.set(dcode, pool);
      const urban = d.type !== 'huyện';
      const offices: string[] = [...(urban ? DISTRICT_OFFICES_URBAN : DISTRICT_OFFICES_RURAL)];
      if (pool !== 'lowland') offices.push('Phòng Dân tộc');
      const flags: DistrictFlags = {
        secChairsCouncil: rng.chance(0.75),
        council: districtHasCouncil(code, d),
        membership: city ? 'none' : d.type === 'thành phố' ? 'uvbtv' : 'tuv',
        offices,
      };
      for (const def of districtSlotDefs(flags)) sim.add(dcode, def);
      const congressDay = workday(dayFrom(2020, rng.int(7, 9), rng.int(1, 26)));
      const reporters = Array.from({ length: rng.int(2, 4) }, () => drawPenName(rng));
      districts.set(dcode, {
        code: dcode, provinceCode: code, flags, namePool: pool, congressDay, congressOrdinal: rng.int(19, 28),
        councilSessions: councilSessions(rng, rng.int(18, 20)), reporters, sloganIndex: rng.int(0, 1000),
      });
      sim.force(dcode, 'SEC', congressDay, 0.45);
      sim.force(dcode, 'DSEC_TT', congressDay, 0.3);
      sim.force(dcode, 'CHAIR', congressDay, 0.25);
      const first = districts.get(dcode)!.councilSessions.find((s) => s.kind === 'first');
      if (first) {
        for (const s of ['HD_VC', 'HD_KT', 'HD_PC', 'VC1', 'VC2']) sim.force(dcode, s, first.day, 0.35);
      }
    }
    const congressDay = workday(dayFrom(2020, 10, rng.int(10, 20)));
    sim.force('P', 'P_SEC', congressDay, 0.4);
    sim.force('P', 'P_DSEC_TT', congressDay, 0.3);
    sim.run();
    const world: ProvinceWorld = {
      code, congressDay, congressOrdinal: rng.int(15, 20), councilSessions: councilSessions(rng, rng.int(15, 17)),
      reporters: Array.from({ length: 5 }, () => drawPenName(rng)), districts, names,
    };
    const st = { world, sim };
    this.provinces.set(code, st);
    return st;
  }

  private communeState(c: CommuneUnit, provinceCode: string): CommuneState {
    const have = this.communes.get(c.code);
    if (have) return have;
    const province = this.province(provinceCode);
    const rng = new Rng(seedOf(this.seed, 'commune', c.code));
    const own = new Set<string>();
    const pool = namePoolOf(provinceCode, units().districtAny(c.districtCode ?? ''));
    const newName = (female: boolean): string => {
      for (let i = 0; ; i++) {
        const n = drawName(rng, pool, female);
        if ((!own.has(n) && !province.names.has(n)) || i > 200) {
          own.add(n);
          return n;
        }
      }
    };
    const sim = new Simulator(rng, `c${c.code}-`, newName, () => []);
    const council = communeHasCouncil(provinceCode, c);
    for (const def of COMMUNE_SLOTS(rng.chance(0.65), council, rng.chance(0.4))) sim.add('C', def);
    const congress2020 = workday(dayFrom(2020, rng.int(4, 6), rng.int(1, 20)));
    const congress2025 = workday(dayFrom(2025, rng.int(4, 6), rng.int(1, 20)));
    for (const day of [congress2020, congress2025]) {
      sim.force('C', 'C_SEC', day, 0.5);
      sim.force('C', 'C_CHAIR', day, 0.3);
      sim.force('C', 'C_DSEC_TT', day, 0.3);
    }
    sim.run();
    const world: CommuneWorld = { code: c.code, districtCode: c.districtCode ?? '', congress2020, congress2025, congressOrdinal: rng.int(18, 27), council };
    const st = { world, sim };
    this.communes.set(c.code, st);
    return st;
  }
}
