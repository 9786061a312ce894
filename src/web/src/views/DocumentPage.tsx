// The document reader: metadata, then the article with its highlights.
import { api } from '../api';
import { Reader } from '../components/Reader';
import { ErrorBox, Link, Status, useApi, useCameo, useLocation, useTitle } from '../ui';

export function DocumentPage({ id }: { id: string }) {
  const { query } = useLocation();
  const roots = useCameo();
  const state = useApi(() => api.document(id), id);
  const at = /^(\d+)(?:-(\d+))?$/.exec(query.get('at') ?? '');
  const target: [number, number] | null = at ? [Number(at[1]), Number(at[2] ?? Number(at[1]) + 1)] : null;
  useTitle(state.data?.extraction.document.title ?? id);
  if (state.error) return <ErrorBox error={state.error} />;
  return (
    <Status state={state}>
      {(d) => {
        const info = d.extraction.document;
        return (
          <article className="document">
            <h1>{info.title ?? d.id}</h1>
            <p className="muted">
              <code>{d.id}</code> · published {info.published ?? 'unknown'} ({info.publishedFrom})
              {info.source ? ` · ${info.source}` : ''}
              {info.url ? (
                <>
                  {' '}
                  · <span className="url">{info.url}</span>
                </>
              ) : null}
              {d.duplicateOf ? (
                <>
                  {' '}
                  · near-duplicate of{' '}
                  <Link to={`/doc/${encodeURIComponent(d.duplicateOf)}`}>{d.duplicateOf}</Link>
                </>
              ) : null}
            </p>
            <Reader
              text={d.text}
              extraction={d.extraction}
              labels={d.labels}
              roots={roots}
              links={d.links}
              target={target}
            />
          </article>
        );
      }}
    </Status>
  );
}
