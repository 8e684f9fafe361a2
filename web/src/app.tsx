// The explorer: a header with the language switch, and one page per URL (History API; the
// server answers every such path with index.html).
import { Provider } from '@urql/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ErrorBoundary, default as lazy } from 'preact-iso/lazy';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso/router';
import { client } from './client';
import { I18nContext, initialLang, makeI18n, storeLang, useI18n, type Lang } from './i18n';
import { BodyPage } from './pages/body';
import { DocumentPage } from './pages/document';
import { EventPage } from './pages/event';
import { PersonPage } from './pages/person';
import { ReportPage } from './pages/report';
import { SearchPage } from './pages/search';
import { useTitle } from './ui';

const NetworkPage = lazy(() => import('./pages/network'));

function NotFound() {
  const { t } = useI18n();
  useTitle(t('notFound'));
  return (
    <div class="page">
      <h1>404</h1>
      <p class="state empty">{t('notFound')}</p>
      <p>
        <a href="/">{t('home')}</a>
      </p>
    </div>
  );
}

function Header() {
  const { t, lang, setLang } = useI18n();
  const { path } = useLocation();
  const next: Lang = lang === 'vi' ? 'en' : 'vi';
  return (
    <header class="top">
      <a href="#main" class="skip">
        {t('skip')}
      </a>
      <a href="/" class="brand" aria-current={path === '/' ? 'page' : undefined}>
        civic-graph <span class="brand-sub">{t('appName')}</span>
      </a>
      <nav class="top-nav" aria-label={t('language')}>
        <a href="/graphql" class="quiet">
          {t('graphiql')}
        </a>
        <button type="button" class="lang" lang={next} title={t('switchLangTitle')} onClick={() => setLang(next)}>
          {t('switchLang')}
        </button>
      </nav>
    </header>
  );
}

/** Moves focus to the page's heading after a navigation, so keyboard and screen reader users land on it. */
function focusMain() {
  requestAnimationFrame(() => {
    const h1 = document.querySelector<HTMLElement>('#main h1');
    const target = h1 ?? document.getElementById('main');
    if (!target || document.activeElement?.id === 'q') return;
    target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  });
}

export function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => storeLang(lang), [lang]);
  const i18n = useMemo(() => makeI18n(lang, setLangState), [lang]);
  const first = useRef(true);
  return (
    <I18nContext.Provider value={i18n}>
      <Provider value={client}>
        <LocationProvider scope={/^\/(?!graphql|healthz|readyz)/}>
          <Header />
          <main id="main" tabIndex={-1}>
            <ErrorBoundary>
              <Router
                onRouteChange={() => {
                  window.scrollTo(0, 0);
                  if (!first.current) focusMain();
                  first.current = false;
                }}
              >
                <Route path="/" component={SearchPage} />
                <Route path="/person/:id" component={PersonPage} />
                <Route path="/body/:id" component={BodyPage} />
                <Route path="/event/:id" component={EventPage} />
                <Route path="/document/:id" component={DocumentPage} />
                <Route path="/report/:id" component={ReportPage} />
                <Route path="/network/:kind/:id" component={NetworkPage} />
                <Route default component={NotFound} />
              </Router>
            </ErrorBoundary>
          </main>
          <footer class="foot">
            <p class="muted small">
              {lang === 'vi'
                ? 'Dữ liệu trích tự động từ bản tin; mỗi thông tin kèm câu trích nguồn. Ngày “ghi nhận” là ngày của sự kiện hoặc bản tin nêu thông tin đó.'
                : 'Data extracted automatically from news reports; every fact comes with its quoted source. "Seen" dates are those of the events or reports that state it.'}
            </p>
          </footer>
        </LocationProvider>
      </Provider>
    </I18nContext.Provider>
  );
}

