import assert from 'node:assert/strict';
import { closeSync, ftruncateSync, openSync } from 'node:fs';
import { afterEach, beforeEach, test } from 'node:test';
import { readFile, readPaths } from './index.js';
import { issueLog, type TempDir, tempDir } from './temp-files.js';

let t: TempDir;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => t.remove());

test('A UTF-8 BOM is stripped from the body', () => {
  const path = t.write(
    'bom.txt',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Tokyo said.')]),
  );
  const [doc] = readFile(path);
  assert.equal(doc?.body, 'Tokyo said.');
});

test('UTF-16LE with a BOM is decoded', () => {
  const path = t.write(
    'u16.txt',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Séoul — NATO', 'utf16le')]),
  );
  assert.equal(readFile(path)[0]?.body, 'Séoul — NATO');
});

test('UTF-16BE with a BOM is decoded', () => {
  const le = Buffer.from('Kyiv', 'utf16le');
  const be = Buffer.from(le).swap16();
  const path = t.write('u16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  assert.equal(readFile(path)[0]?.body, 'Kyiv');
});

test('Bytes that are not UTF-8 fall back to windows-1252', () => {
  const path = t.write('latin.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]));
  assert.equal(readFile(path)[0]?.body, 'café “ok”');
});

test('CRLF and lone CR line endings become LF', () => {
  const path = t.write('crlf.txt', 'one\r\ntwo\rthree\n');
  assert.equal(readFile(path)[0]?.body, 'one\ntwo\nthree\n');
});

test('A plain text file has its file name as id and no title', () => {
  const path = t.write('a/b/000_x.txt', 'Text.');
  const [doc] = readFile(path);
  assert.deepEqual(doc, {
    id: '000_x',
    body: 'Text.',
    title: null,
    published: null,
    url: null,
    source: null,
    author: null,
    origin: path,
    format: 'text',
  });
});

test('Sidecar metadata is applied to the text document', () => {
  const path = t.write('story.txt', 'Body text.');
  t.write(
    'story.meta.json',
    JSON.stringify({
      title: 'Headline',
      url: 'https://example.org/s',
      source: 'Example',
      author: 'Jo',
      published: '2023-07-13T09:00:00+09:00',
    }),
  );
  const [doc] = readFile(path);
  assert.equal(doc?.title, 'Headline');
  assert.equal(doc?.url, 'https://example.org/s');
  assert.equal(doc?.source, 'Example');
  assert.equal(doc?.author, 'Jo');
  assert.equal(doc?.published, '2023-07-13');
  assert.equal(doc?.body, 'Body text.');
});

test('A bad sidecar is reported as BAD_META and the text is still read', () => {
  const path = t.write('story.txt', 'Body text.');
  const meta = t.write('story.meta.json', JSON.stringify({ title: 'T', published: '13/07/2023' }));
  const { issues, onIssue } = issueLog();
  const [doc] = readFile(path, { onIssue });
  assert.equal(doc?.body, 'Body text.');
  assert.equal(doc?.title, null);
  assert.equal(doc?.published, null);
  assert.equal(issues.length, 1);
  assert.equal(issues[0]?.code, 'BAD_META');
  assert.equal(issues[0]?.file, meta);
  assert.match(issues[0]?.message ?? '', /published/);
});

test('A sidecar that is not JSON is reported with one line', () => {
  const path = t.write('s.txt', 'Body.');
  t.write('s.meta.json', '{"title": ');
  const { issues, onIssue } = issueLog();
  assert.equal(readFile(path, { onIssue }).length, 1);
  assert.equal(issues[0]?.code, 'BAD_META');
  assert.doesNotMatch(issues[0]?.toLine() ?? '', /\n/);
});

test('An empty or whitespace-only file is EMPTY', () => {
  for (const content of ['', ' \n\t\r\n']) {
    const path = t.write('empty.txt', content);
    assert.throws(() => readFile(path), { code: 'EMPTY' });
  }
});

test('Random bytes with NULs are BINARY', () => {
  const bytes = Buffer.alloc(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
  const path = t.write('blob.dat.txt', bytes);
  assert.throws(() => readFile(path), { code: 'BINARY', message: 'binary file, not text' });
});

test('A 20 MB file is TOO_LARGE from its size alone', () => {
  // Sparse and all NULs: were it read, it would be BINARY rather than TOO_LARGE.
  const path = t.write('huge.txt', '');
  const fd = openSync(path, 'r+');
  ftruncateSync(fd, 20_000_000);
  closeSync(fd);
  assert.throws(() => readFile(path), {
    code: 'TOO_LARGE',
    message: '20.0 MB is over the 8 MiB limit for one document',
  });
});

test('An unknown extension that looks like text is read as text', () => {
  const path = t.write('notes.story', 'Plain words here.');
  const [doc] = readFile(path);
  assert.equal(doc?.format, 'text');
  assert.equal(doc?.id, 'notes');
});

test('A PDF is reported as not supported', () => {
  const path = t.write('paper.pdf', '%PDF-1.7\n...');
  const { issues, onIssue } = issueLog();
  assert.deepEqual([...readPaths([path], { onIssue })], []);
  assert.equal(issues[0]?.message, 'PDF is not supported');
});

test('A text of over a million characters is TOO_LARGE, by its length', () => {
  const path = t.write('long.txt', 'Leaders met in Vilnius. '.repeat(45_000));
  assert.throws(() => readFile(path), {
    code: 'TOO_LARGE',
    message: 'its text is 1.1 million characters, over the 1 million limit for one article',
  });
});
