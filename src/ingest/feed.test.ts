import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { readFile, readPaths } from './index.js';
import { issueLog, type TempDir, tempDir } from './temp-files.js';

let t: TempDir;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => t.remove());

const item = (n: number, extra = '') => `
  <item>
    <title>Story ${n} &amp; more</title>
    <link>https://example.org/news/story-${n}</link>
    <guid isPermaLink="false">urn:example:${n}</guid>
    <pubDate>Thu, ${10 + n} Jul 2023 08:00:00 +0900</pubDate>
    <author>desk@example.org (Desk ${n})</author>
    <description>&lt;p&gt;Summary of story ${n}, which reports that ministers met in Vilnius.&lt;/p&gt;</description>
    ${extra}
  </item>`;

const rss = (items: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire</title><link>https://example.org/</link>${items}
</channel></rss>`;

test('An RSS feed with 3 items gives 3 documents with titles and dates', () => {
  const path = t.write('wire.rss', rss(item(1) + item(2) + item(3)));
  const docs = readFile(path);
  assert.deepEqual(
    docs.map((d) => [d.id, d.title, d.published, d.author, d.url]),
    [1, 2, 3].map((n) => [
      `wire-urn-example-${n}`,
      `Story ${n} & more`,
      `2023-07-${10 + n}`,
      `Desk ${n}`,
      `https://example.org/news/story-${n}`,
    ]),
  );
  assert.equal(docs[0]?.body, 'Summary of story 1, which reports that ministers met in Vilnius.');
  assert.equal(docs[0]?.format, 'rss');
  assert.equal(docs[0]?.source, 'Example Wire');
  assert.equal(docs[0]?.origin, `${path}#wire-urn-example-1`);
});

test('Feed ids are the same on every read', () => {
  const path = t.write('wire.xml', rss(item(1) + item(2)));
  assert.deepEqual(
    readFile(path).map((d) => d.id),
    readFile(path).map((d) => d.id),
  );
});

test('content:encoded is preferred and its HTML reduced to the article text', () => {
  const paras = Array.from(
    { length: 4 },
    (_, i) => `Paragraph ${i} says that the alliance will meet again in Washington next year.`,
  );
  const encoded = `<content:encoded><![CDATA[${paras.map((p) => `<p>${p}</p>`).join('')}<p><a href="/x">Read more at Example</a></p>]]></content:encoded>`;
  const path = t.write('full.rss', rss(item(1, encoded)));
  assert.equal(readFile(path)[0]?.body, paras.join('\n\n'));
});

test('A truncated RSS feed reports BAD_FEED once and still gives its complete items', () => {
  const full = rss(item(1) + item(2) + item(3));
  const cut = full.slice(0, full.indexOf('<item>', full.indexOf('Story 2')) + 40);
  const path = t.write('cut.rss', cut);
  const { issues, onIssue } = issueLog();
  const docs = [...readPaths([path], { onIssue })];
  assert.deepEqual(
    docs.map((d) => d.title),
    ['Story 1 & more', 'Story 2 & more'],
  );
  assert.equal(issues.length, 1);
  assert.equal(issues[0]?.code, 'BAD_FEED');
  assert.match(issues[0]?.message ?? '', /^feed is not well-formed XML: /);
  assert.doesNotMatch(issues[0]?.message ?? '', /\n/);
  assert.equal(docs[0]?.source, 'Example Wire');
});

test('A feed broken before its first item is one BAD_FEED issue and no documents', () => {
  const path = t.write('broken.xml', '<?xml version="1.0"?><rss><channel><title>X</ti');
  const { issues, onIssue } = issueLog();
  assert.deepEqual([...readPaths([path], { onIssue })], []);
  assert.deepEqual(
    issues.map((e) => e.code),
    ['BAD_FEED'],
  );
});

test('An item with no text is skipped with an EMPTY issue naming it', () => {
  const path = t.write('w.rss', rss(`${item(1)}<item><title>Empty</title><guid>urn:e</guid></item>`));
  const { issues, onIssue } = issueLog();
  const docs = readFile(path, { onIssue });
  assert.equal(docs.length, 1);
  assert.equal(issues[0]?.code, 'EMPTY');
  assert.equal(issues[0]?.file, `${path}#w-urn-e`);
});

test('An Atom feed gives one document per entry', () => {
  const path = t.write(
    'alerts.atom',
    `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Alerts</title>
  <entry>
    <title>Seoul responds</title>
    <id>tag:example.org,2023:1</id>
    <link rel="self" href="https://example.org/self/1"/>
    <link rel="alternate" href="https://example.org/alerts/1"/>
    <published>2023-07-13T01:00:00Z</published>
    <author><name>Kim Lee</name></author>
    <content type="html">&lt;p&gt;South Korea said it would expand drills with Japan.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Tokyo replies</title>
    <link href="https://example.org/alerts/2"/>
    <updated>2023-07-14</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Japan welcomed the move &amp; said more talks would follow.</p></div></content>
  </entry>
  <entry>
    <title>Plain</title>
    <summary type="text">Fish &amp; chips &lt;not a tag&gt; were served.</summary>
  </entry>
</feed>`,
  );
  const docs = readFile(path);
  assert.deepEqual(
    docs.map((d) => [d.id, d.title, d.published, d.url, d.author, d.body, d.format]),
    [
      [
        'alerts-tag-example-org-2023-1',
        'Seoul responds',
        '2023-07-13',
        'https://example.org/alerts/1',
        'Kim Lee',
        'South Korea said it would expand drills with Japan.',
        'atom',
      ],
      [
        'alerts-example-org-alerts-2',
        'Tokyo replies',
        '2023-07-14',
        'https://example.org/alerts/2',
        null,
        'Japan welcomed the move & said more talks would follow.',
        'atom',
      ],
      ['alerts-3', 'Plain', null, null, null, 'Fish & chips <not a tag> were served.', 'atom'],
    ],
  );
});

test('An XML file that is not a feed is BAD_FEED', () => {
  const path = t.write(
    'sitemap.xml',
    '<?xml version="1.0"?><urlset><url><loc>https://x</loc></url></urlset>',
  );
  assert.throws(() => readFile(path), { code: 'BAD_FEED' });
});
