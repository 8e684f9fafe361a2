// Relay connection types shared by several fields (all have totalCount and at most 100 a page),
// and the date-range arguments that go with them.
import type { DateRange } from '../graph/queries.ts';
import { builder } from './builder.ts';
import { badInput } from './errors.ts';
import { BodyRef, CitationRef, DocumentRef, EventRef, PersonRef, ReportRef } from './refs.ts';

export const PersonConnection = builder.connectionObject({ type: PersonRef, name: 'PersonConnection' }, { name: 'PersonEdge' });
export const EventConnection = builder.connectionObject({ type: EventRef, name: 'EventConnection' }, { name: 'EventEdge' });
export const DocumentConnection = builder.connectionObject({ type: DocumentRef, name: 'DocumentConnection' }, { name: 'DocumentEdge' });
export const BodyConnection = builder.connectionObject({ type: BodyRef, name: 'BodyConnection' }, { name: 'BodyEdge' });
export const ReportConnection = builder.connectionObject({ type: ReportRef, name: 'ReportConnection' }, { name: 'ReportEdge' });
export const CitationConnection = builder.connectionObject({ type: CitationRef, name: 'CitationConnection' }, { name: 'CitationEdge' });

/** Checks a date range (BAD_USER_INPUT when `from` is after `to`). */
export function rangeOf(args: { from?: string | null | undefined; to?: string | null | undefined }): DateRange {
  if (args.from && args.to && args.from > args.to) throw badInput(`"from" (${args.from}) is after "to" (${args.to}).`);
  return { from: args.from ?? null, to: args.to ?? null };
}
