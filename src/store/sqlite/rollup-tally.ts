// Rollups summed in memory and written once, key-ordered (the bulk loader's counterpart of
// rollups.ts, with the same rows).
import type { Db } from './db-types.js';

type Sums = Map<string, [number, number]>;

function add(map: Sums, key: string, gs: number): void {
  const v = map.get(key);
  if (v) {
    v[0]++;
    v[1] += gs;
  } else map.set(key, [1, gs]);
}

function sorted<V>(m: Map<string, V>): [number[], V][] {
  return [...m.entries()]
    .map(([k, v]) => [k.split(',').map(Number), v] as [number[], V])
    .sort((a, b) => {
      for (let i = 0; i < a[0].length; i++)
        if (a[0][i] !== b[0][i]) return (a[0][i] as number) - (b[0][i] as number);
      return 0;
    });
}

export class RollupTally {
  private readonly actor: Sums = new Map();
  private readonly pair: Sums = new Map();
  private readonly total: Sums = new Map();
  private readonly outlet = new Map<string, number>();

  /** One asserted event. */
  add(
    src: readonly number[],
    tgt: readonly number[],
    month: number,
    root: number,
    gs: number,
    outlet: number,
  ): void {
    for (const x of new Set([...src, ...tgt])) {
      add(this.actor, `${x},${month},${root}`, gs);
      const k = `${x},${outlet}`;
      this.outlet.set(k, (this.outlet.get(k) ?? 0) + 1);
    }
    this.addPairs(src, tgt, month, root, gs);
    for (const s of src) {
      for (const t of tgt) {
        add(this.total, `${s},${t}`, gs);
        add(this.total, `${t},${s}`, gs);
      }
    }
  }

  /** The pair rollup alone (a migration counts it again from stored events). */
  addPairs(src: readonly number[], tgt: readonly number[], month: number, root: number, gs: number): void {
    for (const s of src)
      for (const t of tgt)
        if (s !== t) {
          const [a, b] = [Math.min(s, t), Math.max(s, t)];
          add(this.pair, `${month},${root},${a},${b}`, gs);
        }
  }

  /** The month rollup of pairs alone. */
  writePairs(db: Db): void {
    upsert(db, 'rollup_pair', 'month, root, a, b', this.pair);
  }

  write(db: Db): void {
    upsert(db, 'rollup_actor', 'actor, month, root', this.actor);
    this.writePairs(db);
    upsert(db, 'pair_totals', 'x, y', this.total);
    const outlets = db.prepare(
      'INSERT INTO rollup_outlet (actor, outlet, n) VALUES (?, ?, ?) ON CONFLICT (actor, outlet) DO UPDATE SET n = n + excluded.n',
    );
    for (const [k, n] of sorted(this.outlet)) outlets.run(...k, n);
  }
}

function upsert(db: Db, table: string, keys: string, m: Sums): void {
  const marks = keys
    .split(',')
    .map(() => '?')
    .join(', ');
  const st = db.prepare(
    `INSERT INTO ${table} (${keys}, n, gs) VALUES (${marks}, ?, ?)
     ON CONFLICT (${keys}) DO UPDATE SET n = n + excluded.n, gs = gs + excluded.gs`,
  );
  for (const [k, [n, gs]] of sorted(m)) st.run(...k, n, gs);
}
