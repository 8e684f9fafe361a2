// Evidence: the sentence of a report that states a fact, and the rule that read it.
import { builder } from './builder.ts';
import { EvidenceRef, ReportRef } from './refs.ts';

EvidenceRef.implement({
  description: 'Where a fact comes from: the quoted sentence of a report and the extraction rule that read it.',
  fields: (t) => ({
    quote: t.exposeString('quote', { description: 'The sentence of the report that states the fact.' }),
    rule: t.string({ nullable: true, description: 'The extraction rule that read it.', resolve: (ev) => ev.rule }),
    reportTitle: t.string({ nullable: true, description: "The report's headline.", resolve: (ev) => ev.report?.title ?? null }),
    url: t.string({ nullable: true, description: "The report's address.", resolve: (ev) => ev.report?.url ?? null }),
    date: t.string({
      nullable: true,
      description: 'When the report was published ("YYYY-MM-DD", or "YYYY-MM" when only the month is known).',
      resolve: (ev) => ev.report?.publishedAt ?? null,
    }),
    start: t.int({ nullable: true, description: 'Offset of the quote in the normalized report text.', resolve: (ev) => ev.start }),
    end: t.int({ nullable: true, description: 'End offset of the quote in the normalized report text.', resolve: (ev) => ev.end }),
    report: t.field({ type: ReportRef, nullable: true, description: 'The report itself.', resolve: (ev) => ev.report?.id ?? null }),
  }),
});

