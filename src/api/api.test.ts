// The read side of the HTTP API against a real server on a free loopback port, over a real SQLite
// file filled from the bundled corpus. Every answer is checked against the schema that the
// OpenAPI document publishes for it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { z } from 'zod';
import { openApiDocument } from './openapi.js';
import { ROUTES } from './routes.js';
import * as S from './schemas.js';
import { getJson, type TestServer, testServer } from './test-server.js';

function conforms(schema: z.ZodType, body: unknown, what: string): void {
  const r = schema.safeParse(body);
  assert.ok(
    r.success,
    `${what} does not match its schema: ${r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))}`,
  );
}

describe('HTTP API: reading', () => {
  let s: TestServer;
  const get = (path: string) => getJson(s.url, path);

  before(async () => {
    s = await testServer();
  });
  after(async () => {
    await s?.stop();
  });

  test('an empty store is filled from the bundled corpus at start', async () => {
    assert.equal(s.seeded, 5);
    const r = await get('/api/stats');
    assert.equal(r.status, 200);
    conforms(S.Stats, r.body, 'stats');
    assert.equal(r.body.documents, 5);
    assert.ok(r.body.events > 20, `only ${r.body.events} events`);
    assert.ok(r.body.conflicts >= 1);
  });

  test('documents: the list, and one with its text, extraction and stories', async () => {
    const list = await get('/api/documents');
    assert.equal(list.status, 200);
    conforms(S.DocumentList, list.body, 'document list');
    assert.equal(list.body.total, 5);
    const paged = await get('/api/documents?limit=2&offset=1');
    assert.equal(paged.body.items.length, 2);
    assert.equal(paged.body.items[0].id, list.body.items[1].id);

    const one = await get('/api/documents/000_145fcff3404c6666');
    assert.equal(one.status, 200);
    conforms(S.DocumentView, one.body, 'document');
    const { text, extraction, links } = one.body;
    assert.equal(extraction.document.id, '000_145fcff3404c6666');
    for (const e of extraction.entities)
      for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    for (const ev of extraction.events)
      assert.equal(text.slice(ev.evidence.start, ev.evidence.end), ev.evidence.text);
    assert.equal(links.length, extraction.events.length);
    assert.ok(
      links.some((l: { story: string | null }) => l.story),
      'no event of the document is linked to its story',
    );
    assert.ok(one.body.labels['person:fumio-kishida']);

    const missing = await get('/api/documents/nope');
    assert.equal(missing.status, 404);
    conforms(S.ErrorResponse, missing.body, '404');
  });

  test('entities: search by name and the profile', async () => {
    const hits = await get('/api/entities?q=kishida');
    assert.equal(hits.status, 200);
    conforms(S.EntityList, hits.body, 'entity hits');
    assert.equal(hits.body.items[0].id, 'person:fumio-kishida');
    const typed = await get('/api/entities?q=japan&type=country');
    assert.ok(typed.body.items.every((h: { type: string }) => h.type === 'country'));
    assert.equal(typed.body.items[0]?.id, 'country:JPN');

    const p = await get('/api/entities/person:fumio-kishida');
    assert.equal(p.status, 200);
    conforms(S.EntityProfile, p.body, 'profile');
    assert.equal(p.body.name, 'Fumio Kishida');
    assert.ok(
      p.body.offices.some(
        (o: { role: string | null; object: string }) =>
          o.role === 'prime-minister' && o.object === 'country:JPN',
      ),
    );
    assert.ok(p.body.recent.length > 0);
    const encoded = await get('/api/entities/person%3Afumio-kishida');
    assert.equal(encoded.body.id, 'person:fumio-kishida');

    const nato = await get('/api/entities/org:NATO');
    assert.ok(nato.body.members.length >= 30, 'NATO has no members over time');
    assert.equal((await get('/api/entities/person:nobody-at-all')).status, 404);
  });

  test('events take the CLI filters: actor, with, code, since, until, place, limit, offset', async () => {
    const all = await get('/api/events?limit=500');
    conforms(S.EventList, all.body, 'events');
    const at = await get('/api/events?place=place:vilnius&limit=500');
    assert.ok(at.body.items.length >= 3);
    assert.ok(at.body.items.every((e: { location: string }) => e.location === 'place:vilnius'));
    const pair = await get('/api/events?actor=person:fumio-kishida&with=person:yoon-suk-yeol');
    assert.ok(pair.body.items.length >= 1);
    for (const e of pair.body.items) {
      const who = [...e.source, ...e.target];
      assert.ok(
        who.includes('person:fumio-kishida') && who.includes('person:yoon-suk-yeol'),
        JSON.stringify(who),
      );
    }
    const code = await get('/api/events?code=04&limit=500');
    assert.ok(
      code.body.items.length > 0 && code.body.items.every((e: { code: string }) => e.code.startsWith('04')),
    );
    const y2022 = await get('/api/events?since=2022-01-01&until=2022-12-31&limit=500');
    assert.ok(y2022.body.items.length > 0);
    for (const e of y2022.body.items) assert.match(e.date ?? '', /^2022/);
    const page1 = await get('/api/events?limit=3');
    const page2 = await get('/api/events?limit=3&offset=3');
    assert.equal(page1.body.items.length, 3);
    assert.notDeepEqual(
      page1.body.items.map((e: { id: number }) => e.id),
      page2.body.items.map((e: { id: number }) => e.id),
    );
  });

  test('stories with reports and source counts; one story by id', async () => {
    const r = await get('/api/stories?limit=500');
    conforms(S.StoryList, r.body, 'stories');
    const multi = await get('/api/stories?minReports=2&limit=500');
    assert.ok(multi.body.items.length >= 1);
    assert.ok(multi.body.items.every((x: { reports: unknown[] }) => x.reports.length >= 2));
    const first = multi.body.items[0];
    const one = await get(`/api/stories/${first.id}`);
    assert.equal(one.status, 200);
    conforms(S.StoryDetail, one.body, 'story');
    assert.equal(one.body.id, first.id);
    assert.ok(one.body.reports.every((x: { title: unknown }) => 'title' in x));
    assert.equal((await get('/api/stories/s999999')).status, 404);
  });

  test('timeline between two actors, with monthly counts', async () => {
    const t = await get('/api/timeline?actor=person:fumio-kishida&with=person:yoon-suk-yeol');
    assert.equal(t.status, 200);
    conforms(S.Timeline, t.body, 'timeline');
    assert.ok(t.body.events.some((e: { location: string | null }) => e.location === 'place:vilnius'));
    assert.ok(t.body.months.length >= 1);
    const one = await get('/api/timeline?actor=country:JPN');
    assert.ok(one.body.events.length > 0);
  });

  test('conflicts: the Vilnius trilateral meeting, denied in one article and reported in another', async () => {
    const r = await get('/api/conflicts');
    conforms(S.ConflictList, r.body, 'conflicts');
    const vilnius = r.body.items.filter(
      (c: { kind: string; a: { text: string; before: string }; b: { text: string; before: string } }) =>
        c.kind === 'contradiction' &&
        /United States, Japan, and South Korea/.test(`${c.a.before}${c.a.text}${c.b.before}${c.b.text}`),
    );
    assert.ok(vilnius.length >= 1, 'the trilateral conflict is missing');
    const c = vilnius[0];
    assert.notEqual(c.a.doc, c.b.doc);
    // Each passage names its document; a text with no headline has a null title (001).
    assert.ok('title' in c.a && 'title' in c.b);
    assert.ok(Object.keys(r.body.labels).length > 0, 'no labels for the ids in the notes');
  });

  test('full-text search finds documents and quotes; actors by name', async () => {
    const r = await get('/api/search?q=closer');
    assert.equal(r.status, 200);
    conforms(S.SearchResult, r.body, 'search');
    assert.ok(r.body.quotes.length >= 1);
    assert.ok(r.body.documents.length >= 1);
    const prefix = await get('/api/search?q=Stolt');
    assert.equal(prefix.body.entities[0]?.id, 'person:jens-stoltenberg');
    const odd = await get(`/api/search?q=${encodeURIComponent('"NATO" OR * AND (')}`);
    assert.equal(odd.status, 200, 'FTS operators in the query broke the search');
  });

  test('actor network for a date range and event roots', async () => {
    const all = await get('/api/network');
    assert.equal(all.status, 200);
    conforms(S.Network, all.body, 'network');
    assert.ok(all.body.nodes.length >= 5 && all.body.edges.length >= 5);
    const ids = new Set(all.body.nodes.map((n: { id: string }) => n.id));
    for (const e of all.body.edges) assert.ok(ids.has(e.a) && ids.has(e.b));
    const consult = await get('/api/network?roots=04');
    assert.ok(consult.body.edges.length > 0 && consult.body.edges.length <= all.body.edges.length);
    const total = (n: { edges: { events: number }[] }) => n.edges.reduce((a, e) => a + e.events, 0);
    const fight = await get('/api/network?roots=04,15');
    assert.ok(total(fight.body) >= total(consult.body));
    const none = await get('/api/network?since=1990-01-01&until=1990-12-31');
    assert.equal(none.body.edges.length, 0);
    const few = await get('/api/network?limit=3');
    assert.ok(few.body.nodes.length <= 3);
  });

  test('members of an organisation on a date: NATO had 30 on 2023-03-01 and 32 on 2024-04-01', async () => {
    const a = await get('/api/organisations/org:NATO/members?on=2023-03-01');
    assert.equal(a.status, 200);
    conforms(S.MemberList, a.body, 'members');
    assert.equal(a.body.items.length, 30);
    const b = await get('/api/organisations/org:NATO/members?on=2024-04-01');
    assert.equal(b.body.items.length, 32);
    assert.equal((await get('/api/organisations/org:NATO/members')).status, 400);
  });

  test('the CAMEO roots', async () => {
    const r = await get('/api/cameo');
    conforms(S.CameoRoots, r.body, 'cameo');
    assert.equal(r.body.items.length, 20);
  });

  test('malformed requests get 400 with the offending field named', async () => {
    const cases: [string, string][] = [
      ['/api/events?limit=0', 'limit'],
      ['/api/events?limit=abc', 'limit'],
      ['/api/events?limit=100000', 'limit'],
      ['/api/events?since=2023-13-01', 'since'],
      ['/api/events?code=4x', 'code'],
      ['/api/events?actor=kishida', 'actor'],
      ['/api/events?with=country:JPN', 'with'],
      ['/api/events?colour=red', ''],
      ['/api/events?limit=1&limit=2', 'limit'],
      ['/api/network?roots=4', 'roots'],
      ['/api/search', 'q'],
      ['/api/search?q=%20%20', 'q'],
      ['/api/entities/japan', 'id'],
      ['/api/timeline', 'actor'],
      ['/api/organisations/org:NATO/members?on=2023-03', 'on'],
    ];
    for (const [path, field] of cases) {
      const r = await get(path);
      assert.equal(r.status, 400, `${path} answered ${r.status}`);
      conforms(S.ErrorResponse, r.body, path);
      assert.match(r.body.error, /^invalid /, path);
      if (field)
        assert.ok(JSON.stringify(r.body.detail).includes(field), `${path}: ${JSON.stringify(r.body.detail)}`);
    }
  });

  test('unknown endpoints are JSON 404s and wrong methods 405s', async () => {
    const r = await get('/api/nothing-here');
    assert.equal(r.status, 404);
    conforms(S.ErrorResponse, r.body, '404');
    const del = await getJson(s.url, '/api/documents', { method: 'DELETE' });
    assert.equal(del.status, 405);
    assert.match(del.headers.get('allow') ?? '', /GET/);
    const put = await getJson(s.url, '/api/stats', { method: 'PUT' });
    assert.equal(put.status, 405);
  });

  test('the OpenAPI document describes every route, its parameters and its answers', async () => {
    const r = await get('/api/openapi.json');
    assert.equal(r.status, 200);
    const doc = r.body;
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(
      doc,
      JSON.parse(JSON.stringify(openApiDocument({ version: '0.1.0', maxBodyBytes: 2 * 1024 * 1024 }))),
    );
    for (const route of ROUTES) {
      const op = doc.paths[route.path]?.[route.method];
      assert.ok(op, `${route.method} ${route.path} is not in the document`);
      assert.ok(op.responses['200'] || op.responses['201']);
      assert.ok(op.responses['400']);
      for (const name of route.path.match(/\{(\w+)\}/g) ?? []) {
        assert.ok(
          op.parameters.some((p: { in: string; name: string }) => p.in === 'path' && `{${p.name}}` === name),
          `${route.path}: ${name} not described`,
        );
      }
      if (route.write) assert.ok(op.responses['401'] && op.responses['403']);
      if (route.body) assert.ok(op.requestBody && op.responses['413'] && op.responses['415']);
    }
    const ev = doc.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name).sort();
    assert.deepEqual(ev, ['actor', 'code', 'limit', 'offset', 'place', 'since', 'until', 'with']);
  });

  test('the explorer is served: index.html for its pages, assets with long caching', async () => {
    for (const path of ['/', '/entity/person:fumio-kishida', '/doc/000_145fcff3404c6666', '/network']) {
      const res = await fetch(new URL(path, s.url));
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/);
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
      const html = await res.text();
      assert.match(html, /<div id="root">/);
      const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
      assert.ok(asset, 'no script in index.html');
      const js = await fetch(new URL(asset, s.url));
      assert.equal(js.status, 200);
      assert.match(js.headers.get('cache-control') ?? '', /immutable/);
      await js.arrayBuffer();
      assert.doesNotMatch(html, /https?:\/\//, 'index.html refers to another site');
    }
    assert.equal((await fetch(new URL('/assets/missing.js', s.url))).status, 404);
  });

  test('API answers are not cached and carry no stack traces', async () => {
    const r = await fetch(new URL('/api/stats', s.url));
    assert.equal(r.headers.get('cache-control'), 'no-store');
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    await r.text();
  });
});
