// The actor network read from yearly and monthly rollups gives what the monthly rollups alone give.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { filterBounds, monthIndex } from '../../stories/index.js';
import { fillWithGold } from '../testing/gold.js';
import { splitYears } from './queries/documents.js';
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

describe('Network over years', () => {
  it('splits a range of months into whole years and the months at either end', () => {
    assert.deepEqual(splitYears(24_270, 24_305), {
      years: [2023, 2024],
      months: [
        [24_270, 24_275],
        [24_300, 24_305],
      ],
    });
    assert.deepEqual(splitYears(24_276, 24_280), { years: null, months: [[24_276, 24_280]] });
    assert.deepEqual(splitYears(-1, 24_287), { years: [0, 2023], months: [[-1, -1]] });
    assert.deepEqual(splitYears(24_280, 24_270), { years: null, months: [] });
  });

  for (const [since, until] of [
    [undefined, undefined],
    ['2022-01-01', '2024-12-31'],
    ['2022-06-01', '2024-02-29'],
    ['2023-01-01', '2023-12-31'],
    ['2023-07-01', '2023-07-31'],
    ['2023-03-15', undefined],
    [undefined, '2023-08-10'],
  ] as const) {
    it(`gives the monthly rollups' edges from ${since ?? 'the start'} to ${until ?? 'the end'}`, () => {
      const got = s
        .network({ since, until })
        .edges.map((e) => `${e.a}|${e.b}|${e.events}|${e.goldstein}`)
        .sort();
      assert.deepEqual(got, reference(since, until));
    });
  }

  it('keeps the busiest actors of a window and only the edges among them', () => {
    const net = s.network({ since: '2022-06-01', until: '2024-02-29', actors: 3 });
    assert.equal(net.nodes.length, 3);
    const ids = new Set(net.nodes.map((n) => n.id));
    assert.ok(net.edges.every((e) => ids.has(e.a) && ids.has(e.b)));
  });
});
