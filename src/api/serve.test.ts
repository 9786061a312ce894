// `entente serve` as a user runs it: a fresh database is filled from the bundled corpus and the
// URL printed well within a minute; a second start reuses the database; clear errors otherwise.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { BIN, getJson, postJson, spawnServe } from './test-server.js';

describe('entente serve', { timeout: 120_000 }, () => {
  test('on a fresh database it reads the corpus, prints its URL within 60 s, and stops on SIGTERM', async () => {
    const t0 = Date.now();
    const s = await spawnServe([], {}, 60_000);
    try {
      assert.ok(Date.now() - t0 < 60_000);
      assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      assert.match(s.stderr(), /read 5 articles of the bundled corpus/);
      const stats = await getJson(s.url, '/api/stats');
      assert.equal(stats.body.documents, 5);
      const page = await fetch(s.url);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<div id="root">/);
    } finally {
      assert.equal(await s.stop(), 0);
    }
  });

  test('a second start over the same database reads nothing again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-serve2-'));
    try {
      const db = join(dir, 'same.db');
      const a = await spawnServe(['--db', db]);
      const first = (await getJson(a.url, '/api/stats')).body;
      await a.stop();
      const b = await spawnServe(['--db', db]);
      assert.doesNotMatch(b.stderr(), /bundled corpus/);
      assert.deepEqual((await getJson(b.url, '/api/stats')).body.documents, first.documents);
      await b.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--no-corpus leaves an empty database empty', async () => {
    const s = await spawnServe(['--no-corpus']);
    try {
      assert.equal((await getJson(s.url, '/api/stats')).body.documents, 0);
    } finally {
      await s.stop();
    }
  });

  test('beyond loopback it says how writes are guarded; ENTENTE_TOKEN sets the token', async () => {
    const s = await spawnServe(['--host', '0.0.0.0', '--no-corpus'], { ENTENTE_TOKEN: 'from-env' });
    try {
      assert.match(s.stderr(), /writes need "Authorization: Bearer/);
      const text = {
        text: 'NATO Secretary General Jens Stoltenberg met Japanese Prime Minister Fumio Kishida in Vilnius.',
      };
      assert.equal((await postJson(s.url, '/api/documents', text)).status, 401);
      assert.equal(
        (await postJson(s.url, '/api/documents', text, { Authorization: 'Bearer from-env' })).status,
        201,
      );
    } finally {
      await s.stop();
    }
    const open = await spawnServe(['--host', '0.0.0.0', '--no-corpus'], { ENTENTE_TOKEN: '' });
    try {
      assert.match(open.stderr(), /writes \(POST \/api\/documents\) are disabled/);
    } finally {
      await open.stop();
    }
  });

  test('a port in use and a bad port are one-line errors', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    const dir = mkdtempSync(join(tmpdir(), 'entente-serve3-'));
    try {
      const busy = spawnSync(
        process.execPath,
        [BIN, 'serve', '--db', join(dir, 'x.db'), '--port', String(port), '--no-corpus'],
        { encoding: 'utf8', timeout: 30_000 },
      );
      assert.equal(busy.status, 1);
      assert.match(busy.stderr, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is in use`));
      assert.doesNotMatch(busy.stderr, /\n\s+at /);
      const bad = spawnSync(process.execPath, [BIN, 'serve', '--db', join(dir, 'x.db'), '--port', 'eighty'], {
        encoding: 'utf8',
        timeout: 30_000,
      });
      assert.equal(bad.status, 1);
      assert.match(bad.stderr, /--port must be a number/);
    } finally {
      blocker.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
