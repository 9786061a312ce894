// The network's monthly slices: one row per month holding every actor's event count and every
// pair's event count and Goldstein sum as packed integers, so that a network over a year reads
// twelve rows and sums them in typed arrays rather than grouping tens of thousands of rollup rows
// in SQL. Ingest collects each document's additions and merges them into the slices (a sorted
// merge: linear in a slice's size) when its transaction, or the batch it is part of, commits.
//
// Yearly slices (network_year) hold a whole year's months summed, so that a network over many
// years reads one row a year. Writing a month drops its year's row (the months stay the truth);
// refreshYears() sums the months of years without a row again — after a bulk load, when a store
// closes, and now and then during a long ingest — and a query reads the months of such a year.
// Refreshing also sums the whole store's network (network_all): every actor's events and the pairs
// among the TOP_ALL busiest, which answers a network over all time without reading every year.
import { endianness } from 'node:os';
import type { Db } from './db-types.js';

/** Actors slice: [id, n] pairs sorted by id. Pairs slice: [a, b, n, gs] sorted by (a, b), a < b. */
export const ACTOR_STRIDE = 2;
export const PAIR_STRIDE = 4;

const BIG_ENDIAN = endianness() === 'BE';

/** A blob read from SQLite as little-endian 32-bit integers (copied when it is not aligned). */
export function ints(blob: Uint8Array): Int32Array {
  let b = blob;
  if (b.byteOffset % 4 !== 0 || BIG_ENDIAN) b = Buffer.from(b);
  if (BIG_ENDIAN) (b as Buffer).swap32();
  return new Int32Array(b.buffer, b.byteOffset, b.byteLength >> 2);
}

function blob(a: Int32Array): Buffer {
  const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return BIG_ENDIAN ? Buffer.from(b).swap32() : b;
}

/** Additions to the slices, by month: actor → events, and pair key → [a, b, n, gs]. */
export class SliceDeltas {
  readonly months = new Map<number, { actors: Map<number, number>; pairs: Map<number, number[]> }>();

  private month(m: number) {
    let s = this.months.get(m);
    if (!s) {
      s = { actors: new Map(), pairs: new Map() };
      this.months.set(m, s);
    }
    return s;
  }

  /** One asserted event: each of its actors once, each source–target pair (a ≠ b) once. */
  add(month: number, src: readonly number[], tgt: readonly number[], gs: number): void {
    const s = this.month(month);
    for (const x of new Set([...src, ...tgt])) s.actors.set(x, (s.actors.get(x) ?? 0) + 1);
    for (const p of src)
      for (const q of tgt) {
        if (p === q) continue;
        const a = Math.min(p, q);
        const b = Math.max(p, q);
        const key = a * 2 ** 26 + b;
        const v = s.pairs.get(key);
        if (v) {
          v[2] = (v[2] ?? 0) + 1;
          v[3] = (v[3] ?? 0) + gs;
        } else s.pairs.set(key, [a, b, 1, gs]);
      }
  }

  /** Moves another set of additions into this one. */
  absorb(other: SliceDeltas): void {
    for (const [m, o] of other.months) {
      const s = this.month(m);
      for (const [x, n] of o.actors) s.actors.set(x, (s.actors.get(x) ?? 0) + n);
      for (const [k, v] of o.pairs) {
        const w = s.pairs.get(k);
        if (w) {
          w[2] = (w[2] ?? 0) + (v[2] ?? 0);
          w[3] = (w[3] ?? 0) + (v[3] ?? 0);
        } else s.pairs.set(k, [...v]);
      }
    }
    other.clear();
  }

  clear(): void {
    this.months.clear();
  }

  /** Merges the additions into the stored slices (inside the caller's transaction). */
  write(db: Db): void {
    if (this.months.size === 0) return;
    const read = db.prepare('SELECT actors, pairs FROM network_month WHERE month = ?').raw();
    const put = db.prepare('INSERT OR REPLACE INTO network_month (month, actors, pairs) VALUES (?, ?, ?)');
    for (const [m, s] of [...this.months].sort((x, y) => x[0] - y[0])) {
      const row = read.get(m) as [Uint8Array, Uint8Array] | undefined;
      const actors = [...s.actors].sort((x, y) => x[0] - y[0]).flat();
      const pairs = [...s.pairs].sort((x, y) => x[0] - y[0]).flatMap(([, v]) => v);
      put.run(
        m,
        blob(merge(row ? ints(row[0]) : new Int32Array(0), Int32Array.from(actors), ACTOR_STRIDE)),
        blob(merge(row ? ints(row[1]) : new Int32Array(0), Int32Array.from(pairs), PAIR_STRIDE)),
      );
    }
    const stale = db.prepare('DELETE FROM network_year WHERE year = ?');
    for (const y of new Set([...this.months.keys()].map(yearOf))) stale.run(y);
    db.exec('DELETE FROM network_all');
    this.clear();
  }
}

// Undated events sit in month -1, which no year holds (SQLite's -1 / 12 is 0, as in C).
export const yearOf = (month: number): number => Math.trunc(month / 12);

/**
 * Sums the months of every year that has months but no yearly slice into one (inside the caller's
 * transaction, if any). Returns the years written.
 */
export function refreshYears(db: Db): number[] {
  const years = (
    db
      .prepare(
        'SELECT DISTINCT month / 12 FROM network_month WHERE month >= 0 AND month / 12 NOT IN (SELECT year FROM network_year)',
      )
      .raw()
      .all() as [number][]
  ).map(([y]) => y);
  const read = db.prepare('SELECT actors, pairs FROM network_month WHERE month BETWEEN ? AND ?').raw();
  const put = db.prepare('INSERT OR REPLACE INTO network_year (year, actors, pairs) VALUES (?, ?, ?)');
  for (const y of years) {
    const rows = read.all(y * 12, y * 12 + 11) as [Uint8Array, Uint8Array][];
    put.run(
      y,
      blob(
        mergeAll(
          rows.map((r) => ints(r[0])),
          ACTOR_STRIDE,
        ),
      ),
      blob(
        mergeAll(
          rows.map((r) => ints(r[1])),
          PAIR_STRIDE,
        ),
      ),
    );
  }
  return years;
}

/** The yearly slices and the whole store's slice, where writes left them out of date. */
export function refreshSlices(db: Db): void {
  refreshYears(db);
  if (!db.prepare('SELECT 1 FROM network_all').get()) refreshAll(db);
}

/** How many of the busiest actors of all time network_all keeps the pairs of. */
export const TOP_ALL = 1000;

/** The whole store's slice: the years' slices and the undated month summed, pairs among the TOP_ALL busiest. */
function refreshAll(db: Db): void {
  type Row = [Uint8Array, Uint8Array];
  const rows = [
    ...(db.prepare('SELECT actors, pairs FROM network_year').raw().all() as Row[]),
    ...(db.prepare('SELECT actors, pairs FROM network_month WHERE month < 0').raw().all() as Row[]),
  ];
  const actors = mergeAll(
    rows.map((r) => ints(r[0])),
    ACTOR_STRIDE,
  );
  const counts = new Float64Array((actors[actors.length - ACTOR_STRIDE] ?? 0) + 1);
  for (let i = 0; i < actors.length; i += ACTOR_STRIDE) counts[actors[i] as number] = actors[i + 1] as number;
  const top = new Uint8Array(counts.length);
  for (const id of busiest(counts, TOP_ALL)) top[id] = 1;
  const pairs = rows.map((r) => {
    const p = ints(r[1]);
    const kept: number[] = [];
    for (let i = 0; i < p.length; i += PAIR_STRIDE)
      if (top[p[i] as number] && top[p[i + 1] as number]) kept.push(...p.subarray(i, i + PAIR_STRIDE));
    return Int32Array.from(kept);
  });
  db.prepare('INSERT INTO network_all (id, actors, pairs) VALUES (0, ?, ?)').run(
    blob(actors),
    blob(mergeAll(pairs, PAIR_STRIDE)),
  );
}

/** The `limit` ids with the highest counts, ties broken by the lower id. */
export function busiest(counts: Float64Array, limit: number): number[] {
  const nonzero = counts.filter((c) => c > 0).sort();
  if (nonzero.length === 0) return [];
  const floor = nonzero[Math.max(0, nonzero.length - limit)] as number;
  const ids: number[] = [];
  for (let id = 0; id < counts.length; id++) if ((counts[id] as number) >= floor) ids.push(id);
  ids.sort((x, y) => (counts[y] as number) - (counts[x] as number) || x - y);
  return ids.slice(0, limit);
}

/** Sorted runs merged pairwise, as a balanced tree (each record is copied log₂(runs) times). */
function mergeAll(runs: Int32Array[], stride: number): Int32Array {
  let level = runs;
  if (level.length === 0) return new Int32Array(0);
  while (level.length > 1) {
    const next: Int32Array[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const a = level[i] as Int32Array;
      const b = level[i + 1];
      next.push(b ? merge(a, b, stride) : a);
    }
    level = next;
  }
  return level[0] as Int32Array;
}

/**
 * Two sorted runs of records (`stride` integers: the key first — one integer for actors, two for
 * pairs — then counts to add) merged into one, the counts of equal keys summed.
 */
export function merge(x: Int32Array, y: Int32Array, stride: number): Int32Array {
  const keyLen = stride === PAIR_STRIDE ? 2 : 1;
  const out = new Int32Array(x.length + y.length);
  let i = 0;
  let j = 0;
  let o = 0;
  const cmp = () => {
    for (let k = 0; k < keyLen; k++) {
      const d = (x[i + k] as number) - (y[j + k] as number);
      if (d !== 0) return d;
    }
    return 0;
  };
  while (i < x.length && j < y.length) {
    const c = cmp();
    if (c < 0) {
      out.set(x.subarray(i, i + stride), o);
      i += stride;
    } else if (c > 0) {
      out.set(y.subarray(j, j + stride), o);
      j += stride;
    } else {
      for (let k = 0; k < stride; k++)
        out[o + k] = k < keyLen ? (x[i + k] as number) : (x[i + k] as number) + (y[j + k] as number);
      i += stride;
      j += stride;
    }
    o += stride;
  }
  out.set(x.subarray(i), o);
  o += x.length - i;
  out.set(y.subarray(j), o);
  o += y.length - j;
  return out.subarray(0, o);
}

/** Every monthly and yearly slice again from the rollups of actors and pairs (bulk loads). */
export function rebuildSlices(db: Db): void {
  rebuildMonths(db);
  db.exec('DELETE FROM network_year; DELETE FROM network_all;');
  refreshSlices(db);
}

/**
 * Every monthly slice again from the rollups (migration 4, bulk loads): the rows come sorted by
 * month and are gathered into typed arrays (16 bytes a pair; better-sqlite3 writes nothing while
 * a query is open), then written a month at a time.
 */
export function rebuildMonths(db: Db): void {
  const actors = byMonth(
    db.prepare('SELECT month, actor, sum(n) FROM rollup_actor GROUP BY month, actor ORDER BY month, actor'),
    ACTOR_STRIDE,
  );
  const pairs = byMonth(
    db.prepare(
      'SELECT month, a, b, sum(n), sum(gs) FROM rollup_pair GROUP BY month, a, b ORDER BY month, a, b',
    ),
    PAIR_STRIDE,
  );
  db.exec('DELETE FROM network_month');
  const put = db.prepare('INSERT INTO network_month (month, actors, pairs) VALUES (?, ?, ?)');
  const empty = new Int32Array(0);
  for (const m of [...new Set([...actors.keys(), ...pairs.keys()])].sort((x, y) => x - y))
    put.run(m, blob(actors.get(m) ?? empty), blob(pairs.get(m) ?? empty));
}

function byMonth(st: ReturnType<Db['prepare']>, stride: number): Map<number, Int32Array> {
  let buf = new Int32Array(1 << 16);
  let n = 0;
  const spans: [number, number, number][] = [];
  for (const row of st.raw().iterate() as Iterable<number[]>) {
    const m = row[0] as number;
    const last = spans[spans.length - 1];
    if (!last || last[0] !== m) spans.push([m, n, n]);
    if (n + stride > buf.length) {
      const bigger = new Int32Array(buf.length * 2);
      bigger.set(buf);
      buf = bigger;
    }
    for (let k = 1; k <= stride; k++) buf[n++] = row[k] as number;
    (spans[spans.length - 1] as [number, number, number])[2] = n;
  }
  return new Map(spans.map(([m, a, b]) => [m, buf.subarray(a, b)]));
}
