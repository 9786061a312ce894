// The events between chosen actors over time.
import { useCallback, useState } from 'react';
import { api, type StoredEvent } from '../api';
import { EntityPicker } from '../components/EntityPicker';
import { EventList } from '../components/EventList';
import { dateRange, TimelineChart } from '../components/Timeline';
import { GoldsteinLegend, labelOf, navigate, Status, useApi, useCameo, useLocation, useTitle } from '../ui';

export function TimelinePage() {
  const { query } = useLocation();
  const actor = query.get('actor') ?? '';
  const other = query.get('with') ?? '';
  const roots = useCameo();
  const [sel, setSel] = useState<StoredEvent | null>(null);
  const [win, setWin] = useState<[string, string] | null>(null);
  const onWindow = useCallback((a: string, b: string) => setWin([a, b]), []);
  const state = useApi(
    () => (actor ? api.timeline(actor, other || undefined) : Promise.resolve(null)),
    `${actor}|${other}`,
  );
  const set = (a: string, w: string) =>
    navigate(`/timeline?actor=${encodeURIComponent(a)}${w ? `&with=${encodeURIComponent(w)}` : ''}`, {
      replace: true,
    });
  useTitle('Timeline');

  return (
    <article>
      <h1>Timeline</h1>
      <div className="filters">
        <EntityPicker label="Actor" value={actor} onChange={(a) => set(a, other)} />
        <EntityPicker
          label="with"
          value={other}
          onChange={(w) => set(actor, w)}
          placeholder="optional second actor"
        />
      </div>
      {!actor ? (
        <p className="muted">
          Choose an actor, and optionally a second one, e.g.{' '}
          <a
            href="/timeline?actor=country:JPN&with=org:NATO"
            onClick={(e) => {
              e.preventDefault();
              set('country:JPN', 'org:NATO');
            }}
          >
            Japan and NATO
          </a>
          .
        </p>
      ) : (
        <Status state={state}>
          {(t) => {
            if (!t) return null;
            const shown = win
              ? t.events.filter((e) => {
                  const r = dateRange(e.date);
                  return !r || (r[1] >= Date.parse(win[0]) && r[0] <= Date.parse(win[1]));
                })
              : t.events;
            return (
              <>
                <h2>
                  {t.actors.map((a) => labelOf(t.labels, a)).join(' and ')}: {t.events.length} event
                  {t.events.length === 1 ? '' : 's'}
                </h2>
                <GoldsteinLegend />
                <TimelineChart
                  events={t.events}
                  months={t.months}
                  labels={t.labels}
                  roots={roots}
                  selected={sel?.id ?? null}
                  onSelect={setSel}
                  onWindow={onWindow}
                />
                <h3>
                  In view: {shown.length} event{shown.length === 1 ? '' : 's'}
                  {win ? (
                    <span className="muted">
                      {' '}
                      ({win[0]} – {win[1]}, undated ones included)
                    </span>
                  ) : null}
                </h3>
                <EventList
                  events={sel ? [sel, ...shown.filter((e) => e.id !== sel.id)] : shown}
                  labels={t.labels}
                  roots={roots}
                  selected={sel?.id ?? null}
                  onSelect={setSel}
                />
              </>
            );
          }}
        </Status>
      )}
    </article>
  );
}
