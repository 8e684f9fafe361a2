// The extraction pipeline: text in, record and evidence out. Pure: no I/O, never throws on a
// string (a failure inside becomes an empty record with the error named).
import { contextYear, findDates, findPublished, isoDate, type DayMonth } from './dates.ts';
import { CONGRESS_RESOLUTION, findDocuments, type DocumentFact } from './documents.ts';
import { parseBody, type BodyRef } from './grammar.ts';
import { renderBody, resolveChain, type PlaceContext, type ResolvedPosition } from './bodies.ts';
import { findAuthors, findPlace, findTitle } from './metadata.ts';
import { findGroups, type Group } from './mentions.ts';
import { normalizeText } from './normalize.ts';
import { lines as splitLines, sentences as splitSentences, type Sentence } from './segment.ts';
import { tokenize, tokenizeRange, type Tok } from './tokens.ts';
import { lexicon } from './lexicon.ts';
import { htmlToText, looksLikeHtml } from './html.ts';
import type { DocumentRecord, EventRecord, Evidence, ExtractionRecord, Fact, FullExtraction } from './record.ts';

export { ExtractionRecord, FullExtraction } from './record.ts';

export interface ExtractOptions {
  /** report id (file name without extension) */
  id: string;
  /** metadata that beats what the text says (from a sidecar or JSON lines) */
  meta?: { publishedAt?: string | null | undefined; district?: string | null | undefined; province?: string | null | undefined; title?: string | null | undefined } | undefined;
  /** treat the input as HTML (default: detect) */
  html?: boolean | undefined;
}

interface SentenceInfo extends Sentence {
  /** text.toLowerCase(), made for sentences with a digit (the ones dates and documents read) */
  lower: string | undefined;
  /** the text has an ASCII digit */
  digit: boolean;
  toks: Tok[];
  /** organizerRefs(), computed once */
  orgRefs?: BodyRef[];
  groups: Group[];
  dates: DayMonth[];
}

const ORGANIZE = /(?<![\p{L}\p{M}])(?:tổ chức|họp|triệu tập|tiến hành|khai mạc|diễn ra|bế mạc|làm việc|tiếp tục|ra quân|phát động|gặp mặt|tiếp xúc|đối thoại|giao ban|kiểm tra|thăm|chủ trì)(?![\p{L}\p{M}])/iu;
const EVENT_NOUN = /(?<![\p{L}\p{M}])(?:hội nghị|kỳ họp|kì họp|phiên họp|đại hội|lễ|buổi làm việc|cuộc họp|hội thảo|tọa đàm|diễn đàn|phiên giải trình|hội nghị trực tuyến|chương trình|buổi|giao ban)(?![\p{L}\p{M}])/iu;

// A long sentence's shortened quote is made once, not once per fact it carries.
const shortQuotes = new WeakMap<Sentence, string>();
function quoteOf(s: Sentence): string {
  if (s.text.length <= 600) return s.text;
  let q = shortQuotes.get(s);
  if (q === undefined) { q = `${s.text.slice(0, 597)}...`; shortQuotes.set(s, q); }
  return q;
}
const ev = (s: Sentence, rule: string): Evidence => ({ rule, start: s.start, end: s.end, quote: quoteOf(s) });


/** Extracts a record and its evidence from raw report text (plain text or HTML). */
export function extractFull(raw: string, opts: ExtractOptions): FullExtraction {
  try {
    return extractUnsafe(raw, opts);
  } catch (err) {
    // Never throw on a string: an internal error yields an empty record that says so.
    const record = emptyRecord(opts.id);
    return { record, facts: [{ kind: 'title', subject: null, object: `internal error: ${(err as Error).message}`, event: null, evidence: { rule: 'error', start: 0, end: 0, quote: '' } }], textLength: 0 };
  }
}

export function extract(raw: string, opts: ExtractOptions): ExtractionRecord {
  return extractFull(raw, opts).record;
}

export function emptyRecord(id: string): ExtractionRecord {
  return { schema: 'extraction-record@1', report: { id, title: null, publishedAt: null, authors: [], place: { district: null, province: null } }, people: [], events: [], documents: [] };
}

function extractUnsafe(raw: string, opts: ExtractOptions): FullExtraction {
  const isHtml = opts.html ?? looksLikeHtml(raw);
  const text = normalizeText(isHtml ? htmlToText(raw) : raw);
  const facts: Fact[] = [];
  const lines = splitLines(text);

  // metadata
  const titleLoc = findTitle(lines);
  const titleLine = titleLoc ? lines.find((l) => l.start <= titleLoc.start && titleLoc.start <= l.end)?.index ?? null : null;
  const published = findPublished(text);
  const authors = findAuthors(lines, text);

  // sentences (the byline line and furniture excluded)
  const sentences: SentenceInfo[] = [];
  for (const l of lines) {
    if (l.furniture || l.index === authors.line) continue;
    for (const s of splitSentences(l)) {
      // the sentence is text[s.start, s.start + its length) (sentences and lines trim only at their end)
      const toks = tokenizeRange(text, s.start, s.start + s.text.length);
      // dates and document numbers need an ASCII digit, which is a number token
      const digit = toks.some((t) => t.k === 'n');
      const lower = digit ? s.text.toLowerCase() : undefined;
      sentences.push({ text: s.text, start: s.start, end: s.end, line: s.line, lower, toks, digit, groups: [], dates: lower !== undefined ? findDates(s.text, lower) : [] });
    }
  }
  // lead sentences: a date at the start (or with a part of day) and an organizing verb or event noun
  const leads: number[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (s.line === titleLine) continue;
    const d = s.dates[0];
    if (!d) continue;
    const early = d.index <= 40;
    // a planned event mentioned in passing is not an event ("dự kiến diễn ra vào tối 27/4")
    if (/(?:dự kiến|sẽ|sắp|chuẩn bị|theo kế hoạch)[^.;]{0,40}$/iu.test(s.text.slice(0, d.index))) continue;
    if ((early || d.partOfDay) && (ORGANIZE.test(s.text) || EVENT_NOUN.test(s.text))) leads.push(k);
  }
  const firstLead = leads[0] !== undefined ? sentences[leads[0]]! : null;
  const leadDate = firstLead?.dates[0];
  const afterReform = (() => {
    const y = leadDate?.year ?? published?.year;
    if (!y) return false;
    const m = leadDate?.year ? leadDate.month : published?.month ?? 1;
    return y > 2025 || (y === 2025 && m >= 7);
  })();
  for (const s of sentences) s.groups = findGroups(s.toks);
  const firstOrgs = firstLead ? organizerRefs(firstLead) : [];
  const provincialLead = firstOrgs.length > 0 && firstOrgs.every((b) => bodyLevel(b) === 'tỉnh');
  // a line's tokens: its sentences' (which come one line after another), shared when it has one
  const lineTokens = new Map<number, Tok[]>();
  for (let k = 0; k < sentences.length;) {
    const first = sentences[k]!;
    let next = k + 1;
    while (next < sentences.length && sentences[next]!.line === first.line) next++;
    lineTokens.set(first.line, next === k + 1 ? first.toks : first.toks.concat(...sentences.slice(k + 1, next).map((s) => s.toks)));
    k = next;
  }
  const place = findPlace(lines, titleLine, firstLead?.line ?? null, afterReform, provincialLead, lineTokens);
  const ctx: PlaceContext = { ...place.ctx };
  if (opts.meta?.district !== undefined || opts.meta?.province !== undefined) {
    if (opts.meta.province) ctx.province = opts.meta.province;
    if (opts.meta.district) { ctx.district = opts.meta.district; ctx.districtType ??= 'huyện'; }
  }


  // events
  const events: { record: EventRecord; lead: SentenceInfo | null; roles: Map<string, Set<string>> }[] = [];
  const pubYear = published?.year ?? null;
  const pubMonth = published?.month ?? null;
  const contextText = `${titleLoc?.value ?? ''}\n${firstLead?.text ?? ''}`;
  const eventOf = new Array<number>(sentences.length).fill(0);
  let current = -1;
  const leadSet = new Set(leads);
  for (let k = 0; k < sentences.length; k++) {
    if (leadSet.has(k)) {
      const s = sentences[k]!;
      const d = s.dates[0]!;
      let year = d.year;
      let yearRule = 'year.explicit';
      if (year === null && pubYear !== null) {
        year = pubMonth !== null && d.month > pubMonth + 1 ? pubYear - 1 : pubYear;
        yearRule = 'year.published';
      }
      if (year === null) {
        const cy = contextYear(`${contextText}\n${s.text}`, d.month, text);
        if (cy) { year = cy.year; yearRule = cy.rule; }
      }
      const date = year !== null ? isoDate(year, d.month, d.day) : null;
      const same = events.findIndex((e) => e.record.date === date && date !== null);
      if (same >= 0) { current = same; eventOf[k] = current; continue; }
      const record: EventRecord = { title: eventTitle(s.text), date, partOfDay: d.partOfDay, location: eventLocation(s.text), organizers: [], chairs: [], speakers: [], attendees: [] };
      events.push({ record, lead: s, roles: new Map() });
      current = events.length - 1;
      facts.push({ kind: 'event', subject: date, object: record.title, event: current, evidence: ev(s, `${d.rule}+${yearRule}`) });
      const orgs = organizersOf(s, ctx);
      for (const o of orgs) {
        if (!record.organizers.includes(o.name)) record.organizers.push(o.name);
        facts.push({ kind: 'organizer', subject: o.name, object: null, event: current, evidence: ev(s, o.rule) });
      }
    }
    eventOf[k] = Math.max(current, 0);
  }

  // people and roles
  const people = new Map<string, { positions: Map<string, ResolvedPosition> }>();
  const roleEvents: { name: string; role: string; event: number }[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    for (const g of s.groups) {
      for (const m of g.mentions) {
        const p = people.get(m.name) ?? { positions: new Map<string, ResolvedPosition>() };
        people.set(m.name, p);
        facts.push({ kind: 'person', subject: m.name, object: null, event: null, evidence: ev(s, m.rule) });
        for (const c of [...m.chains, ...m.shared, ...m.elected]) {
          for (const pos of resolveChain(c, ctx)) {
            if (pos.former) continue;
            const key = `${pos.title}|${pos.body ?? ''}`;
            if (!p.positions.has(key)) p.positions.set(key, pos);
            facts.push({ kind: 'position', subject: m.name, object: key, event: null, evidence: ev(s, m.shared.includes(c) ? `${pos.rule}+shared-title` : m.elected.includes(c) ? `${pos.rule}+elected` : pos.rule) });
          }
        }
        for (const r of g.roles) roleEvents.push({ name: m.name, role: r.role, event: eventOf[k]! });
        for (const r of g.roles) facts.push({ kind: r.role, subject: m.name, object: null, event: eventOf[k]!, evidence: ev(s, r.rule) });
      }
    }
  }
  if (events.length === 0 && roleEvents.some((r) => r.role === 'chair' || r.role === 'speaker')) {
    events.push({ record: { title: titleLoc?.value ?? null, date: null, partOfDay: null, location: null, organizers: [], chairs: [], speakers: [], attendees: [] }, lead: null, roles: new Map() });
  }
  for (const r of roleEvents) {
    const e = events[r.event];
    if (!e) continue;
    const list = r.role === 'chair' ? e.record.chairs : r.role === 'speaker' ? e.record.speakers : e.record.attendees;
    if (!list.includes(r.name)) list.push(r.name);
  }
  for (const e of events) e.record.attendees = e.record.attendees.filter((n) => !e.record.chairs.includes(n));

  // fill organizers from the headline when the lead names none ("Hội nghị Ban Chấp hành Đảng bộ huyện …")
  for (const e of events) {
    if (e.record.organizers.length) continue;
    const src = [...eventNamesIn(e.lead?.text ?? ''), e.record.title ?? '', titleLoc?.value ?? ''];
    for (const t of src) {
      const o = organizerFromEventName(t, ctx);
      if (o) {
        e.record.organizers.push(o);
        const where = e.lead ?? (titleLoc ? { text: titleLoc.value, start: titleLoc.start, end: titleLoc.end, line: -1 } : null);
        if (where) facts.push({ kind: 'organizer', subject: o, object: null, event: events.indexOf(e), evidence: ev(where, 'organizer.from-event-name') });
        break;
      }
    }
  }

  // documents
  const documents: DocumentRecord[] = [];
  // an unnumbered congress resolution is looked for in a sentence only when the text names one
  const congress = text.includes(CONGRESS_RESOLUTION);
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    const cites = congress && s.text.includes(CONGRESS_RESOLUTION);
    if (s.digit || cites) for (const d of findDocuments(s.text, ctx, s.lower, cites)) addDocument(d, s, k);
  }
  function addDocument(d: DocumentFact, sentence: SentenceInfo, sentenceIndex: number): void {
    const existing = documents.find((x) => d.number !== null && x.number !== null && x.number.replace(/\s+/g, '').toLowerCase() === d.number.toLowerCase()
      && (x.date === null || d.date === null || x.date === d.date));
    if (existing) {
      existing.date ??= d.date;
      if (!existing.issuer && d.issuer) existing.issuer = d.issuer;
      existing.title ??= d.title;
    } else if (d.number !== null || !documents.some((x) => x.number === null && x.title === d.title)) {
      documents.push({ type: d.type, number: d.number, date: d.date, issuer: d.issuer, title: d.title });
    }
    facts.push({ kind: 'document', subject: d.number ?? d.title, object: d.type, event: null, evidence: ev(sentence, d.rule) });
    facts.push({ kind: 'citation', subject: d.number ?? d.title, object: null, event: events.length ? eventOf[sentenceIndex] ?? null : null, evidence: ev(sentence, 'citation.in-sentence') });
  }

  // complete bare steering-committee names from fuller mentions in the same report
  let allBodies: Set<string> | null = null; // made when a bare name needs it
  const complete = (b: string | null): string | null => {
    if (!b) return b;
    if (b !== 'Ban Chỉ đạo' && b !== 'Ban Chỉ huy') return b;
    if (!allBodies) {
      allBodies = new Set<string>();
      for (const p of people.values()) for (const pos of p.positions.values()) if (pos.body) allBodies.add(pos.body);
      for (const e of events) for (const o of e.record.organizers) allBodies.add(o);
    }
    const longer = [...allBodies].filter((x) => x.startsWith(`${b} `));
    return longer.length === 1 ? longer[0]! : b;
  };

  for (const f of facts) {
    if (f.kind !== 'position' || !f.object) continue;
    const bar = f.object.indexOf('|');
    const body = f.object.slice(bar + 1);
    const done = complete(body || null);
    if (done && done !== body) f.object = `${f.object.slice(0, bar)}|${done}`;
  }
  const record: ExtractionRecord = {
    schema: 'extraction-record@1',
    report: {
      id: opts.id,
      title: opts.meta?.title ?? titleLoc?.value ?? null,
      publishedAt: opts.meta?.publishedAt ?? published?.value ?? null,
      authors: authors.authors,
      place: { district: opts.meta?.district ?? place.district, province: opts.meta?.province ?? place.province, ...(place.commune ? { commune: place.commune } : {}) },
    },
    people: [...people.entries()].map(([name, p]) => ({
      name,
      positions: uniqPositions([...p.positions.values()].map((x) => ({ title: x.title, body: complete(x.body) }))),
    })),
    events: events.map((e) => e.record),
    documents,
  };
  if (titleLoc) facts.push({ kind: 'title', subject: titleLoc.value, object: null, event: null, evidence: { rule: titleLoc.rule, start: titleLoc.start, end: titleLoc.end, quote: titleLoc.value } });
  if (published) facts.push({ kind: 'published', subject: published.value, object: null, event: null, evidence: { rule: published.rule, start: published.index, end: published.index + published.length, quote: text.slice(published.index, published.index + published.length) } });
  for (const a of authors.authors) facts.push({ kind: 'author', subject: a, object: null, event: null, evidence: { rule: authors.rule, start: authors.start, end: authors.end, quote: text.slice(authors.start, authors.end) } });
  facts.push({ kind: 'place', subject: place.district, object: place.province, event: null, evidence: { rule: place.rule, start: 0, end: 0, quote: '' } });
  return { record, facts, textLength: text.length };
}

function uniqPositions(ps: { title: string; body: string | null }[]): { title: string; body: string | null }[] {
  const seen = new Set<string>();
  const out: { title: string; body: string | null }[] = [];
  // a position without a body is dropped when the same title has one
  for (const p of ps) {
    const k = `${p.title}|${p.body ?? ''}`;
    if (seen.has(k)) continue;
    if (p.body === null && ps.some((q) => q.title === p.title && q.body)) continue;
    seen.add(k);
    out.push(p);
  }
  return out;
}

function eventTitle(lead: string): string | null {
  const m = /(?:tổ chức|họp|tiến hành|triệu tập)\s+(?:khai mạc\s+)?(.+?)(?:\.\s*$|$)/iu.exec(lead);
  if (!m) return null;
  let t = m[1]!.replace(/\s+(?:nhằm|để)\s.*$/u, '').trim();
  if (t.length > 250) t = `${t.slice(0, 247)}...`;
  return t ? t[0]!.toUpperCase() + t.slice(1) : null;
}

function eventLocation(lead: string): string | null {
  const m = /(?:^|,\s)tại ([^,.]{3,120})(?:,|\.|$)/u.exec(lead);
  return m ? m[1]!.trim() : null;
}

const FILLER = new Set([',', 'và', '-', 'đã', 'có', 'buổi', 'cuộc', 'long', 'trọng', 'phối', 'hợp', 'cùng', 'với', '(', ')', 'mở', 'rộng', 'chính', 'thức', 'đồng', 'thời']);

function bodyLevel(b: BodyRef): string | undefined {
  if ((b.kind === 'organ' || b.kind === 'board') && b.owner) return bodyLevel(b.owner);
  return b.level;
}

/** The bodies written just before the organizing verb of a lead sentence. */
function organizersOf(s: SentenceInfo, ctx: PlaceContext): { name: string; rule: string }[] {
  return organizerRefs(s).map((b) => ({ name: renderBody(b, ctx), rule: `organizer.${b.rule}` }));
}

function organizerRefs(s: SentenceInfo): BodyRef[] {
  s.orgRefs ??= organizerRefsOf(s);
  return s.orgRefs;
}

/** organizerRefsOf's marks of the tokens inside person mentions, reused (a typed array is costly to make) */
let coveredMarks = new Uint8Array(256);

function organizerRefsOf(s: SentenceInfo): BodyRef[] {
  const toks = s.toks;
  let v = -1;
  for (let i = 0; i < toks.length; i++) {
    const f = toks[i]!.f;
    const n = toks[i + 1]?.f;
    if ((f === 'tổ' && n === 'chức') || f === 'họp' || (f === 'triệu' && n === 'tập') || (f === 'tiến' && n === 'hành') || (f === 'khai' && n === 'mạc') || (f === 'làm' && n === 'việc')) { v = i; break; }
  }
  if (v < 0) return [];
  if (coveredMarks.length < toks.length) coveredMarks = new Uint8Array(Math.max(toks.length, 2 * coveredMarks.length));
  const covered = coveredMarks;
  covered.fill(0, 0, toks.length);
  for (const g of s.groups) covered.fill(1, g.start, Math.min(g.end, toks.length));
  const inGroup = (i: number): boolean => covered[i] === 1;
  // bodies before the verb, outside person mentions and the "tại …," location clause
  const found: BodyRef[] = [];
  let i = 0;
  while (i < v) {
    if (inGroup(i)) { i++; continue; }
    if (toks[i]!.f === 'tại') {
      while (i < v && toks[i]!.t !== ',') i++;
      found.length = 0;
      continue;
    }
    const b = isBodyStart(toks[i]!) ? parseBody(toks, i) : null;
    if (b && b.end <= v + 0) { found.push(b); i = b.end; continue; }
    i++;
  }
  // keep the run that ends at the verb
  const run: BodyRef[] = [];
  let end = v;
  for (let k = found.length - 1; k >= 0; k--) {
    const b = found[k]!;
    if (!gapIsFiller(toks, b.end, end)) break;
    run.push(b);
    end = b.start;
  }
  run.reverse();
  // shared level and place: "Huyện ủy, HĐND, UBND huyện Nga Sơn"
  for (let k = run.length - 2; k >= 0; k--) {
    const b = run[k]!;
    const nxt = run.slice(k + 1).find((x) => x.level && (x.kind === 'state' || x.kind === 'committee'));
    if (!nxt) continue;
    if (b.kind === 'state' && !b.level) { b.level = nxt.level; b.place = nxt.place; }
    if (b.kind === 'committee' && !b.place && (b.level === 'commune' || b.level === nxt.level)) {
      if (b.level === 'commune') { b.level = nxt.level; b.head = 'Đảng ủy'; }
      b.place = nxt.place;
    }
    if (b.kind === 'organ' && b.owner && b.owner.kind === 'committee' && !b.owner.place && b.owner.level === nxt.level) b.owner.place = nxt.place;
  }
  return run;
}

/** Whether a body may begin at this token (its first word starts some body phrase). */
function isBodyStart(t: Tok): boolean {
  return t.k === 'w' && lexicon().mayStartBody(t);
}

function gapIsFiller(toks: readonly Tok[], from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (t.t === '(') { depth++; continue; }
    if (t.t === ')') { depth = Math.max(0, depth - 1); continue; }
    if (depth > 0) continue;
    if (FILLER.has(t.f)) continue;
    if (['huyện', 'tỉnh', 'xã', 'thị', 'phường', 'thành', 'phố', 'trấn', 'quận'].includes(t.f) || (t.k === 'w' && /^\p{Lu}/u.test(t.t) && i > from && ['huyện', 'tỉnh', 'xã', 'xã', 'phường', 'phố', 'trấn', 'quận'].includes(toks[i - 1]!.f)) || (t.k === 'w' && i > from + 1 && /^\p{Lu}/u.test(toks[i - 1]!.t) && ['huyện', 'tỉnh', 'phố'].includes(toks[i - 2]!.f))) continue;
    // "khóa XX", "nhiệm kỳ 2021 - 2026", "lần thứ XI"
    if (t.f === 'khóa' || t.f === 'nhiệm' || t.f === 'kỳ' || t.f === 'lần' || t.f === 'thứ' || t.k === 'n' || /^[IVXLC]+$/.test(t.t)) continue;
    return false;
  }
  return true;
}

/** "Hội nghị Ban Chấp hành …", "Đại hội đại biểu Đảng bộ …" written inside a lead sentence. */
function eventNamesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:Hội nghị|Kỳ họp|Phiên họp|Đại hội) /gu)) out.push(text.slice(m.index));
  return out;
}

const EVENT_HEAD = /^(?:hội nghị|kỳ họp(?: thứ \d+)?,?|phiên họp(?: thường kỳ)?(?: của)?|đại hội(?: đại biểu)?)\s+/iu;

function organizerFromEventName(title: string, ctx: PlaceContext): string | null {
  const m = EVENT_HEAD.exec(title);
  if (!m) return null;
  const rest = title.slice(m[0].length);
  const toks = tokenize(rest);
  const b = parseBody(toks, 0);
  if (!b) return null;
  if (/^đại hội/iu.test(m[0]) && b.kind === 'partyorg') {
    // a congress of a party organisation is organized by its committee
    return renderBody({ ...b, kind: 'partyorg' }, ctx);
  }
  return renderBody(b, ctx);
}

