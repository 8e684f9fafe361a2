// A document: number, type, issuer, date, and its trail in date order (the events and reports
// that took it up, each with the quoted sentence).
import { PAGED_SOURCES, paths, type PageInfo, type Sourced } from '../client';
import { useI18n } from '../i18n';
import { BodyLink, EventLink, PagedList, Q, Section, Sources, Title } from '../ui';

const HEAD = `query DocumentHead($id: ID!) {
  document(id: $id) { id number type title date issuerName issuer { id name } trail(first: 1) { totalCount } }
}`;
interface Head {
  document: { id: string; number: string | null; type: string | null; title: string | null; date: string | null; issuerName: string | null; issuer: { id: string; name: string } | null; trail: { totalCount: number } };
}

const TRAIL = `query DocumentTrail($id: ID!, $after: String) {
  document(id: $id) {
    id
    trail(first: 10, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { date event { id title date } report { id title publishedAt url } ${PAGED_SOURCES} } }
    }
  }
}`;
interface Trail {
  document: {
    trail: {
      pageInfo: PageInfo;
      edges: { node: { date: string | null; event: { id: string; title: string | null; date: string | null } | null; report: { id: string; title: string | null; publishedAt: string | null; url: string | null } } & Sourced }[];
    };
  };
}

export function DocumentPage({ id }: { id: string }) {
  const { t, date } = useI18n();
  return (
    <Q<Head, object> query={HEAD} variables={{ id }}>
      {({ document: d }) => {
        const name = [d.type, d.number].filter(Boolean).join(' ') || d.title || t('document');
        return (
          <article class="page document-page">
            <Title name={name} />
            <header class="page-head">
              <p class="kicker">{t('document')}</p>
              <h1>{name}</h1>
              <dl class="facts">
                {d.number && (
                  <>
                    <dt>{t('number')}</dt>
                    <dd>{d.number}</dd>
                  </>
                )}
                {d.type && (
                  <>
                    <dt>{t('type')}</dt>
                    <dd>{d.type}</dd>
                  </>
                )}
                {(d.issuer || d.issuerName) && (
                  <>
                    <dt>{t('issuer')}</dt>
                    <dd>{d.issuer ? <BodyLink b={d.issuer} /> : d.issuerName}</dd>
                  </>
                )}
                <dt>{t('date')}</dt>
                <dd>
                  <time dateTime={d.date ?? undefined}>{date(d.date)}</time>
                </dd>
                {d.title && (
                  <>
                    <dt>{t('subject')}</dt>
                    <dd>{d.title}</dd>
                  </>
                )}
              </dl>
            </header>
            <Section title={t('trail')} id="trail" count={d.trail.totalCount}>
              <PagedList<Trail, Trail['document']['trail']['edges'][number]>
                query={TRAIL}
                variables={{ id: d.id }}
                resetKey={d.id}
                select={(data) => data.document.trail}
                empty={t('noTrail')}
                class="trail"
                ordered
                itemKey={(e) => `${e.node.report.id}:${e.node.event?.id ?? ''}`}
                item={({ node: ci }) => (
                  <>
                    <p class="trail-head">
                      <time dateTime={ci.date ?? undefined} class="date">
                        {date(ci.date)}
                      </time>{' '}
                      {ci.event ? (
                        <>
                          {t('atEvent')} <EventLink e={ci.event} noDate={ci.event.date === ci.date} />
                        </>
                      ) : (
                        <>
                          {t('inReport')} <a href={paths.report(ci.report.id)}>{ci.report.title ?? t('reportBy')}</a>
                        </>
                      )}
                    </p>
                    <Sources sources={ci.sources} count={ci.sourceCount} />
                  </>
                )}
              />
            </Section>
          </article>
        );
      }}
    </Q>
  );
}
