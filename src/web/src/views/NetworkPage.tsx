// The network of actors (sigma + graphology, laid out with ForceAtlas2) for a date range and a
// choice of CAMEO roots; edge width by event count, colour by mean Goldstein value.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import { api, type Network } from '../api';
import {
  GoldsteinLegend,
  goldsteinColor,
  Link,
  navigate,
  quadClass,
  rootName,
  Status,
  useApi,
  useCameo,
  useLocation,
  useTitle,
} from '../ui';

const TYPE_COLOURS: Record<string, string> = {
  country: '#2f5d8a',
  org: '#8a5a2f',
  person: '#5a2f8a',
  place: '#2f8a5a',
  agreement: '#777777',
};

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

function buildGraph(net: Network): Graph {
  const g = new Graph({ type: 'undirected', multi: false });
  const maxEvents = Math.max(1, ...net.nodes.map((n) => n.events));
  net.nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, net.nodes.length);
    g.addNode(n.id, {
      label: n.name,
      x: Math.cos(a) * 10 + hash(n.id),
      y: Math.sin(a) * 10 + hash(`${n.id}y`),
      size: 4 + 14 * Math.sqrt(n.events / maxEvents),
      color: TYPE_COLOURS[n.type] ?? '#555',
    });
  });
  const maxEdge = Math.max(1, ...net.edges.map((e) => e.events));
  for (const e of net.edges) {
    if (!g.hasNode(e.a) || !g.hasNode(e.b) || g.hasEdge(e.a, e.b)) continue;
    g.addEdge(e.a, e.b, {
      size: 1 + 7 * Math.sqrt(e.events / maxEdge),
      color: goldsteinColor(e.goldstein / Math.max(1, e.events)),
      label: `${e.events} events`,
    });
  }
  if (g.order > 1)
    forceAtlas2.assign(g, {
      iterations: 300,
      settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 400 },
    });
  return g;
}

function Graphview({ net }: { net: Network }) {
  const box = useRef<HTMLDivElement>(null);
  const [rendered, setRendered] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || !net.nodes.length) return;
    let sigma: Sigma | null = null;
    try {
      const g = buildGraph(net);
      sigma = new Sigma(g, el, {
        renderEdgeLabels: false,
        labelRenderedSizeThreshold: 6,
        defaultEdgeType: 'line',
        minCameraRatio: 0.1,
        maxCameraRatio: 10,
      });
      sigma.on('clickNode', ({ node }) => navigate(`/entity/${encodeURIComponent(node)}`));
      sigma.on('enterNode', () => {
        el.style.cursor = 'pointer';
      });
      sigma.on('leaveNode', () => {
        el.style.cursor = '';
      });
      sigma.on('afterRender', () => setRendered(g.order));
      sigma.refresh();
    } catch (e) {
      setProblem(
        `The graph cannot be drawn here (${e instanceof Error ? e.message : String(e)}); the tables below list it.`,
      );
    }
    return () => sigma?.kill();
  }, [net]);
  return (
    <>
      {problem ? <p className="error">{problem}</p> : null}
      <div
        ref={box}
        className="graph"
        data-nodes={net.nodes.length}
        data-edges={net.edges.length}
        data-rendered={rendered}
        role="img"
        aria-label="actor network"
      />
    </>
  );
}

const ALL_ROOTS = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));

export function NetworkPage() {
  const { query } = useLocation();
  const roots = useCameo();
  const since = query.get('since') ?? '';
  const until = query.get('until') ?? '';
  const chosen = (query.get('roots') ?? '').split(',').filter(Boolean);
  const key = `${since}|${until}|${chosen.join(',')}`;
  const state = useApi(() => api.network({ since, until, roots: chosen.join(','), limit: 150 }), key);
  useTitle('Network');
  const set = (p: { since?: string; until?: string; roots?: string[] }) => {
    const s = new URLSearchParams();
    const v = { since, until, roots: chosen, ...p };
    if (v.since) s.set('since', v.since);
    if (v.until) s.set('until', v.until);
    if (v.roots.length) s.set('roots', v.roots.join(','));
    navigate(`/network${s.size ? `?${s}` : ''}`, { replace: true });
  };
  const toggle = (r: string) =>
    set({ roots: chosen.includes(r) ? chosen.filter((x) => x !== r) : [...chosen, r].sort() });
  const groups = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

  return (
    <article>
      <h1>Network of actors</h1>
      <div className="filters">
        <label>
          since{' '}
          <input
            type="date"
            aria-label="since"
            value={since}
            onChange={(e) => set({ since: e.target.value })}
          />
        </label>
        <label>
          until{' '}
          <input
            type="date"
            aria-label="until"
            value={until}
            onChange={(e) => set({ until: e.target.value })}
          />
        </label>
        <button type="button" onClick={() => set({ since: '', until: '', roots: [] })}>
          Clear filters
        </button>
      </div>
      <fieldset className="roots-filter">
        <legend>Event roots {chosen.length ? `(${chosen.length} chosen)` : '(all)'}</legend>
        {groups.map((grp) => (
          <div key={grp}>
            <strong>{grp}:</strong>{' '}
            {ALL_ROOTS.filter((r) => quadClass(r) === grp).map((r) => (
              <label key={r} className="chip">
                <input type="checkbox" checked={chosen.includes(r)} onChange={() => toggle(r)} /> {r}{' '}
                {rootName(roots, r)}
              </label>
            ))}
          </div>
        ))}
      </fieldset>
      <GoldsteinLegend />
      <Status state={state}>
        {(net) =>
          net.nodes.length ? (
            <>
              <p className="muted">
                {net.nodes.length} actors, {net.edges.length} links. Node size: events; edge width: events
                between the two; click an actor to open it.
              </p>
              <div className="legend">
                {Object.entries(TYPE_COLOURS).map(([t, c]) => (
                  <span key={t}>
                    <span className="dot" style={{ background: c }} /> {t}
                  </span>
                ))}
              </div>
              <Graphview net={net} />
              <h2>Strongest links</h2>
              <table className="links">
                <thead>
                  <tr>
                    <th>actors</th>
                    <th>events</th>
                    <th>mean Goldstein</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {[...net.edges]
                    .sort((a, b) => b.events - a.events)
                    .slice(0, 15)
                    .map((e) => {
                      const name = (id: string) => net.nodes.find((n) => n.id === id)?.name ?? id;
                      return (
                        <tr key={`${e.a}|${e.b}`}>
                          <td>
                            <Link to={`/entity/${encodeURIComponent(e.a)}`}>{name(e.a)}</Link> –{' '}
                            <Link to={`/entity/${encodeURIComponent(e.b)}`}>{name(e.b)}</Link>
                          </td>
                          <td className="num">{e.events}</td>
                          <td className="num">
                            <span
                              className="dot"
                              style={{ background: goldsteinColor(e.goldstein / e.events) }}
                            />{' '}
                            {(e.goldstein / e.events).toFixed(1)}
                          </td>
                          <td>
                            <Link
                              to={`/timeline?actor=${encodeURIComponent(e.a)}&with=${encodeURIComponent(e.b)}`}
                            >
                              timeline
                            </Link>
                          </td>
                        </tr>
                      );
                    })}
                </tbody>
              </table>
            </>
          ) : (
            <p className="muted">No events between actors in this range.</p>
          )
        }
      </Status>
    </article>
  );
}
