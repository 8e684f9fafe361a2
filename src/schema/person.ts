// Person: an official named in reports; their tenures, events, documents, colleagues, reports.
import * as q from '../graph/queries.ts';
import type { GraphQLResolveInfo } from 'graphql';
import { builder, toConnection, windowFor, type ConnectionResult, type Context, loaderOptions } from './builder.ts';
import { sourceFields } from './sources.ts';
import { notFound } from './errors.ts';
import { filterText } from './validate.ts';
import { PersonConnection, rangeOf, ReportConnection } from './lists.ts';
import { attempt, prefetch, prefetchedOr, selectedFields, single } from './lookahead.ts';
import {
  CitationRef,
  DocumentRef,
  EventRef,
  isPerson,
  ParticipationRef,
  PersonRef,
  PlaceRef,
  RoleEnum,
  TenureRef,
} from './refs.ts';

// ---------------------------------------------------------------------------------------------
// Edge types with their own fields

type ParticipationEdge = { participation: q.ParticipationRow };
const edgeOf = <E>(edge: unknown) => edge as E;

export const PersonEventConnection = builder.connectionObject(
  { type: EventRef, name: 'PersonEventConnection', description: "Events a person took part in, in date order." },
  {
    name: 'PersonEventEdge',
    fields: (t) => ({
      role: t.field({ type: RoleEnum, description: 'The role the person had.', resolve: (e) => edgeOf<ParticipationEdge>(e).participation.role }),
      participation: t.field({ type: ParticipationRef, resolve: (e) => edgeOf<ParticipationEdge>(e).participation }),
      ...sourceFields(t, 'participation', 'The sentences that state the participation', (e) => edgeOf<ParticipationEdge>(e).participation.key),
    }),
  },
);

type CitedEdge = { citations: q.CitationRow[] };
export const CitedDocumentConnection = builder.connectionObject(
  { type: DocumentRef, name: 'CitedDocumentConnection', description: 'Documents cited at events, ordered by the first such event.' },
  {
    name: 'CitedDocumentEdge',
    fields: (t) => ({
      citations: t.field({
        type: [CitationRef],
        description: 'Each citation of the document at those events, in date order.',
        resolve: (e) => edgeOf<CitedEdge>(e).citations,
      }),
    }),
  },
);

type ColleagueEdge = { sharedEvents: number; eventIds: string[] };
export const ColleagueConnection = builder.connectionObject(
  { type: PersonRef, name: 'ColleagueConnection', description: 'People who took part in the same events, most shared events first.' },
  {
    name: 'ColleagueEdge',
    fields: (t) => ({
      sharedEvents: t.int({ description: 'How many events both took part in.', resolve: (e) => edgeOf<ColleagueEdge>(e).sharedEvents }),
      events: t.field({
        type: [EventRef],
        description: 'Those events, in date order.',
        resolve: (e) => edgeOf<ColleagueEdge>(e).eventIds,
      }),
    }),
  },
);

// ---------------------------------------------------------------------------------------------
// Person

type ConnArgs = { first?: number | null; after?: string | null; last?: number | null; before?: string | null };
type DateArgs = { from?: string | null; to?: string | null };

PersonRef.implement({
  description: 'A person named in reports (entity-resolved by name and place).',
  isTypeOf: isPerson,
  fields: (t) => ({
    name: t.exposeString('name'),
    nameWithoutAccents: t.string({
      nullable: true,
      description: 'The name folded to ASCII, lower case ("le trong thu").',
      resolve: (p) => p.normName,
    }),
    districtCode: t.string({ nullable: true, resolve: (p) => p.districtCode }),
    provinceCode: t.string({ nullable: true, resolve: (p) => p.provinceCode }),
    place: t.loadable({
      loaderOptions,
      type: PlaceRef,
      nullable: true,
      description: 'The district (else province) the person is placed in.',
      load: (ids: string[], ctx) => q.personPlaces(ctx.reader, ids).then((lists) => lists.map((l) => l[0] ?? null)),
      resolve: (p) => p.id,
    }),
    tenures: t.loadableList({
      loaderOptions,
      type: TenureRef,
      byPath: true,
      description: 'The titles the person held, oldest first; with `on`, only those seen around that day.',
      args: { on: t.arg({ type: 'Date', description: 'Only tenures with firstSeen <= on <= lastSeen.' }) },
      load: (ids: string[], ctx, args) =>
        prefetchedOr(ctx, 'Person.tenures', args, ids, (missing) => q.personTenures(ctx.reader, missing, args.on ?? null)),
      resolve: (p) => p.id,
    }),
    chaired: t.loadable({
      loaderOptions,
      type: PersonEventConnection,
      byPath: true,
      description: 'Events the person chaired or co-chaired, in date order.',
      args: { ...t.arg.connectionArgs(), from: t.arg({ type: 'Date' }), to: t.arg({ type: 'Date' }) },
      load: (ids: string[], ctx, args) => participations(ctx, 'chaired', ids, ['chair'], args),
      resolve: (p) => p.id,
    }),
    spokeAt: t.loadable({
      loaderOptions,
      type: PersonEventConnection,
      byPath: true,
      description: 'Events the person spoke at, in date order.',
      args: { ...t.arg.connectionArgs(), from: t.arg({ type: 'Date' }), to: t.arg({ type: 'Date' }) },
      load: (ids: string[], ctx, args) => participations(ctx, 'spokeAt', ids, ['speaker'], args),
      resolve: (p) => p.id,
    }),
    attended: t.loadable({
      loaderOptions,
      type: PersonEventConnection,
      byPath: true,
      description: 'Events the person attended (without chairing or speaking), in date order.',
      args: { ...t.arg.connectionArgs(), from: t.arg({ type: 'Date' }), to: t.arg({ type: 'Date' }) },
      load: (ids: string[], ctx, args) => participations(ctx, 'attended', ids, ['attendee'], args),
      resolve: (p) => p.id,
    }),
    events: t.loadable({
      loaderOptions,
      type: PersonEventConnection,
      byPath: true,
      description: 'Every participation of the person (one edge per event and role), in date order.',
      args: {
        ...t.arg.connectionArgs(),
        roles: t.arg({ type: [RoleEnum], description: 'Only these roles (default: all).' }),
        from: t.arg({ type: 'Date' }),
        to: t.arg({ type: 'Date' }),
      },
      load: (ids: string[], ctx, args) => participations(ctx, 'events', ids, rolesOf('events', args), args),
      resolve: (p) => p.id,
    }),
    citedDocuments: t.loadable({
      loaderOptions,
      type: CitedDocumentConnection,
      byPath: true,
      description: 'Documents cited at events the person chaired, ordered by the first such event.',
      args: { ...t.arg.connectionArgs(), from: t.arg({ type: 'Date' }), to: t.arg({ type: 'Date' }) },
      load: async (ids: string[], ctx, args) => {
        const w = windowFor(args);
        const pages = await q.personCitedDocuments(ctx.reader, ids, rangeOf(args), w);
        return pages.map((page) => toConnection(page, (row) => ({ node: row.document, citations: row.citations })));
      },
      resolve: (p) => p.id,
    }),
    colleagues: t.loadable({
      loaderOptions,
      type: ColleagueConnection,
      byPath: true,
      description: 'People who took part in the same events, with how many; most shared events first.',
      args: { ...t.arg.connectionArgs() },
      load: async (ids: string[], ctx, args) => {
        const w = windowFor(args);
        const pages = await q.personColleagues(ctx.reader, ids, w);
        return pages.map((page) =>
          toConnection(page, (row) => ({ node: row.person, sharedEvents: row.sharedEvents, eventIds: row.eventIds })),
        );
      },
      resolve: (p) => p.id,
    }),
    mentionedIn: t.loadable({
      loaderOptions,
      type: ReportConnection,
      byPath: true,
      description: 'Reports that mention the person, oldest first.',
      args: { ...t.arg.connectionArgs() },
      load: async (ids: string[], ctx, args) => {
        const pages = await q.personReports(ctx.reader, ids, windowFor(args));
        return pages.map((page) => toConnection(page, (node) => ({ node })));
      },
      resolve: (p) => p.id,
    }),
    ...sourceFields(t, 'person', 'Sentences that name the person', (p) => p.id),
  }),
});

type ParticipationField = 'chaired' | 'spokeAt' | 'attended' | 'events';
const PARTICIPATION_FIELDS: readonly ParticipationField[] = ['chaired', 'spokeAt', 'attended', 'events'];

function rolesOf(field: ParticipationField, args: { roles?: q.Role[] | null }): q.Role[] {
  if (field === 'chaired') return ['chair'];
  if (field === 'spokeAt') return ['speaker'];
  if (field === 'attended') return ['attendee'];
  return args.roles?.length ? args.roles : ['chair', 'speaker', 'attendee'];
}

const participationEdges = (page: q.Page<q.ParticipationRow>) => toConnection(page, (row) => ({ node: row.event!, participation: row }));

async function participations(
  ctx: Context,
  field: ParticipationField,
  ids: string[],
  roles: q.Role[],
  args: ConnArgs & DateArgs,
): Promise<ConnectionResult<q.EventRow, ParticipationEdge>[]> {
  return prefetchedOr(ctx, `Person.${field}`, args, ids, async (missing) => {
    const pages = await q.personParticipations(ctx.reader, missing, roles, rangeOf(args), windowFor(args));
    return pages.map(participationEdges);
  });
}

/**
 * person(id:) with its tenures and one of its event lists (chaired, spokeAt, attended, events) in
 * one round trip when they are asked for (the person page); otherwise the person alone.
 */
async function personWithLookahead(ctx: Context, id: string, info: GraphQLResolveInfo): Promise<q.PersonRow | undefined> {
  const fields = selectedFields(info);
  const tenures = single(fields, 'tenures');
  let part: { field: ParticipationField; args: Record<string, unknown>; request: NonNullable<q.PersonViewRequest['participations']> } | undefined;
  for (const field of PARTICIPATION_FIELDS) {
    const sel = single(fields, field);
    if (!sel) continue;
    const args = sel.args as ConnArgs & DateArgs & { roles?: q.Role[] | null };
    const request = attempt(() => ({ roles: rolesOf(field, args), range: rangeOf(args), window: windowFor(args) }));
    if (request) part = { field, args: sel.args, request };
    break;
  }
  if (!tenures && !part) return (await PersonRef.getDataloader(ctx).load(id)) ?? undefined;
  const view = await q.personView(ctx.reader, id, {
    tenures: tenures ? { on: (tenures.args.on as string | null | undefined) ?? null } : null,
    participations: part?.request ?? null,
  });
  if (!view) return undefined;
  PersonRef.getDataloader(ctx).prime(id, view.person);
  if (tenures) prefetch(ctx, 'Person.tenures', tenures.args, id, view.tenures);
  if (part) prefetch(ctx, `Person.${part.field}`, part.args, id, participationEdges(view.participations));
  return view.person;
}

// ---------------------------------------------------------------------------------------------
// Queries

builder.queryFields((t) => ({
  person: t.field({
    type: PersonRef,
    description: 'A person by id (NOT_FOUND when there is none).',
    args: { id: t.arg.globalID({ required: true, for: PersonRef }) },
    resolve: async (_root, { id }, ctx, info) => {
      const person = await personWithLookahead(ctx, id.id, info);
      if (!person) throw notFound(`No person with id ${encodeURIComponent(id.id)}.`);
      return person;
    },
  }),
  people: t.connection({
    type: PersonRef,
    description:
      'People, best match first when searching (accent-insensitive: "le trong thu" finds "Lê Trọng Thụ"), else by name. ' +
      'The body, title and inOfficeOn filters apply to one and the same tenure.',
    args: {
      search: t.arg.string({ validate: filterText, description: 'Words of the name, with or without accents.' }),
      place: t.arg.string({ validate: filterText, description: 'A unit code or name ("Đông Sơn", "huyện Đông Sơn"); people placed in it or below it.' }),
      body: t.arg.string({ validate: filterText, description: 'A body name ("Huyện ủy Đông Sơn"): people with a tenure there.' }),
      title: t.arg.string({ validate: filterText, description: 'A title ("Bí thư"): people with a tenure with this title.' }),
      inOfficeOn: t.arg({ type: 'Date', description: 'People with a tenure seen around this day.' }),
    },
    resolve: async (_root, args, ctx) => {
      const page = await q.listPeople(ctx.reader, args, windowFor(args));
      return toConnection(page, (node) => ({ node }));
    },
  }, PersonConnection),
}));

