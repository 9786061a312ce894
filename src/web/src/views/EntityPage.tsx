// One actor: names, offices and memberships over time, events on a timeline, partners, quotes,
// the outlets that report it.
import { useState } from 'react';
import { api, type Interval, type Labels, type Profile, type StoredEvent } from '../api';
import { EventList } from '../components/EventList';
import { TimelineChart } from '../components/Timeline';
import {
  ActorLink,
  docLink,
  ErrorBox,
  GoldsteinLegend,
  goldsteinColor,
  Link,
  labelOf,
  rootName,
  Status,
  span,
  useApi,
  useCameo,
  useTitle,
} from '../ui';

interface Grouped extends Interval {
  froms: string[];
}

/** The same interval stated by the reference data and several articles is one row. */
function group(rows: Interval[]): Grouped[] {
  const out = new Map<string, Grouped>();
  for (const r of rows) {
    const k = [r.type, r.subject, r.object, r.role, r.start, r.end, r.negated].join('|');
    const g = out.get(k);
    if (g) {
      if (!g.froms.includes(r.from)) g.froms.push(r.from);
    } else out.set(k, { ...r, froms: [r.from] });
  }
  return [...out.values()].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
}

function Intervals({
  rows,
  side,
  labels,
  empty,
}: {
  rows: Interval[];
  side: 'subject' | 'object';
  labels: Labels;
  empty: string;
}) {
  if (!rows.length) return <p className="muted">{empty}</p>;
  const grouped = group(rows);
  const years = grouped.flatMap((r) =>
    [r.start, r.end].filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4))),
  );
  const now = new Date().getUTCFullYear();
  const lo = Math.min(now - 1, ...years);
  const hi = now + 1;
  const pos = (d: string | null, dflt: number) =>
    ((d ? Number(d.slice(0, 4)) + (Number(d.slice(5, 7) || 1) - 1) / 12 : dflt) - lo) / (hi - lo);
  return (
    <table className="intervals">
      <thead>
        <tr>
          <th />
          <th />
          <th className="axis">
            <span>{lo}</span>
            <span>{hi}</span>
          </th>
          <th />
        </tr>
      </thead>
      <tbody>
        {grouped.map((r) => {
          const a = pos(r.start, lo);
          const b = pos(r.end, hi);
          const articles = r.froms.filter((f) => f !== 'kb');
          return (
            <tr
              key={`${r.type}:${r.subject}:${r.object}:${r.role}:${r.start}:${r.end}:${r.negated}`}
              className={r.negated ? 'negated' : ''}
            >
              <td className="what">
                {r.negated ? <strong className="denied">not </strong> : null}
                {r.role
                  ? `${r.role.replace(/-/g, ' ')} of `
                  : r.type === 'member_of'
                    ? 'member of '
                    : r.type === 'partner_of'
                      ? 'partner of '
                      : r.type === 'allied_with'
                        ? 'allied with '
                        : ''}
                <ActorLink id={side === 'subject' ? r.object : r.subject} labels={labels} />
              </td>
              <td className="when">{span(r.start, r.end)}</td>
              <td className="bar" title={`${r.start ?? '…'} – ${r.end ?? 'now'}`}>
                <span style={{ left: `${a * 100}%`, width: `${Math.max(1, (b - a) * 100)}%` }} />
              </td>
              <td className="muted from">
                {r.froms.includes('kb') ? 'reference' : ''}
                {r.froms.includes('kb') && articles.length ? ' · ' : ''}
                {articles.map((f, i) => (
                  <span key={f}>
                    {i ? ', ' : ''}
                    <Link to={docLink(f)} title={f}>
                      {articles.length === 1 ? 'article' : `${i + 1}`}
                    </Link>
                  </span>
                ))}
                {articles.length > 1 ? ' articles' : ''}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Members({ org }: { org: string }) {
  const [on, setOn] = useState(new Date().toISOString().slice(0, 10));
  const state = useApi(() => api.members(org, on), `${org}@${on}`);
  return (
    <section>
      <h3>
        Members on{' '}
        <input
          type="date"
          value={on}
          onChange={(e) => e.target.value && setOn(e.target.value)}
          aria-label="members on"
        />
      </h3>
      <Status state={state}>
        {(m) =>
          m.items.length ? (
            <p className="members">
              <strong>{m.items.length}</strong>:{' '}
              {m.items.map((x, i) => (
                <span key={x.id}>
                  {i ? ', ' : ''}
                  <Link to={`/entity/${encodeURIComponent(x.id)}`}>{x.name}</Link>
                </span>
              ))}
            </p>
          ) : (
            <p className="muted">No members known on that date.</p>
          )
        }
      </Status>
    </section>
  );
}

function ProfileView({ p }: { p: Profile }) {
  const roots = useCameo();
  const [sel, setSel] = useState<StoredEvent | null>(null);
  useTitle(p.name);
  const maxRoot = Math.max(1, ...p.events.byRoot.map((r) => r.events));
  const isOrg = p.type === 'org';
  return (
    <article className="entity">
      <header>
        <h1>{p.name}</h1>
        <p className="muted">
          <code>{p.id}</code> · {p.type}
          {p.affiliations.length ? (
            <>
              {' '}
              · acts for{' '}
              {p.affiliations.map((a, i) => (
                <span key={a}>
                  {i ? ', ' : ''}
                  <ActorLink id={a} labels={p.labels} />
                </span>
              ))}
            </>
          ) : null}
        </p>
        {p.names.length > 1 ? <p>Also written: {p.names.filter((n) => n !== p.name).join(' · ')}</p> : null}
      </header>

      <div className="cols">
        <section>
          <h2>Offices over time</h2>
          <Intervals rows={p.offices} side="subject" labels={p.labels} empty="No offices known." />
          <h2>Memberships and partnerships</h2>
          <Intervals rows={p.memberships} side="subject" labels={p.labels} empty="No memberships known." />
          {isOrg ? (
            <>
              <h2>Members over time</h2>
              <Intervals rows={p.members} side="object" labels={p.labels} empty="No members known." />
              <Members org={p.id} />
            </>
          ) : null}
        </section>
        <section>
          <h2>
            Events <span className="muted">({p.events.total})</span>
          </h2>
          <table className="roots">
            <tbody>
              {p.events.byRoot.map((r) => (
                <tr key={r.root}>
                  <td>{rootName(roots, r.root)}</td>
                  <td className="bar">
                    <span
                      style={{
                        width: `${(r.events / maxRoot) * 100}%`,
                        background: goldsteinColor(r.goldstein / Math.max(1, r.events)),
                      }}
                    />
                  </td>
                  <td className="num">{r.events}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Most frequent partners</h2>
          {p.partners.length ? (
            <ul className="partners">
              {p.partners.slice(0, 12).map((x) => (
                <li key={x.id}>
                  <span
                    className="dot"
                    style={{ background: goldsteinColor(x.goldstein / Math.max(1, x.events)) }}
                  />
                  <ActorLink id={x.id} labels={{ ...p.labels, [x.id]: x.name }} />{' '}
                  <span className="muted">{x.events}</span>{' '}
                  <Link
                    to={`/timeline?actor=${encodeURIComponent(p.id)}&with=${encodeURIComponent(x.id)}`}
                    className="small"
                  >
                    timeline
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">None.</p>
          )}
          <h2>Sources</h2>
          {p.sources.length ? (
            <ul className="inline">
              {p.sources.map((s) => (
                <li key={s.outlet}>
                  {s.outlet} <span className="muted">({s.events})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">None.</p>
          )}
        </section>
      </div>

      <section>
        <h2>Timeline</h2>
        <GoldsteinLegend />
        <TimelineChart
          events={p.recent}
          labels={p.labels}
          roots={roots}
          selected={sel?.id ?? null}
          onSelect={setSel}
        />
        <EventList
          events={sel ? [sel, ...p.recent.filter((e) => e.id !== sel.id)] : p.recent}
          labels={p.labels}
          roots={roots}
          selected={sel?.id ?? null}
          onSelect={setSel}
        />
      </section>

      <section>
        <h2>Quotes</h2>
        {p.quotes.length ? (
          <ul className="quotes">
            {p.quotes.map((q) => (
              <li key={q.id}>
                <blockquote>“{q.text}”</blockquote>
                <span className="muted">
                  {q.speaker ? labelOf(p.labels, q.speaker) : 'unattributed'} ·{' '}
                  <Link to={docLink(q.doc, q.start, q.end)}>in {q.doc}</Link>
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No quotes.</p>
        )}
      </section>
    </article>
  );
}

export function EntityPage({ id }: { id: string }) {
  const state = useApi(() => api.entity(id), id);
  if (state.error) return <ErrorBox error={state.error} />;
  return <Status state={state}>{(p) => <ProfileView p={p} />}</Status>;
}
