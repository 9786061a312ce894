// Stories: events merged across documents, with every report and the number of outlets.
import { useState } from 'react';
import { api, type CameoRoot, type Labels, type Story } from '../api';
import { EntityPicker } from '../components/EntityPicker';
import {
  Actors,
  docLink,
  ErrorBox,
  goldsteinColor,
  Link,
  navigate,
  rootName,
  Status,
  useApi,
  useCameo,
  useLocation,
  useTitle,
} from '../ui';

export function StoryCard({ s, labels, roots }: { s: Story; labels: Labels; roots: Map<string, CameoRoot> }) {
  return (
    <li className={`story${s.negated ? ' negated' : ''}`} data-story={s.id}>
      <div className="what">
        <span className="dot" style={{ background: goldsteinColor(roots.get(s.root)?.goldstein ?? 0) }} />
        <Link to={`/stories/${encodeURIComponent(s.id)}`} className="sid">
          {s.id}
        </Link>
        <span className="date">{s.date ?? 'undated'}</span>
        <span>
          {s.negated ? <strong className="denied">denied: </strong> : null}
          {rootName(roots, s.root)} <span className="muted">({s.code})</span>
        </span>
        {s.location ? (
          <span>
            in <Actors ids={[s.location]} labels={labels} />
          </span>
        ) : null}
        <span className="badge" title="distinct outlets">
          {s.sources} source{s.sources === 1 ? '' : 's'} · {s.reports.length} report
          {s.reports.length === 1 ? '' : 's'}
        </span>
      </div>
      <div className="who">
        <Actors ids={s.source} labels={labels} /> → <Actors ids={s.target} labels={labels} />
      </div>
      <ul className="reports">
        {s.reports.map((r) => (
          <li key={`${r.doc}:${r.start}`}>
            <Link to={docLink(r.doc, r.start, r.end)}>“{r.text}”</Link>{' '}
            <span className="muted">
              — {r.title ?? r.doc}
              {r.source ? `, ${r.source}` : ''} · joined by <code>{r.rule}</code>
            </span>
          </li>
        ))}
      </ul>
      <div className="muted small">
        merge rule: <code>{s.rule}</code>
      </div>
    </li>
  );
}

export function StoriesPage() {
  const { query } = useLocation();
  const roots = useCameo();
  const actor = query.get('actor') ?? '';
  const code = query.get('code') ?? '';
  const minReports = query.get('minReports') ?? '';
  const [codeText, setCodeText] = useState(code);
  const state = useApi(
    () => api.stories({ actor, code, minReports, limit: 200 }),
    `${actor}|${code}|${minReports}`,
  );
  useTitle('Stories');
  const set = (p: Record<string, string>) => {
    const s = new URLSearchParams({ actor, code, minReports, ...p });
    for (const [k, v] of [...s]) if (!v) s.delete(k);
    navigate(`/stories${s.size ? `?${s}` : ''}`, { replace: true });
  };
  return (
    <article>
      <h1>Stories</h1>
      <div className="filters">
        <EntityPicker label="Actor" value={actor} onChange={(a) => set({ actor: a })} />
        <label>
          CAMEO code{' '}
          <input
            value={codeText}
            size={5}
            placeholder="04"
            aria-label="CAMEO code"
            onChange={(e) => setCodeText(e.target.value)}
            onBlur={() => set({ code: codeText.trim() })}
            onKeyDown={(e) => e.key === 'Enter' && set({ code: codeText.trim() })}
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={minReports === '2'}
            onChange={(e) => set({ minReports: e.target.checked ? '2' : '' })}
          />{' '}
          reported more than once
        </label>
      </div>
      {state.error ? <ErrorBox error={state.error} /> : null}
      <Status state={state}>
        {(r) => (
          <>
            <p className="muted">
              {r.items.length} stor{r.items.length === 1 ? 'y' : 'ies'}
            </p>
            <ul className="stories">
              {r.items.map((s) => (
                <StoryCard key={s.id} s={s} labels={r.labels} roots={roots} />
              ))}
            </ul>
          </>
        )}
      </Status>
    </article>
  );
}

export function StoryPage({ id }: { id: string }) {
  const roots = useCameo();
  const state = useApi(() => api.story(id), id);
  useTitle(`Story ${id}`);
  if (state.error) return <ErrorBox error={state.error} />;
  return (
    <article>
      <h1>Story {id}</h1>
      <Status state={state}>
        {(s) => (
          <ul className="stories">
            <StoryCard s={s} labels={s.labels} roots={roots} />
          </ul>
        )}
      </Status>
      <p>
        <Link to="/stories">All stories</Link>
      </p>
    </article>
  );
}
