// How two people are connected: the shortest path through events (taking part in the same
// event) and bodies (holding posts at the same body, a body organizing an event), bounded hops.
import { createContextCache } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import * as q from '../graph/queries.ts';
import { builder, loaderOptions, type Context } from './builder.ts';
import { badInput, notFound } from './errors.ts';
import { globalIdOf } from './event.ts';
import { BodyRef, EventRef, EvidenceRef, PersonRef } from './refs.ts';
import { nameText } from './validate.ts';

const MAX_HOPS = 6;

const PathRelationEnum = builder.enumType('PathRelation', {
  values: {
    CHAIR: { value: 'chair', description: 'the person chaired the event' },
    SPEAKER: { value: 'speaker', description: 'the person spoke at the event' },
    ATTENDEE: { value: 'attendee', description: 'the person attended the event' },
    HELD: { value: 'held', description: 'the person held a title at the body' },
    ORGANIZED: { value: 'organized', description: 'the body organized the event' },
    PART_OF: { value: 'part of', description: 'one body is part of the other' },
  } as const,
});

const PathNode = builder.unionType('PathNode', {
  description: 'A step of a path: a person, an event or a body.',
  types: [PersonRef, EventRef, BodyRef],
  resolveType: (row) => row._type,
});

const loadEntity = (e: q.PathEntity, ctx: Context) =>
  e.type === 'Person' ? PersonRef.getDataloader(ctx).load(e.id) : e.type === 'Event' ? EventRef.getDataloader(ctx).load(e.id) : BodyRef.getDataloader(ctx).load(e.id);

/** Evidence of participations and tenures on a path: at most one query per kind. */
const linkSources = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, q.EvidenceRow[]>(async (refs) => {
      const byKind = new Map<'participation' | 'tenure', string[]>();
      for (const ref of refs) {
        const [kind, key] = splitRef(ref);
        byKind.set(kind, [...(byKind.get(kind) ?? []), key]);
      }
      const found = new Map<string, q.EvidenceRow[]>();
      await Promise.all(
        [...byKind].map(async ([kind, keys]) => {
          const lists = await q.sourcesOf(ctx.reader, kind, keys);
          keys.forEach((key, i) => found.set(`${kind}|${key}`, lists[i] ?? []));
        }),
      );
      return refs.map((ref) => found.get(ref) ?? []);
    }, loaderOptions),
);

function splitRef(ref: string): ['participation' | 'tenure', string] {
  const bar = ref.indexOf('|');
  return [ref.slice(0, bar) as 'participation' | 'tenure', ref.slice(bar + 1)];
}

const PathLinkRef = builder.objectRef<q.PathLinkRow>('PathLink').implement({
  description: 'One link of a path, between two consecutive steps.',
  fields: (t) => ({
    from: t.field({ type: PathNode, resolve: (l, _a, ctx) => loadEntity(l.from, ctx) }),
    to: t.field({ type: PathNode, resolve: (l, _a, ctx) => loadEntity(l.to, ctx) }),
    relation: t.field({ type: PathRelationEnum, resolve: (l) => l.relation }),
    title: t.string({ nullable: true, description: 'The title held, for HELD links.', resolve: (l) => l.title }),
    sources: t.field({
      type: [EvidenceRef],
      description: 'The sentences that state the link (participations and tenures).',
      resolve: (l, _a, ctx) => (l.via ? linkSources(ctx).load(`${l.via.kind}|${l.via.key}`) : []),
    }),
  }),
});

/** Person ids for arguments that are ids or names (NOT_FOUND / BAD_USER_INPUT when a name is unknown or ambiguous). */
async function personIds(ctx: Context, refs: string[]): Promise<string[]> {
  const ids = refs.map((ref) => globalIdOf(ref, 'Person'));
  const names = refs.filter((_, i) => ids[i] === undefined);
  const known = ids.filter((id): id is string => id !== undefined);
  // one round trip for the names, one (batched) for the ids, in parallel
  const [byName, people] = await Promise.all([
    names.length ? q.peopleByName(ctx.reader, names) : Promise.resolve([]),
    Promise.all(known.map((id) => PersonRef.getDataloader(ctx).load(id))),
  ]);
  let n = 0;
  return refs.map((ref, i) => {
    const id = ids[i];
    if (id !== undefined) {
      if (!people[known.indexOf(id)]) throw notFound(`No person with id ${encodeURIComponent(id)}.`);
      return id;
    }
    const matches = byName[n++] ?? [];
    if (matches.length === 0) throw notFound(`No person named "${ref}".`);
    if (matches.length > 1) {
      throw badInput(`${matches.length} people are named "${ref}"; pass one of their ids: ${matches.map((p) => encodeGlobalID('Person', p.id)).join(', ')}.`);
    }
    return matches[0]!.id;
  });
}

const PersonPathRef = builder.objectRef<q.PathRow>('PersonPath').implement({
  description: 'How two people are connected.',
  fields: (t) => ({
    connected: t.boolean({ description: 'False when no path of at most maxHops links exists.', resolve: (p) => p.links !== null }),
    hops: t.int({ nullable: true, description: 'The number of links.', resolve: (p) => p.links?.length ?? null }),
    from: t.field({ type: PersonRef, resolve: (p) => p.fromId }),
    to: t.field({ type: PersonRef, resolve: (p) => p.toId }),
    links: t.field({ type: [PathLinkRef], description: 'The links from `from` to `to`, in order.', resolve: (p) => p.links ?? [] }),
  }),
});

builder.queryFields((t) => ({
  howConnected: t.field({
    type: PersonPathRef,
    description:
      'The shortest connection between two people through events they took part in and bodies they held posts at ' +
      `(at most maxHops links, ${MAX_HOPS} at most). Each person is an id or a full name. NOT_FOUND when either does not exist.`,
    args: {
      from: t.arg.string({ required: true, validate: nameText, description: 'A person id, or a full name ("Lê Trọng Thụ", accents optional).' }),
      to: t.arg.string({ required: true, validate: nameText, description: 'A person id, or a full name.' }),
      maxHops: t.arg.int({ defaultValue: 4, description: `1-${MAX_HOPS}.` }),
    },
    resolve: async (_root, args, ctx) => {
      const maxHops = args.maxHops ?? 4;
      if (maxHops < 1 || maxHops > MAX_HOPS) throw badInput(`Argument "maxHops" must be between 1 and ${MAX_HOPS}, got ${maxHops}.`);
      // Two person ids: straight to the path query, which finds nothing when either is missing
      // (then personIds says which); names are looked up first.
      const fromId = globalIdOf(args.from, 'Person');
      const toId = globalIdOf(args.to, 'Person');
      let path: q.PathRow | undefined;
      if (fromId !== undefined && toId !== undefined && fromId !== toId) path = await q.pathBetween(ctx.reader, fromId, toId, maxHops);
      if (!path) {
        const [from, to] = await personIds(ctx, [args.from, args.to]);
        if (from === to) return { fromId: from!, toId: to!, links: [], entities: [] };
        path = await q.pathBetween(ctx.reader, from!, to!, maxHops);
        if (!path) throw notFound('No person with one of these ids.');
      }
      for (const row of path.entities) {
        if (row._type === 'Person') PersonRef.getDataloader(ctx).prime(row.id, row);
        else if (row._type === 'Event') EventRef.getDataloader(ctx).prime(row.id, row);
        else BodyRef.getDataloader(ctx).prime(row.key, row);
      }
      return path;
    },
  }),
}));
