// Entity resolution and batch assembly (pure). Given the rows of a batch of reports and what the
// graph already holds (persons with the same accent-free names, documents with the same keys),
// decides which person each mention is, which document each citation is, and returns the
// parameter lists of the ingest Cypher (cypher/ingest-write.cypher).
// Ingest is one writer: the batch is resolved report by report, in input order, so that a rerun
// after an interruption decides exactly as an uninterrupted run.
import type { ReportRows, ReportRow, BodyRow, BodyParentRow, PostRow, EvidenceRow, EventRow, OrganizerRow, DocumentRow } from './rows.ts';
import { personId } from './rows.ts';

export interface PersonCandidate {
  id: string;
  name: string;
  nameKey: string;
  districtCode: string | null;
  provinceCode: string | null;
}

export interface PersonMention {
  name: string;
  nameKey: string;
  districtCode: string | null;
  provinceCode: string | null;
}

export interface PersonResolution {
  /** The person's id: an existing person's, or a new one's. */
  id: string;
  /** The existing person the mention was resolved to, or null for a new person. */
  match: PersonCandidate | null;
  /** Why the mention is that person (null for a new person). */
  reason: string | null;
}

/**
 * One person across reports when the folded names match and the places are compatible: the same
 * district, or the same province where one side has no district. The same name in unrelated
 * places (or with no place on one side only) stays two people.
 */
export function resolvePerson(m: PersonMention, candidates: readonly PersonCandidate[]): PersonResolution {
  const same = candidates.filter((c) => c.nameKey === m.nameKey);
  let match: PersonCandidate | null = null;
  let reason: string | null = null;
  if (m.districtCode) {
    match = same.find((c) => c.districtCode === m.districtCode) ?? null;
    if (match) reason = 'same name, same district';
    else {
      match = same.find((c) => !c.districtCode && c.provinceCode !== null && c.provinceCode === m.provinceCode) ?? null;
      if (match) reason = 'same name, same province, one side without district';
    }
  } else if (m.provinceCode) {
    match = same.find((c) => !c.districtCode && c.provinceCode === m.provinceCode) ?? null;
    if (match) reason = 'same name, same province';
    else {
      const inProvince = same.filter((c) => c.districtCode && c.provinceCode === m.provinceCode);
      // several people of that name in the province's districts: which one is unknowable
      if (inProvince.length === 1) {
        match = inProvince[0]!;
        reason = 'same name, same province, one side without district';
      }
    }
  } else {
    match = same.find((c) => !c.districtCode && !c.provinceCode) ?? null;
    if (match) reason = 'same name, no place on either side';
  }
  if (match && reason && match.name !== m.name) reason += `; spelling "${m.name}" of "${match.name}"`;
  return match ? { id: match.id, match, reason } : { id: personId(m.nameKey, m.districtCode, m.provinceCode), match: null, reason: null };
}

/**
 * The key of a document: numbered documents by their number; a second document with the same
 * number and a different date (numbers restart each term) gets "@date". `known` maps the base
 * keys already used (in the graph or earlier in the batch) to their dates, and is updated.
 */
export function documentKey(d: Pick<DocumentRow, 'baseKey' | 'numbered' | 'date'>, known: Map<string, string | null>): string {
  if (!d.numbered) return d.baseKey;
  if (!known.has(d.baseKey)) {
    known.set(d.baseKey, d.date);
    return d.baseKey;
  }
  const date = known.get(d.baseKey) ?? null;
  if (date === null || d.date === null || date === d.date) {
    if (date === null && d.date !== null) known.set(d.baseKey, d.date);
    return d.baseKey;
  }
  return `${d.baseKey}@${d.date}`;
}

// ---------------------------------------------------------------------------------------------
// Batch assembly

export interface BatchContext {
  /** Persons in the graph whose accent-free names occur in the batch. */
  persons: readonly PersonCandidate[];
  /** Documents in the graph with the batch's base keys, with their dates. */
  documents: readonly { key: string; date: string | null }[];
  /** url → version of the report it replaces (absent: a first version). */
  versions: ReadonlyMap<string, number>;
  /** ISO datetime of this ingest. */
  now: string;
}

export interface BatchParams {
  reports: (ReportRow & { version: number; ingestedAt: string })[];
  bodies: BodyRow[];
  bodyParents: BodyParentRow[];
  posts: PostRow[];
  /**
   * The quoted sentences of the batch, each once (several facts and rules quote one sentence):
   * evidence and organizer rows refer to them by index, which keeps the parameters small.
   */
  quotes: string[];
  /** Evidence rows; the key (EvidenceRow.key) is rebuilt by the Cypher from reportId, start, end and rule. */
  evidence: (Omit<EvidenceRow, 'key' | 'quote'> & { quote: number })[];
  persons: { id: string; name: string; nameKey: string; normName: string; districtCode: string | null; provinceCode: string | null; unitKey: string | null }[];
  mentions: { personId: string; reportId: string; evidence: string[] }[];
  merges: { key: string; personId: string; reportId: string; reason: string; mention: string; at: string }[];
  tenures: { key: string; personId: string; postKey: string; title: string; from: string | null; to: string | null; evidence: string[] }[];
  events: EventRow[];
  organizers: (Omit<OrganizerRow, 'quote'> & { quote: number })[];
  participations: { key: string; personId: string; eventId: string; role: string; evidence: string[] }[];
  documents: { key: string; type: string; number: string | null; date: string | null; issuer: string | null; issuerKey: string | null; title: string | null }[];
  citations: { key: string; docKey: string; reportId: string; eventId: string | null; evidence: string[] }[];
}

/** Resolves the batch's persons and documents (in order, report by report) and flattens the rows. */
export function assembleBatch(batch: readonly ReportRows[], ctx: BatchContext): BatchParams {
  const out: BatchParams = {
    reports: [], bodies: [], bodyParents: [], posts: [], quotes: [], evidence: [], persons: [], mentions: [], merges: [],
    tenures: [], events: [], organizers: [], participations: [], documents: [], citations: [],
  };
  const byName = new Map<string, PersonCandidate[]>();
  const createdBy = new Map<string, string>();
  for (const c of ctx.persons) push(byName, c.nameKey, c);
  const docDates = new Map<string, string | null>();
  for (const d of ctx.documents) docDates.set(d.key, d.date);
  const bodies = new Map<string, BodyRow>();
  const parents = new Set<string>();
  const posts = new Map<string, PostRow>();
  const docs = new Map<string, BatchParams['documents'][number]>();
  const quoteIndex = new Map<string, number>();
  const quote = (q: string): number => {
    let i = quoteIndex.get(q);
    if (i === undefined) {
      i = out.quotes.length;
      out.quotes.push(q);
      quoteIndex.set(q, i);
    }
    return i;
  };

  for (const r of batch) {
    const rid = r.report.id;
    out.reports.push({ ...r.report, version: r.report.url ? (ctx.versions.get(r.report.url) ?? 0) + 1 : 1, ingestedAt: ctx.now });
    for (const b of r.bodies) if (!bodies.has(b.key)) bodies.set(b.key, b);
    for (const p of r.bodyParents) {
      const k = `${p.child}>${p.parent}`;
      if (!parents.has(k)) { parents.add(k); out.bodyParents.push(p); }
    }
    for (const p of r.posts) if (!posts.has(p.key)) posts.set(p.key, p);
    for (const e of r.evidence) out.evidence.push({ reportId: e.reportId, rule: e.rule, quote: quote(e.quote), start: e.start, end: e.end });
    for (const e of r.events) out.events.push(e);
    const orgSeen = new Set<string>();
    for (const o of r.organizers) {
      const k = `${o.bodyKey}>${o.eventId}`;
      if (!orgSeen.has(k)) { orgSeen.add(k); out.organizers.push({ ...o, quote: quote(o.quote) }); }
    }

    // persons
    const ids: string[] = [];
    const mentioned = new Map<string, Set<string>>();
    for (const m of r.mentions) {
      const res = resolvePerson(m, byName.get(m.nameKey) ?? []);
      ids.push(res.id);
      if (!res.match) {
        const c: PersonCandidate = { id: res.id, name: m.name, nameKey: m.nameKey, districtCode: m.districtCode, provinceCode: m.provinceCode };
        push(byName, m.nameKey, c);
        createdBy.set(res.id, rid);
        out.persons.push({ id: res.id, name: m.name, nameKey: m.nameKey, normName: m.normName, districtCode: m.districtCode, provinceCode: m.provinceCode, unitKey: m.unitKey });
      } else if (createdBy.get(res.id) !== rid && !mentioned.has(res.id)) {
        out.merges.push({ key: `${res.id}|${rid}`, personId: res.id, reportId: rid, reason: res.reason!, mention: m.name, at: ctx.now });
      }
      const ev = mentioned.get(res.id) ?? new Set<string>();
      for (const e of m.evidence) ev.add(e);
      mentioned.set(res.id, ev);
    }
    for (const [personId, ev] of mentioned) out.mentions.push({ personId, reportId: rid, evidence: [...ev] });

    const tenures = new Map<string, BatchParams['tenures'][number]>();
    for (const t of r.tenures) {
      const pid = ids[t.mention]!;
      const key = `${pid}|${t.postKey}`;
      const prev = tenures.get(key);
      if (prev) {
        prev.evidence = [...new Set([...prev.evidence, ...t.evidence])];
        if (t.from && (!prev.from || t.from < prev.from)) prev.from = t.from;
        if (t.to && (!prev.to || t.to > prev.to)) prev.to = t.to;
      } else tenures.set(key, { key, personId: pid, postKey: t.postKey, title: t.title, from: t.from, to: t.to, evidence: [...t.evidence] });
    }
    out.tenures.push(...tenures.values());

    const parts = new Map<string, BatchParams['participations'][number]>();
    for (const p of r.participations) {
      const pid = ids[p.mention]!;
      const key = `${p.eventId}|${pid}|${p.role}`;
      const prev = parts.get(key);
      if (prev) prev.evidence = [...new Set([...prev.evidence, ...p.evidence])];
      else parts.set(key, { key, personId: pid, eventId: p.eventId, role: p.role, evidence: [...p.evidence] });
    }
    out.participations.push(...parts.values());

    // documents and citations
    const docKeys = r.documents.map((d) => {
      const key = documentKey(d, docDates);
      const prev = docs.get(key);
      if (prev) {
        prev.date ??= d.date;
        prev.issuer ??= d.issuer;
        prev.issuerKey ??= d.issuerKey;
        prev.title ??= d.title;
      } else docs.set(key, { key, type: d.type, number: d.number, date: d.date, issuer: d.issuer, issuerKey: d.issuerKey, title: d.title });
      return key;
    });
    const cites = new Map<string, BatchParams['citations'][number]>();
    for (const c of r.citations) {
      const docKey = docKeys[c.doc]!;
      const key = `${docKey}|${rid}|${c.eventRef}`;
      const prev = cites.get(key);
      if (prev) prev.evidence = [...new Set([...prev.evidence, ...c.evidence])];
      else cites.set(key, { key, docKey, reportId: rid, eventId: c.eventId, evidence: [...c.evidence] });
    }
    out.citations.push(...cites.values());
  }
  out.bodies = [...bodies.values()];
  out.posts = [...posts.values()];
  out.documents = [...docs.values()];
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
