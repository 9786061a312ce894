// The start page: what is stored, the latest documents, where to go next.
import { api } from '../api';
import { Link, Status, useApi, useTitle } from '../ui';
import { DocTable } from './DocumentsPage';

export function Home() {
  const stats = useApi(() => api.stats(), 'stats');
  const docs = useApi(() => api.documents({ limit: 10 }), 'docs');
  useTitle('');
  return (
    <article>
      <h1>Entente explorer</h1>
      <p>
        Who did what to whom in international-security news: every fact tied to the words it was read from.
      </p>
      <Status state={stats}>
        {(s) => (
          <ul className="stats">
            <li>
              <strong>{s.documents}</strong> documents
            </li>
            <li>
              <strong>{s.events}</strong> events
            </li>
            <li>
              <Link to="/stories">
                <strong>{s.stories}</strong> stories
              </Link>
              {s.multiSourceStories !== undefined ? (
                <span className="muted"> ({s.multiSourceStories} with several sources)</span>
              ) : null}
            </li>
            <li>
              <Link to="/conflicts">
                <strong>{s.conflicts}</strong> conflicts
              </Link>
            </li>
            {s.actors !== undefined ? (
              <li>
                <strong>{s.actors}</strong> actors
              </li>
            ) : null}
            {s.firstDate ? (
              <li>
                {s.firstDate} – {s.lastDate}
              </li>
            ) : null}
          </ul>
        )}
      </Status>
      <p className="next">
        Start with <Link to="/entity/country%3AJPN">Japan</Link>, <Link to="/entity/org%3ANATO">NATO</Link>,
        the <Link to="/network">network</Link>, a{' '}
        <Link to="/timeline?actor=country%3AJPN&with=org%3ANATO">timeline</Link>, or{' '}
        <Link to="/ingest">read an article of your own</Link>.
      </p>
      <h2>Latest documents</h2>
      <Status state={docs}>{(d) => <DocTable items={d.items} />}</Status>
    </article>
  );
}
