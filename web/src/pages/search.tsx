// The home page: a search box that searches as you type (accent-insensitive, in the API), the
// results grouped by type. The words are kept in the URL (/?q=…), so a search can be shared.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { useQuery } from '@urql/preact';
import { paths } from '../client';
import { useI18n, type Key } from '../i18n';
import { Empty, ErrorState, Loading, useTitle } from '../ui';

// One search per type: scores are comparable only within a type, and each group gets its own
// best matches (a number like "58-nq/tw" also matches many event titles).
const HIT = `type score node {
      ... on Person { id name place { name type } tenures { title bodyName lastSeen } }
      ... on Body { id name level kind }
      ... on Event { id title date kind }
      ... on Document { id number type title date issuerName }
    }`;
const PER_TYPE = 10;
const SEARCH = `query Search($text: String!) {
  PERSON: search(text: $text, types: [PERSON], first: ${PER_TYPE}) { ${HIT} }
  BODY: search(text: $text, types: [BODY], first: ${PER_TYPE}) { ${HIT} }
  EVENT: search(text: $text, types: [EVENT], first: ${PER_TYPE}) { ${HIT} }
  DOCUMENT: search(text: $text, types: [DOCUMENT], first: ${PER_TYPE}) { ${HIT} }
}`;

type Hit =
  | { type: 'PERSON'; node: { id: string; name: string; place: { name: string; type: string | null } | null; tenures: { title: string; bodyName: string; lastSeen: string | null }[] } }
  | { type: 'BODY'; node: { id: string; name: string; level: string | null; kind: string | null } }
  | { type: 'EVENT'; node: { id: string; title: string | null; date: string | null; kind: string | null } }
  | { type: 'DOCUMENT'; node: { id: string; number: string | null; type: string | null; title: string | null; date: string | null; issuerName: string | null } };

const ORDER = ['PERSON', 'BODY', 'EVENT', 'DOCUMENT'] as const;
/** Words with a digit look like a document number: documents first then. */
const NUMBER_ORDER = ['DOCUMENT', 'EVENT', 'PERSON', 'BODY'] as const;
type SearchData = Record<(typeof ORDER)[number], Hit[]>;
const EXAMPLES = ['le trong thu', '58-nq/tw', 'huyện ủy đông sơn', 'hội nghị tổng kết'];

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

function HitLine({ hit }: { hit: Hit }) {
  const { t, date, word } = useI18n();
  switch (hit.type) {
    case 'PERSON': {
      const p = hit.node;
      const posts = p.tenures.map((x) => `${x.title} ${x.bodyName}`).join('; ');
      return (
        <a href={paths.person(p.id)} class="hit">
          <span class="hit-title">{p.name}</span>
          <span class="hit-sub">{posts || (p.place ? `${p.place.type ?? ''} ${p.place.name}` : t('person'))}</span>
        </a>
      );
    }
    case 'BODY':
      return (
        <a href={paths.body(hit.node.id)} class="hit">
          <span class="hit-title">{hit.node.name}</span>
          <span class="hit-sub">{[word(hit.node.kind), word(hit.node.level)].filter(Boolean).join(' · ')}</span>
        </a>
      );
    case 'EVENT':
      return (
        <a href={paths.event(hit.node.id)} class="hit">
          <span class="hit-title">{hit.node.title ?? t('event')}</span>
          <span class="hit-sub">
            {date(hit.node.date)} · {word(hit.node.kind)}
          </span>
        </a>
      );
    case 'DOCUMENT': {
      const d = hit.node;
      return (
        <a href={paths.document(d.id)} class="hit">
          <span class="hit-title">{[d.type, d.number].filter(Boolean).join(' ') || d.title}</span>
          <span class="hit-sub">{[d.issuerName, d.date ? date(d.date) : null, d.number ? d.title : null].filter(Boolean).join(' · ')}</span>
        </a>
      );
    }
  }
}

function Results({ text }: { text: string }) {
  const { t } = useI18n();
  const [result, reexecute] = useQuery<SearchData>({ query: SEARCH, variables: { text } });
  if (result.error && !result.data) return <ErrorState error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Loading />;
  const data = result.data;
  const total = ORDER.reduce((n, type) => n + data[type].length, 0);
  if (!total)
    return (
      <Empty>
        {t('noResults')} “{text}”.
      </Empty>
    );
  return (
    <div class="results" aria-busy={result.fetching}>
      <p class="muted" role="status">
        {total} {t('results')}
      </p>
      {(/\d/.test(text) ? NUMBER_ORDER : ORDER).map((type) => {
        const group = data[type];
        if (!group.length) return null;
        return (
          <section class="group" key={type} aria-labelledby={`g-${type}`}>
            <h2 id={`g-${type}`}>
              {t(type as Key)} <span class="count">({group.length === PER_TYPE ? `${PER_TYPE}+` : group.length})</span>
            </h2>
            <ul class="hits" data-type={type}>
              {group.map((h) => (
                <li key={h.node.id}>
                  <HitLine hit={h} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

export function SearchPage() {
  const { t } = useI18n();
  const { query, path, route } = useLocation();
  const [text, setText] = useState(query.q ?? '');
  const input = useRef<HTMLInputElement>(null);
  const typed = useDebounced(text.trim(), 200);
  useTitle(typed ? typed : null);

  // Back and forward restore the words of the URL.
  useEffect(() => {
    if ((query.q ?? '') !== text && (query.q ?? '').trim() !== text.trim()) setText(query.q ?? '');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query.q]);
  // The URL follows the words (replacing the history entry while typing).
  useEffect(() => {
    if ((query.q ?? '') === typed) return;
    const params = new URLSearchParams(location.search);
    if (typed) params.set('q', typed);
    else params.delete('q');
    const qs = params.toString();
    route(`${path}${qs ? `?${qs}` : ''}`, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      const first = document.querySelector<HTMLAnchorElement>('.hits a');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  };
  // Arrow keys move between results; Escape goes back to the box.
  const onResultsKey = (e: KeyboardEvent) => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.hits a')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' && links[i + 1]) {
      e.preventDefault();
      links[i + 1]!.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      (links[i - 1] ?? input.current)?.focus();
    } else if (e.key === 'Escape') input.current?.focus();
  };

  return (
    <div class="search-page">
      <p class="tagline">{t('tagline')}</p>
      <form role="search" onSubmit={(e) => e.preventDefault()} class="search-form">
        <label for="q">{t('searchLabel')}</label>
        <input
          id="q"
          ref={input}
          type="search"
          name="q"
          autoComplete="off"
          spellcheck={false}
          autoFocus
          placeholder={t('searchPlaceholder')}
          value={text}
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
          onKeyDown={onKeyDown}
          aria-describedby="q-hint"
        />
        <p id="q-hint" class="muted small">
          {t('searchHint')}
        </p>
      </form>
      {typed.length >= 2 ? (
        <div onKeyDown={onResultsKey}>
          <Results text={typed} />
        </div>
      ) : (
        <p class="examples">
          {t('examples')}{' '}
          {EXAMPLES.map((x, i) => (
            <span key={x}>
              {i > 0 && ' · '}
              <a href={`/?q=${encodeURIComponent(x)}`} onClick={(e) => { e.preventDefault(); setText(x); }}>
                {x}
              </a>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
