import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fillWithGold, goldDocs } from '../testing/gold.js';
import { openSqliteStore, type SqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TABLES = [
  'documents',
  'events',
  'ea',
  'stories',
  'story_keys',
  'conflicts',
  'quotes',
  'relations',
  'claims',
  'actors',
  'rollup_actor',
  'rollup_pair',
  'network_month',
  'pair_totals',
  'lsh',
];

function counts(s: SqliteStore): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = (s.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  out.rollupSum = (
    s.db.prepare('SELECT coalesce(sum(n), 0) AS n FROM rollup_actor').get() as { n: number }
  ).n;
  return out;
}

describe('Ingest', () => {
  it('stores every document whole and reports what it added', () => {
    const s = openSqliteStore(join(dir, 'a.db'));
    const results = goldDocs().map((g) => s.ingestDocument(g.doc, g.extraction));
    assert.deepEqual(
      results.map((r) => r.status),
      ['added', 'added', 'added', 'added', 'added'],
    );
    assert.equal(s.stats().events, 101);
    assert.equal(s.stats().quotes, 37);
    assert.equal((s.db.pragma('integrity_check') as { integrity_check: string }[])[0]?.integrity_check, 'ok');
    s.close();
  });

  it('leaves every count the same when the same articles come again', () => {
    const s = openSqliteStore(join(dir, 'b.db'));
    fillWithGold(s);
    const before = counts(s);
    const statsBefore = s.stats();
    const networkBefore = s.network();
    const again = goldDocs().map((g) => s.ingestDocument(g.doc, g.extraction));
    assert.ok(again.every((r) => r.status === 'unchanged'));
    assert.deepEqual(counts(s), before);
    assert.deepEqual({ ...s.stats(), bytes: 0 }, { ...statsBefore, bytes: 0 });
    assert.deepEqual(s.network(), networkBefore);
    s.close();
  });

  it('treats whitespace and quote style as the same content', () => {
    const s = openSqliteStore(join(dir, 'c.db'));
    const [g] = goldDocs();
    assert.ok(g);
    s.ingestDocument(g.doc, g.extraction);
    const respaced = { ...g.doc, body: g.doc.body.replace(/ /g, '  ').replace(/'/g, '’') };
    assert.equal(s.ingestDocument(respaced, g.extraction).status, 'unchanged');
    assert.ok(s.hasContent(respaced.body));
    s.close();
  });

  it('links an edited copy to its original without counting it as a source', () => {
    const s = openSqliteStore(join(dir, 'd.db'));
    fillWithGold(s);
    const before = counts(s);
    const sources = s.stories({ limit: 1000 }).map((x) => x.sources);
    const g = goldDocs()[1];
    assert.ok(g);
    // A wire story republished with a new first line and a few words changed.
    const body = `Republished by another outlet.\n${g.doc.body.replace('Vilnius', 'Vilna').replace(' the ', ' a ')}`;
    const copy = { ...g.doc, id: 'copy_of_001', body, source: 'Other Wire' };
    const r = s.ingestDocument(copy, {
      ...g.extraction,
      document: { ...g.extraction.document, id: 'copy_of_001' },
    });
    assert.equal(r.status, 'near-duplicate');
    assert.equal(r.duplicateOf, g.doc.id);
    assert.equal(s.document('copy_of_001')?.duplicateOf, g.doc.id);
    const after = counts(s);
    assert.equal(after.documents, (before.documents ?? 0) + 1);
    assert.equal(after.events, before.events);
    assert.deepEqual(
      s.stories({ limit: 1000 }).map((x) => x.sources),
      sources,
    );
    assert.equal(s.stats().nearDuplicates, 1);
    s.close();
  });

  it('keeps a different article that reuses an id under a new id', () => {
    const s = openSqliteStore(join(dir, 'e.db'));
    const [a, b] = goldDocs();
    assert.ok(a && b);
    s.ingestDocument(a.doc, a.extraction);
    const r = s.ingestDocument({ ...b.doc, id: a.doc.id }, b.extraction);
    assert.equal(r.status, 'added');
    assert.equal(r.docId, `${a.doc.id}~2`);
    s.close();
  });

  it('gives back the stored extraction of a document', () => {
    const s = openSqliteStore(join(dir, 'f.db'));
    fillWithGold(s);
    for (const g of goldDocs()) {
      const got = s.document(g.doc.id);
      assert.ok(got);
      assert.equal(got.text, g.doc.body);
      const x = got.extraction;
      assert.deepEqual(
        x.events.map((e) => [e.code, e.source, e.target, e.date, e.evidence.text, e.negated ?? false]),
        g.extraction.events.map((e) => [
          e.code,
          e.source,
          e.target,
          e.date,
          e.evidence.text,
          e.negated ?? false,
        ]),
      );
      assert.deepEqual(
        x.quotes.map((q) => [q.speaker, q.text]),
        g.extraction.quotes.map((q) => [q.speaker, q.text]),
      );
      assert.equal(x.entities.length, g.extraction.entities.length);
      const mentions = (e: { mentions: { start: number }[] }[]) =>
        e.reduce((n, x) => n + x.mentions.length, 0);
      assert.equal(mentions(x.entities), mentions(g.extraction.entities));
      assert.equal(x.relations.length, g.extraction.relations.length);
    }
    s.close();
  });
});
