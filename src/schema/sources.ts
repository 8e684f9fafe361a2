// The sources of a fact (tenure, participation, citation, person): `sources(first:)` and
// `sourceCount`, the same two fields on every type that has them. A fact stated in every report
// of a district for years has thousands of sentences; a page asks for the first few and the count.
import * as q from '../graph/queries.ts';
import { z } from 'zod';
import { builder, loaderOptions } from './builder.ts';
import { EvidenceRef } from './refs.ts';

/** The most sources one `sources(first:)` gives. */
export const MAX_SOURCES = 1000;
const sourcesFirst = z.number().int().min(0, { error: `"first" must be between 0 and ${MAX_SOURCES}` }).max(MAX_SOURCES, { error: `"first" must be between 0 and ${MAX_SOURCES}` });

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * `sources(first: Int)` (oldest first; all when `first` is omitted) and `sourceCount: Int!` of
 * the facts `keyOf` names: one Cypher round trip per field and list level, whatever the sizes.
 */
export function sourceFields<Parent>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>, kind: q.SourceKind, what: string, keyOf: (p: Parent) => string) {
  return {
    sources: t.loadableList({
      loaderOptions,
      byPath: true,
      type: EvidenceRef,
      description: `${what}, oldest first.`,
      args: { first: t.arg.int({ validate: sourcesFirst, description: `At most this many (0-${MAX_SOURCES}); all when omitted.` }) },
      load: async (keys: string[], ctx, args) => (await q.sourcePagesOf(ctx.reader, kind, keys, args.first ?? null)).map((p) => p.items),
      resolve: keyOf,
    }),
    sourceCount: t.loadable({
      loaderOptions,
      type: 'Int',
      description: "How many sentences `sources` gives when asked for all of them.",
      load: async (keys: string[], ctx) => (await q.sourcePagesOf(ctx.reader, kind, keys, 0)).map((p) => p.total),
      resolve: keyOf,
    }),
  };
}
