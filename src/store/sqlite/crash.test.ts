import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openSqliteStore } from './sqlite-store.js';

const child = fileURLToPath(new URL('../testing/ingest-child.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'entente-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const BATCH = 300;
const EVENTS_PER_DOC = 20;

function documentsIn(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
}

describe('A killed ingest', () => {
  it('leaves only whole documents, and a second run completes the batch', async () => {
    const db = join(dir, 'crash.db');
    const proc = spawn(process.execPath, [child, db, String(BATCH)], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      proc.on('exit', (_code, signal) => resolve(signal)),
    );
    // Kill it once part of the batch is in, mid-stream.
    for (let i = 0; i < 600 && documentsIn(db) < 40; i++) await new Promise((r) => setTimeout(r, 25));
    proc.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');

    const s = openSqliteStore(db);
    assert.equal((s.db.pragma('integrity_check') as { integrity_check: string }[])[0]?.integrity_check, 'ok');
    const docs = (s.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    assert.ok(docs >= 40 && docs < BATCH, `killed part-way (${docs} documents stored)`);
    const partial = s.db
      .prepare(
        `SELECT d.key, d.n_events, (SELECT count(*) FROM events e WHERE e.doc = d.id) AS stored,
                (SELECT count(*) FROM quotes q WHERE q.doc = d.id) AS quotes
         FROM documents d WHERE d.n_events <> ? OR stored <> ? OR quotes = 0`,
      )
      .all(EVENTS_PER_DOC, EVENTS_PER_DOC);
    assert.deepEqual(partial, []);
    const orphans = s.db
      .prepare('SELECT count(*) AS n FROM events WHERE doc NOT IN (SELECT id FROM documents)')
      .get() as { n: number };
    assert.equal(orphans.n, 0);
    assert.equal(s.stats().documents, docs);
    assert.equal(s.stats().events, docs * EVENTS_PER_DOC);
    s.close();

    const rerun = spawnSync(process.execPath, [child, db, String(BATCH)], { encoding: 'utf8' });
    assert.equal(rerun.status, 0, rerun.stderr);
    const done = openSqliteStore(db);
    assert.equal(done.stats().documents, BATCH);
    assert.equal(done.stats().events, BATCH * EVENTS_PER_DOC);
    assert.equal(
      (done.db.pragma('integrity_check') as { integrity_check: string }[])[0]?.integrity_check,
      'ok',
    );
    done.close();
  });
});
