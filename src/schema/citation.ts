// Citation: a document cited in a report, at an event when the citation is in its sentences.
import { builder } from './builder.ts';
import { sourceFields } from './sources.ts';
import { CitationRef, DocumentRef, EventRef, ReportRef } from './refs.ts';

CitationRef.implement({
  description: 'A document cited in a report (and at an event, when the citation is in its sentences).',
  fields: (t) => ({
    date: t.string({ nullable: true, description: "The event's date, else the report's publication date.", resolve: (c) => c.date }),
    document: t.field({ type: DocumentRef, resolve: (c) => c.document }),
    event: t.field({ type: EventRef, nullable: true, description: 'The event it was cited at, if any.', resolve: (c) => c.event }),
    report: t.field({ type: ReportRef, description: 'The report that cites it.', resolve: (c) => c.report }),
    ...sourceFields(t, 'citation', 'The sentences with the citation', (c) => c.key),
  }),
});

