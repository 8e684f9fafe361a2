// An event: date, part of day, place, organizers, chairs, speakers, attendees, cited documents
// and the reports that describe it, every fact with its sources.
import { PAGED_SOURCES, SOURCE_FIELDS, paths, type Sourced } from '../client';
import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n';
import { BodyLink, DocumentLink, Empty, PersonLink, Q, Section, Sources, Title } from '../ui';

const EVENT = `query EventPage($id: ID!) {
  event(id: $id) {
    id title kind date partOfDay location
    place { id name type partOf { name type } }
    organizers { name body { id name } sources { ${SOURCE_FIELDS} } }
    chairs { person { id name } ${PAGED_SOURCES} }
    speakers { person { id name } ${PAGED_SOURCES} }
    attendees { person { id name } ${PAGED_SOURCES} }
    citedDocuments { document { id number type title date } ${PAGED_SOURCES} }
    reports { id title publishedAt url authors }
  }
}`;

interface Participation extends Sourced {
  person: { id: string; name: string };
}
interface Data {
  event: {
    id: string;
    title: string | null;
    kind: string | null;
    date: string | null;
    partOfDay: string | null;
    location: string | null;
    place: { id: string; name: string; type: string | null; partOf: { name: string; type: string | null } | null } | null;
    organizers: ({ name: string; body: { id: string; name: string } } & Sourced)[];
    chairs: Participation[];
    speakers: Participation[];
    attendees: Participation[];
    citedDocuments: ({ document: { id: string; number: string | null; type: string | null; title: string | null; date: string | null } } & Sourced)[];
    reports: { id: string; title: string | null; publishedAt: string | null; url: string | null; authors: string[] }[];
  };
}

/** A section listing things (people, bodies, documents), each with the sentences that state it. */
function Facts<T extends Sourced>({ title, id, items, keyOf, link }: { title: string; id: string; items: T[]; keyOf: (x: T) => string; link: (x: T) => ComponentChildren }) {
  const { t } = useI18n();
  return (
    <Section title={title} id={id} count={items.length}>
      {items.length ? (
        <ul class="people" data-role={id}>
          {items.map((x) => (
            <li key={keyOf(x)}>
              {link(x)}
              <Sources sources={x.sources} count={x.sourceCount} />
            </li>
          ))}
        </ul>
      ) : (
        <Empty>{t('nobody')}</Empty>
      )}
    </Section>
  );
}

const person = (p: Participation) => <PersonLink p={p.person} />;
const personKey = (p: Participation) => p.person.id;

export function EventPage({ id }: { id: string }) {
  const { t, word, date } = useI18n();
  return (
    <Q<Data, object> query={EVENT} variables={{ id }}>
      {({ event: e }) => (
        <article class="page event-page">
          <Title name={e.title ?? t('event')} />
          <header class="page-head">
            <p class="kicker">
              {t('event')}
              {e.kind && ` · ${word(e.kind)}`}
            </p>
            <h1>{e.title ?? t('event')}</h1>
            <dl class="facts">
              <dt>{t('date')}</dt>
              <dd>
                <time dateTime={e.date ?? undefined}>{date(e.date)}</time>
              </dd>
              {e.partOfDay && (
                <>
                  <dt>{t('partOfDay')}</dt>
                  <dd>{word(e.partOfDay)}</dd>
                </>
              )}
              {(e.place || e.location) && (
                <>
                  <dt>{t('location')}</dt>
                  <dd>
                    {[e.location, e.place ? `${e.place.type ?? ''} ${e.place.name}`.trim() : null, e.place?.partOf ? `${e.place.partOf.type ?? ''} ${e.place.partOf.name}`.trim() : null]
                      .filter(Boolean)
                      .join(', ')}
                  </dd>
                </>
              )}
            </dl>
          </header>
          <Facts title={t('organizers')} id="organizers" items={e.organizers} keyOf={(o) => o.body.id} link={(o) => <BodyLink b={o.body} />} />
          <Facts title={t('chairs')} id="chairs" items={e.chairs} keyOf={personKey} link={person} />
          <Facts title={t('speakers')} id="speakers" items={e.speakers} keyOf={personKey} link={person} />
          <Facts title={t('attendees')} id="attendees" items={e.attendees} keyOf={personKey} link={person} />
          <Facts title={t('citedDocs')} id="cited" items={e.citedDocuments} keyOf={(c) => c.document.id} link={(c) => <DocumentLink d={c.document} />} />
          <Section title={t('reports')} id="reports" count={e.reports.length}>
            <ul class="reports">
              {e.reports.map((r) => (
                <li key={r.id}>
                  <a href={paths.report(r.id)}>{r.title ?? t('reportBy')}</a> <span class="muted">· {date(r.publishedAt)}</span>
                  {r.url && (
                    <>
                      {' · '}
                      <a href={r.url} rel="noopener noreferrer nofollow" target="_blank" class="ext">
                        {t('openReport')}
                      </a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </Section>
        </article>
      )}
    </Q>
  );
}
