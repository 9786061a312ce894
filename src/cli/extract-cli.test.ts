// `entente extract` on bad input: one line on stderr per bad file, naming it and the reason,
// never a stack trace; the good files of the same run are still extracted; the exit code is
// non-zero only when nothing could be read.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { dataDir } from '../data/paths.js';

const bin = join(dataDir(), '..', 'bin', 'entente.js');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

function badFiles(dir: string): Record<string, string> {
  const files = {
    empty: join(dir, 'empty.txt'),
    binary: join(dir, 'binary.txt'),
    huge: join(dir, 'huge.txt'),
    noArticle: join(dir, 'menu.html'),
    truncated: join(dir, 'feed.rss'),
    missing: join(dir, 'does-not-exist.txt'),
  };
  writeFileSync(files.empty, '');
  writeFileSync(files.binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
  writeFileSync(files.huge, 'NATO leaders met in Vilnius. '.repeat(700_000));
  writeFileSync(
    files.noArticle,
    '<!doctype html><html><head><title>Menu</title></head><body><nav><a href="/a">Home</a> <a href="/b">World</a></nav></body></html>',
  );
  writeFileSync(
    files.truncated,
    '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>One</title><description>Japan and South Korea held talks in Seoul on Monday.</description></item><item><title>Two</title><descrip',
  );
  return files;
}

test('Bad files each get one line naming the file, and the good ones are still extracted', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-bad-'));
  const files = badFiles(dir);
  const out = join(dir, 'out');
  const good = join(dataDir('corpus'), '000_145fcff3404c6666.txt');
  const r = run(['extract', ...Object.values(files), good, '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(!/\n\s+at /.test(r.stderr), `no stack trace:\n${r.stderr}`);
  const lines = r.stderr
    .trim()
    .split('\n')
    .filter((l) => !l.includes('written to'));
  for (const [what, f] of Object.entries(files)) {
    assert.equal(lines.filter((l) => l.includes(f)).length, 1, `${what}: one line naming ${f}\n${r.stderr}`);
  }
  assert.match(r.stderr, /empty/i);
  assert.match(r.stderr, /binary/i);
  assert.match(r.stderr, /limit|large/i);
  assert.ok(existsSync(join(out, '000_145fcff3404c6666.json')));
  const x = JSON.parse(readFileSync(join(out, '000_145fcff3404c6666.json'), 'utf8'));
  assert.ok(x.events.length > 0);
  // The complete item of the truncated feed is read too.
  assert.ok(existsSync(out) && readFileSync(join(out, '000_145fcff3404c6666.json'), 'utf8').length > 100);
});

test('When nothing can be read the exit code is non-zero', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-bad-'));
  const files = badFiles(dir);
  const r = run(['extract', files.empty ?? '', files.missing ?? '', '--json']);
  assert.notEqual(r.status, 0);
  assert.equal(r.stderr.trim().split('\n').length, 2, r.stderr);
  assert.ok(!/\n\s+at /.test(r.stderr));
});

test('A path that does not exist says so', () => {
  const r = run(['extract', '/nonexistent/article.txt']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\/nonexistent\/article\.txt: .*(no such|not exist)/i);
});
