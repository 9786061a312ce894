// The write side: POST an article (text or HTML), and every way a write can be refused. A refused
// or malformed write changes nothing in the store.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ingestPaths } from '../app/ingest-paths.js';
import type { Explorer } from '../app/web-explorer.js';
import { createApi } from './app.js';
import * as S from './schemas.js';
import { getJson, postJson, type TestServer, testServer } from './test-server.js';

const ARTICLE =
  'BRUSSELS, March 4, 2024 — NATO Secretary General Jens Stoltenberg met Finnish President Alexander Stubb in Brussels on Monday. ' +
  '"Finland makes NATO stronger," Stoltenberg said. Japan and South Korea signed a defence agreement on March 1, 2024.';

const counts = async (s: TestServer) => {
  const r = await getJson(s.url, '/api/stats');
  const { documents, events, stories, conflicts, quotes } = r.body;
  return { documents, events, stories, conflicts, quotes };
};

describe('HTTP API: writes on loopback (no token needed)', () => {
  let s: TestServer;
  before(async () => {
    s = await testServer();
  });
  after(async () => {
    await s?.stop();
  });

  test('a pasted article is stored (201) with its extraction, and a second time changes nothing (200)', async () => {
    const before = await counts(s);
    const r = await postJson(s.url, '/api/documents', {
      text: ARTICLE,
      title: 'Stoltenberg meets Stubb',
      source: 'Test Wire',
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const v = S.IngestResult.safeParse(r.body);
    assert.ok(v.success, JSON.stringify(v.error?.issues));
    assert.equal(r.body.status, 'added');
    assert.match(r.body.docId, /^web_[0-9a-f]{16}$/);
    assert.ok(r.body.extraction.entities.some((e: { id: string }) => e.id === 'person:jens-stoltenberg'));
    assert.ok(r.body.extraction.events.length >= 1);
    for (const e of r.body.extraction.entities)
      for (const m of e.mentions) assert.equal(r.body.text.slice(m.start, m.end), m.text);
    const after1 = await counts(s);
    assert.equal(after1.documents, before.documents + 1);

    const doc = await getJson(s.url, `/api/documents/${r.body.docId}`);
    assert.equal(doc.status, 200);
    assert.equal(doc.body.extraction.document.title, 'Stoltenberg meets Stubb');
    const listed = await getJson(s.url, '/api/documents?limit=500');
    assert.ok(
      listed.body.items.some((d: { id: string }) => d.id === r.body.docId),
      'the new document is not listed',
    );
    const found = await getJson(s.url, '/api/entities?q=stubb');
    assert.ok(
      found.body.items.some((h: { name: string }) => /Stubb/.test(h.name)),
      'the new name is not searchable',
    );

    const again = await postJson(s.url, '/api/documents', {
      text: ARTICLE,
      title: 'Stoltenberg meets Stubb',
    });
    assert.equal(again.status, 200);
    assert.equal(again.body.status, 'unchanged');
    assert.deepEqual(await counts(s), after1);
  });

  test('an HTML page is read to its article text', async () => {
    const html = `<!doctype html><html><head><title>Kishida in Vilnius</title></head><body><nav>Home | World</nav>
      <article><h1>Kishida in Vilnius</h1><p>VILNIUS, July 12, 2023 — Japanese Prime Minister Fumio Kishida met NATO Secretary General
      Jens Stoltenberg in Vilnius on Wednesday, and the two agreed a new partnership programme.</p>
      <p>"Japan is a close partner," Stoltenberg said after the meeting with Kishida in the Lithuanian capital.</p></article>
      <footer>© Example</footer></body></html>`;
    const r = await postJson(s.url, '/api/documents', { html, source: 'HTML Wire' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.doesNotMatch(r.body.text, /<p>|Home \| World/);
    assert.ok(r.body.extraction.entities.some((e: { id: string }) => e.id === 'person:fumio-kishida'));
  });

  test('POST /api/extract reads without storing', async () => {
    const before = await counts(s);
    const r = await postJson(s.url, '/api/extract', { text: `${ARTICLE} Extra sentence for a new hash.` });
    assert.equal(r.status, 200);
    assert.ok(S.ReadResult.safeParse(r.body).success);
    assert.ok(r.body.extraction.entities.length > 0);
    assert.deepEqual(await counts(s), before);
  });

  test('malformed, oversized and unsupported bodies get clear JSON errors and change nothing', async () => {
    const before = await counts(s);
    const bad: [
      string,
      () => Promise<{ status: number; body: { error: string; detail: unknown } }>,
      number,
      RegExp,
    ][] = [
      ['not JSON', () => postJson(s.url, '/api/documents', '{"text": "unterminated'), 400, /not valid JSON/],
      ['empty body', () => postJson(s.url, '/api/documents', ''), 400, /invalid body/],
      ['a JSON array', () => postJson(s.url, '/api/documents', [1, 2]), 400, /invalid body/],
      ['neither text nor html', () => postJson(s.url, '/api/documents', { title: 'x' }), 400, /invalid body/],
      [
        'both text and html',
        () => postJson(s.url, '/api/documents', { text: 'a', html: '<p>a</p>' }),
        400,
        /invalid body/,
      ],
      ['empty text', () => postJson(s.url, '/api/documents', { text: '   \n ' }), 400, /invalid body/],
      ['text not a string', () => postJson(s.url, '/api/documents', { text: 42 }), 400, /invalid body/],
      [
        'a bad date',
        () => postJson(s.url, '/api/documents', { text: ARTICLE, published: 'last Tuesday' }),
        400,
        /invalid body/,
      ],
      [
        'a bad URL',
        () => postJson(s.url, '/api/documents', { text: ARTICLE, url: 'not a url' }),
        400,
        /invalid body/,
      ],
      [
        'an unknown field',
        () => postJson(s.url, '/api/documents', { text: ARTICLE, colour: 'red' }),
        400,
        /invalid body/,
      ],
      [
        'a page with no article',
        () => postJson(s.url, '/api/documents', { html: '<html><body><script>x()</script></body></html>' }),
        400,
        /article|empty/,
      ],
      [
        'text/plain',
        () =>
          getJson(s.url, '/api/documents', {
            method: 'POST',
            headers: { 'Content-Type': 'text/plain' },
            body: ARTICLE,
          }),
        415,
        /must be JSON/,
      ],
      [
        'no content type',
        () => getJson(s.url, '/api/documents', { method: 'POST', body: JSON.stringify({ text: ARTICLE }) }),
        415,
        /must be JSON/,
      ],
      [
        'form data',
        () =>
          getJson(s.url, '/api/documents', {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: 'text=hello',
          }),
        415,
        /must be JSON/,
      ],
      [
        '3 MB of JSON',
        () => postJson(s.url, '/api/documents', { text: 'NATO met Japan. '.repeat(200_000) }),
        413,
        /too large/,
      ],
      [
        '3 MB streamed without a length',
        () =>
          getJson(s.url, '/api/documents', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: new ReadableStream({
              start(ctl) {
                const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
                ctl.enqueue(new TextEncoder().encode('{"text":"'));
                for (let i = 0; i < 48; i++) ctl.enqueue(chunk);
                ctl.enqueue(new TextEncoder().encode('"}'));
                ctl.close();
              },
            }),
            duplex: 'half',
          } as RequestInit),
        413,
        /too large/,
      ],
      [
        'a cross-origin write',
        () => postJson(s.url, '/api/documents', { text: ARTICLE }, { Origin: 'https://evil.example' }),
        403,
        /cross-origin/,
      ],
    ];
    for (const [what, send, status, message] of bad) {
      const r = await send();
      assert.equal(r.status, status, `${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
      assert.ok(S.ErrorResponse.safeParse(r.body).success, `${what}: not a JSON error`);
      assert.match(r.body.error, message, what);
    }
    assert.deepEqual(await counts(s), before);
  });

  test('what another process stores while the server runs shows at once (no stale answers)', async () => {
    const before = await counts(s);
    const listed = await getJson(s.url, '/api/documents?limit=500');
    const file = join(s.dir, 'beside.txt');
    writeFileSync(
      file,
      'SEOUL, May 2, 2024 — South Korean President Yoon Suk Yeol hosted Australian Prime Minister Anthony Albanese in Seoul. ' +
        'The two leaders agreed to expand defence industry cooperation and to hold a joint naval exercise in the autumn.',
    );
    const summary = ingestPaths([file], { db: s.db, onIssue: () => {} });
    assert.equal(summary.added, 1);
    assert.equal((await counts(s)).documents, before.documents + 1);
    const now = await getJson(s.url, '/api/documents?limit=500');
    assert.equal(now.body.total, listed.body.total + 1);
    assert.ok(now.body.items.some((d: { id: string }) => d.id === 'beside'));
  });

  test('a same-origin write from the explorer is accepted', async () => {
    const r = await postJson(
      s.url,
      '/api/documents',
      { text: `${ARTICLE} Same origin.` },
      { Origin: new URL(s.url).origin },
    );
    assert.equal(r.status, 201);
  });
});

describe('HTTP API: writes beyond loopback need the bearer token', () => {
  let open: TestServer;
  let locked: TestServer;
  before(async () => {
    [open, locked] = await Promise.all([
      testServer({ host: '0.0.0.0', token: 'correct-horse', seed: false }),
      testServer({ host: '0.0.0.0', token: null, seed: false }),
    ]);
  });
  after(async () => {
    await Promise.all([open?.stop(), locked?.stop()]);
  });

  test('no token: 401 with a Bearer challenge; a wrong one: 403; the right one: 201', async () => {
    const before = await counts(open);
    const none = await postJson(open.url, '/api/documents', { text: ARTICLE });
    assert.equal(none.status, 401);
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
    const notBearer = await postJson(
      open.url,
      '/api/documents',
      { text: ARTICLE },
      { Authorization: 'Basic Y29ycmVjdC1ob3JzZQ==' },
    );
    assert.equal(notBearer.status, 401);
    const wrong = await postJson(
      open.url,
      '/api/documents',
      { text: ARTICLE },
      { Authorization: 'Bearer wrong-horse' },
    );
    assert.equal(wrong.status, 403);
    assert.match(wrong.body.error, /wrong token/);
    assert.deepEqual(await counts(open), before);
    // The token is checked before the body is read: an oversized body without a token is a 401.
    const big = await postJson(open.url, '/api/documents', { text: 'x'.repeat(3_000_000) });
    assert.equal(big.status, 401);
    const ok = await postJson(
      open.url,
      '/api/documents',
      { text: ARTICLE },
      { Authorization: 'Bearer correct-horse' },
    );
    assert.equal(ok.status, 201);
    assert.equal((await counts(open)).documents, before.documents + 1);
  });

  test('reads need no token', async () => {
    assert.equal((await getJson(open.url, '/api/stats')).status, 200);
    assert.equal((await postJson(open.url, '/api/extract', { text: ARTICLE })).status, 200);
  });

  test('with no token configured, writes beyond loopback are refused outright', async () => {
    const r = await postJson(
      locked.url,
      '/api/documents',
      { text: ARTICLE },
      { Authorization: 'Bearer anything' },
    );
    assert.equal(r.status, 403);
    assert.match(r.body.error, /writes are disabled/);
    assert.match(String(r.body.detail), /--token/);
    assert.equal((await counts(locked)).documents, 0);
  });
});

describe('HTTP API: failures nobody planned for', () => {
  test('a 500 is JSON without a stack trace, and is logged', async () => {
    const logged: string[] = [];
    const broken = new Proxy({} as Explorer, {
      get: () => () => {
        throw new Error('boom: secret internals');
      },
    });
    const app = createApi({
      explorer: broken,
      policy: { token: null, loopback: true },
      web: null,
      log: (l) => logged.push(l),
    });
    const res = await app.request('/api/stats');
    assert.equal(res.status, 500);
    const text = await res.text();
    assert.deepEqual(JSON.parse(text), { error: 'internal error', detail: null });
    assert.doesNotMatch(text, /boom|at |\.js/);
    assert.match(logged.join('\n'), /boom: secret internals/);
    const page = await app.request('/');
    assert.equal(page.status, 503);
    assert.match(await page.text(), /npm run build/);
  });
});
