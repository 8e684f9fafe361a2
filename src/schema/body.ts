// Body: a Party committee, people's council or committee, agency or delegation; who held its
// posts, what it organized and issued.
import * as q from '../graph/queries.ts';
import { builder, toConnection, windowFor, loaderOptions } from './builder.ts';
import { badInput, notFound } from './errors.ts';
import { BodyConnection, DocumentConnection, EventConnection, rangeOf } from './lists.ts';
import { BodyRef, isBody, PlaceRef, TenureRef } from './refs.ts';
import { searchText, titleText } from './validate.ts';

BodyRef.implement({
  description: 'A body: Party committee (Huyện ủy), council (HĐND), people\'s committee (UBND), Front, agency or delegation.',
  isTypeOf: isBody,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The canonical name, e.g. "Huyện ủy Đông Sơn".' }),
    kind: t.string({ nullable: true, description: 'party, state, front, agency, national or delegation.', resolve: (b) => b.kind }),
    level: t.string({ nullable: true, description: 'province, district, commune or national.', resolve: (b) => b.level }),
    partOf: t.loadable({
      loaderOptions,
      type: BodyRef,
      nullable: true,
      description: 'The body this one belongs to (Ban Thường vụ Huyện ủy X → Huyện ủy X).',
      load: (keys: string[], ctx) => q.bodyParents(ctx.reader, keys).then((lists) => lists.map((l) => l[0] ?? null)),
      resolve: (b) => b.key,
    }),
    place: t.loadable({
      loaderOptions,
      type: PlaceRef,
      nullable: true,
      description: 'The administrative unit of the body.',
      load: (keys: string[], ctx) => q.bodyPlaces(ctx.reader, keys).then((lists) => lists.map((l) => l[0] ?? null)),
      resolve: (b) => b.key,
    }),
    holders: t.loadableList({
      loaderOptions,
      type: TenureRef,
      byPath: true,
      description: 'Tenures at this body, oldest first; optionally one title, and only those seen around a day.',
      args: {
        title: t.arg.string({ validate: titleText, description: 'A title, e.g. "Bí thư".' }),
        on: t.arg({ type: 'Date', description: 'Only tenures with firstSeen <= on <= lastSeen.' }),
      },
      load: (keys: string[], ctx, args) => q.bodyTenures(ctx.reader, keys, args.title ?? null, args.on ?? null),
      resolve: (b) => b.key,
    }),
    organized: t.loadable({
      loaderOptions,
      type: EventConnection,
      byPath: true,
      description: 'Events the body organized, in date order.',
      args: { ...t.arg.connectionArgs(), from: t.arg({ type: 'Date' }), to: t.arg({ type: 'Date' }) },
      load: async (keys: string[], ctx, args) => {
        const pages = await q.bodyEvents(ctx.reader, keys, rangeOf(args), windowFor(args));
        return pages.map((page) => toConnection(page, (node) => ({ node })));
      },
      resolve: (b) => b.key,
    }),
    issued: t.loadable({
      loaderOptions,
      type: DocumentConnection,
      byPath: true,
      description: 'Documents the body issued, by date.',
      args: { ...t.arg.connectionArgs() },
      load: async (keys: string[], ctx, args) => {
        const pages = await q.bodyDocuments(ctx.reader, keys, windowFor(args));
        return pages.map((page) => toConnection(page, (node) => ({ node })));
      },
      resolve: (b) => b.key,
    }),
  }),
});

builder.queryFields((t) => ({
  body: t.field({
    type: BodyRef,
    description: 'A body by id, or by its name ("Huyện ủy Đông Sơn"). NOT_FOUND when there is none.',
    args: {
      id: t.arg.globalID({ for: BodyRef }),
      name: t.arg.string({ validate: searchText }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.id) {
        const body = await BodyRef.getDataloader(ctx).load(args.id.id);
        if (!body) throw notFound(`No body with id ${encodeURIComponent(args.id.id)}.`);
        return body;
      }
      if (!args.name) throw badInput('Give "id" or "name".');
      const [body] = await q.bodiesByName(ctx.reader, args.name);
      if (!body) throw notFound(`No body named "${args.name}".`);
      return body;
    },
  }),
  bodies: t.connection(
    {
      type: BodyRef,
      description: 'Bodies whose name matches the words (accent-insensitive), best match first.',
      args: { search: t.arg.string({ required: true, validate: searchText }) },
      resolve: async (_root, args, ctx) => {
        const page = await q.searchBodies(ctx.reader, args.search, windowFor(args));
        return toConnection(page, (node) => ({ node }));
      },
    },
    BodyConnection,
  ),
}));
