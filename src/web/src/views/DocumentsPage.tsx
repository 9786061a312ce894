// Every stored document, newest first.
import { api } from '../api';
import { Link, Status, useApi, useLocation, useTitle } from '../ui';

const PAGE = 50;

export function DocumentsPage() {
  const { query } = useLocation();
  const offset = Math.max(0, Number(query.get('offset') ?? 0) || 0);
  const state = useApi(() => api.documents({ limit: PAGE, offset }), String(offset));
  useTitle('Documents');
  return (
    <article>
      <h1>Documents</h1>
      <Status state={state}>
        {(d) => (
          <>
            <p className="muted">
              {d.total} document{d.total === 1 ? '' : 's'}
              {d.total > PAGE ? ` · ${offset + 1}–${Math.min(d.total, offset + PAGE)}` : ''}
            </p>
            <DocTable items={d.items} />
            <p>
              {offset > 0 ? (
                <Link to={`/documents?offset=${Math.max(0, offset - PAGE)}`}>← newer</Link>
              ) : null}{' '}
              {offset + PAGE < d.total ? (
                <Link to={`/documents?offset=${offset + PAGE}`}>older →</Link>
              ) : null}
            </p>
          </>
        )}
      </Status>
    </article>
  );
}

export function DocTable({
  items,
}: {
  items: {
    id: string;
    title: string | null;
    published: string | null;
    source: string | null;
    events: number;
    entities: number;
    quotes: number;
  }[];
}) {
  return (
    <table className="docs">
      <thead>
        <tr>
          <th>published</th>
          <th>title</th>
          <th>source</th>
          <th className="num">entities</th>
          <th className="num">events</th>
          <th className="num">quotes</th>
        </tr>
      </thead>
      <tbody>
        {items.map((d) => (
          <tr key={d.id}>
            <td className="when">{d.published ?? '—'}</td>
            <td>
              <Link to={`/doc/${encodeURIComponent(d.id)}`}>{d.title ?? d.id}</Link>
            </td>
            <td>{d.source ?? ''}</td>
            <td className="num">{d.entities}</td>
            <td className="num">{d.events}</td>
            <td className="num">{d.quotes}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
