// A report: where the facts under every page come from (title, date, link, the events it
// describes, the people it names, the documents it cites).
import { useI18n } from '../i18n';
import { DocumentLink, EventLink, PersonLink, Q, Section, Title } from '../ui';

const REPORT = `query ReportPage($id: ID!) {
  node(id: $id) {
    ... on Report {
      id title publishedAt url authors district province
      events { id title date }
      people { id name }
      citations { document { id number type title } }
    }
  }
}`;
interface Data {
  node: {
    id: string;
    title: string | null;
    publishedAt: string | null;
    url: string | null;
    authors: string[];
    district: string | null;
    province: string | null;
    events: { id: string; title: string | null; date: string | null }[];
    people: { id: string; name: string }[];
    citations: { document: { id: string; number: string | null; type: string | null; title: string | null } }[];
  } | null;
}

export function ReportPage({ id }: { id: string }) {
  const { t, date } = useI18n();
  return (
    <Q<Data, object> query={REPORT} variables={{ id }}>
      {({ node: r }) => {
        if (!r || !('id' in r)) return <p class="state empty">{t('notFoundItem')}</p>;
        const docs = [...new Map(r.citations.map((c) => [c.document.id, c.document])).values()];
        return (
          <article class="page report-page">
            <Title name={r.title ?? t('reportBy')} />
            <header class="page-head">
              <p class="kicker">{t('reportBy')}</p>
              <h1>{r.title ?? t('reportBy')}</h1>
              <dl class="facts">
                <dt>{t('date')}</dt>
                <dd>{date(r.publishedAt)}</dd>
                {(r.district || r.province) && (
                  <>
                    <dt>{t('place')}</dt>
                    <dd>{[r.district, r.province].filter(Boolean).join(', ')}</dd>
                  </>
                )}
                {r.authors.length > 0 && (
                  <>
                    <dt>✍</dt>
                    <dd>{r.authors.join(', ')}</dd>
                  </>
                )}
              </dl>
              {r.url && (
                <p>
                  <a href={r.url} rel="noopener noreferrer nofollow" target="_blank" class="ext">
                    {t('openReport')}
                  </a>
                </p>
              )}
            </header>
            <Section title={t('events')} id="events" count={r.events.length}>
              <ul>
                {r.events.map((e) => (
                  <li key={e.id}>
                    <EventLink e={e} />
                  </li>
                ))}
              </ul>
            </Section>
            <Section title={t('person')} id="people" count={r.people.length}>
              <ul class="inline-list">
                {r.people.map((p) => (
                  <li key={p.id}>
                    <PersonLink p={p} />
                  </li>
                ))}
              </ul>
            </Section>
            <Section title={t('citedDocs')} id="docs" count={docs.length}>
              <ul>
                {docs.map((d) => (
                  <li key={d.id}>
                    <DocumentLink d={d} />
                  </li>
                ))}
              </ul>
            </Section>
          </article>
        );
      }}
    </Q>
  );
}
