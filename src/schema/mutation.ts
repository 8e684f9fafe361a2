// Mutation ingestReport: extract one report's people, posts, events and documents and write
// them into the graph. Requires the API token (Authorization: Bearer <CIVIC_GRAPH_API_TOKEN>).
import { z } from 'zod';
import { builder, type IngestReportResult } from './builder.ts';
import { clientError, unauthenticated } from './errors.ts';
import { ReportRef } from './refs.ts';

export const MAX_REPORT_CHARS = 200_000;

const IngestReportInput = builder.inputType('IngestReportInput', {
  description: 'A report to ingest: its text (plain text or HTML) and what is known about it.',
  fields: (t) => ({
    text: t.string({
      required: true,
      description: `The report, plain text or HTML (at most ${MAX_REPORT_CHARS} characters).`,
      validate: z
        .string()
        .max(MAX_REPORT_CHARS, { error: `the text is too long (at most ${MAX_REPORT_CHARS} characters)` })
        .refine((s) => /\p{L}/u.test(s), { error: 'the text has no letters' }),
    }),
    url: t.string({ description: 'Where the report was published.', validate: z.url({ error: 'expected an absolute URL' }).max(2000) }),
    title: t.string({ description: 'Its headline (else taken from the text).', validate: z.string().max(500) }),
    publishedAt: t.string({
      description: '"YYYY-MM-DD" or "YYYY-MM" (else taken from the text).',
      validate: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: 'expected "YYYY-MM-DD" or "YYYY-MM"' }),
    }),
    district: t.string({ description: 'The district the report is about (e.g. "Đông Sơn").', validate: z.string().max(100) }),
    province: t.string({ description: 'The province the report is about (e.g. "Thanh Hóa").', validate: z.string().max(100) }),
  }),
});

type Extracted = IngestReportResult['extracted'];

const PositionRef = builder.objectRef<Extracted['people'][number]['positions'][number]>('ExtractedPosition').implement({
  fields: (t) => ({
    title: t.exposeString('title'),
    body: t.string({ nullable: true, resolve: (p) => p.body }),
  }),
});

const ExtractedPersonRef = builder.objectRef<Extracted['people'][number]>('ExtractedPerson').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    positions: t.field({ type: [PositionRef], resolve: (p) => p.positions }),
  }),
});

const ExtractedEventRef = builder.objectRef<Extracted['events'][number]>('ExtractedEvent').implement({
  fields: (t) => ({
    title: t.string({ nullable: true, resolve: (e) => e.title }),
    date: t.string({ nullable: true, resolve: (e) => e.date }),
    organizers: t.exposeStringList('organizers'),
    chairs: t.exposeStringList('chairs'),
    speakers: t.exposeStringList('speakers'),
    attendees: t.exposeStringList('attendees'),
  }),
});

const ExtractedDocumentRef = builder.objectRef<Extracted['documents'][number]>('ExtractedDocument').implement({
  fields: (t) => ({
    type: t.exposeString('type'),
    number: t.string({ nullable: true, resolve: (d) => d.number }),
    date: t.string({ nullable: true, resolve: (d) => d.date }),
    issuer: t.string({ nullable: true, resolve: (d) => d.issuer }),
    title: t.string({ nullable: true, resolve: (d) => d.title }),
  }),
});

const ExtractionRef = builder.objectRef<Extracted>('Extraction').implement({
  description: 'What the extractor read from the report.',
  fields: (t) => ({
    people: t.field({ type: [ExtractedPersonRef], resolve: (x) => x.people }),
    events: t.field({ type: [ExtractedEventRef], resolve: (x) => x.events }),
    documents: t.field({ type: [ExtractedDocumentRef], resolve: (x) => x.documents }),
  }),
});

const IngestCountsRef = builder.objectRef<IngestReportResult['created']>('IngestCounts').implement({
  description: 'What ingestion changed in the graph.',
  fields: (t) => ({
    nodes: t.exposeInt('nodes', { description: 'Nodes created (report, people, tenures, events, participations, documents, citations, evidence, …).' }),
    relationships: t.exposeInt('relationships', { description: 'Relationships created.' }),
    nodesDeleted: t.exposeInt('nodesDeleted', { description: 'Nodes deleted (facts of an older version of the same url).' }),
    relationshipsDeleted: t.exposeInt('relationshipsDeleted'),
    replacedVersions: t.exposeInt('replacedVersions', { description: 'Older versions of the same url whose facts were replaced.' }),
  }),
});

const IngestReportPayload = builder.objectRef<IngestReportResult>('IngestReportPayload').implement({
  fields: (t) => ({
    report: t.field({ type: ReportRef, nullable: true, description: 'The report node, as now stored.', resolve: (r) => r.reportId }),
    changed: t.exposeBoolean('changed', { description: 'False when this text had been ingested before (nothing new was written).' }),
    extracted: t.field({ type: ExtractionRef, resolve: (r) => r.extracted }),
    created: t.field({ type: IngestCountsRef, description: 'What was written.', resolve: (r) => r.created }),
  }),
});

builder.mutationFields((t) => ({
  ingestReport: t.field({
    type: IngestReportPayload,
    description: 'Extract one report and add it to the graph. Requires Authorization: Bearer <API token>.',
    args: { input: t.arg({ type: IngestReportInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (!ctx.mutationsEnabled) throw unauthenticated('Mutations are disabled: the server has no API token (set CIVIC_GRAPH_API_TOKEN).');
      if (!ctx.authorized) throw unauthenticated('This mutation requires the API token: send "Authorization: Bearer <token>".');
      if (!ctx.ingestReport) throw clientError('DATABASE_UNAVAILABLE', 'This server cannot ingest reports.');
      return ctx.ingestReport(input);
    },
  }),
}));
