// Sentence patterns shared by the event templates: leads, chair and attendance sentences,
// speech acts, captions and citations, in the variants the dev corpus shows.
import { ymd, type Day } from './calendar.ts';
import { Composer, EventBuilder, localRef, nationalRef, type DocRef } from './compose.ts';
import { NATIONAL_DOCS, districtDocs, provinceDocs, type LocalDocSpec, type Topic } from './documents.ts';
import { tasks, type Scene } from './filler.ts';
import { canonical as canonicalOf, orgText, titleText, type Org, type OrgKind, type Position } from './orgs.ts';
import type { Rng } from './prng.ts';
import { units, type UnitInfo } from './units.ts';
import type { CommuneWorld, DistrictWorld, Role, World } from './world.ts';
import type { CommuneUnit, DistrictUnit, ProvinceUnit } from '../gazetteer/index.ts';

export interface When {
  /** "Sáng 14/7", "Chiều ngày 15/3/2024", "Ngày 20 tháng 9 năm 2022", "Sáng nay (12/4)" */
  readonly text: string;
  readonly pod: 'morning' | 'afternoon' | 'evening' | null;
  /** the part of day word alone ("Sáng"), or null */
  readonly part: string | null;
}

export type Scope = 'district' | 'commune' | 'province';

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const docCache = new Map<string, LocalDocSpec[]>();

export class Writer {
  readonly paras: string[] = [];
  headline = '';
  /** report-level ending (awards and the like) before the byline */
  readonly ev: EventBuilder[] = [];

  constructor(
    readonly world: World,
    readonly seed: number,
    /** wording */
    readonly rng: Rng,
    /** facts of the event: who attends and speaks (same for every report of the event) */
    readonly facts: Rng,
    readonly c: Composer,
    readonly scope: Scope,
    readonly hidden: boolean,
    readonly day: Day,
    readonly when: When,
    readonly province: ProvinceUnit,
    readonly pInfo: UnitInfo,
    readonly scene: Scene,
    readonly district?: DistrictUnit,
    readonly dInfo?: UnitInfo,
    readonly dWorld?: DistrictWorld,
    readonly commune?: CommuneUnit,
    readonly cInfo?: UnitInfo,
    readonly cWorld?: CommuneWorld,
  ) {
    const t = ymd(day);
    this.y = t.y;
    this.m = t.m;
  }

  readonly y: number;
  readonly m: number;

  /** The unit the report is about (commune, district or province). */
  get unit(): UnitInfo { return this.cInfo ?? this.dInfo ?? this.pInfo; }

  // ---- roles ------------------------------------------------------------------------------

  d(slot: string, day = this.day): Role | null {
    if (!this.district) return null;
    return this.world.districtRole(this.province.code, this.district.code, slot, day, this.hidden);
  }
  p(slot: string, day = this.day): Role | null {
    return this.world.provinceRole(this.province.code, slot, day, this.hidden);
  }
  cm(slot: string, day = this.day): Role | null {
    if (!this.commune) return null;
    return this.world.communeRole(this.province.code, this.commune, slot, day);
  }
  /** The first of the slots that is filled, distinct from `not`. */
  any(get: (s: string) => Role | null, slots: readonly string[], not: readonly (Role | null)[] = []): Role | null {
    for (const s of slots) {
      const r = get(s);
      if (r && !not.some((n) => n && n.person.id === r.person.id)) return r;
    }
    return null;
  }
  pickRoles(get: (s: string) => Role | null, slots: readonly string[], k: number, not: readonly (Role | null)[] = []): Role[] {
    const out: Role[] = [];
    for (const s of this.facts.sample(slots, slots.length)) {
      if (out.length >= k) break;
      const r = get(s);
      if (r && !not.some((n) => n && n.person.id === r.person.id) && !out.some((o) => o.person.id === r.person.id)) out.push(r);
    }
    return out;
  }

  org(kind: OrgKind, unit: UnitInfo = this.unit, name?: string): Org {
    return { kind, unit, ...(name ? { name } : {}) };
  }

  /** The province is named once, after the first district body of the lead (dev15 "(Nghệ An)"). */
  nameProvince = false;
  private provinceNamed = false;

  /** " (Nghệ An)" or ", tỉnh Nghệ An" the first time it is asked for, when the province is to be named. */
  provinceSuffix(): string {
    if (!this.nameProvince || this.provinceNamed) return '';
    this.provinceNamed = true;
    const p = this.pInfo;
    return this.rng.chance(0.6) ? ` (${p.name})` : `, ${p.lw} ${p.name}`;
  }

  /** A body as the lead writes it: with the place unless the place is hidden. */
  orgLead(o: Org): string {
    const text = orgText(o, { place: !this.hidden, abbrev: false, longNames: this.c.style.longNames }, this.rng);
    return o.unit.level === 'district' && !this.hidden ? text + this.provinceSuffix() : text;
  }

  /** A title without a person (never recorded): "Trưởng phòng Tài chính - Kế hoạch huyện". */
  unnamed(pos: Position): string {
    return titleText(pos, { place: false, abbrev: false, longNames: false }, this.rng);
  }

  event(title: string, organizers: readonly Org[], location: string | null = null, day = this.day, pod = this.when.pod): EventBuilder {
    const ev = new EventBuilder(title, day, pod, location);
    for (const o of organizers) ev.organizer(canonicalOf(o));
    this.ev.push(ev);
    return ev;
  }

  // ---- sentences ----------------------------------------------------------------------------

  /** "Toàn cảnh hội nghị" and other captions without facts. */
  sceneCaption(obj: string): string {
    return this.rng.pick([`Toàn cảnh ${obj}`, `Quang cảnh ${obj}`, `Các đại biểu dự ${obj}`, `Toàn cảnh ${obj}`]);
  }

  /** The chair sentence; records chairs. Returns the sentence, or '' when `caption` took it. */
  chairs(ev: EventBuilder, roles: readonly Role[], obj: string, opts: { caption?: boolean } = {}): string {
    const c = this.c;
    const r = this.rng;
    for (const role of roles) ev.chair(role.person);
    if (roles.length === 1) {
      const role = roles[0]!;
      if (opts.caption) {
        this.captionLater(`${cap(c.full(role, { cap: true, show: c.drawShow() }))} chủ trì ${obj}`);
        return '';
      }
      const v = r.weighted([['a', 55], ['b', 20], ['c', 12], ['d', 13]]);
      if (v === 'b') return `${cap(c.titled(role, r.pick(['main', 'noMembership'] as const)))} chủ trì ${obj}.`;
      if (v === 'c') return `${cap(c.full(role, { show: c.drawShow(), cap: true }))} chủ trì và điều hành ${obj}.`;
      if (v === 'd') return `Chủ trì ${obj} có ${c.full(role, { show: c.drawShow() })}.`;
      return `${cap(c.full(role, { show: c.drawShow(), cap: true }))} chủ trì ${obj}.`;
    }
    const v = r.weighted([['list', 35], ['intro', 25], ['dc', 15], ['and', 15], ['titled', 10]]);
    if (v === 'intro') return `Đồng chủ trì ${obj} có các đồng chí: ${c.list(roles)}.`;
    if (v === 'dc') return `Chủ trì ${obj} có ${c.list(roles, { honorEach: true })}.`;
    if (v === 'and' && roles.length === 2) return `${cap(c.full(roles[0]!, { cap: true, show: c.drawShow() }))} và ${c.full(roles[1]!, { show: c.drawShow() })} ${r.pick(['chủ trì', 'đồng chủ trì'])} ${obj}.`;
    if (v === 'titled' && roles.length === 2) return `${cap(c.titled(roles[0]!, 'noMembership'))} và ${c.titled(roles[1]!, 'main')} đồng chủ trì ${obj}.`;
    return `Các đồng chí ${c.list(roles)} đồng chủ trì ${obj}.`;
  }

  private pendingCaptions: string[] = [];
  /** A caption to be placed after the next paragraph (a chair named only in a caption). */
  captionLater(text: string): void {
    this.pendingCaptions.push(text);
  }
  /** Adds a paragraph, then any pending caption. */
  para(text: string): void {
    if (text) this.paras.push(text);
    if (this.pendingCaptions.length > 0) {
      this.paras.push(...this.pendingCaptions);
      this.pendingCaptions = [];
    }
  }
  flush(): void {
    this.para('');
  }

  /** "các xã, thị trấn" of a rural district, "các phường, xã" of a city, … */
  subunits(): string {
    const u = this.dInfo ?? this.pInfo;
    if (u.level === 'province') return 'các huyện, thị xã, thành phố';
    return u.lw === 'huyện' ? 'các xã, thị trấn' : u.lw === 'thị xã' ? 'các xã, phường' : u.lw === 'quận' ? 'các phường' : 'các phường, xã';
  }

  /** Unnamed guests of a district-level meeting. */
  groups(kind: 'party' | 'state' | 'council' | 'front' | 'commune' | 'province'): string[] {
    const u = this.dInfo ?? this.pInfo;
    const lw = u.lw;
    const cmt = u.cmt;
    const communes = this.subunits();
    const all: Record<typeof kind, string[]> = {
      party: [`các đồng chí Ủy viên Ban Thường vụ ${cmt}`, `các đồng chí Ủy viên Ban Chấp hành Đảng bộ ${lw}`, `lãnh đạo các ban, phòng, ngành, đoàn thể cấp ${lw}`, `Bí thư Đảng ủy ${communes}`, `lãnh đạo các ban xây dựng Đảng và Văn phòng ${cmt}`],
      state: [`các đồng chí Ủy viên UBND ${lw}`, `thủ trưởng các phòng, ban, đơn vị thuộc UBND ${lw}`, `lãnh đạo Văn phòng HĐND và UBND ${lw}`, `Chủ tịch UBND ${communes}`],
      council: [`các đồng chí trong Ban Thường vụ ${cmt}`, `đại biểu HĐND tỉnh ứng cử trên địa bàn`, `lãnh đạo Ủy ban MTTQ và các đoàn thể chính trị - xã hội ${lw}`, `các vị đại biểu HĐND ${lw}`],
      front: [`lãnh đạo Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh, Liên đoàn Lao động ${lw}`, `các vị Ủy viên Ủy ban MTTQ ${lw}`, `Chủ tịch Ủy ban MTTQ ${communes}`],
      commune: ['các đồng chí trong Ban Thường vụ Đảng ủy', 'lãnh đạo các ban, ngành, đoàn thể xã', 'Bí thư chi bộ, trưởng thôn', 'các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã'],
      province: [`các đồng chí Ủy viên Ban Thường vụ ${cmt}`, `lãnh đạo các sở, ban, ngành cấp ${lw}`, `Bí thư các huyện ủy, thị ủy, thành ủy`, `các Ủy viên UBND ${lw}`],
    };
    return this.rng.sample(all[kind], this.rng.int(1, 3));
  }

  /** "Dự hội nghị có …" with named guests; records attendees. */
  attend(ev: EventBuilder, roles: readonly Role[], verb: string, groups: readonly string[]): string {
    const c = this.c;
    const r = this.rng;
    for (const role of roles) ev.attendee(role.person);
    const tail = groups.length > 0 ? groups.join('; ') : '';
    if (roles.length === 0) return `${verb} ${tail}.`;
    const end = tail ? `; ${tail}.` : '.';
    // Two deputies with the same title share it (dev03, dev20).
    const first = roles[0]!.main;
    const sameTitle = roles.length >= 2 && roles.every((x) => x.positions.length === 1 && x.main.title === first.title && canonicalOf(x.main.org) === canonicalOf(first.org));
    if (sameTitle && r.chance(0.6)) {
      if (r.chance(0.3) && roles.length >= 2) {
        const names = roles.map((x) => x.person.name).join(', ');
        for (const x of roles) c.grant(x.person, [x.main]);
        return `${verb} các ${c.chain([roles[0]!.main])}: ${names}${end}`;
      }
      return `${verb} ${c.shared(roles, roles[0]!.main)}${end}`;
    }
    const v = r.weighted([['colon', 35], ['each', 35], ['titled', 15], ['mixed', 15]]);
    if (v === 'colon' && roles.length >= 2) return `${verb} các đồng chí: ${c.list(roles)}${end}`;
    if (v === 'titled') return `${verb} ${roles.map((x) => c.titled(x, r.pick(['main', 'noMembership'] as const))).join(', ')}${tail ? `, ${groups.join(', ')}` : ''}.`;
    if (v === 'mixed') return `${verb} ${roles.map((x) => c.mention(x, { show: c.drawShow() })).join('; ')}${end}`;
    return `${verb} ${roles.map((x) => c.full(x, { show: c.drawShow() })).join('; ')}${end}`;
  }

  /** "Tại hội nghị, đồng chí X, … đã trình bày báo cáo …"; records the speaker. */
  report(ev: EventBuilder, role: Role, what: string, obj: string, stats: string): string {
    const c = this.c;
    ev.speaker(role.person);
    const v = this.rng.weighted([['tai', 35], ['trinhbay', 20], ['plain', 20], ['theo', 12], ['caption', 13]]);
    if (v === 'trinhbay') return `Trình bày báo cáo tại ${obj}, ${c.mention(role)} cho biết: ${lowerFirst(stats)}`;
    if (v === 'plain') return `${cap(c.mention(role, { cap: true }))} báo cáo ${what}. ${stats}`;
    if (v === 'theo') return `Theo báo cáo do ${c.full(role)} trình bày, ${lowerFirst(stats)}`;
    if (v === 'caption') {
      this.paras.push(`${cap(c.full(role, { cap: true, show: this.rng.pick(['main', 'noMembership', 'all'] as const) }))} trình bày báo cáo tại ${obj}`);
      return `${stats} Tại ${obj}, ${c.name(role)} đã trình bày báo cáo ${what}.`;
    }
    return `Tại ${obj}, ${c.mention(role)} đã trình bày báo cáo ${what}. ${stats}`;
  }

  /** A report by an unnamed office holder (not a person in the gold). */
  reportUnnamed(pos: Position, what: string, stats: string): string {
    const t = this.unnamed(pos);
    const v = this.rng.weighted([['caption', 40], ['body', 35], ['theo', 25]]);
    const hon = this.rng.pick(['Đồng chí ', 'Đ/c ', '']);
    if (v === 'caption') {
      this.paras.push(`${hon}${t} báo cáo ${what}`);
      return stats;
    }
    if (v === 'theo') return `Theo báo cáo của ${t}, ${lowerFirst(stats)}`;
    return `${hon}${t} báo cáo ${what}. ${stats}`;
  }

  /** "Phát biểu chỉ đạo hội nghị, đồng chí G …"; records the speaker. */
  direct(ev: EventBuilder, role: Role, obj: string, content: string): string {
    const c = this.c;
    ev.speaker(role.person);
    const lead = this.rng.pick([`Phát biểu chỉ đạo ${obj}`, 'Phát biểu chỉ đạo', `Phát biểu tại ${obj}`, `Phát biểu chỉ đạo tại ${obj}`]);
    if (this.rng.chance(0.25)) this.paras.push(`${cap(c.honor(role.person, true))} ${role.person.name} phát biểu chỉ đạo ${obj}`);
    return `${lead}, ${this.rng.chance(0.5) ? c.name(role) : c.mention(role, { show: 'main' })} ${content}`;
  }

  /** The conclusion by the chair; records the speaker. */
  conclude(ev: EventBuilder, role: Role, obj: string, content: string): string {
    const c = this.c;
    ev.speaker(role.person);
    const lead = this.rng.pick([`Phát biểu kết luận ${obj}`, `Kết luận ${obj}`, 'Phát biểu kết luận', `Bế mạc ${obj}`, `Kết luận ${obj}`]);
    if (this.rng.chance(0.15)) this.paras.push(`${cap(c.honor(role.person, true))} ${role.person.name} phát biểu kết luận ${obj}`);
    const who = this.rng.weighted([['name', 55], ['titled', 25], ['full', 20]]);
    const person = who === 'titled' ? c.titled(role, 'main') : who === 'full' ? c.full(role, { show: 'noMembership' }) : c.name(role);
    return `${lead}, ${person} ${content}`;
  }

  /** "yêu cầu các cấp ủy, chính quyền …; … [citing documents]." */
  directive(refs: readonly DocRef[] = []): string {
    const r = this.rng;
    const verb = r.pick(['yêu cầu', 'đề nghị']);
    const who = this.scope === 'commune'
      ? r.pick(['các chi bộ, đoàn thể', `UBND ${this.unit.lw} và các ban, ngành`])
      : r.pick(['các cấp ủy, chính quyền', `các phòng, ban, ngành và UBND ${this.subunits()}`, 'các cơ quan, đơn vị']);
    const items = tasks(this.scene, r.int(2, 4));
    const cites = refs.map((ref) => `${r.pick(['tiếp tục quán triệt và cụ thể hóa', 'thực hiện nghiêm', 'triển khai hiệu quả', 'bám sát'])} ${this.cite(ref)}`);
    const all = [...items];
    for (const ct of cites) all.splice(r.int(0, all.length), 0, ct);
    return `${verb} ${who} ${all.join('; ')}${r.chance(0.3) ? this.distractorLite() : ''}.`;
  }

  private distractorLite(): string {
    return this.rng.pick([`, phấn đấu hoàn thành trước ngày 31/12/${this.y}`, ', bảo đảm đúng tiến độ đề ra', '']);
  }

  // ---- documents ----------------------------------------------------------------------------

  /** Documents a report of this unit can cite on this day, the topical ones first. */
  docs(topics: readonly Topic[], k: number, opts: { local?: boolean; national?: boolean } = {}): DocRef[] {
    const day = this.day;
    const cands: (readonly [() => DocRef, number])[] = [];
    if (opts.national !== false) {
      for (const def of NATIONAL_DOCS) {
        if (day < def.from || day > def.until) continue;
        if (def.province && (def.province !== this.province.code || this.hidden)) continue;
        if (def.districts && this.scope !== 'province' && !(this.district && def.districts.includes(this.district.code))) continue;
        if (def.group && def.number !== '19-NQ/TW' && def.number !== '21-NQ/TW') continue;
        const w = def.topics.some((t) => topics.includes(t)) ? 6 : def.province ? 2 : 0.4;
        cands.push([() => nationalRef(def), w]);
      }
    }
    if (opts.local !== false) {
      for (const [spec, unit] of this.localDocs()) {
        if (spec.date > day - 6) continue;
        if (spec.districts && !(this.district && spec.districts.includes(this.district.code))) continue;
        const age = day - spec.date;
        const yearly = spec.yearly;
        if (age > (yearly ? 420 : 5 * 365)) continue;
        const w = (spec.topics.some((t) => topics.includes(t)) ? 4 : 1) * (yearly ? 1.5 : 1);
        cands.push([() => localRef(spec, unit), w]);
      }
    }
    const out: DocRef[] = [];
    for (let i = 0; i < k && cands.length > 0; i++) {
      const make = this.facts.weighted(cands);
      out.push(make());
      cands.splice(cands.findIndex(([x]) => x === make), 1);
    }
    return out;
  }

  private localDocs(): [LocalDocSpec, UnitInfo][] {
    const out: [LocalDocSpec, UnitInfo][] = [];
    if (this.district && this.dInfo) {
      const key = `${this.seed}/d/${this.district.code}`;
      let list = docCache.get(key);
      if (!list) {
        list = districtDocs(this.seed, this.district.code, units().districtAny(this.district.code).type);
        docCache.set(key, list);
      }
      // party documents only while the unit has the HU / QU code
      const party = this.dInfo.lw === 'huyện' || this.dInfo.lw === 'quận';
      for (const s of list) if (party || !s.number.includes('-')) out.push([s, this.dInfo]);
    }
    if (!this.hidden || this.scope === 'province') {
      const key = `${this.seed}/p/${this.province.code}`;
      let list = docCache.get(key);
      if (!list) {
        list = provinceDocs(this.seed, this.province.code);
        docCache.set(key, list);
      }
      for (const s of list) out.push([s, this.pInfo]);
    }
    return out;
  }

  cite(ref: DocRef): string {
    if (this.c.cited(ref.number)) return this.c.again(ref);
    return this.c.cite(ref);
  }
}

function lowerFirst(s: string): string {
  const second = s.charAt(1);
  if (second && second !== second.toUpperCase() && !/^(Đảng|Nhân dân|Mặt trận|Chương trình|Nghị quyết|Đề án)/.test(s)) return s.charAt(0).toLowerCase() + s.slice(1);
  return s;
}
