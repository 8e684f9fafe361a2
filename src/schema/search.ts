// Search across people, bodies, events and documents (accent-insensitive full-text indexes).
import * as q from '../graph/queries.ts';
import { builder, MAX_PAGE } from './builder.ts';
import { badInput } from './errors.ts';
import { BodyRef, DocumentRef, EventRef, PersonRef } from './refs.ts';
import { searchText } from './validate.ts';

const SearchTypeEnum = builder.enumType('SearchType', {
  values: { PERSON: { value: 'Person' }, BODY: { value: 'Body' }, EVENT: { value: 'Event' }, DOCUMENT: { value: 'Document' } } as const,
});

const SearchResult = builder.unionType('SearchResult', {
  description: 'Anything search can find.',
  types: [PersonRef, BodyRef, EventRef, DocumentRef],
  resolveType: (row) => row._type,
});

const SearchHitRef = builder.objectRef<q.SearchHitRow>('SearchHit').implement({
  description: 'One search result and how well it matched.',
  fields: (t) => ({
    score: t.exposeFloat('score', { description: 'Relevance (higher is better; comparable within one type).' }),
    type: t.field({ type: SearchTypeEnum, resolve: (hit) => hit.node._type }),
    node: t.field({ type: SearchResult, resolve: (hit) => hit.node }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHitRef],
    description:
      'Search people, bodies, events and documents by words, with or without accents ("le trong thu", "58-NQ/TW"); best match first.',
    args: {
      text: t.arg.string({ required: true, validate: searchText }),
      types: t.arg({ type: [SearchTypeEnum], description: 'Only these types (default: all).' }),
      first: t.arg.int({ defaultValue: 20, description: `At most this many results (0-${MAX_PAGE}).` }),
    },
    resolve: (_root, args, ctx) => {
      const first = args.first ?? 20;
      if (first < 0 || first > MAX_PAGE) throw badInput(`Argument "first" must be between 0 and ${MAX_PAGE}, got ${first}.`);
      return q.searchAll(ctx.reader, args.text, args.types?.length ? args.types : q.SEARCH_TYPES, first);
    },
  }),
}));
