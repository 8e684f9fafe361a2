// A person: posts as a timeline of tenures, events by date and role (paginated), colleagues with
// counts, documents taken up at the events they chaired; every fact with its sources.
import { useState } from 'preact/hooks';
import { paths, PAGED_SOURCES, type PageInfo, type Sourced } from '../client';
import { useI18n, type I18n } from '../i18n';
import { BodyLink, DocumentLink, Empty, EventLink, PagedList, PersonLink, Q, Section, Sources, Title } from '../ui';

const HEAD = `query PersonHead($id: ID!) {
  person(id: $id) {
    id
    name
    place { id name type partOf { name type } }
    tenures {
      id title firstSeen lastSeen
      body { id name level place { id validTo } holders { title firstSeen person { id name } } }
      ${PAGED_SOURCES}
    }
    mentionedIn(first: 20) { totalCount edges { node { id title publishedAt url } } }
  }
}`;

interface Tenure extends Sourced {
  id: string;
  title: string;
  firstSeen: string | null;
  lastSeen: string | null;
  body: { id: string; name: string; level: string | null; place: { id: string; validTo: string | null } | null; holders: Holder[] };
}
interface Head {
  person: {
    id: string;
    name: string;
    place: { id: string; name: string; type: string | null; partOf: { name: string; type: string | null } | null } | null;
    tenures: Tenure[];
    mentionedIn: { totalCount: number; edges: { node: { id: string; title: string | null; publishedAt: string | null; url: string | null } }[] };
  };
}

const REFORM_DAY = '2025-07-01';

export interface Holder {
  title: string;
  firstSeen: string | null;
  person: { id: string; name: string };
}

/** Whether a tenure still holds as far as the sources tell, or why it ended. */
export function tenureStatus(
  x: { title: string; lastSeen: string | null },
  personId: string,
  body: { level: string | null; place: { validTo: string | null } | null; holders: Holder[] },
  i18n: I18n,
): { current: boolean; text: string } {
  const { t, date } = i18n;
  const successor = body.holders
    .filter((h) => h.title === x.title && h.person.id !== personId && h.firstSeen && x.lastSeen && h.firstSeen > x.lastSeen)
    .sort((a, b) => (a.firstSeen! < b.firstSeen! ? -1 : 1))[0];
  if (successor) return { current: false, text: `${t('endedSuccessor')} ${date(successor.firstSeen)} (${successor.person.name})` };
  const validTo = body.place?.validTo;
  if (validTo && validTo < REFORM_DAY) return { current: false, text: `${t('endedUnit')} ${date(validTo)}` };
  if (body.level === 'district') return { current: false, text: t('endedAbolished') };
  if (validTo) return { current: false, text: `${t('endedUnit')} ${date(validTo)}` };
  return { current: true, text: t('current') };
}

function Timeline({ tenures, personId }: { tenures: Tenure[]; personId: string }) {
  const i18n = useI18n();
  const { t, date } = i18n;
  if (!tenures.length) return <Empty>{t('noPosts')}</Empty>;
  const days = tenures.flatMap((x) => [x.firstSeen, x.lastSeen]).filter((d): d is string => !!d).map((d) => Date.parse(d));
  const min = Math.min(...days);
  const max = Math.max(...days);
  const span = Math.max(max - min, 1);
  const pct = (d: string | null, fallback: number) => (d ? ((Date.parse(d) - min) / span) * 100 : fallback);
  return (
    <ol class="timeline">
      {tenures.map((x) => {
        const status = tenureStatus(x, personId, x.body, i18n);
        const left = pct(x.firstSeen, 0);
        const right = pct(x.lastSeen, 100);
        return (
          <li key={x.id} class="tenure">
            <div class="tenure-head">
              <strong>{x.title}</strong>, <BodyLink b={x.body} />
            </div>
            <div class="bar" aria-hidden="true">
              <span style={{ left: `${left}%`, width: `${Math.max(right - left, 1.5)}%` }} class={status.current ? 'on' : 'off'} />
            </div>
            <p class="tenure-dates">
              {t('firstSeen')} <time dateTime={x.firstSeen ?? undefined}>{date(x.firstSeen)}</time> · {t('lastSeen')}{' '}
              <time dateTime={x.lastSeen ?? undefined}>{date(x.lastSeen)}</time> ·{' '}
              <span class={`badge ${status.current ? 'current' : 'ended'}`}>{status.text}</span>
            </p>
            <Sources sources={x.sources} count={x.sourceCount} />
          </li>
        );
      })}
    </ol>
  );
}

const EVENTS = `query PersonEvents($id: ID!, $roles: [Role!], $after: String) {
  person(id: $id) {
    id
    events(first: 10, after: $after, roles: $roles) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { role node { id title date partOfDay kind location } ${PAGED_SOURCES} }
    }
  }
}`;

interface EventsData {
  person: {
    events: {
      totalCount: number;
      pageInfo: PageInfo;
      edges: ({ role: 'CHAIR' | 'SPEAKER' | 'ATTENDEE'; node: { id: string; title: string | null; date: string | null; partOfDay: string | null; kind: string | null; location: string | null } } & Sourced)[];
    };
  };
}

const ROLE_TABS = [null, 'CHAIR', 'SPEAKER', 'ATTENDEE'] as const;

function Events({ id }: { id: string }) {
  const { t, word } = useI18n();
  const [role, setRole] = useState<(typeof ROLE_TABS)[number]>(null);
  return (
    <Section title={t('events')} id="events">
      <div class="tabs" role="group" aria-label={t('events')}>
        {ROLE_TABS.map((r) => (
          <button type="button" key={r ?? 'all'} aria-pressed={role === r} onClick={() => setRole(r)}>
            {r ? t(r) : t('allRoles')}
          </button>
        ))}
      </div>
      <PagedList<EventsData, EventsData['person']['events']['edges'][number]>
        query={EVENTS}
        variables={{ id, roles: role ? [role] : null }}
        resetKey={role ?? 'all'}
        select={(d) => d.person.events}
        empty={t('noEvents')}
        header={(c) => (
          <p class="muted small">
            {c.totalCount} {t('events').toLowerCase()}
          </p>
        )}
        class="events"
        ordered
        itemKey={(e) => `${e.node.id}:${e.role}`}
        item={(e) => (
          <>
            <span class={`role role-${e.role.toLowerCase()}`}>{t(e.role)}</span> <EventLink e={e.node} />
            {e.node.partOfDay && <span class="muted"> · {word(e.node.partOfDay)}</span>}
            <Sources sources={e.sources} count={e.sourceCount} />
          </>
        )}
      />
    </Section>
  );
}

const COLLEAGUES = `query PersonColleagues($id: ID!, $after: String) {
  person(id: $id) {
    id
    colleagues(first: 15, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { sharedEvents node { id name } events { id title date } }
    }
  }
}`;

interface ColleaguesData {
  person: { colleagues: { totalCount: number; pageInfo: PageInfo; edges: { sharedEvents: number; node: { id: string; name: string }; events: { id: string; title: string | null; date: string | null }[] }[] } };
}

function Colleagues({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <Section title={t('colleagues')} id="colleagues">
      <PagedList<ColleaguesData, ColleaguesData['person']['colleagues']['edges'][number]>
        query={COLLEAGUES}
        variables={{ id }}
        resetKey={id}
        select={(d) => d.person.colleagues}
        empty={t('noColleagues')}
        class="colleagues"
        itemKey={(e) => e.node.id}
        item={(e) => (
          <>
            <PersonLink p={e.node} />{' '}
            <span class="pill">
              {e.sharedEvents} {t('sharedEvents')}
            </span>
            <ul class="sub">
              {e.events.map((ev) => (
                <li key={ev.id}>
                  <EventLink e={ev} />
                </li>
              ))}
            </ul>
          </>
        )}
      />
    </Section>
  );
}

const DOCS = `query PersonDocuments($id: ID!, $after: String) {
  person(id: $id) {
    id
    citedDocuments(first: 10, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node { id number type title date }
        citations { date event { id title date } ${PAGED_SOURCES} }
      }
    }
  }
}`;

interface DocsData {
  person: {
    citedDocuments: {
      totalCount: number;
      pageInfo: PageInfo;
      edges: { node: { id: string; number: string | null; type: string | null; title: string | null; date: string | null }; citations: ({ date: string | null; event: { id: string; title: string | null; date: string | null } | null } & Sourced)[] }[];
    };
  };
}

function Documents({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <Section title={t('chairedDocs')} id="documents">
      <PagedList<DocsData, DocsData['person']['citedDocuments']['edges'][number]>
        query={DOCS}
        variables={{ id }}
        resetKey={id}
        select={(d) => d.person.citedDocuments}
        empty={t('noDocs')}
        class="documents"
        itemKey={(e) => e.node.id}
        item={(e) => (
          <>
            <DocumentLink d={e.node} />
            <ul class="sub">
              {e.citations.map((ci, i) => (
                <li key={i}>
                  {ci.event && <EventLink e={ci.event} />}
                  <Sources sources={ci.sources} count={ci.sourceCount} />
                </li>
              ))}
            </ul>
          </>
        )}
      />
    </Section>
  );
}

export function PersonPage({ id }: { id: string }) {
  const { t, date } = useI18n();
  return (
    <Q<Head, object> query={HEAD} variables={{ id }}>
      {({ person }) => (
        <article class="page person-page">
          <Title name={person.name} />
          <header class="page-head">
            <p class="kicker">{t('person')}</p>
            <h1>{person.name}</h1>
            {person.place && (
              <p class="muted">
                {t('place')}: {person.place.type} {person.place.name}
                {person.place.partOf && `, ${person.place.partOf.type ?? ''} ${person.place.partOf.name}`}
              </p>
            )}
            <p>
              <a href={paths.network('person', person.id)} class="button">
                {t('openNetwork')}
              </a>
            </p>
          </header>
          <Section title={t('posts')} id="posts" count={person.tenures.length}>
            <Timeline tenures={person.tenures} personId={person.id} />
          </Section>
          <Events id={person.id} />
          <Colleagues id={person.id} />
          <Documents id={person.id} />
          <Section title={t('mentionedIn')} id="reports" count={person.mentionedIn.totalCount}>
            <ul class="reports">
              {person.mentionedIn.edges.map(({ node: r }) => (
                <li key={r.id}>
                  <a href={paths.report(r.id)}>{r.title ?? t('reportBy')}</a> <span class="muted">· {date(r.publishedAt)}</span>
                </li>
              ))}
            </ul>
          </Section>
        </article>
      )}
    </Q>
  );
}
