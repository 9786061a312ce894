import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fromText, readFile, readPaths } from './index.js';
import { issueLog, type TempDir, tempDir } from './temp-files.js';

let t: TempDir;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => t.remove());

test('A directory tree is read recursively in sorted order', () => {
  t.write('b.txt', 'B.');
  t.write('a/z.txt', 'AZ.');
  t.write('a/c/y.md', 'ACY.');
  t.write('a/b.txt', 'AB.');
  t.write('a/b.meta.json', '{"title":"AB"}');
  t.write('.hidden.txt', 'Hidden.');
  t.write('.git/config.txt', 'Hidden dir.');
  t.write('pic.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  t.write('c.txt', 'C.');
  const docs = [...readPaths([t.dir])];
  assert.deepEqual(
    docs.map((d) => d.body),
    ['AB.', 'ACY.', 'AZ.', 'B.', 'C.'],
  );
  assert.equal(docs[0]?.title, 'AB');
});

test('A path that does not exist is ENOENT', () => {
  const { issues, onIssue } = issueLog();
  const missing = join(t.dir, 'nope.txt');
  assert.deepEqual([...readPaths([missing], { onIssue })], []);
  assert.equal(issues[0]?.code, 'ENOENT');
  assert.equal(issues[0]?.toLine(), `${missing}: no such file or directory`);
  assert.throws(() => readFile(missing), { code: 'ENOENT' });
});

test('A mix of good and bad files gives the good ones and reports each bad one once', () => {
  const good = t.write('1-good.txt', 'Good text.');
  const empty = t.write('2-empty.txt', '');
  const binary = t.write('3-bin.txt', Buffer.from([1, 2, 0, 3, 0, 4]));
  const menu = t.write('4-menu.html', '<html><body><nav><a href="/">Home</a></nav></body></html>');
  const pdf = t.write('5-paper.pdf', '%PDF-1.4');
  t.write('6-lines.jsonl', '{"id":"j","text":"Line text."}\n');
  const missing = join(t.dir, '7-missing.txt');
  const { issues, onIssue } = issueLog();
  const docs = [...readPaths([t.dir, good, missing], { onIssue })];
  assert.deepEqual(
    docs.map((d) => d.id),
    ['1-good', 'j'],
  );
  assert.deepEqual(
    issues.map((e) => [e.code, e.file]),
    [
      ['EMPTY', empty],
      ['BINARY', binary],
      ['NO_ARTICLE', menu],
      ['BAD_INPUT', pdf],
      ['ENOENT', missing],
    ],
  );
});

test('Documents stream: the first is yielded before later files are read', () => {
  t.write('a.txt', 'First.');
  t.write('b.txt', 'Second.');
  const it = readPaths([t.dir]);
  assert.equal(it.next().value?.body, 'First.');
  t.write('b.txt', 'Changed after the first document.');
  assert.equal(it.next().value?.body, 'Changed after the first document.');
});

test('The corpus files read with their file names as ids and their exact content as body', () => {
  const dir = fileURLToPath(new URL('../../data/corpus/', import.meta.url));
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  assert.equal(files.length, 5);
  const docs = [...readPaths([dir])];
  assert.deepEqual(
    docs.map((d) => d.id),
    files.map((f) => f.replace(/\.txt$/, '')),
  );
  for (const [i, f] of files.entries()) assert.equal(docs[i]?.body, readFileSync(join(dir, f), 'utf8'));
});

test('Pasted text is a document with its line endings normalised and its metadata kept', () => {
  const doc = fromText('pasted-1', '\uFEFFLine one.\r\nLine two.', {
    title: 'T',
    published: '2023-07-13T10:00:00Z',
  });
  assert.equal(doc.body, 'Line one.\nLine two.');
  assert.equal(doc.title, 'T');
  assert.equal(doc.published, '2023-07-13');
  assert.equal(doc.format, 'text');
  assert.throws(() => fromText('x', '  '), { code: 'EMPTY' });
});
