// Record + facts of one report → the rows the ingest Cypher writes (pure: no I/O, no driver).
// Keys follow docs/graph-model.md. Persons and numbered documents are not given their final keys
// here: that needs the graph (src/graph/resolve.ts), so rows refer to mentions and documents by
// index into this report's lists.
import { createHash } from 'node:crypto';
import type { Evidence, Fact, FullExtraction } from '../extract/record.ts';
import { asciiFold, foldName } from '../extract/normalize.ts';
import { unitVersions, type Unit } from '../gazetteer/index.ts';
import { adminUnitKey, describeBody, pickVersion, resolveReportPlace, type BodyInfo, type PlaceContext } from './places.ts';

export interface ReportSource {
  /** Report id: content hash (see reportId). */
  id: string;
  /** The input's own name: the file name without extension, or the JSON line's id. */
  name: string;
  /** The file it came from (`file:line` for JSON lines, `<stdin>`). */
  sourceFile: string;
  url: string | null;
  source: string | null;
}

export interface ReportRow {
  id: string;
  name: string;
  url: string | null;
  source: string | null;
  title: string | null;
  publishedAt: string | null;
  authors: string[];
  sourceFile: string;
  district: string | null;
  province: string | null;
  commune: string | null;
}
export interface BodyRow { key: string; name: string; kind: string; level: string | null; unitKey: string | null }
export interface BodyParentRow { child: string; parent: string }
export interface PostRow { key: string; title: string; bodyKey: string | null }
export interface EvidenceRow { key: string; reportId: string; rule: string; quote: string; start: number; end: number }
export interface MentionRow {
  name: string;
  /** foldName(name): NFC, one tone placement, lower case, single spaces. */
  nameKey: string;
  /** asciiFold(name): accent-free. */
  normName: string;
  districtCode: string | null;
  provinceCode: string | null;
  /** AdminUnit key of the person's place scope (district, else province). */
  unitKey: string | null;
  /** Where the scope came from: 'positions' or 'report' (or null when none). */
  scopeFrom: 'positions' | 'report' | null;
  evidence: string[];
}
export interface TenureRow { mention: number; postKey: string; title: string; from: string | null; to: string | null; evidence: string[] }
export interface EventRow {
  id: string;
  reportId: string;
  index: number;
  kind: string;
  title: string | null;
  date: string | null;
  partOfDay: string | null;
  location: string | null;
  unitKey: string | null;
}
export interface OrganizerRow { bodyKey: string; eventId: string; reportId: string; rule: string; quote: string; start: number; end: number }
export interface ParticipationRow { mention: number; eventId: string; role: 'chair' | 'speaker' | 'attendee'; evidence: string[] }
export interface DocumentRow {
  /** "no:NUMBER" for numbered documents (the date is added on a clash, see resolve.ts); "t:type|issuer|title" otherwise. */
  baseKey: string;
  numbered: boolean;
  type: string;
  number: string | null;
  date: string | null;
  issuer: string | null;
  issuerKey: string | null;
  title: string | null;
}
export interface CitationRow { doc: number; eventId: string | null; eventRef: string; evidence: string[] }

export interface ReportRows {
  report: ReportRow;
  bodies: BodyRow[];
  bodyParents: BodyParentRow[];
  posts: PostRow[];
  evidence: EvidenceRow[];
  mentions: MentionRow[];
  tenures: TenureRow[];
  events: EventRow[];
  organizers: OrganizerRow[];
  participations: ParticipationRow[];
  documents: DocumentRow[];
  citations: CitationRow[];
}

const sha16 = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/**
 * The Report id: sha256 of the NFC text (16 hex), as docs/graph-model.md says. Metadata that
 * changes what is extracted (a sidecar or JSON-line url, date, place, title) is part of the
 * content, so when present it is hashed with the text.
 */
export function reportId(text: string, meta: Record<string, unknown> = {}): string {
  const keys = Object.keys(meta).filter((k) => meta[k] !== undefined && meta[k] !== null).sort();
  const nfc = text.normalize('NFC');
  if (keys.length === 0) return sha16(nfc);
  return sha16(`${nfc}\u0000${JSON.stringify(keys.map((k) => [k, meta[k]]))}`);
}

/** Person id: hash of the folded name and the place scope (district code, else province code). */
export function personId(nameKey: string, districtCode: string | null, provinceCode: string | null): string {
  const scope = districtCode ? `d:${districtCode}` : provinceCode ? `p:${provinceCode}` : '-';
  return sha16(`${nameKey}|${scope}`);
}

/** Document number as a key: spaces removed, upper case, dashes folded. */
export function normalizeNumber(n: string): string {
  return n.normalize('NFC').replace(/\s+/g, '').replace(/[\u2010-\u2015\u2212]/g, '-').toUpperCase();
}

export function documentBaseKey(d: { type: string; number: string | null; issuer: string | null; title: string | null }): string {
  if (d.number) return `no:${normalizeNumber(d.number)}`;
  return `t:${foldName(d.type)}|${foldName(d.issuer ?? '')}|${foldName(d.title ?? '')}`;
}

export const evidenceKey = (reportId: string, e: Evidence): string => `${reportId}:${e.start}-${e.end}:${e.rule}`;
export const postKey = (title: string, bodyKey: string | null): string => `${foldName(title)}|${bodyKey ?? ''}`;
export const eventId = (reportId: string, index: number): string => `${reportId}#${index}`;

const EVENT_KINDS: [RegExp, string][] = [
  [/kỳ họp|kì họp/u, 'kỳ họp'],
  [/phiên họp|phiên giải trình/u, 'phiên họp'],
  [/đại hội/u, 'đại hội'],
  [/hội nghị|hội thảo|tọa đàm|giao ban/u, 'hội nghị'],
  [/(?:^|[^\p{L}])lễ(?![\p{L}])/u, 'lễ'],
  [/làm việc/u, 'làm việc'],
];

/** The kind of an event from its title: the earliest kind word in it. */
export function eventKind(title: string | null): string {
  if (!title) return 'other';
  const t = foldName(title);
  let best: { at: number; kind: string } | null = null;
  for (const [re, kind] of EVENT_KINDS) {
    const m = re.exec(t);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, kind };
  }
  return best?.kind ?? 'other';
}

const fullDate = (d: string | null | undefined): string | null => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null);

/** The date a report is about, for picking unit versions: its first dated event, else its posting date. */
export function reportDate(full: FullExtraction): string | null {
  const ev = full.record.events.find((e) => e.date)?.date ?? null;
  if (ev) return ev;
  const p = full.record.report.publishedAt;
  if (p && /^\d{4}-\d{2}$/.test(p)) return `${p}-15`;
  return fullDate(p);
}

/** Maps one report's extraction to rows. Throws only on a programming error. */
export function reportRows(src: ReportSource, full: FullExtraction): ReportRows {
  const { record, facts } = full;
  const rid = src.id;
  const date = reportDate(full);
  const place = resolveReportPlace(record.report.place, date);
  const ctx: PlaceContext = { provinceCode: place.province?.code ?? null, districtCode: place.district?.code ?? null, date };

  const report: ReportRow = {
    id: rid,
    name: src.name,
    url: src.url,
    source: src.source,
    title: record.report.title,
    publishedAt: record.report.publishedAt,
    authors: record.report.authors,
    sourceFile: src.sourceFile,
    district: record.report.place.district,
    province: record.report.place.province,
    commune: record.report.place.commune ?? null,
  };

  // evidence, shared by every fact stated in the same sentence by the same rule
  const evidence = new Map<string, EvidenceRow>();
  const ev = (e: Evidence): string => {
    const key = evidenceKey(rid, e);
    if (!evidence.has(key)) evidence.set(key, { key, reportId: rid, rule: e.rule, quote: e.quote, start: e.start, end: e.end });
    return key;
  };
  const factsOf = (kind: Fact['kind']) => facts.filter((f) => f.kind === kind);

  // bodies (with their parents), memoized by name
  const bodies = new Map<string, BodyRow>();
  const bodyParents = new Map<string, BodyParentRow>();
  const bodyInfo = new Map<string, BodyInfo>();
  const body = (name: string): BodyInfo => {
    let info = bodyInfo.get(name);
    if (info) return info;
    info = describeBody(name, ctx);
    bodyInfo.set(name, info);
    if (!bodies.has(info.key)) {
      bodies.set(info.key, { key: info.key, name: info.name, kind: info.kind, level: info.level, unitKey: info.unit ? adminUnitKey(info.unit) : null });
    }
    if (info.parent) {
      const parent = body(info.parent);
      if (parent.key !== info.key) bodyParents.set(`${info.key}>${parent.key}`, { child: info.key, parent: parent.key });
    }
    return info;
  };

  // events
  const events: EventRow[] = record.events.map((e, index) => {
    const orgUnit = e.organizers.map((o) => body(o).unit).find((u): u is Unit => u !== null) ?? null;
    const unit = orgUnit ?? place.commune ?? place.district ?? place.province;
    return {
      id: eventId(rid, index),
      reportId: rid,
      index,
      kind: eventKind(e.title ?? record.report.title),
      title: e.title,
      date: e.date,
      partOfDay: e.partOfDay,
      location: e.location,
      unitKey: unit ? adminUnitKey(unit) : null,
    };
  });

  const titleFact = facts.find((f) => f.kind === 'title');
  const organizers: OrganizerRow[] = [];
  record.events.forEach((e, i) => {
    for (const o of e.organizers) {
      const b = body(o);
      const f = facts.find((x) => x.kind === 'organizer' && x.event === i && x.subject === o);
      const evd = f?.evidence ?? (titleFact ? { ...titleFact.evidence, rule: 'organizer.from-title' } : { rule: 'organizer.from-title', start: 0, end: 0, quote: e.title ?? '' });
      organizers.push({ bodyKey: b.key, eventId: events[i]!.id, reportId: rid, rule: evd.rule, quote: evd.quote, start: evd.start, end: evd.end });
    }
  });

  // people: place scope from the bodies of their positions, else the report's place
  const mentions: MentionRow[] = [];
  const tenures: TenureRow[] = [];
  const posts = new Map<string, PostRow>();
  const participations: ParticipationRow[] = [];
  const personFacts = factsOf('person');
  const positionFacts = factsOf('position');
  const firstDated = record.events.find((e) => e.date)?.date ?? null;

  record.people.forEach((p, mi) => {
    const infos = p.positions.map((pos) => (pos.body ? body(pos.body) : null));
    const districts: string[] = [];
    const provinces: string[] = [];
    for (const info of infos) {
      const u = info?.unit;
      if (!u) continue;
      if (u.level === 'district') districts.push(u.code);
      else if (u.level === 'commune' && u.districtCode) districts.push(u.districtCode);
      provinces.push(u.provinceCode);
    }
    let districtCode: string | null = null;
    let provinceCode: string | null = null;
    let unitKey: string | null = null;
    let scopeFrom: MentionRow['scopeFrom'] = null;
    if (districts.length) {
      districtCode = mostFrequent(districts);
      provinceCode = versionOf(districtCode!, date)?.provinceCode ?? mostFrequent(provinces);
      unitKey = versionKey(districtCode!, date);
      scopeFrom = 'positions';
    } else if (provinces.length) {
      provinceCode = mostFrequent(provinces);
      unitKey = versionKey(provinceCode!, date);
      scopeFrom = 'positions';
    } else if (place.district || place.province) {
      const u = place.district ?? place.province!;
      districtCode = place.district?.code ?? null;
      provinceCode = u.provinceCode;
      unitKey = adminUnitKey(u);
      scopeFrom = 'report';
    }
    const mine = personFacts.filter((f) => f.subject === p.name).map((f) => ev(f.evidence));
    mentions.push({
      name: p.name,
      nameKey: foldName(p.name),
      normName: asciiFold(p.name),
      districtCode,
      provinceCode,
      unitKey,
      scopeFrom,
      evidence: uniq(mine),
    });

    // when the person was seen holding the posts: the dates of their events, else the report's
    const own = record.events.filter((e) => e.date && (e.chairs.includes(p.name) || e.speakers.includes(p.name) || e.attendees.includes(p.name))).map((e) => e.date!);
    const seen = own.length ? own : firstDated ? [firstDated] : fullDate(record.report.publishedAt) ? [record.report.publishedAt!] : [];
    const from = seen.length ? seen.reduce((a, b) => (a < b ? a : b)) : null;
    const to = seen.length ? seen.reduce((a, b) => (a > b ? a : b)) : null;
    const myPositions = positionFacts.filter((f) => f.subject === p.name);
    p.positions.forEach((pos, k) => {
      const info = infos[k] ?? null;
      const key = postKey(pos.title, info?.key ?? null);
      if (!posts.has(key)) posts.set(key, { key, title: pos.title, bodyKey: info?.key ?? null });
      const exact = myPositions.filter((f) => f.object === `${pos.title}|${pos.body ?? ''}`);
      const partial = exact.length ? exact : myPositions.filter((f) => {
        const [t, b] = splitPosition(f.object);
        return t === pos.title && (pos.body === null || b === '' || pos.body.startsWith(b));
      });
      const byTitle = partial.length ? partial : myPositions.filter((f) => splitPosition(f.object)[0] === pos.title);
      const keys = byTitle.length ? byTitle.map((f) => ev(f.evidence)) : mine;
      tenures.push({ mention: mi, postKey: key, title: pos.title, from, to, evidence: uniq(keys) });
    });

    // participation
    record.events.forEach((e, i) => {
      for (const role of ['chair', 'speaker', 'attendee'] as const) {
        const list = role === 'chair' ? e.chairs : role === 'speaker' ? e.speakers : e.attendees;
        if (!list.includes(p.name)) continue;
        const rf = facts.filter((f) => f.kind === role && f.subject === p.name);
        const here = rf.filter((f) => f.event === i);
        const keys = (here.length ? here : rf).map((f) => ev(f.evidence));
        participations.push({ mention: mi, eventId: events[i]!.id, role, evidence: uniq(keys.length ? keys : mine) });
      }
    });
  });

  // documents and their citations
  const documents: DocumentRow[] = record.documents.map((d) => {
    const issuer = d.issuer ? body(d.issuer) : null;
    return {
      baseKey: documentBaseKey(d),
      numbered: d.number !== null,
      type: d.type,
      number: d.number ? d.number.replace(/\s+/g, '') : null,
      date: d.date,
      issuer: d.issuer,
      issuerKey: issuer?.key ?? null,
      title: d.title,
    };
  });
  const docIndex = (subject: string | null): number => {
    if (!subject) return -1;
    const n = normalizeNumber(subject);
    const byNumber = record.documents.findIndex((d) => d.number !== null && normalizeNumber(d.number) === n);
    if (byNumber >= 0) return byNumber;
    const t = foldName(subject);
    return record.documents.findIndex((d) => d.number === null && d.title !== null && foldName(d.title) === t);
  };
  const citations = new Map<string, CitationRow>();
  const docFacts = factsOf('document');
  for (const f of factsOf('citation')) {
    const di = docIndex(f.subject);
    if (di < 0) continue;
    const ei = f.event !== null && f.event >= 0 && f.event < events.length ? f.event : null;
    const ref = ei === null ? '-' : String(ei);
    const k = `${di}|${ref}`;
    const c = citations.get(k) ?? { doc: di, eventId: ei === null ? null : events[ei]!.id, eventRef: ref, evidence: [] };
    citations.set(k, c);
    c.evidence.push(ev(f.evidence));
    for (const d of docFacts) {
      if (d.evidence.start === f.evidence.start && d.evidence.end === f.evidence.end && d.subject === f.subject) c.evidence.push(ev(d.evidence));
    }
  }
  record.documents.forEach((d, di) => {
    if ([...citations.values()].some((c) => c.doc === di)) return;
    const df = docFacts.filter((f) => docIndex(f.subject) === di).map((f) => ev(f.evidence));
    citations.set(`${di}|-`, { doc: di, eventId: null, eventRef: '-', evidence: df });
  });
  for (const c of citations.values()) c.evidence = uniq(c.evidence);

  return {
    report,
    bodies: [...bodies.values()],
    bodyParents: [...bodyParents.values()],
    posts: [...posts.values()],
    evidence: [...evidence.values()],
    mentions,
    tenures,
    events,
    organizers,
    participations,
    documents,
    citations: [...citations.values()],
  };
}

function splitPosition(object: string | null): [string, string] {
  const s = object ?? '';
  const bar = s.indexOf('|');
  return bar < 0 ? [s, ''] : [s.slice(0, bar), s.slice(bar + 1)];
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function mostFrequent(xs: string[]): string | null {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [x, c] of counts) if (c > n) { best = x; n = c; }
  return best;
}

function versionOf(code: string, date: string | null): Unit | null {
  return pickVersion(unitVersions(code), date);
}

function versionKey(code: string, date: string | null): string {
  const u = versionOf(code, date);
  return u ? adminUnitKey(u) : `${code}@start`;
}
