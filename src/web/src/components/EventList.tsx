// Events as a readable list: when, what (CAMEO), who to whom, where, the words it rests on.
import type { CameoRoot, Labels, StoredEvent } from '../api';
import { ActorLink, Actors, docLink, goldsteinColor, Link, rootName } from '../ui';

export function EventRow({
  e,
  labels,
  roots,
  selected,
  onSelect,
}: {
  e: StoredEvent;
  labels: Labels;
  roots: Map<string, CameoRoot>;
  selected?: boolean;
  onSelect?: (e: StoredEvent) => void;
}) {
  return (
    <li
      className={`event${selected ? ' selected' : ''}${e.negated ? ' negated' : ''}`}
      data-event-id={e.id}
      data-place={e.location ?? ''}
      onClick={() => onSelect?.(e)}
      onKeyDown={(k) => k.key === 'Enter' && onSelect?.(e)}
    >
      <div className="what">
        <span
          className="dot"
          style={{ background: goldsteinColor(e.goldstein) }}
          title={`Goldstein ${e.goldstein}`}
        />
        <span className="date">{e.date ?? 'undated'}</span>
        <span className="code" title={`CAMEO ${e.code}`}>
          {e.negated ? <strong className="denied">denied: </strong> : null}
          {rootName(roots, e.root)} <span className="muted">({e.code})</span>
        </span>
        {e.location ? (
          <span className="place">
            in <ActorLink id={e.location} labels={labels} />
          </span>
        ) : null}
      </div>
      <div className="who">
        <Actors ids={e.source} labels={labels} /> → <Actors ids={e.target} labels={labels} />
      </div>
      <blockquote>
        <Link to={docLink(e.doc, e.evidence.start, e.evidence.end)}>{e.evidence.text}</Link>
      </blockquote>
      <div className="how muted">
        rule <code>{e.rule}</code> · confidence {e.confidence.toFixed(2)} ·{' '}
        <Link to={`/stories/${encodeURIComponent(e.story)}`}>
          story {e.story}: {e.sources} source{e.sources === 1 ? '' : 's'}
        </Link>
      </div>
    </li>
  );
}

export function EventList({
  events,
  labels,
  roots,
  selected,
  onSelect,
}: {
  events: StoredEvent[];
  labels: Labels;
  roots: Map<string, CameoRoot>;
  selected?: number | null;
  onSelect?: (e: StoredEvent) => void;
}) {
  if (!events.length) return <p className="muted">No events.</p>;
  return (
    <ul className="events">
      {events.map((e) => (
        <EventRow
          key={e.id}
          e={e}
          labels={labels}
          roots={roots}
          selected={selected === e.id}
          {...(onSelect ? { onSelect } : {})}
        />
      ))}
    </ul>
  );
}
