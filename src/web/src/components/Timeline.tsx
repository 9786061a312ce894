// Events on a time axis (x: date, y: Goldstein value, colour: cooperation → conflict). Zoom with
// the mouse wheel, the buttons or the date fields; drag to pan; click an event for its evidence.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CameoRoot, Labels, StoredEvent } from '../api';
import { goldsteinColor, labelOf, rootName } from '../ui';

const DAY = 86_400_000;
const HEIGHT = 240;
const PAD = { left: 44, right: 16, top: 14, bottom: 28 };

/** A CAMEO date at its precision as [first ms, last ms]. */
export function dateRange(d: string | null): [number, number] | null {
  if (!d) return null;
  const [y, m, dd] = d.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (!y) return null;
  if (dd) {
    const t = Date.UTC(y, (m ?? 1) - 1, dd);
    return [t, t];
  }
  if (m) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1) - DAY];
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1) - DAY];
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

function ticks(t0: number, t1: number): { t: number; label: string }[] {
  const span = t1 - t0;
  const out: { t: number; label: string }[] = [];
  const d = new Date(t0);
  if (span > 3 * 365 * DAY) {
    for (let y = d.getUTCFullYear(); Date.UTC(y, 0, 1) <= t1; y++)
      out.push({ t: Date.UTC(y, 0, 1), label: String(y) });
  } else if (span > 80 * DAY) {
    const step = span > 500 * DAY ? 3 : 1;
    for (let y = d.getUTCFullYear(), m = d.getUTCMonth(); Date.UTC(y, m, 1) <= t1; m += step) {
      const t = Date.UTC(y, m, 1);
      const dt = new Date(t);
      out.push({
        t,
        label:
          dt.getUTCMonth() === 0
            ? String(dt.getUTCFullYear())
            : dt.toLocaleString('en', { month: 'short', timeZone: 'UTC' }),
      });
    }
  } else {
    const step = span > 30 * DAY ? 7 : span > 10 * DAY ? 2 : 1;
    for (let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()); t <= t1; t += step * DAY) {
      const dt = new Date(t);
      out.push({
        t,
        label: `${dt.getUTCDate()} ${dt.toLocaleString('en', { month: 'short', timeZone: 'UTC' })}`,
      });
    }
  }
  return out.filter((k) => k.t >= t0);
}

export interface TimelineProps {
  events: StoredEvent[];
  /** Events per month, drawn as bars along the bottom. */
  months?: { month: string; events: number }[];
  labels: Labels;
  roots: Map<string, CameoRoot>;
  selected: number | null;
  onSelect: (e: StoredEvent) => void;
  /** The window shown changed: events inside it. */
  onWindow?: (from: string, to: string) => void;
}

export function TimelineChart({
  events,
  months,
  labels,
  roots,
  selected,
  onSelect,
  onWindow,
}: TimelineProps) {
  const dated = useMemo(
    () =>
      events
        .map((e) => ({ e, r: dateRange(e.date) }))
        .filter((x): x is { e: StoredEvent; r: [number, number] } => x.r !== null)
        .sort((a, b) => a.r[0] - b.r[0]),
    [events],
  );
  const extent = useMemo((): [number, number] => {
    if (!dated.length) return [Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)];
    const lo = Math.min(...dated.map((d) => d.r[0]));
    const hi = Math.max(...dated.map((d) => d.r[1]));
    const pad = Math.max(3 * DAY, (hi - lo) * 0.05);
    return [lo - pad, hi + pad];
  }, [dated]);
  const [win, setWin] = useState<[number, number]>(extent);
  useEffect(() => setWin(extent), [extent]);
  useEffect(() => onWindow?.(iso(win[0]), iso(win[1])), [win, onWindow]);

  const wrap = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(900);
  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(Math.max(320, el.clientWidth)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const inner = width - PAD.left - PAD.right;
  const x = (t: number) => PAD.left + ((t - win[0]) / (win[1] - win[0])) * inner;
  const y = (g: number) => PAD.top + ((10 - g) / 20) * (HEIGHT - PAD.top - PAD.bottom);
  const zoom = (factor: number, at = 0.5) => {
    setWin(([a, b]) => {
      const span = Math.max(2 * DAY, Math.min((b - a) * factor, 60 * 365 * DAY));
      const c = a + (b - a) * at;
      return [c - span * at, c + span * (1 - at)];
    });
  };

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  const svg = useRef<SVGSVGElement>(null);
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const onWheel = (ev: WheelEvent) => {
      ev.preventDefault();
      const box = el.getBoundingClientRect();
      const at = Math.min(1, Math.max(0, (ev.clientX - box.left - PAD.left) / inner));
      zoom(ev.deltaY > 0 ? 1.25 : 0.8, at);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  });

  const drag = useRef<{ x: number; win: [number, number] } | null>(null);

  // Events that would overlap on screen (same value, a few pixels apart) are stacked upwards so
  // each stays visible and clickable; the stacking follows the zoom.
  const placed: { x0: number; x1: number; y: number }[] = [];
  const marks = dated.map(({ e, r }) => {
    const x0 = x(r[0]) - 8;
    const x1 = Math.max(x(r[0]) + 8, x(r[1]));
    const py = y(e.goldstein);
    let dy = 0;
    while (placed.some((p) => p.x0 < x1 && x0 < p.x1 && Math.abs(p.y - (py - dy)) < 14)) dy += 14;
    placed.push({ x0, x1, y: py - dy });
    return { e, r, dy };
  });
  const maxMonth = Math.max(1, ...(months ?? []).map((m) => m.events));

  return (
    <div className="timeline" ref={wrap}>
      <div className="toolbar">
        <button type="button" onClick={() => zoom(0.5)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoom(2)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={() => setWin(extent)}>
          Fit all
        </button>
        <label>
          from{' '}
          <input
            type="date"
            aria-label="from"
            value={iso(win[0])}
            onChange={(e) => {
              const t = Date.parse(e.target.value);
              if (Number.isFinite(t) && t < win[1]) setWin([t, win[1]]);
            }}
          />
        </label>
        <label>
          to{' '}
          <input
            type="date"
            aria-label="to"
            value={iso(win[1])}
            onChange={(e) => {
              const t = Date.parse(e.target.value);
              if (Number.isFinite(t) && t > win[0]) setWin([win[0], t]);
            }}
          />
        </label>
        <span className="muted">wheel to zoom, drag to pan</span>
      </div>
      <svg
        ref={svg}
        width={width}
        height={HEIGHT}
        role="img"
        aria-label="timeline of events"
        className="chart"
        onPointerDown={(ev) => {
          if ((ev.target as Element).closest('[data-event-id]')) return;
          drag.current = { x: ev.clientX, win };
          (ev.currentTarget as SVGSVGElement).setPointerCapture(ev.pointerId);
        }}
        onPointerMove={(ev) => {
          const d = drag.current;
          if (!d) return;
          const dt = ((ev.clientX - d.x) / inner) * (d.win[1] - d.win[0]);
          setWin([d.win[0] - dt, d.win[1] - dt]);
        }}
        onPointerUp={() => {
          drag.current = null;
        }}
      >
        <defs>
          <clipPath id="plot">
            <rect x={PAD.left} y={0} width={inner} height={HEIGHT} />
          </clipPath>
        </defs>
        {[10, 5, 0, -5, -10].map((g) => (
          <g key={g}>
            <line
              x1={PAD.left}
              x2={width - PAD.right}
              y1={y(g)}
              y2={y(g)}
              className={g === 0 ? 'axis zero' : 'grid'}
            />
            <text x={PAD.left - 6} y={y(g) + 4} textAnchor="end" className="tick">
              {g > 0 ? `+${g}` : g}
            </text>
          </g>
        ))}
        {ticks(win[0], win[1]).map((k) => (
          <g key={k.t}>
            <line x1={x(k.t)} x2={x(k.t)} y1={PAD.top} y2={HEIGHT - PAD.bottom} className="grid" />
            <text x={x(k.t)} y={HEIGHT - 8} textAnchor="middle" className="tick">
              {k.label}
            </text>
          </g>
        ))}
        <g clipPath="url(#plot)">
          {(months ?? []).map((m) => {
            const r = dateRange(m.month);
            if (!r) return null;
            const h = (m.events / maxMonth) * 36;
            return (
              <rect
                key={m.month}
                className="month-bar"
                x={x(r[0])}
                width={Math.max(1, x(r[1] + DAY) - x(r[0]) - 1)}
                y={HEIGHT - PAD.bottom - h}
                height={h}
              >
                <title>{`${m.month}: ${m.events} event${m.events === 1 ? '' : 's'}`}</title>
              </rect>
            );
          })}
          {marks.map(({ e, r, dy }) => {
            const cx = x(r[0]);
            const cy = y(e.goldstein) - dy;
            const wide = r[1] > r[0];
            const colour = goldsteinColor(e.goldstein);
            const title = `${e.date} · ${e.code} ${rootName(roots, e.root)} · ${e.source.map((s) => labelOf(labels, s)).join(', ')} → ${e.target.map((s) => labelOf(labels, s)).join(', ') || '—'}${e.negated ? ' (denied)' : ''}`;
            return (
              // biome-ignore lint/a11y/useSemanticElements: an SVG mark
              <g
                key={e.id}
                data-event-id={e.id}
                data-place={e.location ?? ''}
                data-date={e.date ?? ''}
                className={`mark${selected === e.id ? ' selected' : ''}`}
                onClick={() => onSelect(e)}
                onKeyDown={(k) => k.key === 'Enter' && onSelect(e)}
                tabIndex={0}
                role="button"
              >
                <title>{title}</title>
                {wide ? (
                  <rect
                    x={cx}
                    y={cy - 4}
                    width={Math.max(6, x(r[1]) - cx)}
                    height={8}
                    rx={4}
                    fill={colour}
                    fillOpacity={0.35}
                    stroke={colour}
                  />
                ) : null}
                <circle
                  cx={cx}
                  cy={cy}
                  r={5 + Math.min(6, 2 * Math.sqrt(e.sources))}
                  fill={e.negated ? 'white' : colour}
                  stroke={colour}
                  strokeWidth={e.negated ? 2.5 : 1}
                  strokeDasharray={e.negated ? '3 2' : undefined}
                />
              </g>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
