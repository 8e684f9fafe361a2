// A body: office holders over time, the events it organized, the documents it issued, its place,
// and for district-level bodies the July 2025 reform (what the unit became).
import { useQuery } from '@urql/preact';
import { paths, PAGED_SOURCES, type PageInfo, type Sourced } from '../client';
import { useI18n } from '../i18n';
import { BodyLink, DocumentLink, Empty, EventLink, PagedList, PersonLink, Q, Section, Sources, Title } from '../ui';
import { tenureStatus, type Holder } from './person';

const HEAD = `query BodyHead($id: ID!) {
  body(id: $id) {
    id name kind level
    partOf { id name }
    place { id code name type level validFrom validTo partOf { id name type } }
    holders { id title firstSeen lastSeen person { id name } ${PAGED_SOURCES} }
  }
}`;

interface Place {
  id: string;
  code: string;
  name: string;
  type: string | null;
  level: string | null;
  validFrom: string | null;
  validTo: string | null;
  partOf: { id: string; name: string; type: string | null } | null;
}
interface Head {
  body: {
    id: string;
    name: string;
    kind: string | null;
    level: string | null;
    partOf: { id: string; name: string } | null;
    place: Place | null;
    holders: (Holder & Sourced & { id: string; lastSeen: string | null })[];
  };
}

// What a unit became in the reform is read from Place.succeededBy when the API has that field
// (asked once through introspection, so an older API gets no failing query).
const PLACE_FIELDS = `query PlaceFields { __type(name: "Place") { fields { name } } }`;
const REFORM = `query BodyReform($id: ID!) {
  body(id: $id) { id place { id succeededBy { id name type validFrom } } }
}`;

function Reform({ id, place, level }: { id: string; place: Place | null; level: string | null }) {
  const { t, date } = useI18n();
  const [fields] = useQuery<{ __type: { fields: { name: string }[] } | null }>({ query: PLACE_FIELDS });
  const hasSuccessors = !!fields.data?.__type?.fields.some((f) => f.name === 'succeededBy');
  const [result] = useQuery<{ body: { place: { succeededBy: { id: string; name: string; type: string | null; validFrom: string | null }[] } | null } }>({
    query: REFORM,
    variables: { id },
    pause: !hasSuccessors,
  });
  const became = result.data?.body.place?.succeededBy ?? [];
  const endedBefore = place?.validTo && place.validTo < '2025-07-01' ? place.validTo : null;
  return (
    <Section title={t('reform')} id="reform">
      {endedBefore ? (
        <p>
          {t('reformEndedBefore')} {date(endedBefore)}.
        </p>
      ) : null}
      {level === 'district' || place?.level === 'district' ? <p>{t('reformDistrict')}</p> : null}
      {became.length > 0 && (
        <>
          <h3>{t('becameUnits')}</h3>
          <ul class="inline-list">
            {became.map((u) => (
              <li key={u.id}>
                {u.type} {u.name}
                {u.validFrom && <span class="muted"> ({t('validFrom')} {date(u.validFrom)})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

function Holders({ body }: { body: Head['body'] }) {
  const i18n = useI18n();
  const { t, date } = i18n;
  if (!body.holders.length) return <Empty>{t('noHolders')}</Empty>;
  const titles = [...new Set(body.holders.map((h) => h.title))];
  return (
    <>
      {titles.map((title) => (
        <div key={title} class="holder-group">
          <h3>{title}</h3>
          <ol class="timeline">
            {body.holders
              .filter((h) => h.title === title)
              .sort((a, b) => (a.firstSeen ?? '').localeCompare(b.firstSeen ?? ''))
              .map((h) => {
                const status = tenureStatus(h, h.person.id, body, i18n);
                return (
                  <li key={h.id} class="tenure">
                    <div class="tenure-head">
                      <PersonLink p={h.person} />
                    </div>
                    <p class="tenure-dates">
                      <time dateTime={h.firstSeen ?? undefined}>{date(h.firstSeen)}</time> – <time dateTime={h.lastSeen ?? undefined}>{date(h.lastSeen)}</time> ·{' '}
                      <span class={`badge ${status.current ? 'current' : 'ended'}`}>{status.text}</span>
                    </p>
                    <Sources sources={h.sources} count={h.sourceCount} />
                  </li>
                );
              })}
          </ol>
        </div>
      ))}
    </>
  );
}

const ORGANIZED = `query BodyEvents($id: ID!, $after: String) {
  body(id: $id) {
    id
    organized(first: 10, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id title date kind partOfDay } }
    }
  }
}`;
interface Organized {
  body: { organized: { totalCount: number; pageInfo: PageInfo; edges: { node: { id: string; title: string | null; date: string | null; kind: string | null; partOfDay: string | null } }[] } };
}

const ISSUED = `query BodyIssued($id: ID!, $after: String) {
  body(id: $id) {
    id
    issued(first: 10, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id number type title date } }
    }
  }
}`;
interface Issued {
  body: { issued: { totalCount: number; pageInfo: PageInfo; edges: { node: { id: string; number: string | null; type: string | null; title: string | null; date: string | null } }[] } };
}

export function BodyPage({ id }: { id: string }) {
  const { t, word, date } = useI18n();
  return (
    <Q<Head, object> query={HEAD} variables={{ id }}>
      {({ body }) => (
        <article class="page body-page">
          <Title name={body.name} />
          <header class="page-head">
            <p class="kicker">{t('body')}</p>
            <h1>{body.name}</h1>
            <dl class="facts">
              {body.kind && (
                <>
                  <dt>{t('kind')}</dt>
                  <dd>{word(body.kind)}</dd>
                </>
              )}
              {body.level && (
                <>
                  <dt>{t('level')}</dt>
                  <dd>{word(body.level)}</dd>
                </>
              )}
              {body.partOf && (
                <>
                  <dt>{t('partOf')}</dt>
                  <dd>
                    <BodyLink b={body.partOf} />
                  </dd>
                </>
              )}
              {body.place && (
                <>
                  <dt>{t('place')}</dt>
                  <dd>
                    {body.place.type} {body.place.name}
                    {body.place.partOf && `, ${body.place.partOf.type ?? ''} ${body.place.partOf.name}`}
                    {body.place.validTo && (
                      <span class="muted">
                        {' '}
                        ({t('validTo')} {date(body.place.validTo)})
                      </span>
                    )}
                  </dd>
                </>
              )}
            </dl>
            <p>
              <a href={paths.network('body', body.id)} class="button">
                {t('openNetwork')}
              </a>
            </p>
          </header>
          <Section title={t('holders')} id="holders" count={body.holders.length}>
            <Holders body={body} />
          </Section>
          {(body.level === 'district' || body.place?.level === 'district') && <Reform id={body.id} place={body.place} level={body.level} />}
          <Section title={t('organized')} id="organized">
            <PagedList<Organized, Organized['body']['organized']['edges'][number]>
              query={ORGANIZED}
              variables={{ id: body.id }}
              resetKey={body.id}
              select={(d) => d.body.organized}
              empty={t('noEvents')}
              class="events"
              ordered
              itemKey={(e) => e.node.id}
              item={({ node }) => (
                <>
                  <EventLink e={node} /> <span class="muted">· {word(node.kind)}</span>
                </>
              )}
            />
          </Section>
          <Section title={t('issued')} id="issued">
            <PagedList<Issued, Issued['body']['issued']['edges'][number]>
              query={ISSUED}
              variables={{ id: body.id }}
              resetKey={body.id}
              select={(d) => d.body.issued}
              empty={t('noDocs')}
              class="documents"
              itemKey={(e) => e.node.id}
              item={({ node }) => (
                <>
                  <DocumentLink d={node} /> <span class="muted">· {date(node.date)}</span>
                </>
              )}
            />
          </Section>
        </article>
      )}
    </Q>
  );
}
