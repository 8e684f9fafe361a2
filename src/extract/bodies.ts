// Canonical body names (SCHEMA.md) from parsed body references and the report's place, and
// the positions a chain of titles gives a person.
import type { Level } from './lexicon.ts';
import type { BodyRef, Chain, ChainItem } from './grammar.ts';

export interface PlaceContext {
  province?: string | undefined;
  /** "thành phố" when the province is a centrally-run city */
  provinceType?: string | undefined;
  district?: string | undefined;
  districtType?: string | undefined;
  commune?: string | undefined;
  communeType?: string | undefined;
}

const DISTRICT_LEVELS: Level[] = ['huyện', 'quận', 'thị xã', 'thành phố'];
const COMMUNE_LEVELS: Level[] = ['xã', 'phường', 'thị trấn', 'đặc khu'];

/** The place of a level, filled from the report when the text omits it. */
function fill(level: Level | undefined, place: string | undefined, ctx: PlaceContext): string | undefined {
  if (place) return place;
  if (!level) return undefined;
  if (level === 'tỉnh') return ctx.province;
  if (level === 'thành phố') {
    if (ctx.districtType === 'thành phố') return ctx.district;
    if (ctx.provinceType === 'thành phố' && !ctx.district) return ctx.province;
    return undefined;
  }
  if (DISTRICT_LEVELS.includes(level)) return ctx.districtType === level ? ctx.district : undefined;
  if (COMMUNE_LEVELS.includes(level)) return ctx.communeType === level ? ctx.commune : undefined;
  return undefined;
}

/** The non-empty parts joined with spaces. */
function join(a: string | undefined, b?: string | undefined, c?: string | undefined, d?: string | undefined): string {
  let out = '';
  for (const p of [a, b, c, d]) if (p) out = out ? `${out} ${p}` : p;
  return out;
}

const COMMITTEE_BY_LEVEL: Partial<Record<Level, string>> = { 'tỉnh': 'Tỉnh ủy', 'huyện': 'Huyện ủy', 'thị xã': 'Thị ủy', 'thành phố': 'Thành ủy', 'quận': 'Quận ủy' };

/** The party committee of a level ("huyện" -> "Huyện ủy X", "xã" -> "Đảng ủy xã X"). */
export function committeeOf(level: Level | undefined, place: string | undefined, ctx: PlaceContext): string | null {
  if (!level) return null;
  const head = COMMITTEE_BY_LEVEL[level];
  if (head) return join(head, fill(level, place, ctx));
  if (COMMUNE_LEVELS.includes(level)) return join('Đảng ủy', level, fill(level, place, ctx));
  return null;
}

/** The committee of the report's own level, for titles whose body the text leaves out. */
export function defaultCommittee(ctx: PlaceContext): string | null {
  if (ctx.commune && ctx.communeType) return join('Đảng ủy', ctx.communeType, ctx.commune);
  if (ctx.district && ctx.districtType) return committeeOf(ctx.districtType as Level, ctx.district, ctx);
  if (ctx.province) return join('Tỉnh ủy', ctx.province);
  return null;
}

/** The level word of the report's own unit. */
export function reportLevel(ctx: PlaceContext): Level | undefined {
  if (ctx.commune && ctx.communeType) return ctx.communeType as Level;
  if (ctx.district && ctx.districtType) return ctx.districtType as Level;
  if (ctx.province) return 'tỉnh';
  return undefined;
}

export function renderBody(ref: BodyRef, ctx: PlaceContext): string {
  switch (ref.kind) {
    case 'national':
      return ref.head;
    case 'committee': {
      if (ref.level === 'commune') {
        if (ctx.commune && ctx.communeType) return join('Đảng ủy', ctx.communeType, ctx.commune);
        return 'Đảng ủy';
      }
      if (ref.head === 'Đảng ủy') return join('Đảng ủy', ref.level, fill(ref.level, ref.place, ctx));
      return join(ref.head, fill(ref.level, ref.place, ctx));
    }
    case 'organ': {
      const owner = ref.owner ? renderBody(ref.owner, ctx) : defaultCommittee(ctx);
      return join(ref.head, owner ?? undefined);
    }
    case 'bch':
      return join('Ban Chấp hành Đảng bộ', ref.level, fill(ref.level, ref.place, ctx));
    case 'partyorg':
      return join('Đảng bộ', ref.level, fill(ref.level, ref.place, ctx));
    case 'state': {
      // a council or committee written without its level is the report's own ("Chủ tịch HĐND" in a commune report)
      const level = ref.level ?? (ref.head === 'Đoàn Đại biểu Quốc hội' ? 'tỉnh' : reportLevel(ctx));
      return join(ref.head, level, fill(level, ref.place, ctx));
    }
    case 'board':
      return join(ref.head, ref.owner ? renderBody(ref.owner, ctx) : undefined);
    case 'agency': {
      if (ref.level) return join(ref.head, ref.level, fill(ref.level, ref.place, ctx));
      const lower = ref.head.toLowerCase();
      if (lower.startsWith('phòng ') && ctx.district && ctx.districtType) return join(ref.head, ctx.districtType, ctx.district);
      if (lower.startsWith('sở ') && ctx.province) return join(ref.head, ctx.provinceType === 'thành phố' ? 'thành phố' : 'tỉnh', ctx.province);
      return ref.head;
    }
  }
}

/** The level of a body, used to find the committee a membership title refers to. */
function levelOf(ref: BodyRef | undefined): { level: Level | undefined; place: string | undefined } | null {
  if (!ref) return null;
  if (ref.kind === 'organ' || ref.kind === 'board') return levelOf(ref.owner);
  if (ref.kind === 'committee' || ref.kind === 'state' || ref.kind === 'bch' || ref.kind === 'partyorg') return { level: ref.level, place: ref.place };
  return null;
}

function committeeOfBody(ref: BodyRef | undefined, ctx: PlaceContext): string | null {
  if (!ref) return null;
  if (ref.kind === 'committee') return renderBody(ref, ctx);
  if (ref.kind === 'organ' || ref.kind === 'board') return ref.owner ? committeeOfBody(ref.owner, ctx) : defaultCommittee(ctx);
  if (ref.kind === 'bch' || ref.kind === 'partyorg' || ref.kind === 'state') {
    const l = levelOf(ref);
    return l ? committeeOf(l.level, l.place, ctx) : null;
  }
  return null;
}

const PARTY_TITLES = new Set(['Bí thư', 'Phó Bí thư', 'Phó Bí thư Thường trực']);

export interface ResolvedPosition {
  title: string;
  body: string | null;
  former: boolean;
  rule: string;
}

/** Positions from one chain: each item's title with its body, bodies borrowed from neighbours where the text leaves them out. */
export function resolveChain(chain: Chain, ctx: PlaceContext): ResolvedPosition[] {
  const items = chain.items;
  const out: ResolvedPosition[] = [];
  for (let idx = 0; idx < items.length; idx++) {
    const it = items[idx]!;
    out.push({ title: it.title, body: resolveItem(it, items, idx, ctx), former: it.former, rule: `position.${it.entry.body.split(':')[0]}` });
  }
  return out;
}

function neighbourLevel(items: readonly ChainItem[], idx: number): { level: Level | undefined; place: string | undefined } | null {
  for (let d = 1; d < items.length; d++) {
    for (const k of [idx + d, idx - d]) {
      const l = levelOf(items[k]?.body);
      if (l && l.level && l.level !== 'commune') return l;
    }
  }
  return null;
}

function resolveItem(it: ChainItem, items: readonly ChainItem[], idx: number, ctx: PlaceContext): string | null {
  const rule = it.entry.body;
  if (rule.startsWith('fixed:')) return rule.slice('fixed:'.length);
  if (rule === 'province-committee') return ctx.province ? `Tỉnh ủy ${ctx.province}` : 'Tỉnh ủy';
  if (rule === 'district-committee') return committeeOf(ctx.districtType as Level | undefined ?? 'huyện', ctx.district, ctx) ?? 'Huyện ủy';
  if (rule === 'city-committee') return ctx.districtType === 'thành phố' && ctx.district ? `Thành ủy ${ctx.district}` : 'Thành ủy';
  if (rule === 'committee') {
    const own = committeeOfBody(it.body, ctx);
    if (own) return own;
    for (let k = idx + 1; k < items.length; k++) {
      const c = committeeOfBody(items[k]!.body, ctx);
      if (c) return c;
    }
    return defaultCommittee(ctx);
  }
  // 'next': the body written after the title
  if (it.body) {
    const b = it.body;
    // a committee or council written without its level or place borrows them from a neighbour ("Bí thư Đảng ủy, Chủ tịch HĐND xã A")
    if ((b.kind === 'committee' && b.level === 'commune') || (b.kind === 'state' && !b.level)) {
      const n = neighbourLevel(items, idx);
      if (n && n.level) {
        if (b.kind === 'committee') return committeeOf(n.level, n.place, ctx) ?? renderBody(b, ctx);
        return join(b.head, n.level, fill(n.level, n.place, ctx));
      }
    }
    if (b.kind === 'state' && b.level && !b.place) {
      const n = neighbourLevel(items, idx);
      if (n && n.level === b.level && n.place) return join(b.head, b.level, n.place);
    }
    if (b.kind === 'committee' && !b.place && b.level !== 'commune') {
      const n = neighbourLevel(items, idx);
      if (n && n.place && COMMITTEE_BY_LEVEL[n.level as Level] === b.head) return join(b.head, n.place);
    }
    return renderBody(b, ctx);
  }
  // no body: a party title takes the committee of the neighbour's level; others the neighbour's body
  const n = neighbourLevel(items, idx);
  if (PARTY_TITLES.has(it.title)) {
    if (n) return committeeOf(n.level, n.place, ctx) ?? defaultCommittee(ctx);
    return defaultCommittee(ctx);
  }
  return null;
}
