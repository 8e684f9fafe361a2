// References to the GraphQL object types, declared before any type is implemented so that the
// per-type files (person.ts, event.ts, …) can point at each other without import cycles. The
// node types load by id through DataLoaders (one Cypher round trip per batch).
import * as q from '../graph/queries.ts';
import type { GraphReader } from '../graph/reader.ts';
import { builder, type Context, loaderOptions } from './builder.ts';

const byType = (type: string) => (value: unknown) => (value as { _type?: string } | null)?._type === type;

/** A Relay node type loaded by key through a DataLoader (one round trip per batch of keys). */
function nodeRef<T extends object>(name: string, key: (row: T) => string, load: (reader: GraphReader, ids: readonly string[]) => Promise<T[]>) {
  return builder.loadableNodeRef(name, {
    id: { resolve: key },
    load: (ids: string[], ctx: Context) => load(ctx.reader, ids),
    toKey: key,
    sort: true,
    loaderOptions,
  });
}

export const PersonRef = nodeRef('Person', (p: q.PersonRow) => p.id, q.peopleById);
export const EventRef = nodeRef('Event', (e: q.EventRow) => e.id, q.eventsById);
export const DocumentRef = nodeRef('Document', (d: q.DocumentRow) => d.key, q.documentsByKey);
export const BodyRef = nodeRef('Body', (b: q.BodyRow) => b.key, q.bodiesByKey);
export const ReportRef = nodeRef('Report', (r: q.ReportRow) => r.id, q.reportsById);
export const PlaceRef = nodeRef('Place', (u: q.PlaceRow) => u.key, q.placesByKey);
export const TenureRef = nodeRef('Tenure', (t: q.TenureRow) => t.key, q.tenuresByKey);

export const ParticipationRef = builder.objectRef<q.ParticipationRow>('Participation');
export const CitationRef = builder.objectRef<q.CitationRow>('Citation');
export const EvidenceRef = builder.objectRef<q.EvidenceRow>('Evidence');
export const OrganizerRef = builder.objectRef<q.OrganizerRow>('Organizer');

export const isPerson = byType('Person');
export const isEvent = byType('Event');
export const isDocument = byType('Document');
export const isBody = byType('Body');
export const isReport = byType('Report');
export const isPlace = byType('Place');
export const isTenure = byType('Tenure');

export const RoleEnum = builder.enumType('Role', {
  description: 'How a person took part in an event.',
  values: {
    CHAIR: { value: 'chair', description: 'chaired or co-chaired it (chủ trì, đồng chủ trì)' },
    SPEAKER: { value: 'speaker', description: 'spoke (phát biểu, kết luận, chỉ đạo)' },
    ATTENDEE: { value: 'attendee', description: 'attended (dự, tham dự)' },
  } as const,
});
