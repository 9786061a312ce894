import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { syntheticArticle, world } from '../testing/synthetic.js';
import { BulkLoader } from './bulk-load.js';
import { openSqliteStore, type SqliteStore } from './sqlite-store.js';

function articles(n: number) {
  const w = world(3, 200);
  return Array.from({ length: n }, (_, i) =>
    syntheticArticle(w, i, { seed: 3, actors: 200, events: 10, quotes: 2, published: 19_000 + i }),
  );
}

const sums = (s: SqliteStore) =>
  Object.fromEntries(
    [
      'SELECT count(*) FROM events',
      'SELECT count(*) FROM ea',
      'SELECT sum(n) FROM rollup_actor',
      'SELECT sum(gs) FROM rollup_actor',
      'SELECT sum(n) FROM rollup_pair',
      'SELECT count(*) FROM network_month',
      'SELECT sum(n) FROM pair_totals',
      'SELECT sum(n) FROM rollup_outlet',
      'SELECT count(*) FROM quotes',
      'SELECT count(*) FROM lsh',
    ].map((q) => [q, s.db.prepare(q).pluck().get()]),
  );

describe('Bulk loading', () => {
  it('writes the same events, participations and rollups as ingesting one by one', () => {
    const docs = articles(40);
    const one = openSqliteStore(':memory:');
    for (const a of docs) one.ingestDocument(a.doc, a.extraction);
    const bulk = openSqliteStore(':memory:');
    const loader = new BulkLoader(bulk, 7);
    for (const a of docs) loader.add(a);
    loader.finish();
    assert.deepEqual(sums(bulk), sums(one));
    // Nodes without names: the bulk loader names actors by their keys.
    const net = (s: SqliteStore, actors?: number) => {
      const n = s.network({ actors });
      return { nodes: n.nodes.map((x) => [x.id, x.events]), edges: n.edges };
    };
    assert.deepEqual(net(bulk), net(one));
    assert.deepEqual(net(bulk, 20), net(one, 20));
    assert.equal(bulk.stats().events, one.stats().events);
    assert.deepEqual(
      bulk.events({ actor: 'country:USA', limit: 5 }).map((e) => e.evidence.text),
      one.events({ actor: 'country:USA', limit: 5 }).map((e) => e.evidence.text),
    );
    assert.equal(
      (bulk.db.pragma('integrity_check') as { integrity_check: string }[])[0]?.integrity_check,
      'ok',
    );
    one.close();
    bulk.close();
  });

  it('joins the stories it is told to and leaves a store that takes further documents', () => {
    const [a, b, c] = articles(3);
    assert.ok(a && b && c);
    const s = openSqliteStore(':memory:');
    const loader = new BulkLoader(s);
    const first = loader.add(a);
    loader.add({ ...b, joins: [first, ...b.extraction.events.slice(1).map(() => null)] });
    loader.finish();
    const story = s.story(`s${first}`);
    assert.equal(story?.reports.length, 2);
    assert.equal(story?.sources, a.doc.url === b.doc.url ? 1 : 2);
    assert.equal(s.ingestDocument(c.doc, c.extraction).status, 'added');
    assert.equal(s.ingestDocument(a.doc, a.extraction).status, 'unchanged');
    s.close();
  });
});
