import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { readFile, readPaths } from './index.js';
import { issueLog, type TempDir, tempDir } from './temp-files.js';

let t: TempDir;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => t.remove());

test('JSON Lines with one bad line gives the good lines and one BAD_JSON issue naming the line', () => {
  const lines = [
    JSON.stringify({
      id: 'a',
      title: 'A',
      text: 'First text.',
      published: '2023-07-12',
      url: 'https://example.org/a',
    }),
    '{"id": "b", "text": "broken',
    '',
    JSON.stringify({
      id: 'c',
      body: 'Third text.\r\nSecond line.',
      date: 'July 13, 2023',
      source: 'Wire',
      author: 'Ann',
    }),
  ];
  const path = t.write('batch.jsonl', `${lines.join('\n')}\n`);
  const { issues, onIssue } = issueLog();
  const docs = [...readPaths([path], { onIssue })];
  assert.deepEqual(
    docs.map((d) => [d.id, d.title, d.body, d.published, d.url, d.source, d.author, d.format]),
    [
      ['a', 'A', 'First text.', '2023-07-12', 'https://example.org/a', null, null, 'jsonl'],
      ['c', null, 'Third text.\nSecond line.', '2023-07-13', null, 'Wire', 'Ann', 'jsonl'],
    ],
  );
  assert.equal(issues.length, 1);
  assert.equal(issues[0]?.code, 'BAD_JSON');
  assert.equal(issues[0]?.file, `${path}:2`);
  assert.match(issues[0]?.message ?? '', /^not valid JSON/);
});

test('A JSON line without text is BAD_JSON and a line without id gets one from its position', () => {
  const path = t.write('x.ndjson', '{"id":"n","title":"No text"}\n{"content":"Only content."}');
  const { issues, onIssue } = issueLog();
  const docs = readFile(path, { onIssue });
  assert.deepEqual(
    docs.map((d) => [d.id, d.body]),
    [['x-2', 'Only content.']],
  );
  assert.equal(issues[0]?.file, `${path}:1`);
  assert.match(issues[0]?.message ?? '', /^no text/);
});

test('A JSON line over the size limit is reported without being held', () => {
  const big = JSON.stringify({ id: 'big', text: 'x'.repeat(300_000) });
  const path = t.write('big.jsonl', `${big}\n${JSON.stringify({ id: 'small', text: 'Fine.' })}\n`);
  const { issues, onIssue } = issueLog();
  const docs = readFile(path, { maxBytes: 100_000, onIssue });
  assert.deepEqual(
    docs.map((d) => d.id),
    ['small'],
  );
  assert.equal(issues[0]?.file, `${path}:1`);
  assert.match(issues[0]?.message ?? '', /over the 97\.7 KiB limit/);
});

test('Lines split across read chunks are put back together', () => {
  const rows = Array.from({ length: 300 }, (_, i) =>
    JSON.stringify({ id: `r${i}`, text: `Row ${i} ${'é'.repeat(i)}` }),
  );
  const path = t.write('many.jsonl', rows.join('\n'));
  const docs = readFile(path);
  assert.equal(docs.length, 300);
  assert.equal(docs[299]?.body, `Row 299 ${'é'.repeat(299)}`);
});

test('A JSON Lines file of blank lines is EMPTY', () => {
  const path = t.write('blank.jsonl', '\n\n  \n');
  assert.throws(() => readFile(path), { code: 'EMPTY' });
});
