// The extraction record (../shared/eval/SCHEMA.md, extraction-record@1) and the evidence
// ("full" format) that ties every fact to its sentence and rule.
import { z } from 'zod';

export const Position = z.object({ title: z.string().min(1), body: z.string().nullable() });
export const Person = z.object({ name: z.string().min(1), positions: z.array(Position) });
export const Event = z.object({
  title: z.string().nullable(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  partOfDay: z.enum(['morning', 'afternoon', 'evening']).nullable(),
  location: z.string().nullable(),
  organizers: z.array(z.string()),
  chairs: z.array(z.string()),
  speakers: z.array(z.string()),
  attendees: z.array(z.string()),
});
export const DocumentRef = z.object({
  type: z.string(),
  number: z.string().nullable(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  issuer: z.string().nullable(),
  title: z.string().nullable(),
});
export const ExtractionRecord = z.object({
  schema: z.literal('extraction-record@1'),
  report: z.object({
    id: z.string(),
    title: z.string().nullable(),
    publishedAt: z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/).nullable(),
    authors: z.array(z.string()),
    place: z.object({ district: z.string().nullable(), province: z.string().nullable(), commune: z.string().nullable().optional() }),
  }),
  people: z.array(Person),
  events: z.array(Event),
  documents: z.array(DocumentRef),
});
export type ExtractionRecord = z.infer<typeof ExtractionRecord>;
export type EventRecord = z.infer<typeof Event>;
export type DocumentRecord = z.infer<typeof DocumentRef>;

/** Where a fact comes from: the rule that produced it and the sentence (offsets in the normalized text) that states it. */
export const Evidence = z.object({
  rule: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

export const FactKind = z.enum(['person', 'position', 'chair', 'speaker', 'attendee', 'organizer', 'event', 'document', 'citation', 'published', 'author', 'place', 'title']);
export type FactKind = z.infer<typeof FactKind>;

export const Fact = z.object({
  kind: FactKind,
  /** person name, document number, etc. */
  subject: z.string().nullable(),
  /** title|body for positions, body for organizers, event index for roles */
  object: z.string().nullable(),
  event: z.number().int().nullable(),
  evidence: Evidence,
});
export type Fact = z.infer<typeof Fact>;

export const FullExtraction = z.object({
  record: ExtractionRecord,
  facts: z.array(Fact),
  /** length of the normalized text the offsets refer to */
  textLength: z.number().int(),
});
export type FullExtraction = z.infer<typeof FullExtraction>;
