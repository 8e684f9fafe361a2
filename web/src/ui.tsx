// Shared pieces: loading, empty and error states, sources under facts, links, pagination.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useQuery, type AnyVariables, type UseQueryResponse } from '@urql/preact';
import type { CombinedError } from '@urql/core';
import { paths, type PageInfo, type Source } from './client';
import { useI18n, type Key } from './i18n';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p class="state loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {label ?? t('loading')}
    </p>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="state empty">{children}</p>;
}

export function ErrorState({ error, retry }: { error: CombinedError | Error; retry?: () => void }) {
  const { t } = useI18n();
  const notFound = 'graphQLErrors' in error && error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND');
  if (notFound) return <p class="state empty" role="alert">{t('notFoundItem')}</p>;
  const message = 'graphQLErrors' in error && error.graphQLErrors[0] ? error.graphQLErrors[0].message : error.message;
  return (
    <div class="state error" role="alert">
      <p>
        <strong>{t('error')}</strong>: {message}
      </p>
      {retry && (
        <button type="button" onClick={retry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

/** Runs a query; renders the loading and error states itself, and `children(data)` once there is data. */
export function Q<Data, Vars extends AnyVariables>(props: {
  query: string;
  variables: Vars;
  children: (data: Data, result: UseQueryResponse<Data, Vars>[0]) => ComponentChildren;
  loading?: ComponentChildren;
}) {
  const [result, reexecute] = useQuery<Data, Vars>({ query: props.query, variables: props.variables } as never);
  if (result.fetching && !result.data) return <>{props.loading ?? <Loading />}</>;
  if (result.error && !result.data) return <ErrorState error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Loading />;
  return <>{props.children(result.data, result)}</>;
}

export function Section({ title, id, children, count }: { title: string; id?: string; children: ComponentChildren; count?: number }) {
  return (
    <section class="card" aria-labelledby={id ? `${id}-h` : undefined}>
      <h2 id={id ? `${id}-h` : undefined}>
        {title}
        {count !== undefined && <span class="count"> ({count})</span>}
      </h2>
      {children}
    </section>
  );
}

function OneSource({ s }: { s: Source }) {
  const { t, date } = useI18n();
  return (
    <figure class="source">
      <blockquote>{s.quote || t('noSource')}</blockquote>
      <figcaption>
        {s.report ? <a href={paths.report(s.report.id)}>{s.reportTitle ?? t('reportBy')}</a> : (s.reportTitle ?? t('reportBy'))}
        {', '}
        <time dateTime={s.date ?? undefined}>{date(s.date)}</time>
        {s.url && (
          <>
            {' · '}
            <a href={s.url} rel="noopener noreferrer nofollow" target="_blank" class="ext">
              {t('openReport')}
            </a>
          </>
        )}
      </figcaption>
    </figure>
  );
}

/**
 * The quoted sentences under a fact: the first one shown, the rest behind a disclosure. `count`
 * is how many there are when only the first few were asked for (`sources(first:)`).
 */
export function Sources({ sources, count }: { sources: Source[]; count?: number | undefined }) {
  const { t } = useI18n();
  if (!sources.length) return null;
  const [first, ...rest] = sources;
  const total = Math.max(count ?? sources.length, sources.length);
  return (
    <div class="sources">
      <OneSource s={first!} />
      {total > 1 && (
        <details>
          <summary>
            +{total - 1} {t('moreSources')}
          </summary>
          {rest.map((s, i) => (
            <OneSource key={i} s={s} />
          ))}
          {total > sources.length && <p class="muted">+{total - sources.length} {t('notShown')}</p>}
        </details>
      )}
    </div>
  );
}

export const PersonLink = ({ p }: { p: { id: string; name: string } }) => <a href={paths.person(p.id)}>{p.name}</a>;
export const BodyLink = ({ b }: { b: { id: string; name: string } }) => <a href={paths.body(b.id)}>{b.name}</a>;

export function EventLink({ e, noDate }: { e: { id: string; title: string | null; date: string | null }; noDate?: boolean }) {
  const { t, date } = useI18n();
  return (
    <a href={paths.event(e.id)}>
      {!noDate && (
        <>
          <time dateTime={e.date ?? undefined} class="date">{date(e.date)}</time>{' '}
        </>
      )}
      {e.title ?? t('event')}
    </a>
  );
}

export function DocumentLink({ d }: { d: { id: string; number: string | null; type: string | null; title: string | null } }) {
  const label = [d.type, d.number ? `${d.number}` : null].filter(Boolean).join(' ') || d.title || '—';
  return (
    <a href={paths.document(d.id)}>
      {label}
      {d.number && d.title ? <span class="muted"> — {d.title}</span> : null}
    </a>
  );
}

/**
 * Cursor pagination as "show more": page k is fetched with the end cursor of page k-1, each page
 * is its own query (and cached), so going back to the page keeps what was shown.
 */
export function Pages({ render, resetKey }: { resetKey: string; render: (after: string | null, onMore: ((cursor: string) => void) | null) => ComponentChildren }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => setCursors([null]), [resetKey]);
  return (
    <>
      {cursors.map((c, i) => (
        <div key={`${resetKey}:${c ?? ''}`}>{render(c, i === cursors.length - 1 ? (next) => setCursors([...cursors, next]) : null)}</div>
      ))}
    </>
  );
}

export function MoreButton({ pageInfo, onMore }: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; onMore: ((c: string) => void) | null }) {
  const { t } = useI18n();
  if (!onMore || !pageInfo.hasNextPage || !pageInfo.endCursor) return null;
  const cursor = pageInfo.endCursor;
  return (
    <button type="button" class="more" onClick={() => onMore(cursor)}>
      {t('more')}
    </button>
  );
}

/** Sets the document title for the page. */
export function useTitle(title: string | null | undefined) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title ? `${title} · civic-graph` : `civic-graph · ${t('appName')}`;
  }, [title, t]);
}

export function Label({ k }: { k: Key }) {
  return <>{useI18n().t(k)}</>;
}

export interface Connection<E> {
  pageInfo: PageInfo;
  edges: E[];
  totalCount?: number;
}

/** A paginated list of one connection: page after page with "show more", each page a query. */
export function PagedList<Data, E>(props: {
  query: string;
  variables: Record<string, unknown>;
  resetKey: string;
  select: (data: Data) => Connection<E>;
  empty: string;
  itemKey: (edge: E) => string;
  item: (edge: E) => ComponentChildren;
  class?: string;
  ordered?: boolean;
  /** Above the first page, e.g. the total. */
  header?: (c: Connection<E>) => ComponentChildren;
}) {
  const List = props.ordered ? 'ol' : 'ul';
  return (
    <Pages
      resetKey={props.resetKey}
      render={(after, onMore) => (
        <Q<Data, object> query={props.query} variables={{ ...props.variables, after }}>
          {(data) => {
            const c = props.select(data);
            if (!c.edges.length && !after) return <Empty>{props.empty}</Empty>;
            return (
              <>
                {!after && props.header?.(c)}
                <List class={props.class}>
                  {c.edges.map((e) => (
                    <li key={props.itemKey(e)}>{props.item(e)}</li>
                  ))}
                </List>
                <MoreButton pageInfo={c.pageInfo} onMore={onMore} />
              </>
            );
          }}
        </Q>
      )}
    />
  );
}

/** Sets the document title; renders nothing. */
export function Title({ name }: { name: string }) {
  useTitle(name);
  return null;
}
