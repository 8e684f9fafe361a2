// Read queries of the graph layer: one function per cypher/q-*.cypher file, all batched by id
// lists (UNWIND $ids) so that a DataLoader can answer a whole level of a GraphQL query in one
// round trip. Every function takes the request's GraphReader (which counts round trips) and
// returns plain rows tagged with `_type` (the GraphQL type they become).
import { asciiFold, foldName } from '../extract/normalize.ts';
import { int, type GraphReader, type Row } from './reader.ts';
import { normalizeNumber } from './rows.ts';

// ---------------------------------------------------------------------------------------------
// Rows

export interface PersonRow {
  _type: 'Person';
  id: string;
  name: string;
  normName: string | null;
  districtCode: string | null;
  provinceCode: string | null;
}
export interface EventRow {
  _type: 'Event';
  id: string;
  kind: string | null;
  title: string | null;
  date: string | null;
  partOfDay: string | null;
  location: string | null;
}
export interface DocumentRow {
  _type: 'Document';
  key: string;
  type: string | null;
  number: string | null;
  date: string | null;
  issuer: string | null;
  title: string | null;
}
export interface BodyRow {
  _type: 'Body';
  key: string;
  name: string;
  kind: string | null;
  level: string | null;
}
export interface ReportRow {
  _type: 'Report';
  id: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  authors: string[] | null;
  sourceFile: string | null;
  district: string | null;
  province: string | null;
  commune: string | null;
  ingestedAt: string | null;
  version: number | null;
}
export interface PlaceRow {
  _type: 'Place';
  /** code@validFrom: one version of a unit */
  key: string;
  code: string;
  name: string;
  type: string | null;
  level: string | null;
  validFrom: string | null;
  validTo: string | null;
}
export interface TenureRow {
  _type: 'Tenure';
  key: string;
  title: string;
  firstSeen: string | null;
  lastSeen: string | null;
  personId: string;
  body: BodyRow;
}
export type Role = 'chair' | 'speaker' | 'attendee';
export interface ParticipationRow {
  _type: 'Participation';
  key: string;
  role: Role;
  personId: string;
  eventId: string;
  person?: PersonRow;
  event?: EventRow;
}
export interface CitationRow {
  _type: 'Citation';
  key: string;
  /** The event's date, else the report's publication date. */
  date: string | null;
  document: DocumentRow;
  event: EventRow | null;
  report: ReportRow;
}
export interface EvidenceRow {
  _type: 'Evidence';
  key: string | null;
  rule: string | null;
  quote: string;
  start: number | null;
  end: number | null;
  report: { id: string; title: string | null; url: string | null; publishedAt: string | null } | null;
}
export interface OrganizerRow {
  _type: 'Organizer';
  body: BodyRow;
  source: EvidenceRow | null;
}
export interface CitedDocumentRow {
  document: DocumentRow;
  citations: CitationRow[];
}
export interface ColleagueRow {
  person: PersonRow;
  sharedEvents: number;
  eventIds: string[];
}
export interface SearchHitRow {
  score: number;
  node: PersonRow | BodyRow | EventRow | DocumentRow;
}

/** One page of a list: `offset` is the position of items[0] in the whole list. */
export interface Page<T> {
  total: number;
  offset: number;
  items: T[];
}

/** Which slice of a list to return: [start, end) from the front, or the last `last` items. */
export type Window = { start: number; end: number; last?: undefined } | { last: number; start?: undefined; end?: undefined };

// ---------------------------------------------------------------------------------------------
// Row constructors (Cypher maps → tagged rows)

const tag =
  <T extends { _type: string }>(type: T['_type']) =>
  (r: unknown): T =>
    ({ ...(r as object), _type: type }) as T;

export const asPerson = tag<PersonRow>('Person');
export const asEvent = tag<EventRow>('Event');
export const asDocument = tag<DocumentRow>('Document');
export const asBody = tag<BodyRow>('Body');
export const asReport = tag<ReportRow>('Report');
export const asPlace = tag<PlaceRow>('Place');
const asEvidence = tag<EvidenceRow>('Evidence');

function asTenure(r: unknown): TenureRow {
  const t = r as TenureRow;
  return { ...t, _type: 'Tenure', body: asBody(t.body) };
}

function asCitation(r: unknown): CitationRow {
  const c = r as CitationRow;
  return {
    ...c,
    _type: 'Citation',
    document: asDocument(c.document),
    event: c.event ? asEvent(c.event) : null,
    report: asReport(c.report),
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers

function windowParams(w: Window): Row {
  return w.last !== undefined
    ? { start: int(0), end: int(0), last: int(w.last) }
    : { start: int(w.start), end: int(w.end), last: null };
}

function toPage<T>(row: Row | undefined, w: Window, map: (x: unknown) => T): Page<T> {
  const total = (row?.total as number | undefined) ?? 0;
  const items = ((row?.items as unknown[] | undefined) ?? []).map(map);
  const offset = w.last !== undefined ? Math.max(total - w.last, 0) : Math.min(w.start, total);
  return { total, offset, items };
}

/** Results of a batched query in the order of `ids` (a missing id gets `empty`). */
function byId<T>(ids: readonly string[], rows: Row[], pick: (row: Row) => T, empty: T): T[] {
  const map = new Map<string, T>();
  for (const row of rows) map.set(row.id as string, pick(row));
  return ids.map((id) => map.get(id) ?? empty);
}

async function listsById<T>(
  reader: GraphReader,
  query: string,
  ids: readonly string[],
  map: (x: unknown) => T,
  params: Row = {},
): Promise<T[][]> {
  const rows = await reader.run(query, { ids: [...ids], ...params });
  return byId(ids, rows, (row) => ((row.items as unknown[]) ?? []).map(map), []);
}

async function pagesById<T>(
  reader: GraphReader,
  query: string,
  ids: readonly string[],
  w: Window,
  map: (x: unknown) => T,
  params: Row = {},
): Promise<Page<T>[]> {
  const rows = await reader.run(query, { ids: [...ids], ...windowParams(w), ...params });
  const empty: Page<T> = { total: 0, offset: 0, items: [] };
  return byId(ids, rows, (row) => toPage(row, w, map), empty);
}

async function nodesById<T>(reader: GraphReader, query: string, column: string, ids: readonly string[], map: (x: unknown) => T): Promise<T[]> {
  const rows = await reader.run(query, { ids: [...ids] });
  return rows.map((row) => map(row[column]));
}

/**
 * A Lucene query for the accent-folding full-text indexes: the words of `text` (letters and
 * digits only, so no Lucene syntax gets through), accent-folded, all required, the last one also
 * as a prefix ("le trong th" finds "Lê Trọng Thụ"). Undefined when `text` has no words.
 */
export function luceneQuery(text: string, { prefix = true }: { prefix?: boolean } = {}): string | undefined {
  const words = asciiFold(text).match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return undefined;
  const terms = words.slice(0, 12).map((w) => w.toLowerCase());
  const last = terms[terms.length - 1]!;
  const lastTerm = prefix && last.length >= 2 ? `(${last} OR ${last}*)` : last;
  return [...terms.slice(0, -1), lastTerm].join(' AND ');
}

/** Document number key form, as ingest keys documents: "58 - nq/tw" → "58-NQ/TW". */
export const documentNumberKey = normalizeNumber;

/** Looser form for comparing numbers: also folds accents (QĐ ~ QD). */
export function looseNumber(number: string): string {
  return asciiFold(documentNumberKey(number)).toUpperCase();
}

/** The ways a body name may be keyed (folded with or without accents). */
export function bodyKeys(name: string): string[] {
  return [...new Set([foldName(name), asciiFold(name)])];
}

const LEVEL_WORDS = /^(tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+/iu;

/** A place argument: a unit code as is, else its name in lower case without a level word. */
export function placeParams(place: string | null | undefined): { place: string | null; placeName: string | null } {
  if (!place) return { place: null, placeName: null };
  const trimmed = place.trim().normalize('NFC');
  return { place: trimmed, placeName: foldName(trimmed).replace(LEVEL_WORDS, '') };
}

// ---------------------------------------------------------------------------------------------
// Nodes by id

export const peopleById = (r: GraphReader, ids: readonly string[]) => nodesById(r, 'q-people-by-id', 'person', ids, asPerson);
export const eventsById = (r: GraphReader, ids: readonly string[]) => nodesById(r, 'q-events-by-id', 'event', ids, asEvent);
export const documentsByKey = (r: GraphReader, ids: readonly string[]) => nodesById(r, 'q-documents-by-key', 'document', ids, asDocument);
export const bodiesByKey = (r: GraphReader, ids: readonly string[]) => nodesById(r, 'q-bodies-by-key', 'body', ids, asBody);
export const reportsById = (r: GraphReader, ids: readonly string[]) => nodesById(r, 'q-reports-by-id', 'report', ids, asReport);
export const placesByKey = (r: GraphReader, ids: readonly string[]) => nodesById(r, 'q-places-by-key', 'place', ids, asPlace);
export const tenuresByKey = (r: GraphReader, ids: readonly string[]) => nodesById(r, 'q-tenures-by-key', 'tenure', ids, asTenure);

// ---------------------------------------------------------------------------------------------
// Evidence

export type SourceKind = 'tenure' | 'participation' | 'citation' | 'person';
const SOURCE_QUERY: Record<SourceKind, string> = {
  tenure: 'q-sources-of-tenures',
  participation: 'q-sources-of-participations',
  citation: 'q-sources-of-citations',
  person: 'q-sources-of-people',
};

/** The sources of each fact: the first `first` of them, oldest first (null: all), and how many there are. */
export async function sourcePagesOf(r: GraphReader, kind: SourceKind, ids: readonly string[], first: number | null = null): Promise<{ total: number; items: EvidenceRow[] }[]> {
  const rows = await r.run(SOURCE_QUERY[kind], { ids: [...ids], first: first === null ? null : int(first) });
  return byId(ids, rows, (row) => ({
    total: (row.total as number | undefined) ?? 0,
    items: ((row.items as EvidenceRow[] | undefined) ?? []).map((ev) => asEvidence({ ...ev, report: ev.report ?? null })),
  }), { total: 0, items: [] });
}

export const sourcesOf = async (r: GraphReader, kind: SourceKind, ids: readonly string[]) =>
  (await sourcePagesOf(r, kind, ids)).map((p) => p.items);

// ---------------------------------------------------------------------------------------------
// People

export interface DateRange {
  from?: string | null | undefined;
  to?: string | null | undefined;
}

export const personTenures = (r: GraphReader, ids: readonly string[], on: string | null) =>
  listsById(r, 'q-person-tenures', ids, asTenure, { on });

function asParticipation(x: unknown): ParticipationRow {
  const p = x as ParticipationRow & { event?: unknown; person?: unknown };
  const out: ParticipationRow = { ...p, _type: 'Participation' } as ParticipationRow;
  if (p.event) {
    out.event = asEvent(p.event);
    out.eventId = out.event.id;
  }
  if (p.person) {
    out.person = asPerson(p.person);
    out.personId = out.person.id;
  }
  return out;
}

export const personParticipations = (r: GraphReader, ids: readonly string[], roles: Role[], range: DateRange, w: Window) =>
  pagesById(r, 'q-person-participations', ids, w, asParticipation, { roles, from: range.from ?? null, to: range.to ?? null });

export const personCitedDocuments = (r: GraphReader, ids: readonly string[], range: DateRange, w: Window) =>
  pagesById(
    r,
    'q-person-cited-documents',
    ids,
    w,
    (x): CitedDocumentRow => {
      const c = x as CitedDocumentRow;
      return { document: asDocument(c.document), citations: c.citations.map(asCitation) };
    },
    { from: range.from ?? null, to: range.to ?? null },
  );

export const personColleagues = (r: GraphReader, ids: readonly string[], w: Window) =>
  pagesById(r, 'q-person-colleagues', ids, w, (x): ColleagueRow => {
    const c = x as ColleagueRow;
    return { ...c, person: asPerson(c.person) };
  });

export const personReports = (r: GraphReader, ids: readonly string[], w: Window) => pagesById(r, 'q-person-reports', ids, w, asReport);

/** People whose name folds to each of `names` (several when the same name occurs in different places). */
export async function peopleByName(r: GraphReader, names: readonly string[]): Promise<PersonRow[][]> {
  const folded = names.map((n) => asciiFold(n));
  return listsById(r, 'q-people-by-name', folded, asPerson);
}

export const personPlaces = (r: GraphReader, ids: readonly string[]) => listsById(r, 'q-person-places', ids, asPlace);

/** What personView fetches besides the person: tenures (seen around `on`) and one page of participations. */
export interface PersonViewRequest {
  tenures: { on: string | null } | null;
  participations: { roles: Role[]; range: DateRange; window: Window } | null;
}
export interface PersonView {
  person: PersonRow;
  tenures: TenureRow[];
  participations: Page<ParticipationRow>;
}

/** A person and, as requested, their tenures and a page of participations, in one round trip. */
export async function personView(r: GraphReader, id: string, req: PersonViewRequest): Promise<PersonView | undefined> {
  const part = req.participations;
  const w: Window = part?.window ?? { start: 0, end: 0 };
  const rows = await r.run('q-person-view', {
    id,
    tenures: req.tenures !== null,
    on: req.tenures?.on ?? null,
    participations: part !== null,
    roles: part?.roles ?? [],
    from: part?.range.from ?? null,
    to: part?.range.to ?? null,
    ...windowParams(w),
  });
  const row = rows[0];
  if (!row) return undefined;
  return {
    person: asPerson(row.person),
    tenures: ((row.tenures as unknown[] | null) ?? []).map(asTenure),
    participations: toPage(row, w, asParticipation),
  };
}

export interface PeopleFilter {
  search?: string | null | undefined;
  place?: string | null | undefined;
  body?: string | null | undefined;
  title?: string | null | undefined;
  inOfficeOn?: string | null | undefined;
}

export async function listPeople(r: GraphReader, filter: PeopleFilter, w: Window): Promise<Page<PersonRow>> {
  const search = filter.search ? luceneQuery(filter.search) : undefined;
  if (filter.search && !search) return { total: 0, offset: 0, items: [] };
  const rows = await r.run('q-people', {
    search: search ?? null,
    ...placeParams(filter.place),
    bodyKeys: filter.body ? bodyKeys(filter.body) : null,
    bodyName: filter.body ? foldName(filter.body) : null,
    title: filter.title ? foldName(filter.title) : null,
    on: filter.inOfficeOn ?? null,
    ...windowParams(w),
  });
  return toPage(rows[0], w, asPerson);
}

// ---------------------------------------------------------------------------------------------
// Events

export const eventParticipants = (r: GraphReader, ids: readonly string[], roles: Role[]) =>
  listsById(r, 'q-event-participants', ids, asParticipation, { roles });

export const eventOrganizers = (r: GraphReader, ids: readonly string[]) =>
  listsById(r, 'q-event-organizers', ids, (x): OrganizerRow => {
    const o = x as OrganizerRow;
    return { _type: 'Organizer', body: asBody(o.body), source: o.source ? asEvidence(o.source) : null };
  });

export const eventPlaces = (r: GraphReader, ids: readonly string[]) => listsById(r, 'q-event-places', ids, asPlace);
export const eventCitations = (r: GraphReader, ids: readonly string[]) => listsById(r, 'q-event-citations', ids, asCitation);
export const eventReports = (r: GraphReader, ids: readonly string[]) => listsById(r, 'q-event-reports', ids, asReport);

export interface EventsFilter extends DateRange {
  kind?: string | null | undefined;
  place?: string | null | undefined;
  /** Body name or key list. */
  organizer?: { keys: string[]; name: string | null } | null | undefined;
  /** Person ids or a person's name. */
  chair?: { ids: string[]; name: string | null } | null | undefined;
  /** Document keys and/or a number. */
  document?: { keys: string[]; number: string | null } | null | undefined;
  newestFirst?: boolean | null | undefined;
}

/** A page of events and, when `withParticipants` gives roles, each one's participants with those roles. */
export interface EventsPage extends Page<EventRow> {
  participants: Map<string, ParticipationRow[]>;
}

export async function listEvents(r: GraphReader, filter: EventsFilter, w: Window, withParticipants: Role[] | null = null): Promise<EventsPage> {
  const num = filter.document?.number ? documentNumberKey(filter.document.number) : null;
  const rows = await r.run('q-events', {
    withParticipants: withParticipants !== null,
    roles: withParticipants ?? [],
    from: filter.from ?? null,
    to: filter.to ?? null,
    kind: filter.kind ? foldName(filter.kind) : null,
    ...placeParams(filter.place),
    organizerKeys: filter.organizer ? filter.organizer.keys : null,
    organizerName: filter.organizer?.name ? foldName(filter.organizer.name) : null,
    chairIds: filter.chair ? filter.chair.ids : null,
    chairName: filter.chair?.name ? asciiFold(filter.chair.name) : null,
    documentKeys: filter.document ? [...filter.document.keys, ...(num ? [`no:${num}`] : [])] : null,
    documentPrefix: num ? `no:${num}@` : null,
    newestFirst: filter.newestFirst ?? false,
    ...windowParams(w),
  });
  const participants = new Map<string, ParticipationRow[]>();
  for (const x of (rows[0]?.participants as { id: string; items: unknown[] }[] | undefined) ?? []) participants.set(x.id, x.items.map(asParticipation));
  return { ...toPage(rows[0], w, asEvent), participants };
}

// ---------------------------------------------------------------------------------------------
// Documents

export const documentIssuers = (r: GraphReader, ids: readonly string[]) => listsById(r, 'q-document-issuers', ids, asBody);
export const documentTrails = (r: GraphReader, ids: readonly string[], w: Window) => pagesById(r, 'q-document-trail', ids, w, asCitation);

/** A document and, when `trail` gives a window, that page of its trail, in one round trip. */
export async function documentView(r: GraphReader, key: string, trail: Window | null): Promise<{ document: DocumentRow; trail: Page<CitationRow> } | undefined> {
  const w: Window = trail ?? { start: 0, end: 0 };
  const rows = await r.run('q-document-view', { key, trail: trail !== null, ...windowParams(w) });
  const row = rows[0];
  if (!row) return undefined;
  return { document: asDocument(row.document), trail: toPage(row, w, asCitation) };
}

/** Documents with this number, in any spacing, case or dash ("58-NQ/TW", "58 - nq/tw"). */
export async function documentsByNumber(r: GraphReader, number: string): Promise<DocumentRow[]> {
  const key = documentNumberKey(number);
  const search = luceneQuery(number, { prefix: false });
  if (!key || !search) return [];
  const rows = await r.run('q-documents-by-number', { exact: `no:${key}`, prefix: `no:${key}@`, search });
  const wanted = looseNumber(number);
  return rows.map((row) => asDocument(row.document)).filter((d) => d.number !== null && looseNumber(d.number) === wanted);
}

/** One page of a full-text query (`query` takes $search and the window). */
async function searchPage<T>(r: GraphReader, query: string, text: string, w: Window, map: (x: unknown) => T): Promise<Page<T>> {
  const search = luceneQuery(text);
  if (!search) return { total: 0, offset: 0, items: [] };
  const rows = await r.run(query, { search, ...windowParams(w) });
  return toPage(rows[0], w, map);
}

export const searchDocuments = (r: GraphReader, text: string, w: Window) => searchPage(r, 'q-documents-search', text, w, asDocument);

// ---------------------------------------------------------------------------------------------
// Bodies, reports, places

export const bodyParents = (r: GraphReader, ids: readonly string[]) => listsById(r, 'q-body-parents', ids, asBody);
export const bodyPlaces = (r: GraphReader, ids: readonly string[]) => listsById(r, 'q-body-places', ids, asPlace);
export const bodyTenures = (r: GraphReader, ids: readonly string[], title: string | null, on: string | null) =>
  listsById(r, 'q-body-tenures', ids, asTenure, { title: title ? foldName(title) : null, on });
export const bodyEvents = (r: GraphReader, ids: readonly string[], range: DateRange, w: Window) =>
  pagesById(r, 'q-body-events', ids, w, asEvent, { from: range.from ?? null, to: range.to ?? null });
export const bodyDocuments = (r: GraphReader, ids: readonly string[], w: Window) => pagesById(r, 'q-body-documents', ids, w, asDocument);

export async function bodiesByName(r: GraphReader, name: string): Promise<BodyRow[]> {
  const rows = await r.run('q-bodies-by-name', { keys: bodyKeys(name), name: foldName(name) });
  return rows.map((row) => asBody(row.body));
}

export const searchBodies = (r: GraphReader, text: string, w: Window) => searchPage(r, 'q-bodies-search', text, w, asBody);

export const reportEvents = (r: GraphReader, ids: readonly string[]) => listsById(r, 'q-report-events', ids, asEvent);
export const reportPeople = (r: GraphReader, ids: readonly string[]) => listsById(r, 'q-report-people', ids, asPerson);
export const reportCitations = (r: GraphReader, ids: readonly string[]) => listsById(r, 'q-report-citations', ids, asCitation);
export const placeParents = (r: GraphReader, ids: readonly string[]) => listsById(r, 'q-place-parents', ids, asPlace);
/** What each unit went into in the July 2025 reform. */
export const placeSuccessors = (r: GraphReader, ids: readonly string[]) => listsById(r, 'q-place-successors', ids, asPlace);


// ---------------------------------------------------------------------------------------------
// Office holders

export interface OfficeHolders {
  bodies: BodyRow[];
  tenures: TenureRow[];
}

/** Tenures with `title` at the bodies named `body`, seen around `on` when given. */
export async function officeHolders(r: GraphReader, title: string, body: string, on: string | null): Promise<OfficeHolders> {
  const rows = await r.run('q-office-holders', { keys: bodyKeys(body), name: foldName(body), title: foldName(title), on });
  return {
    bodies: rows.map((row) => asBody(row.body)),
    tenures: rows.flatMap((row) => (row.tenures as unknown[]).map(asTenure)),
  };
}

// ---------------------------------------------------------------------------------------------
// Search across types

export type SearchType = 'Person' | 'Body' | 'Event' | 'Document';
export const SEARCH_TYPES: readonly SearchType[] = ['Person', 'Body', 'Event', 'Document'];

const FIELDS: Record<SearchType, readonly string[]> = {
  Person: ['id', 'name', 'normName', 'districtCode', 'provinceCode'],
  Body: ['key', 'name', 'kind', 'level'],
  Event: ['id', 'kind', 'title', 'date', 'partOfDay', 'location'],
  Document: ['key', 'type', 'number', 'date', 'issuer', 'title'],
};

export async function searchAll(r: GraphReader, text: string, types: readonly SearchType[], limit: number): Promise<SearchHitRow[]> {
  const search = luceneQuery(text);
  if (!search || types.length === 0 || limit === 0) return [];
  const rows = await r.run('q-search', { search, types: [...types], limit: int(limit) });
  return rows.map((row) => {
    const type = row.type as SearchType;
    const props = row.props as Record<string, unknown>;
    const node = Object.fromEntries(FIELDS[type].map((f) => [f, props[f] ?? null]));
    return { score: row.score as number, node: { ...node, _type: type } as SearchHitRow['node'] };
  });
}

// ---------------------------------------------------------------------------------------------
// Paths between people

export type PathEntityType = 'Person' | 'Event' | 'Body';
export interface PathEntity {
  type: PathEntityType;
  id: string;
}
export interface PathLinkRow {
  from: PathEntity;
  to: PathEntity;
  /** chair | speaker | attendee | held | organized | part of */
  relation: 'chair' | 'speaker' | 'attendee' | 'held' | 'organized' | 'part of';
  /** the title held, for `held` */
  title: string | null;
  /** what carries the evidence: a participation or a tenure */
  via: { kind: 'participation' | 'tenure'; key: string } | null;
}
export interface PathRow {
  fromId: string;
  toId: string;
  /** null when the two people are not connected within the bound */
  links: PathLinkRow[] | null;
  /** The people, events and bodies of the chosen path, as rows (empty when not connected). */
  entities: (PersonRow | EventRow | BodyRow)[];
}

interface RawPathNode {
  labels: string[];
  id: string;
  role: string | null;
  title: string | null;
  /** for a Post: the key of its body */
  body?: string | null;
  /** the properties of a person, event or body (of a post: its body's) */
  props?: Record<string, unknown> | null;
}

/** The rows of the people, events and bodies on a path. */
function pathEntities(nodes: RawPathNode[]): (PersonRow | EventRow | BodyRow)[] {
  return nodes.flatMap((n): (PersonRow | EventRow | BodyRow)[] => {
    if (!n.props) return [];
    if (n.labels.includes('Person')) return [asPerson(n.props)];
    if (n.labels.includes('Event')) return [asEvent(n.props)];
    return n.labels.includes('Body') || n.labels.includes('Post') ? [asBody(n.props)] : [];
  });
}

/** The path's entities and links: Participation, Tenure and Post nodes become link labels. */
export function simplifyPath(nodes: RawPathNode[]): PathLinkRow[] {
  const links: PathLinkRow[] = [];
  const entity = (n: RawPathNode): PathEntity | undefined => {
    for (const type of ['Person', 'Event', 'Body'] as const) if (n.labels.includes(type)) return { type, id: n.id };
    if (n.labels.includes('Post') && n.body) return { type: 'Body', id: n.body };
    return undefined;
  };
  let prev: PathEntity | undefined;
  let pending: Pick<PathLinkRow, 'relation' | 'title' | 'via'> | undefined;
  for (const n of nodes) {
    const e = entity(n);
    if (!e) {
      if (n.labels.includes('Participation')) {
        pending = { relation: (n.role as Role) ?? 'attendee', title: null, via: { kind: 'participation', key: n.id } };
      } else if (n.labels.includes('Tenure')) {
        pending = { relation: 'held', title: n.title, via: { kind: 'tenure', key: n.id } };
      }
      continue;
    }
    if (prev && prev.type === e.type && prev.id === e.id) {
      // a post and then its body: one step
      pending = undefined;
      continue;
    }
    if (prev) {
      const link = pending ?? {
        relation: prev.type === 'Body' && e.type === 'Body' ? ('part of' as const) : ('organized' as const),
        title: null,
        via: null,
      };
      links.push({ from: prev, to: e, ...link });
    }
    prev = e;
    pending = undefined;
  }
  return links;
}

const RELATION_RANK: Record<PathLinkRow['relation'], number> = { chair: 0, speaker: 1, held: 2, organized: 3, attendee: 4, 'part of': 5 };

/** A sort key for a path: fewer links, then stronger relations, then ids (so the answer is stable). */
function pathKey(links: PathLinkRow[]): string {
  return [String(links.length).padStart(3, '0'), ...links.map((l) => `${RELATION_RANK[l.relation]}:${l.to.type}:${l.to.id}`)].join('|');
}

/** The shortest connection of two people (undefined when either does not exist). */
export async function pathBetween(r: GraphReader, from: string, to: string, maxHops: number): Promise<PathRow | undefined> {
  const rows = await r.run('q-path', { from, to });
  const row = rows[0];
  if (!row) return undefined;
  // each distinct node once, with its element id; each path a list of element ids
  const byEid = new Map((row.nodes as (RawPathNode & { eid: string })[]).map((n) => [n.eid, n]));
  const candidates = (row.paths as string[][])
    .map((eids) => eids.map((eid) => byEid.get(eid)!))
    .map((nodes) => ({ nodes, links: simplifyPath(nodes) }))
    .filter(({ links }) => links.length > 0 && links.length <= maxHops)
    .map((c) => ({ ...c, key: pathKey(c.links) }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const best = candidates[0];
  return { fromId: from, toId: to, links: best?.links ?? null, entities: best ? pathEntities(best.nodes) : [] };
}
