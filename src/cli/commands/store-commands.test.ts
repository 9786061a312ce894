import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../../store/index.js';
import { CORPUS_DIR, fillWithGold } from '../../store/testing/gold.js';

const bin = fileURLToPath(new URL('../../../bin/entente.js', import.meta.url));
const kbReady = existsSync(fileURLToPath(new URL('../../../data/kb/organisations.tsv', import.meta.url)));
const dir = mkdtempSync(join(tmpdir(), 'entente-cli-'));
const db = join(dir, 'gold.db');
const store = openSqliteStore(db);
fillWithGold(store);
store.close();
after(() => rmSync(dir, { recursive: true, force: true }));

function entente(...args: string[]): { out: string; err: string; status: number | null } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: dir });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

describe('Store commands', () => {
  it('print stories and conflicts in the contract shapes', () => {
    const stories = JSON.parse(entente('stories', '--json', '--db', db).out) as {
      id: string;
      reports: unknown[];
      sources: number;
    }[];
    assert.ok(stories.length > 50);
    assert.ok(stories.some((s) => s.reports.length === 4 && s.sources === 4));
    const conflicts = JSON.parse(entente('conflicts', '--json', '--db', db).out) as { kind: string }[];
    assert.deepEqual(conflicts.map((c) => c.kind).sort(), ['contradiction', 'inconsistent-date']);
    assert.match(entente('stories', '--db', db, '--min-reports', '3').out, /s\d+/);
  });

  it('count NATO members on a date', () => {
    const on = (d: string) =>
      (JSON.parse(entente('members', 'org:NATO', '--on', d, '--json', '--db', db).out) as unknown[]).length;
    assert.equal(on('2023-03-01'), 30);
    assert.equal(on('2024-04-01'), 32);
    assert.match(entente('members', 'org:NATO', '--on', '2024-04-01', '--db', db).out, /32 members/);
  });

  it('list events as a table, CSV or JSON with filters', () => {
    const csv = entente('events', '--actor', 'person:fumio-kishida', '--code', '04', '--csv', '--db', db)
      .out.trim()
      .split('\n');
    assert.match(csv[0] ?? '', /^date,code,source,target/);
    assert.ok(csv.length > 5);
    const json = JSON.parse(
      entente('events', '--place', 'place:vilnius', '--since', '2023-07-12', '--json', '--db', db).out,
    ) as { location: string }[];
    assert.ok(json.length > 3 && json.every((e) => e.location === 'place:vilnius'));
    assert.match(entente('events', '--limit', '3', '--db', db).out, /evidence/);
  });

  it('show an entity, a timeline, quotes, search hits and counts', () => {
    assert.match(
      entente('entity', 'person:fumio-kishida', '--db', db).out,
      /Fumio Kishida[\s\S]*prime-minister/,
    );
    assert.match(
      entente('timeline', 'person:fumio-kishida', 'person:jens-stoltenberg', '--db', db).out,
      /2023-07 +█+ \d/,
    );
    assert.match(entente('quotes', '--speaker', 'person:jens-stoltenberg', '--db', db).out, /grateful/);
    assert.match(entente('search', 'liaison office', '--db', db).out, /document/);
    assert.equal((JSON.parse(entente('stats', '--json', '--db', db).out) as { events: number }).events, 101);
  });

  it('export every format', () => {
    const tsv = join(dir, 'events.tsv');
    assert.equal(entente('export', '--format', 'tsv', '--out', tsv, '--db', db).status, 0);
    assert.equal(readFileSync(tsv, 'utf8').trim().split('\n').length, 102);
    assert.match(entente('export', '--format', 'graphml', '--db', db).out, /<graphml[\s\S]*<\/graphml>/);
    assert.match(entente('export', '--format', 'gexf', '--db', db).out, /<gexf[\s\S]*<\/gexf>/);
    assert.equal(entente('export', '--format', 'jsonl', '--db', db).out.trim().split('\n').length, 5);
  });

  it('say what is wrong in one line, never a stack trace', () => {
    for (const args of [
      ['stats', '--db', join(dir, 'missing.db')],
      ['events', '--since', 'yesterday', '--db', db],
      ['export', '--format', 'pdf', '--db', db],
      ['entity', 'country:XXX', '--db', db],
    ]) {
      const r = entente(...args);
      assert.equal(r.status, 1, args.join(' '));
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
      assert.doesNotMatch(r.err, /\n\s+at /);
    }
  });
});

describe('Ingest command', { skip: kbReady ? false : 'the knowledge base is not in data/kb yet' }, () => {
  it('ingests a directory, reports bad files one line each, and changes nothing the second time', () => {
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    for (const f of ['000_145fcff3404c6666.txt', '001_f84ba1bb2755896e.txt'])
      writeFileSync(join(inbox, f), readFileSync(join(CORPUS_DIR, f)));
    writeFileSync(join(inbox, 'empty.txt'), '');
    writeFileSync(join(inbox, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254]));
    const target = join(dir, 'ingest.db');
    const first = entente('ingest', inbox, '--db', target);
    assert.match(first.out, /2 added/);
    const problems = first.err.trim().split('\n');
    assert.equal(problems.length, 2, first.err);
    assert.doesNotMatch(first.err, /\n\s+at /);
    const stats1 = JSON.parse(entente('stats', '--json', '--db', target).out) as Record<string, number>;
    const second = entente('ingest', inbox, '--db', target);
    assert.match(second.out, /0 added, 2 already stored/);
    const stats2 = JSON.parse(entente('stats', '--json', '--db', target).out) as Record<string, number>;
    assert.deepEqual({ ...stats2, bytes: 0 }, { ...stats1, bytes: 0 });
  });
});
