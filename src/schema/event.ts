// Event: a meeting, conference, session or ceremony described by reports; who chaired, spoke and
// attended, who organized it, where, which documents were cited there.
import { createContextCache } from '@pothos/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import * as q from '../graph/queries.ts';
import { builder, toConnection, windowFor, type Context, loaderOptions } from './builder.ts';
import { notFound } from './errors.ts';
import { filterText } from './validate.ts';
import { EventConnection, rangeOf } from './lists.ts';
import { selectedFields } from './lookahead.ts';
import { BodyRef, CitationRef, EventRef, EvidenceRef, isEvent, OrganizerRef, ParticipationRef, PlaceRef, ReportRef, RoleEnum } from './refs.ts';

const ALL_ROLES: q.Role[] = ['chair', 'speaker', 'attendee'];

/** All participants of events, loaded once per request and shared by chairs/speakers/attendees. */
const participantsLoader = createContextCache(
  (ctx: Context) => new DataLoader<string, q.ParticipationRow[]>((ids) => q.eventParticipants(ctx.reader, ids, ALL_ROLES), loaderOptions),
);

/** Participants that events(…) fetched with its page: per event, the roles fetched and those participants. */
const prefetchedParticipants = createContextCache((_ctx: Context) => new Map<string, { roles: readonly q.Role[]; list: q.ParticipationRow[] }>());

const withRoles = (roles: readonly q.Role[]) => async (e: q.EventRow, _args: unknown, ctx: Context) => {
  const ahead = prefetchedParticipants(ctx).get(e.id);
  const list = ahead && roles.every((r) => ahead.roles.includes(r)) ? ahead.list : await participantsLoader(ctx).load(e.id);
  return list.filter((p) => roles.includes(p.role));
};

/** The roles the participant fields under events(…) { edges { node { … } } } ask for (null: none). */
function participantRoles(info: GraphQLResolveInfo): q.Role[] | null {
  const fields = selectedFields(info, ['edges', 'node']);
  const roles = new Set<q.Role>();
  if (fields.has('chairs')) roles.add('chair');
  if (fields.has('speakers')) roles.add('speaker');
  if (fields.has('attendees')) roles.add('attendee');
  for (const sel of fields.get('participants') ?? []) {
    const asked = sel.args.roles as q.Role[] | null | undefined;
    for (const r of asked?.length ? asked : ALL_ROLES) roles.add(r);
  }
  return roles.size ? ALL_ROLES.filter((r) => roles.has(r)) : null;
}

OrganizerRef.implement({
  description: 'A body that organized an event, with the sentence that says so.',
  fields: (t) => ({
    body: t.field({ type: BodyRef, resolve: (o) => o.body }),
    name: t.string({ description: "The body's name.", resolve: (o) => o.body.name }),
    sources: t.field({ type: [EvidenceRef], resolve: (o) => (o.source ? [o.source] : []) }),
  }),
});

EventRef.implement({
  description: 'A meeting, conference, session, congress or ceremony described by reports.',
  isTypeOf: isEvent,
  fields: (t) => ({
    title: t.string({ nullable: true, resolve: (e) => e.title }),
    kind: t.string({ nullable: true, description: 'hội nghị, kỳ họp, phiên họp, đại hội, lễ, làm việc or other.', resolve: (e) => e.kind }),
    date: t.string({ nullable: true, description: '"YYYY-MM-DD".', resolve: (e) => e.date }),
    partOfDay: t.string({ nullable: true, description: 'morning, afternoon or evening.', resolve: (e) => e.partOfDay }),
    location: t.string({ nullable: true, description: 'The venue as the report names it.', resolve: (e) => e.location }),
    place: t.loadable({
      loaderOptions,
      type: PlaceRef,
      nullable: true,
      description: 'The administrative unit the event took place in.',
      load: (ids: string[], ctx) => q.eventPlaces(ctx.reader, ids).then((lists) => lists.map((l) => l[0] ?? null)),
      resolve: (e) => e.id,
    }),
    organizers: t.loadableList({
      loaderOptions,
      type: OrganizerRef,
      description: 'The bodies that organized it.',
      load: (ids: string[], ctx) => q.eventOrganizers(ctx.reader, ids),
      resolve: (e) => e.id,
    }),
    chairs: t.field({ type: [ParticipationRef], description: 'Who chaired or co-chaired it.', resolve: withRoles(['chair']) }),
    speakers: t.field({ type: [ParticipationRef], description: 'Who spoke.', resolve: withRoles(['speaker']) }),
    attendees: t.field({ type: [ParticipationRef], description: 'Who attended without chairing or speaking.', resolve: withRoles(['attendee']) }),
    participants: t.field({
      type: [ParticipationRef],
      description: 'Everyone who took part, with their role: chairs first, then speakers, then attendees.',
      args: { roles: t.arg({ type: [RoleEnum], description: 'Only these roles (default: all).' }) },
      resolve: (e, args, ctx) => withRoles(args.roles?.length ? args.roles : ALL_ROLES)(e, args, ctx),
    }),
    citedDocuments: t.loadableList({
      loaderOptions,
      type: CitationRef,
      description: 'Documents cited at the event.',
      load: (ids: string[], ctx) => q.eventCitations(ctx.reader, ids),
      resolve: (e) => e.id,
    }),
    reports: t.loadableList({
      loaderOptions,
      type: ReportRef,
      description: 'The reports that describe it.',
      load: (ids: string[], ctx) => q.eventReports(ctx.reader, ids),
      resolve: (e) => e.id,
    }),
  }),
});

/** A global id of `typename`, else undefined (the argument is then a name or a number). */
export function globalIdOf(value: string, typename: string): string | undefined {
  try {
    const decoded = decodeGlobalID(value);
    return decoded.typename === typename ? decoded.id : undefined;
  } catch {
    return undefined;
  }
}

builder.queryFields((t) => ({
  event: t.field({
    type: EventRef,
    description: 'An event by id (NOT_FOUND when there is none).',
    args: { id: t.arg.globalID({ required: true, for: EventRef }) },
    resolve: async (_root, { id }, ctx) => {
      const event = await EventRef.getDataloader(ctx).load(id.id);
      if (!event) throw notFound(`No event with id ${encodeURIComponent(id.id)}.`);
      return event;
    },
  }),
  events: t.connection(
    {
      type: EventRef,
      description: 'Events in date order (oldest first unless newestFirst), filtered by any of the arguments.',
      args: {
        from: t.arg({ type: 'Date', description: 'On or after this day.' }),
        to: t.arg({ type: 'Date', description: 'On or before this day.' }),
        place: t.arg.string({ validate: filterText, description: 'A unit code or name ("Đông Sơn"): events in it or below it.' }),
        organizer: t.arg.string({ validate: filterText, description: 'A body id or name ("Huyện ủy Đông Sơn").' }),
        chair: t.arg.string({ validate: filterText, description: 'A person id or name ("Lê Trọng Thụ", accents optional).' }),
        cites: t.arg.string({ validate: filterText, description: 'A document id or number ("58-NQ/TW"): events where it was cited.' }),
        kind: t.arg.string({ validate: filterText, description: 'hội nghị, kỳ họp, phiên họp, đại hội, lễ, làm việc or other.' }),
        newestFirst: t.arg.boolean({ defaultValue: false }),
      },
      resolve: async (_root, args, ctx, info) => {
        const range = rangeOf(args);
        const roles = participantRoles(info);
        const organizerKey = args.organizer ? globalIdOf(args.organizer, 'Body') : undefined;
        const chairId = args.chair ? globalIdOf(args.chair, 'Person') : undefined;
        const documentKey = args.cites ? globalIdOf(args.cites, 'Document') : undefined;
        const page = await q.listEvents(
          ctx.reader,
          {
            ...range,
            kind: args.kind,
            place: args.place,
            organizer: args.organizer
              ? organizerKey
                ? { keys: [organizerKey], name: null }
                : { keys: q.bodyKeys(args.organizer), name: args.organizer }
              : null,
            chair: args.chair ? (chairId ? { ids: [chairId], name: null } : { ids: [], name: args.chair }) : null,
            document: args.cites ? (documentKey ? { keys: [documentKey], number: null } : { keys: [], number: args.cites }) : null,
            newestFirst: args.newestFirst,
          },
          windowFor(args),
          roles,
        );
        if (roles) for (const [id, list] of page.participants) prefetchedParticipants(ctx).set(id, { roles, list });
        return toConnection(page, (node) => ({ node }));
      },
    },
    EventConnection,
  ),
}));
