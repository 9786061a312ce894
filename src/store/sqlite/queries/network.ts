// The actor network over a date range: nodes are actors, edges the asserted events between two
// of them, weighted by event count and summed Goldstein value.
import { filterBounds, monthIndex } from '../../../stories/index.js';
import type { ActorEdge, ActorNode, NetworkOptions } from '../../store.js';
import type { StoreCtx } from '../context.js';
import { ACTOR_STRIDE, busiest, ints, PAIR_STRIDE, TOP_ALL } from '../network-slices.js';

interface Tally {
  /** Actor id → its own events in the window (the nodes' weights). */
  weights: Map<number, number>;
  /** [a, b, events, Goldstein × 10], a < b, sorted. */
  edges: [number, number, number, number][];
  /** Or, for many edges among few actors, the dense table they were summed in (read out in order). */
  table?: { ids: number[]; n: Float64Array; gs: Float64Array };
}

/**
 * All roots: the yearly and monthly slices, summed in typed arrays. Some roots: the monthly pair rollup of
 * those roots (a few percent of all events). `actors` keeps the busiest actors of the window (by
 * their own event count, ties by id) and the edges among them.
 */
export function network(
  ctx: StoreCtx,
  opts: NetworkOptions = {},
): { nodes: ActorNode[]; edges: ActorEdge[] } {
  const lo = opts.since ? monthIndex(filterBounds(opts.since).lo) : -1;
  const hi = opts.until ? monthIndex(filterBounds(opts.until).hi) : 1e9;
  const roots = (opts.roots ?? []).map(Number).filter((r) => Number.isInteger(r) && r >= 1 && r <= 20);
  const limit = opts.actors === undefined ? null : Math.max(1, Math.trunc(opts.actors));
  const t = roots.length ? fromRootPairs(ctx, lo, hi, roots, limit) : fromSlices(ctx, lo, hi, limit);
  return named(ctx, t);
}

function fromSlices(ctx: StoreCtx, lo: number, hi: number, limit: number | null): Tally {
  // All time, the busiest few: the whole store's slice holds their pairs, when it is up to date.
  const whole =
    lo < 0 && hi >= 1e9 && limit !== null && limit <= TOP_ALL
      ? (ctx.st.get('SELECT actors, pairs FROM network_all').raw().get() as
          | [Uint8Array, Uint8Array]
          | undefined)
      : undefined;
  const slices = whole ? [{ actors: ints(whole[0]), pairs: ints(whole[1]) }] : readSlices(ctx, lo, hi);
  let maxId = 0;
  for (const s of slices) maxId = Math.max(maxId, s.actors[s.actors.length - ACTOR_STRIDE] ?? 0);
  if (limit === null) {
    // Every edge of the window; the nodes' weights are their edges' events.
    const edges = [...sumPairs(slices, (a, b) => a * 2 ** 26 + b).values()].sort(
      (x, y) => x[0] - y[0] || x[1] - y[1],
    );
    return { weights: edgeWeights(edges), edges };
  }
  const counts = new Float64Array(maxId + 1);
  for (const { actors } of slices)
    for (let i = 0; i < actors.length; i += ACTOR_STRIDE)
      counts[actors[i] as number] = (counts[actors[i] as number] as number) + (actors[i + 1] as number);
  const busy = busiest(counts, limit);
  // Ranked by id, so that the dense table below is read out in edge order (a < b), unsorted.
  const chosen = [...busy].sort((x, y) => x - y);
  const rank = new Int32Array(maxId + 1).fill(-1);
  chosen.forEach((id, r) => {
    rank[id] = r;
  });
  // The edges among the chosen: a dense rank × rank table when the window has many pairs for
  // the number of actors, a map of the pairs met otherwise (a thousand actors over one month).
  const k = chosen.length;
  let entries = 0;
  for (const { pairs } of slices) entries += pairs.length / PAIR_STRIDE;
  const edges: Tally['edges'] = [];
  if (k * k <= 8 * entries) {
    const n = new Float64Array(k * k);
    const gs = new Float64Array(k * k);
    for (const { pairs } of slices)
      for (let i = 0; i < pairs.length; i += PAIR_STRIDE) {
        const ra = rank[pairs[i] as number] as number;
        if (ra < 0) continue;
        const rb = rank[pairs[i + 1] as number] as number;
        if (rb < 0) continue;
        const c = ra * k + rb;
        n[c] = (n[c] as number) + (pairs[i + 2] as number);
        gs[c] = (gs[c] as number) + (pairs[i + 3] as number);
      }
    return {
      weights: new Map(busy.map((id) => [id, counts[id] as number])),
      edges,
      table: { ids: chosen, n, gs },
    };
  } else {
    const keyOf = (a: number, b: number) => {
      const ra = rank[a] as number;
      const rb = rank[b] as number;
      return ra < 0 || rb < 0 ? -1 : ra * k + rb;
    };
    edges.push(...sumPairs(slices, keyOf).values());
    edges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  }
  return { weights: new Map(busy.map((id) => [id, counts[id] as number])), edges };
}

/**
 * The slices that cover months lo..hi: the yearly slice of each whole year in the range that has
 * one, the monthly slices of the rest.
 */
function readSlices(ctx: StoreCtx, lo: number, hi: number): { actors: Int32Array; pairs: Int32Array }[] {
  const years = ctx.st
    .get('SELECT year, actors, pairs FROM network_year WHERE year BETWEEN ? AND ?')
    .raw()
    .all(Math.ceil(lo / 12), Math.floor((hi - 11) / 12)) as [number, Uint8Array, Uint8Array][];
  const months = ctx.st
    .get(
      `SELECT actors, pairs FROM network_month WHERE month BETWEEN ? AND ?
       AND month / 12 NOT IN (SELECT value FROM json_each(?))`,
    )
    .raw()
    .all(lo, hi, JSON.stringify(years.map(([y]) => y))) as [Uint8Array, Uint8Array][];
  return [...years.map(([, a, p]) => [a, p] as const), ...months].map(([a, p]) => ({
    actors: ints(a),
    pairs: ints(p),
  }));
}

type Edge = Tally['edges'][number];

/** The slices' pairs summed by `keyOf(a, b)` (a negative key leaves the pair out). */
function sumPairs(
  slices: { pairs: Int32Array }[],
  keyOf: (a: number, b: number) => number,
): Map<number, Edge> {
  const sums = new Map<number, Edge>();
  for (const { pairs } of slices)
    for (let i = 0; i < pairs.length; i += PAIR_STRIDE) {
      const a = pairs[i] as number;
      const b = pairs[i + 1] as number;
      const key = keyOf(a, b);
      if (key < 0) continue;
      const e = sums.get(key);
      if (e) {
        e[2] += pairs[i + 2] as number;
        e[3] += pairs[i + 3] as number;
      } else sums.set(key, [a, b, pairs[i + 2] as number, pairs[i + 3] as number]);
    }
  return sums;
}

/** Each actor's weight as the events of its edges (a network without a limit on actors). */
function edgeWeights(edges: readonly Edge[]): Map<number, number> {
  const weights = new Map<number, number>();
  for (const [a, b, n] of edges) {
    weights.set(a, (weights.get(a) ?? 0) + n);
    weights.set(b, (weights.get(b) ?? 0) + n);
  }
  return weights;
}

function fromRootPairs(ctx: StoreCtx, lo: number, hi: number, roots: number[], limit: number | null): Tally {
  const window = `month BETWEEN ? AND ? AND root IN (${roots.join(',')})`;
  const weights = new Map<number, number>();
  let pairFilter = '';
  let params: unknown[] = [];
  if (limit !== null) {
    const busiest = ctx.st
      .get(
        `SELECT x, sum(n) AS n FROM (SELECT a AS x, n FROM rollup_pair WHERE ${window}
         UNION ALL SELECT b AS x, n FROM rollup_pair WHERE ${window}) GROUP BY x ORDER BY n DESC, x LIMIT ?`,
      )
      .raw()
      .all(lo, hi, lo, hi, limit) as [number, number][];
    for (const [a, c] of busiest) weights.set(a, c);
    const ids = JSON.stringify([...weights.keys()]);
    // Unary + keeps SQLite on the date range: probing the (a, b) index for every pair of
    // chosen actors costs a million lookups for a thousand actors.
    pairFilter = ' AND +a IN (SELECT value FROM json_each(?)) AND +b IN (SELECT value FROM json_each(?))';
    params = [ids, ids];
  }
  const edges = ctx.st
    .get(
      `SELECT a, b, sum(n) AS n, sum(gs) AS gs FROM rollup_pair WHERE ${window}${pairFilter}
       GROUP BY a, b ORDER BY a, b`,
    )
    .raw()
    .all(lo, hi, ...params) as Tally['edges'];
  return { weights: limit === null ? edgeWeights(edges) : weights, edges };
}

/** Ids to keys, names, types and countries. */
function named(ctx: StoreCtx, t: Tally): { nodes: ActorNode[]; edges: ActorEdge[] } {
  const actors = ctx.st
    .get(
      `SELECT a.id, a.key, a.name, a.type, f.key AS affil FROM actors a LEFT JOIN actors f ON f.id = a.affil
       WHERE a.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify([...t.weights.keys()])) as {
    id: number;
    key: string;
    name: string;
    type: string;
    affil: string | null;
  }[];
  const byId = new Map<number, ActorNode>();
  for (const a of actors) {
    const country = a.key.startsWith('country:')
      ? a.key.slice(8)
      : a.affil?.startsWith('country:')
        ? a.affil.slice(8)
        : null;
    byId.set(a.id, { id: a.key, name: a.name, type: a.type, country, events: t.weights.get(a.id) ?? 0 });
  }
  const key = (id: number) => byId.get(id)?.id ?? ctx.dict.actorKey(id);
  const edges = t.edges.map(([a, b, n, gs]) => ({ a: key(a), b: key(b), events: n, goldstein: gs / 10 }));
  if (t.table) {
    // Straight from the table into the answer: tens of thousands of edges over all years.
    const { ids, n, gs } = t.table;
    const keys = ids.map(key);
    const k = ids.length;
    for (let c = 0; c < k * k; c++)
      if (n[c] !== 0)
        edges.push({
          a: keys[Math.floor(c / k)] as string,
          b: keys[c % k] as string,
          events: n[c] as number,
          goldstein: (gs[c] as number) / 10,
        });
  }
  return { nodes: [...byId.values()], edges };
}
