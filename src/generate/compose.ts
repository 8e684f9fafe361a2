// Writing one report: every person, title, role and citation put into the text is recorded
// at the same moment in the gold record, so the gold is right by construction.
import { isoDay, longDate, slashDate, type Day } from './calendar.ts';
import { NATIONAL_BY_NUMBER, localIssuer, type DocCore, type DocDef, type LocalDocSpec } from './documents.ts';
import { canonical, positionKey, titleChain, type ChainOptions, type Position } from './orgs.ts';
import type { Rng } from './prng.ts';
import type { UnitInfo } from './units.ts';
import type { Person, Role } from './world.ts';

export interface GoldPosition { title: string; body: string | null }
export interface GoldPerson { name: string; positions: GoldPosition[] }
export interface GoldEvent {
  title: string | null;
  date: string | null;
  partOfDay: 'morning' | 'afternoon' | 'evening' | null;
  location: string | null;
  organizers: string[];
  chairs: string[];
  speakers: string[];
  attendees: string[];
}
export interface GoldDocument { type: string; number: string | null; date: string | null; issuer: string | null; title: string | null }

/** How this report writes people and titles. */
export interface ReportStyle {
  /** between a name and its titles */
  nameSep: string;
  /** between two titles of one person */
  titleSep: string;
  honor: 'dongchi' | 'dc' | 'ongba' | 'mixed';
  abbrev: boolean;
  /** probability that a title carries its place */
  placeRate: number;
  longNames: boolean;
  shareCommittee: boolean;
  shareCommuneLevel: boolean;
  /** probability of "Bí thư Huyện ủy Lê Văn Sơn" instead of "đồng chí Lê Văn Sơn, Bí thư Huyện ủy" */
  titleFirst: number;
}

export function drawStyle(rng: Rng): ReportStyle {
  const [nameSep, titleSep] = rng.weighted<[string, string]>([
    [[', ', ', '], 70], [[' - ', ' - '], 9], [[' – ', ' – '], 8], [[' – ', ', '], 7], [[' - ', ', '], 6],
  ]);
  return {
    nameSep, titleSep,
    honor: rng.weighted([['dongchi', 62], ['dc', 14], ['ongba', 12], ['mixed', 12]]),
    abbrev: rng.chance(0.05),
    placeRate: rng.weighted([[0, 55], [0.15, 30], [0.6, 15]]),
    longNames: rng.chance(0.04),
    shareCommittee: rng.chance(0.5),
    shareCommuneLevel: rng.chance(0.6),
    titleFirst: rng.weighted([[0, 60], [0.25, 28], [0.6, 12]]),
  };
}

/** Which of a role's titles a mention shows. */
export type Show = 'all' | 'main' | 'noMembership' | readonly Position[];

const MEMBERSHIP = new Set(['Tỉnh ủy viên', 'Ủy viên Ban Thường vụ', 'Ủy viên Trung ương Đảng', 'Ủy viên Ban Chấp hành']);

export class EventBuilder {
  readonly gold: GoldEvent;
  constructor(title: string, day: Day, partOfDay: GoldEvent['partOfDay'], location: string | null) {
    this.gold = { title, date: isoDay(day), partOfDay, location, organizers: [], chairs: [], speakers: [], attendees: [] };
  }
  organizer(body: string): void { if (!this.gold.organizers.includes(body)) this.gold.organizers.push(body); }
  chair(p: Person): void { if (!this.gold.chairs.includes(p.name)) this.gold.chairs.push(p.name); }
  speaker(p: Person): void { if (!this.gold.speakers.includes(p.name)) this.gold.speakers.push(p.name); }
  attendee(p: Person): void {
    if (this.gold.chairs.includes(p.name)) throw new Error(`generate: chair ${p.name} listed as attendee`);
    if (!this.gold.attendees.includes(p.name)) this.gold.attendees.push(p.name);
  }
}

/** A document as one report refers to it. */
export interface DocRef extends DocCore {
  /** "number/TYPE-ISSUER" (a slash after the number), where stray spaces creep in */
  readonly stateNumber: boolean;
}

export function nationalRef(def: DocDef): DocRef {
  return {
    type: def.type, number: def.number, date: def.date, issuer: def.issuer, issuerText: def.issuerText, issuerFromCode: def.issuerFromCode,
    subject: def.subject, short: def.short, stateNumber: def.number.includes('/') && !def.number.includes('-NQ/') && !def.number.includes('-CT/') && !def.number.includes('-KL/'),
    ...(def.lawName ? { lawName: def.lawName } : {}), ...(def.undated ? { undated: true } : {}), ...(def.embeds ? { embeds: def.embeds } : {}),
  };
}

export function localRef(spec: LocalDocSpec, unit: UnitInfo): DocRef {
  const issuer = localIssuer(spec, unit);
  const shortNumber = `${spec.type} số ${spec.number}`;
  return {
    type: spec.type, number: spec.number, date: spec.date, issuer: issuer.canonical, issuerText: [issuer.text], issuerFromCode: false,
    subject: spec.subject, short: [shortNumber], stateNumber: /^\d+\//.test(spec.number),
  };
}

export class Composer {
  private readonly people = new Map<string, { gold: GoldPerson; keys: Set<string> }>();
  private readonly docs = new Map<string, GoldDocument>();
  private readonly unnumberedDocs: GoldDocument[] = [];
  readonly events: EventBuilder[] = [];
  private readonly chainOpts: ChainOptions;

  constructor(readonly rng: Rng, readonly style: ReportStyle) {
    this.chainOpts = {
      place: false, abbrev: style.abbrev, longNames: style.longNames,
      shareCommittee: style.shareCommittee, shareCommuneLevel: style.shareCommuneLevel,
    };
  }

  // ---- people -------------------------------------------------------------------------

  private record(person: Person, positions: readonly Position[]): void {
    let entry = this.people.get(person.name);
    if (!entry) {
      entry = { gold: { name: person.name, positions: [] }, keys: new Set() };
      this.people.set(person.name, entry);
    }
    for (const pos of positions) {
      const gp = { title: pos.title, body: canonical(pos.org) };
      const key = positionKey(gp);
      if (!entry.keys.has(key)) {
        entry.keys.add(key);
        entry.gold.positions.push(gp);
      }
    }
  }

  /** Records a post the text gives someone without a title phrase (an election). */
  grant(person: Person, positions: readonly Position[]): void {
    this.record(person, positions);
  }

  positionsOf(role: Role, show: Show): readonly Position[] {
    if (show === 'all') return role.positions;
    if (show === 'main') return [role.main];
    if (show === 'noMembership') {
      const rest = role.positions.filter((p) => !MEMBERSHIP.has(p.title));
      return rest.length > 0 ? rest : role.positions;
    }
    return show;
  }

  /** The usual first-mention choice of titles. */
  drawShow(): Show {
    return this.rng.weighted<Show>([['all', 72], ['noMembership', 18], ['main', 10]]);
  }

  honor(person: Person, cap: boolean): string {
    const s = this.style.honor === 'mixed' ? this.rng.pick(['dongchi', 'dc', 'ongba'] as const) : this.style.honor;
    const h = s === 'dongchi' ? 'đồng chí' : s === 'dc' ? 'đ/c' : person.female ? 'bà' : 'ông';
    // dev10: a lower-case "đ/c" may open a sentence
    return cap && !(s === 'dc' && this.rng.chance(0.15)) ? h.charAt(0).toUpperCase() + h.slice(1) : h;
  }

  chain(positions: readonly Position[], sep = this.style.titleSep): string {
    const opts = { ...this.chainOpts, place: this.rng.chance(this.style.placeRate) };
    return titleChain(positions, sep, opts, this.rng);
  }

  /** "đồng chí Lê Văn Sơn, Bí thư Huyện ủy, Chủ tịch HĐND huyện" */
  full(role: Role, opts: { show?: Show; cap?: boolean; honor?: boolean } = {}): string {
    const positions = this.positionsOf(role, opts.show ?? 'all');
    this.record(role.person, positions);
    const h = opts.honor === false ? '' : `${this.honor(role.person, opts.cap ?? false)} `;
    return `${h}${role.person.name}${this.style.nameSep}${this.chain(positions)}`;
  }

  /** "Bí thư Huyện ủy Lê Văn Sơn" */
  titled(role: Role, show: Show = 'main'): string {
    const positions = this.positionsOf(role, show);
    this.record(role.person, positions);
    return `${this.chain(positions, ', ')} ${role.person.name}`;
  }

  /** Either form, by the report's habit. */
  mention(role: Role, opts: { show?: Show; cap?: boolean } = {}): string {
    if (this.rng.chance(this.style.titleFirst)) {
      const t = this.titled(role, opts.show === 'all' || opts.show === undefined ? this.rng.pick(['main', 'noMembership'] as const) : opts.show);
      return opts.cap ? t.charAt(0).toUpperCase() + t.slice(1) : t;
    }
    return this.full(role, opts);
  }

  /** "đồng chí Lê Văn Sơn" (the person must be titled elsewhere in the report) */
  name(role: Role, cap = false): string {
    this.record(role.person, []);
    return `${this.honor(role.person, cap)} ${role.person.name}`;
  }

  /** Chairs or guests in a list: "A, T; B, T" with honorifics as the report uses them. */
  list(roles: readonly Role[], opts: { colon?: boolean; honorEach?: boolean; show?: Show } = {}): string {
    const items = roles.map((r) => {
      const positions = this.positionsOf(r, opts.show ?? this.drawShow());
      this.record(r.person, positions);
      const h = opts.honorEach ? `${this.honor(r.person, false)} ` : '';
      return `${h}${r.person.name}${this.style.nameSep}${this.chain(positions)}`;
    });
    return items.join('; ');
  }

  /** "đồng chí A, đồng chí B – Phó Chủ tịch UBND huyện" or "các đồng chí A, B – …" (one shared title). */
  shared(roles: readonly Role[], position: Position): string {
    for (const r of roles) this.record(r.person, [position]);
    const title = this.chain([position]);
    const sep = this.rng.pick([' – ', ' - ', ', ']);
    if (this.rng.chance(0.5)) {
      return `${roles.map((r) => `${this.honor(r.person, false)} ${r.person.name}`).join(', ')}${sep}${title}`;
    }
    const names = roles.map((r) => r.person.name);
    const joined = names.length > 1 ? `${names.slice(0, -1).join(', ')}${this.rng.chance(0.5) ? ' và ' : ', '}${names[names.length - 1]}` : names[0];
    return `các đồng chí ${joined}${sep}${title}`;
  }

  personsGold(): GoldPerson[] {
    const out: GoldPerson[] = [];
    for (const { gold } of this.people.values()) {
      if (gold.positions.length === 0) throw new Error(`generate: ${gold.name} is never given a title`);
      out.push(gold);
    }
    return out;
  }

  // ---- documents ----------------------------------------------------------------------

  private docDate(day: Day): string {
    const r = this.rng.next();
    if (r < 0.12) return longDate(day);
    return slashDate(day, this.rng.chance(0.5), this.rng.chance(0.35));
  }

  private numberText(ref: DocRef): string {
    if (ref.stateNumber && this.rng.chance(0.04)) return ref.number.replace('/', '/ ');
    return ref.number;
  }

  private registerDoc(ref: DocRef, withDate: boolean, withSubject: boolean): void {
    let g = this.docs.get(ref.number);
    if (!g) {
      g = { type: ref.type, number: ref.number, date: null, issuer: ref.issuer, title: null };
      this.docs.set(ref.number, g);
    }
    if (withDate && !ref.undated) g.date = isoDay(ref.date);
    if (withSubject && g.title === null) g.title = ref.lawName ?? ref.subject;
    if (ref.lawName && g.title === null) g.title = ref.lawName;
  }

  cited(number: string): boolean {
    return this.docs.has(number);
  }

  /**
   * The first, full citation: "Nghị quyết số 58-NQ/TW ngày 05/8/2020 của Bộ Chính trị về …".
   * The date is left out sometimes (the gold then has none), the issuer only when its code
   * names it.
   */
  cite(ref: DocRef, opts: { date?: boolean; subject?: boolean } = {}): string {
    if (ref.lawName) {
      this.registerDoc(ref, false, true);
      return `${ref.lawName} số ${ref.number}`;
    }
    const withDate = opts.date ?? this.rng.chance(0.82);
    const withSubject = ref.subject !== null && (opts.subject ?? this.rng.chance(0.85));
    this.registerDoc(ref, withDate, withSubject);
    let s = `${ref.type} số ${this.numberText(ref)}`;
    if (withDate) s += `${this.rng.chance(0.06) ? ',' : ''} ngày ${this.docDate(ref.date)}`;
    if (!(ref.issuerFromCode && this.rng.chance(0.3))) s += ` của ${this.rng.pick(ref.issuerText)}`;
    if (withSubject && ref.subject) {
      s += ` ${ref.subject}`;
      if (ref.embeds) {
        const inner = NATIONAL_BY_NUMBER.get(ref.embeds);
        if (inner) this.registerDoc(nationalRef(inner), true, true);
      }
    }
    return s;
  }

  /** A later reference: the short name or the bare number. */
  again(ref: DocRef): string {
    if (!this.docs.has(ref.number)) return this.cite(ref);
    const s = this.rng.pick(ref.short);
    if (s.includes(ref.number)) this.registerDoc(ref, false, false);
    return s;
  }

  /** "các Nghị quyết số 18-NQ/TW, 19-NQ/TW, 20-NQ/TW và 21-NQ/TW ngày 16/6/2022 của …" */
  citeGroup(refs: readonly DocRef[]): string {
    const first = refs[0]!;
    for (const r of refs) this.registerDoc(r, true, false);
    const nums = refs.map((r) => r.number);
    const list = `${nums.slice(0, -1).join(', ')} và ${nums[nums.length - 1]}`;
    return `các ${first.type} số ${list} ngày ${this.docDate(first.date)} của ${this.rng.pick(first.issuerText)}`;
  }

  /** A resolution passed at the session, without a number (dev28). */
  unnumbered(doc: GoldDocument): void {
    this.unnumberedDocs.push(doc);
  }

  documentsGold(): GoldDocument[] {
    return [...this.docs.values(), ...this.unnumberedDocs];
  }
}
