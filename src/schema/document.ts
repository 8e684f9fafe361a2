// Document: a resolution, decision, conclusion, plan… cited by reports; its issuer and its trail.
import * as q from '../graph/queries.ts';
import { documentNumber, searchText } from './validate.ts';
import type { GraphQLResolveInfo } from 'graphql';
import { builder, toConnection, windowFor, loaderOptions, type Context } from './builder.ts';
import { badInput, notFound } from './errors.ts';
import { CitationConnection, DocumentConnection } from './lists.ts';
import { attempt, prefetch, prefetchedOr, selectedFields, single } from './lookahead.ts';
import { BodyRef, DocumentRef, isDocument } from './refs.ts';

DocumentRef.implement({
  description: 'A document (Nghị quyết, Quyết định, Kết luận, Kế hoạch, …) cited in reports.',
  isTypeOf: isDocument,
  fields: (t) => ({
    number: t.string({ nullable: true, description: 'The number as written, e.g. "58-NQ/TW" (null for unnumbered documents).', resolve: (d) => d.number }),
    type: t.string({ nullable: true, description: 'Nghị quyết, Quyết định, Kết luận, Chỉ thị, Kế hoạch, …', resolve: (d) => d.type }),
    date: t.string({ nullable: true, description: 'The date it was issued ("YYYY-MM-DD").', resolve: (d) => d.date }),
    title: t.string({ nullable: true, description: 'Its subject, as cited.', resolve: (d) => d.title }),
    issuerName: t.string({ nullable: true, description: 'The issuer as cited ("Bộ Chính trị").', resolve: (d) => d.issuer }),
    issuer: t.loadable({
      loaderOptions,
      type: BodyRef,
      nullable: true,
      description: 'The issuing body.',
      load: (keys: string[], ctx) => q.documentIssuers(ctx.reader, keys).then((lists) => lists.map((l) => l[0] ?? null)),
      resolve: (d) => d.key,
    }),
    trail: t.loadable({
      loaderOptions,
      type: CitationConnection,
      byPath: true,
      description: 'Every citation of the document, at events and in reports, in date order (oldest first).',
      args: { ...t.arg.connectionArgs() },
      load: (keys: string[], ctx, args) =>
        prefetchedOr(ctx, 'Document.trail', args, keys, async (missing) => {
          const pages = await q.documentTrails(ctx.reader, missing, windowFor(args));
          return pages.map(trailConnection);
        }),
      resolve: (d) => d.key,
    }),
  }),
});

const trailConnection = (page: q.Page<q.CitationRow>) => toConnection(page, (node) => ({ node }));

/** document(id:) with the page of its trail that is asked for, in one round trip (the document page). */
async function documentWithLookahead(ctx: Context, key: string, info: GraphQLResolveInfo): Promise<q.DocumentRow | undefined> {
  const trail = single(selectedFields(info), 'trail');
  const window = trail && attempt(() => windowFor(trail.args));
  if (!trail || !window) return (await DocumentRef.getDataloader(ctx).load(key)) ?? undefined;
  const view = await q.documentView(ctx.reader, key, window);
  if (!view) return undefined;
  DocumentRef.getDataloader(ctx).prime(key, view.document);
  prefetch(ctx, 'Document.trail', trail.args, key, trailConnection(view.trail));
  return view.document;
}

builder.queryFields((t) => ({
  document: t.field({
    type: DocumentRef,
    description:
      'A document by id, or by number in any spacing or case ("58-NQ/TW", "58 - nq/tw"). When several documents share a number ' +
      '(numbers restart each term), pass its date. NOT_FOUND when there is none.',
    args: {
      id: t.arg.globalID({ for: DocumentRef }),
      number: t.arg.string({ validate: documentNumber }),
      date: t.arg({ type: 'Date', description: 'The issue date, to pick one of several documents with the same number.' }),
    },
    resolve: async (_root, args, ctx, info) => {
      if ((args.id ? 1 : 0) + (args.number ? 1 : 0) !== 1) throw badInput('Give exactly one of "id" or "number".');
      if (args.id) {
        const doc = await documentWithLookahead(ctx, args.id.id, info);
        if (!doc) throw notFound(`No document with id ${encodeURIComponent(args.id.id)}.`);
        return doc;
      }
      const number = args.number!;
      let docs = await q.documentsByNumber(ctx.reader, number);
      if (args.date) docs = docs.filter((d) => d.date === args.date);
      if (docs.length === 0) throw notFound(`No document numbered "${number}"${args.date ? ` dated ${args.date}` : ''}.`);
      if (docs.length > 1) {
        throw badInput(
          `${docs.length} documents are numbered "${number}" (dated ${docs.map((d) => d.date ?? 'unknown').join(', ')}); pass "date" to pick one, or use documentsByNumber.`,
        );
      }
      return docs[0]!;
    },
  }),
  documentsByNumber: t.field({
    type: [DocumentRef],
    description: 'All documents with this number (any spacing or case), oldest first.',
    args: { number: t.arg.string({ required: true, validate: documentNumber }) },
    resolve: (_root, args, ctx) => q.documentsByNumber(ctx.reader, args.number),
  }),
  documents: t.connection(
    {
      type: DocumentRef,
      description: 'Documents whose number, title or type match the words (accent-insensitive), best match first.',
      args: { search: t.arg.string({ required: true, validate: searchText }) },
      resolve: async (_root, args, ctx) => {
        const page = await q.searchDocuments(ctx.reader, args.search, windowFor(args));
        return toConnection(page, (node) => ({ node }));
      },
    },
    DocumentConnection,
  ),
}));
