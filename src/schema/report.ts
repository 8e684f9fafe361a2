// Report: one news report (a page of a district portal or a provincial newspaper).
import * as q from '../graph/queries.ts';
import { builder, loaderOptions } from './builder.ts';
import { CitationRef, EventRef, isReport, PersonRef, ReportRef } from './refs.ts';

ReportRef.implement({
  description: 'A news report the graph was extracted from.',
  isTypeOf: isReport,
  fields: (t) => ({
    title: t.string({ nullable: true, resolve: (r) => r.title }),
    url: t.string({ nullable: true, resolve: (r) => r.url }),
    publishedAt: t.string({ nullable: true, description: '"YYYY-MM-DD", or "YYYY-MM" when only the month is known.', resolve: (r) => r.publishedAt }),
    authors: t.stringList({ resolve: (r) => r.authors ?? [] }),
    district: t.string({ nullable: true, resolve: (r) => r.district }),
    province: t.string({ nullable: true, resolve: (r) => r.province }),
    sourceFile: t.string({ nullable: true, resolve: (r) => r.sourceFile }),
    ingestedAt: t.string({ nullable: true, resolve: (r) => r.ingestedAt }),
    events: t.loadableList({
      loaderOptions,
      type: EventRef,
      description: 'The events the report describes.',
      load: (ids: string[], ctx) => q.reportEvents(ctx.reader, ids),
      resolve: (r) => r.id,
    }),
    people: t.loadableList({
      loaderOptions,
      type: PersonRef,
      description: 'The people the report mentions.',
      load: (ids: string[], ctx) => q.reportPeople(ctx.reader, ids),
      resolve: (r) => r.id,
    }),
    citations: t.loadableList({
      loaderOptions,
      type: CitationRef,
      description: 'The documents the report cites.',
      load: (ids: string[], ctx) => q.reportCitations(ctx.reader, ids),
      resolve: (r) => r.id,
    }),
  }),
});

