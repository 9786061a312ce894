// Small shared pieces: routing by the History API, data loading, links to actors and documents,
// the cooperation–conflict colour scale.
import { type AnchorHTMLAttributes, type ReactNode, useEffect, useState, useSyncExternalStore } from 'react';
import { ApiError, api, type CameoRoot, type Labels } from './api';

// ---- routing -------------------------------------------------------------------------------

const listeners = new Set<() => void>();
window.addEventListener('popstate', () => {
  for (const l of listeners) l();
});

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (opts.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  for (const l of listeners) l();
  if (!opts.replace && !to.includes('#')) window.scrollTo(0, 0);
}

export function useLocation(): { path: string; query: URLSearchParams; hash: string } {
  const href = useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => location.pathname + location.search + location.hash,
  );
  const u = new URL(href, location.origin);
  return { path: u.pathname, query: u.searchParams, hash: u.hash };
}

export function Link({
  to,
  children,
  ...rest
}: { to: string; children: ReactNode } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <a
      href={to}
      {...rest}
      onClick={(e) => {
        rest.onClick?.(e);
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

// ---- data ----------------------------------------------------------------------------------

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
}

/** Runs `load` whenever `key` changes; keeps the last answer while the next one loads. */
export function useApi<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: true });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for everything `load` reads
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (e: unknown) =>
        live &&
        setState({
          data: null,
          error: e instanceof ApiError ? e : new ApiError(0, String(e), null),
          loading: false,
        }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}

export function ErrorBox({ error }: { error: ApiError }) {
  const detail = error.detail;
  return (
    <div className="error" role="alert">
      <strong>{error.message}</strong>
      {error.status ? <span className="muted"> (HTTP {error.status})</span> : null}
      {Array.isArray(detail) ? (
        <ul>
          {detail.map((d: { path?: string; message?: string }, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
            <li key={i}>
              {d.path ? <code>{d.path}</code> : null} {d.message ?? JSON.stringify(d)}
            </li>
          ))}
        </ul>
      ) : typeof detail === 'string' ? (
        <div>{detail}</div>
      ) : detail ? (
        <pre>{JSON.stringify(detail, null, 2)}</pre>
      ) : null}
    </div>
  );
}

export function Status<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ReactNode }) {
  if (state.error) return <ErrorBox error={state.error} />;
  if (!state.data) return <p className="muted">Loading…</p>;
  return <>{children(state.data)}</>;
}

// ---- CAMEO ---------------------------------------------------------------------------------

let cameoPromise: Promise<Map<string, CameoRoot>> | null = null;
export function useCameo(): Map<string, CameoRoot> {
  const [roots, setRoots] = useState<Map<string, CameoRoot>>(new Map());
  useEffect(() => {
    cameoPromise ??= api.cameo().then((r) => new Map(r.items.map((c) => [c.root, c])));
    cameoPromise.then(setRoots, () => {});
  }, []);
  return roots;
}

export function rootName(roots: Map<string, CameoRoot>, root: string): string {
  const n = roots.get(root)?.name;
  return n ? n.charAt(0) + n.slice(1).toLowerCase() : `root ${root}`;
}

/** CAMEO's four classes: verbal/material cooperation, verbal/material conflict. */
export function quadClass(root: string): string {
  const r = Number(root);
  if (r <= 5) return 'verbal cooperation';
  if (r <= 8) return 'material cooperation';
  if (r <= 14) return 'verbal conflict';
  return 'material conflict';
}

/** Goldstein −10 (conflict, red) … 0 (grey) … +10 (cooperation, teal). */
export function goldsteinColor(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  const grey = [150, 150, 150];
  const coop = [14, 130, 110];
  const conf = [200, 40, 40];
  const to = t >= 0 ? coop : conf;
  const k = Math.sqrt(Math.abs(t));
  const c = grey.map((v, i) => Math.round(v + ((to[i] ?? v) - v) * k));
  return `rgb(${c.join(',')})`;
}

export function GoldsteinLegend() {
  const stops = [-10, -5, -2, 0, 2, 5, 10];
  return (
    <div className="legend" title="colour scale: Goldstein value">
      <span>conflict</span>
      {stops.map((g) => (
        <span key={g} className="swatch" style={{ background: goldsteinColor(g) }} title={`Goldstein ${g}`}>
          {g > 0 ? `+${g}` : g}
        </span>
      ))}
      <span>cooperation</span>
    </div>
  );
}

// ---- actors and text -----------------------------------------------------------------------

export const typeOf = (id: string) => id.slice(0, id.indexOf(':'));
export const labelOf = (labels: Labels, id: string) => labels[id] ?? id.slice(id.indexOf(':') + 1);

export function ActorLink({ id, labels }: { id: string; labels: Labels }) {
  return (
    <Link to={`/entity/${encodeURIComponent(id)}`} className={`actor t-${typeOf(id)}`} title={id}>
      {labelOf(labels, id)}
    </Link>
  );
}

export function Actors({ ids, labels }: { ids: string[]; labels: Labels }) {
  if (!ids.length) return <span className="muted">—</span>;
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? ', ' : ''}
          <ActorLink id={id} labels={labels} />
        </span>
      ))}
    </>
  );
}

export function docLink(doc: string, start?: number, end?: number): string {
  return `/doc/${encodeURIComponent(doc)}${start !== undefined ? `?at=${start}${end !== undefined ? `-${end}` : ''}` : ''}`;
}

export function span(from: string | null, to: string | null): string {
  if (!from && !to) return 'always (no dates known)';
  return `${from ?? '…'} – ${to ?? 'now'}`;
}

export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Entente` : 'Entente explorer';
  }, [title]);
}

export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}
