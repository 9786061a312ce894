import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { fromHtml, readFile } from './index.js';
import { type TempDir, tempDir } from './temp-files.js';

let t: TempDir;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => t.remove());

const PARAS = [
  'Japan and NATO agreed on Wednesday to deepen cooperation on cyber defence and space, officials said.',
  'Prime Minister Fumio Kishida met Secretary General Jens Stoltenberg on the sidelines of the summit in Vilnius.',
  '“No other partner is closer to NATO than Japan,” Stoltenberg told reporters after the meeting.',
];

const PAGE = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Japan and NATO deepen ties | The Example Times</title>
<meta property="og:title" content="Japan and NATO deepen ties">
<meta property="og:site_name" content="The Example Times">
<meta property="og:url" content="https://example.org/2023/07/japan-nato">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2023-07-12T18:30:00+03:00">
<script>var tracking = "Do not read this sentence as article text.";</script>
<style>p { color: red; }</style>
</head><body class="single has-sidebar">
<header><div class="logo">The Example Times</div></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news and more sections here.</a></li></ul></nav>
<div class="ad-slot"><p>Buy our premium subscription today, it is cheaper than ever before.</p></div>
<article>
  <header><h1>Japan and NATO deepen ties</h1><p class="byline">By Jane Doe, July 12, 2023</p></header>
  <p>${PARAS[0]}</p>
  <div class="share-tools"><p>Share this story with your friends on every network.</p></div>
  <p>${PARAS[1]} <span class="ad">Advertisement.</span></p>
  <figure><img src="x.jpg"><figcaption>Kishida and Stoltenberg in Vilnius.</figcaption></figure>
  <p>${PARAS[2]}</p>
  <ul class="related-links"><li><a href="/a">Related: an older story about the alliance.</a></li></ul>
</article>
<aside><p>Most read: a story about something else entirely, with many words.</p></aside>
<footer><p>Copyright The Example Times. All rights reserved worldwide.</p></footer>
<script>document.write("<p>Injected paragraph that is not news.</p>")</script>
</body></html>`;

test('An HTML page gives only its article text, with its metadata', () => {
  const path = t.write('page.html', PAGE);
  const [doc] = readFile(path);
  assert.equal(doc?.body, [PARAS[0], PARAS[1], 'Kishida and Stoltenberg in Vilnius.', PARAS[2]].join('\n\n'));
  assert.equal(doc?.id, 'page');
  assert.equal(doc?.format, 'html');
  assert.equal(doc?.title, 'Japan and NATO deepen ties');
  assert.equal(doc?.author, 'Jane Doe');
  assert.equal(doc?.published, '2023-07-12');
  assert.equal(doc?.url, 'https://example.org/2023/07/japan-nato');
  assert.equal(doc?.source, 'The Example Times');
  assert.equal(doc?.origin, path);
});

test('A page with only a navigation menu is NO_ARTICLE', () => {
  const path = t.write(
    'menu.html',
    `<!doctype html><html><head><title>Index</title></head><body>
     <nav><ul>${['World', 'Politics', 'Defence', 'Asia', 'Europe'].map((s) => `<li><a href="/${s}">${s}</a></li>`).join('')}</ul></nav>
     </body></html>`,
  );
  assert.throws(() => readFile(path), { code: 'NO_ARTICLE', message: 'no article text found in the page' });
});

test('HTML is recognised by its doctype whatever the extension', () => {
  const path = t.write('saved.page', PAGE);
  assert.equal(readFile(path)[0]?.format, 'html');
});

test('Without article mark-up, sentence paragraphs that are not link lists are the text', () => {
  const html = `<html><body><div id="menu"><p><a href="/">Home</a> <a href="/x">Other pages of this site</a></p></div>
    <div class="story"><p>${PARAS[0]}</p><p>${PARAS[1]}</p><p>Tags</p></div></body></html>`;
  assert.equal(fromHtml('x', html).body, `${PARAS[0]}\n\n${PARAS[1]}`);
});

test('Text loose in divs falls back to Readability', () => {
  const long = `${PARAS.join(' ')} `.repeat(3);
  const html = `<html><head><title>T</title></head><body><nav><a href="/">Home</a></nav>
    <div class="content"><div>${long}</div><div>${long}</div></div></body></html>`;
  const doc = fromHtml('loose', html);
  assert.match(doc.body, /^Japan and NATO agreed/);
  assert.match(doc.body, /\n\n/);
  assert.doesNotMatch(doc.body, /Home/);
});

test('The densest article is chosen and itemprop=articleBody wins over its wrapper', () => {
  const html = `<html><body>
    <article><p>A teaser about a different story entirely, short.</p></article>
    <article><div class="lede"><p>Lede that sits outside the body markup but still inside the article.</p></div>
      <div itemprop="articleBody">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
  assert.equal(fromHtml('x', html).body, PARAS.join('\n\n'));
});

test('A line break inside a paragraph still separates words', () => {
  const html = `<html><body><article><p>${PARAS[0]}<br>${PARAS[1]}</p><p>${PARAS[2]}</p></article></body></html>`;
  assert.equal(fromHtml('br', html).body, `${PARAS[0]} ${PARAS[1]}\n\n${PARAS[2]}`);
});

test('Pasted HTML keeps its id as origin and names it when there is no article', () => {
  assert.throws(() => fromHtml('pasted', '<p>Hi</p>'.replace('Hi', '')), {
    code: 'NO_ARTICLE',
    file: 'pasted',
  });
  assert.equal(fromHtml('pasted', `<p>${PARAS[0]}</p>`).origin, 'pasted');
});
