import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fillWithGold } from '../testing/gold.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-queries-'));
const s = openSqliteStore(join(dir, 'q.db'));
fillWithGold(s);
after(() => {
  s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Event queries', () => {
  it('filter by actor, newest first with undated events last', () => {
    const evs = s.events({ actor: 'person:fumio-kishida', limit: 1000 });
    assert.ok(evs.length > 10);
    assert.ok(evs.every((e) => [...e.source, ...e.target].includes('person:fumio-kishida')));
    const dated = evs.filter((e) => e.date);
    for (let i = 1; i < dated.length; i++)
      assert.ok((dated[i - 1]?.date ?? '') >= (dated[i]?.date ?? '').slice(0, 4));
  });

  it('combine actor, partner, code prefix, dates and place', () => {
    const evs = s.events({
      actor: 'person:fumio-kishida',
      with: 'person:jens-stoltenberg',
      code: '04',
      since: '2023-07',
      until: '2023-07',
      place: 'place:vilnius',
    });
    assert.ok(evs.length >= 1);
    for (const e of evs) {
      assert.equal(e.root, '04');
      assert.equal(e.location, 'place:vilnius');
      assert.ok(e.date?.startsWith('2023-07'));
      assert.ok([...e.source, ...e.target].includes('person:jens-stoltenberg'));
    }
  });

  it('take a code prefix at any level', () => {
    assert.ok(s.events({ code: '0332', limit: 100 }).every((e) => e.code === '0332'));
    const base = s.events({ code: '033', limit: 100 });
    assert.ok(base.some((e) => e.code === '0332') && base.some((e) => e.code === '033'));
    const root = s.events({ code: '11', limit: 100 });
    assert.ok(root.length >= 5 && root.every((e) => e.root === '11'));
  });

  it('page with limit and offset', () => {
    const all = s.events({ limit: 1000 });
    assert.equal(all.length, 101);
    const page = s.events({ limit: 10, offset: 10 });
    assert.deepEqual(
      page.map((e) => e.id),
      all.slice(10, 20).map((e) => e.id),
    );
  });

  it('return nothing for an unknown actor and refuse a malformed code', () => {
    assert.deepEqual(s.events({ actor: 'country:XXX' }), []);
    assert.throws(() => s.events({ code: '4x' }), /CAMEO/);
    assert.throws(() => s.events({ since: 'July' }), /not a date/);
  });
});

describe('Profiles, timelines, quotes and search', () => {
  it('profile an actor from the rollups', () => {
    const p = s.entity('person:fumio-kishida');
    assert.ok(p);
    assert.equal(p.name, 'Fumio Kishida');
    assert.ok(p.names.includes('Kishida Fumio'));
    assert.ok(p.affiliations.includes('country:JPN'));
    const asserted = s
      .events({ actor: 'person:fumio-kishida', limit: 1000 })
      .filter((e) => !e.negated).length;
    assert.equal(p.events.total, asserted);
    assert.ok(p.offices.some((o) => o.role === 'prime-minister' && o.from === 'kb'));
    assert.ok(p.partners.some((x) => x.id === 'person:jens-stoltenberg'));
    assert.ok(p.quotes.length >= 3);
    assert.equal(p.sources.length, 5);
  });

  it('draw a timeline of two actors by month', () => {
    const t = s.timeline('person:fumio-kishida', 'person:jens-stoltenberg');
    assert.ok(t.months.some((m) => m.month === '2023-07' && m.events >= 2));
    assert.ok(t.events.length >= 3);
  });

  it('list a speaker’s quotes', () => {
    const q = s.quotes({ speaker: 'person:jens-stoltenberg' });
    assert.ok(q.length >= 5);
    assert.ok(q.every((x) => x.speaker === 'person:jens-stoltenberg' && x.text.length > 0));
  });

  it('search articles and quotes', () => {
    const hits = s.search('liaison office');
    assert.ok(hits.some((h) => h.kind === 'document'));
    const quoteHits = s.search('"extremely grateful"');
    assert.ok(quoteHits.some((h) => h.kind === 'quote' && h.speaker === 'person:jens-stoltenberg'));
    assert.deepEqual(s.search('   '), []);
  });

  it('count what the store holds', () => {
    const st = s.stats();
    assert.equal(st.documents, 5);
    assert.equal(st.events, 101);
    assert.equal(st.conflicts, 2);
    assert.ok(st.multiSourceStories >= 10);
    assert.equal(st.lastDate, '2024-07-09');
  });
});
