// The actor network read from the monthly slices gives what the monthly pair rollup gives.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { filterBounds, monthIndex } from '../../stories/index.js';
import { fillWithGold, goldDocs } from '../testing/gold.js';
import { syntheticArticle, world } from '../testing/synthetic.js';
import { ACTOR_STRIDE, merge, PAIR_STRIDE } from './network-slices.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-network-'));
const file = join(dir, 'n.db');
const s = openSqliteStore(file);
fillWithGold(s);
const raw = new Database(file, { readonly: true });
after(() => {
  raw.close();
  s.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The edges of a window straight from the monthly pair rollup, as "a|b|n|gs" keyed by actor key. */
function reference(since?: string, until?: string): string[] {
  const lo = since ? monthIndex(filterBounds(since).lo) : -1;
  const hi = until ? monthIndex(filterBounds(until).hi) : 1e9;
  const rows = raw
    .prepare(
      `SELECT x.key AS a, y.key AS b, sum(p.n) AS n, sum(p.gs) AS gs FROM rollup_pair p
       JOIN actors x ON x.id = p.a JOIN actors y ON y.id = p.b
       WHERE p.month BETWEEN ? AND ? GROUP BY p.a, p.b`,
    )
    .all(lo, hi) as { a: string; b: string; n: number; gs: number }[];
  return rows.map((r) => `${r.a}|${r.b}|${r.n}|${r.gs / 10}`).sort();
}

const WINDOWS = [
  [undefined, undefined],
  ['2022-01-01', '2024-12-31'],
  ['2022-06-01', '2024-02-29'],
  ['2023-01-01', '2023-12-31'],
  ['2023-07-01', '2023-07-31'],
  ['2023-03-15', undefined],
  [undefined, '2023-08-10'],
] as const;

const edgesOf = (since?: string, until?: string) =>
  s
    .network({ since, until })
    .edges.map((e) => `${e.a}|${e.b}|${e.events}|${e.goldstein}`)
    .sort();

describe('Network from monthly slices', () => {
  for (const [since, until] of WINDOWS) {
    it(`gives the monthly rollups' edges from ${since ?? 'the start'} to ${until ?? 'the end'}`, () => {
      assert.deepEqual(edgesOf(since, until), reference(since, until));
    });
  }

  it('keeps the busiest actors of a window and only the edges among them', () => {
    const net = s.network({ since: '2022-06-01', until: '2024-02-29', actors: 3 });
    assert.equal(net.nodes.length, 3);
    const ids = new Set(net.nodes.map((n) => n.id));
    assert.ok(net.edges.every((e) => ids.has(e.a) && ids.has(e.b)));
  });
});

describe('Network from yearly slices', () => {
  it('drops the slice of a year a document writes to and sums its months again on refresh', () => {
    const years = () => (raw.prepare('SELECT year FROM network_year').raw().all() as [number][]).flat();
    assert.deepEqual(years(), [], 'documents written since the last refresh leave their years without one');
    s.refreshSlices();
    const dated = raw.prepare('SELECT DISTINCT month / 12 FROM network_month WHERE month >= 0').raw().all();
    assert.ok(dated.length >= 3);
    assert.deepEqual(years(), dated.flat());
  });

  it('reads the months of a year written to after its slice was summed', () => {
    s.refreshSlices();
    const years = raw.prepare('SELECT year FROM network_year').raw();
    assert.deepEqual(years.all().flat().includes(2023), true);
    // A new article with events in 2023 (2023-03-01 .. 2023-05-30).
    const a = syntheticArticle(world(7, 40), 0, {
      seed: 7,
      actors: 40,
      events: 6,
      firstDay: 19_417,
      lastDay: 19_507,
    });
    assert.equal(s.ingestDocument(a.doc, a.extraction).status, 'added');
    assert.equal(years.all().flat().includes(2023), false);
    assert.deepEqual(edgesOf(), reference());
    assert.deepEqual(edgesOf('2023-01-01', '2023-12-31'), reference('2023-01-01', '2023-12-31'));
  });

  for (const [since, until] of WINDOWS) {
    it(`gives the same edges with yearly slices from ${since ?? 'the start'} to ${until ?? 'the end'}`, () => {
      s.refreshSlices();
      assert.deepEqual(edgesOf(since, until), reference(since, until));
    });
  }
});

describe("Network from the whole store's slice", () => {
  it('gives the busiest actors of all time and their edges as the yearly slices do', () => {
    const a = syntheticArticle(world(8, 40), 0, { seed: 8, actors: 40, events: 6 });
    s.ingestDocument(a.doc, a.extraction);
    const whole = () => raw.prepare('SELECT count(*) FROM network_all').raw().get() as [number];
    assert.equal(whole()[0], 0, 'a write leaves the whole-store slice out of date');
    const before = [2, 4, 1000].map((actors) => s.network({ actors }));
    s.refreshSlices();
    assert.equal(whole()[0], 1);
    assert.deepEqual(
      [2, 4, 1000].map((actors) => s.network({ actors })),
      before,
    );
  });
});

describe('Network slices', () => {
  it('merges two sorted runs of records, summing the counts of equal keys', () => {
    const actors = merge(Int32Array.from([1, 5, 4, 2]), Int32Array.from([2, 1, 4, 3, 9, 1]), ACTOR_STRIDE);
    assert.deepEqual([...actors], [1, 5, 2, 1, 4, 5, 9, 1]);
    const pairs = merge(
      Int32Array.from([1, 2, 3, 30, 1, 7, 1, -10]),
      Int32Array.from([1, 3, 1, 5, 1, 7, 2, 4]),
      PAIR_STRIDE,
    );
    assert.deepEqual([...pairs], [1, 2, 3, 30, 1, 3, 1, 5, 1, 7, 3, -6]);
  });

  it("counts each chosen actor's own events of the window, the busiest first and ties by id", () => {
    const lo = monthIndex(filterBounds('2022-06-01').lo);
    const hi = monthIndex(filterBounds('2024-02-29').hi);
    const own = raw
      .prepare(
        `SELECT x.key AS id, sum(r.n) AS n FROM rollup_actor r JOIN actors x ON x.id = r.actor
         WHERE r.month BETWEEN ? AND ? GROUP BY r.actor ORDER BY n DESC, r.actor LIMIT 5`,
      )
      .all(lo, hi) as { id: string; n: number }[];
    const net = s.network({ since: '2022-06-01', until: '2024-02-29', actors: 5 });
    assert.deepEqual(
      net.nodes.map((n) => ({ id: n.id, n: n.events })).sort((a, b) => b.n - a.n || (a.id < b.id ? -1 : 1)),
      [...own].sort((a, b) => b.n - a.n || (a.id < b.id ? -1 : 1)),
    );
  });

  it('gives the same network for a batch as for documents one by one, without a failed document', () => {
    const batch = openSqliteStore(':memory:');
    batch.beginBatch();
    const [first, second, ...rest] = goldDocs();
    assert.ok(first && second);
    batch.ingestDocument(first.doc, first.extraction);
    // A document that fails after its events were counted (its quotes cannot be stored).
    batch.db.exec(`CREATE TEMP TRIGGER boom BEFORE INSERT ON quotes
      WHEN (SELECT key FROM documents WHERE id = NEW.doc) = 'broken' BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    const broken = { ...second.doc, id: 'broken', body: `${second.doc.body} More.` };
    assert.throws(() => batch.ingestDocument(broken, second.extraction), /boom/);
    batch.ingestDocument(second.doc, second.extraction);
    for (const g of rest) batch.ingestDocument(g.doc, g.extraction);
    batch.commitBatch();
    const one = openSqliteStore(':memory:');
    for (const g of goldDocs()) one.ingestDocument(g.doc, g.extraction);
    assert.deepEqual(batch.network(), one.network());
    assert.deepEqual(batch.network({ actors: 4 }), one.network({ actors: 4 }));
    batch.close();
    one.close();
  });
});
