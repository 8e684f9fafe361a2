// Participation: a person's role in an event (chair, speaker, attendee), with its evidence.
import { builder } from './builder.ts';
import { sourceFields } from './sources.ts';
import { EventRef, ParticipationRef, PersonRef, RoleEnum } from './refs.ts';

ParticipationRef.implement({
  description: 'A person taking part in an event in one role.',
  fields: (t) => ({
    role: t.field({ type: RoleEnum, resolve: (p) => p.role }),
    person: t.field({ type: PersonRef, resolve: (p) => p.person ?? p.personId }),
    event: t.field({ type: EventRef, resolve: (p) => p.event ?? p.eventId }),
    ...sourceFields(t, 'participation', 'The sentences that state this participation', (p) => p.key),
  }),
});

