// The explorer's frame: header with search and sections, then the page for the current path.
import { lazy, type ReactNode, Suspense } from 'react';
import { SearchBox } from './components/SearchBox';
import { Link, useLocation } from './ui';
import { ConflictsPage } from './views/ConflictsPage';
import { DocumentPage } from './views/DocumentPage';
import { DocumentsPage } from './views/DocumentsPage';
import { EntityPage } from './views/EntityPage';
import { Home } from './views/Home';
import { IngestPage } from './views/IngestPage';
import { StoriesPage, StoryPage } from './views/StoriesPage';
import { TimelinePage } from './views/TimelinePage';

// sigma and graphology load only when the network is opened.
const NetworkPage = lazy(() => import('./views/NetworkPage').then((m) => ({ default: m.NetworkPage })));

const SECTIONS: [string, string][] = [
  ['/documents', 'Documents'],
  ['/stories', 'Stories'],
  ['/conflicts', 'Conflicts'],
  ['/timeline', 'Timeline'],
  ['/network', 'Network'],
  ['/ingest', 'Read an article'],
];

function page(path: string): ReactNode {
  const m = (re: RegExp) => {
    const r = re.exec(path);
    return r?.[1] !== undefined ? decodeURIComponent(r[1]) : null;
  };
  if (path === '/') return <Home />;
  const entity = m(/^\/entity\/([^/]+)$/);
  if (entity) return <EntityPage key={entity} id={entity} />;
  const doc = m(/^\/doc\/([^/]+)$/);
  if (doc) return <DocumentPage key={doc} id={doc} />;
  const story = m(/^\/stories\/([^/]+)$/);
  if (story) return <StoryPage key={story} id={story} />;
  if (path === '/documents') return <DocumentsPage />;
  if (path === '/stories') return <StoriesPage />;
  if (path === '/conflicts') return <ConflictsPage />;
  if (path === '/timeline') return <TimelinePage />;
  if (path === '/network')
    return (
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <NetworkPage />
      </Suspense>
    );
  if (path === '/ingest') return <IngestPage />;
  return (
    <article>
      <h1>Not found</h1>
      <p>
        There is no page at <code>{path}</code>. <Link to="/">Start page</Link>
      </p>
    </article>
  );
}

export function App() {
  const { path } = useLocation();
  return (
    <>
      <header className="top">
        <Link to="/" className="brand">
          Entente
        </Link>
        <SearchBox />
        <nav>
          {SECTIONS.map(([to, label]) => (
            <Link key={to} to={to} className={path.startsWith(to) ? 'on' : ''}>
              {label}
            </Link>
          ))}
        </nav>
      </header>
      <main>{page(path)}</main>
    </>
  );
}
