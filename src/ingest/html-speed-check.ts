// Speed check for the HTML fast path (not a test): `node dist/ingest/html-speed-check.js`.
// Builds news-like pages of about 100 KB (menus, scripts, ads, an article) and reads them.
import { fromHtml } from './html.js';

function page(n: number): string {
  const menu = Array.from(
    { length: 60 },
    (_, i) => `<li class="menu-item"><a href="/s/${i}">Section ${i}</a></li>`,
  ).join('');
  const script = `<script>window.__STATE__ = ${JSON.stringify({ items: Array.from({ length: 500 }, (_, i) => ({ id: i, t: 'x'.repeat(40) })) })};</script>`;
  const para = (i: number) =>
    `<p>Paragraph ${i} of story ${n}: officials in <a href="/tokyo">Tokyo</a> and Seoul said on Tuesday that the ` +
    `allies would expand <em>joint drills</em> &amp; intelligence sharing, according to a statement released late.</p>`;
  const article = Array.from(
    { length: 250 },
    (_, i) => para(i) + (i % 10 === 0 ? '<div class="ad-slot"><p>Ad</p></div>' : ''),
  ).join('\n');
  const related = Array.from(
    { length: 40 },
    (_, i) => `<li><a href="/r/${i}">Related story number ${i}</a></li>`,
  ).join('');
  return `<!doctype html><html><head><title>Story ${n}</title><meta property="og:title" content="Story ${n}">
<meta property="article:published_time" content="2023-07-13T00:00:00Z">${script}<style>${'.c{color:red}'.repeat(500)}</style></head>
<body><header><nav><ul>${menu}</ul></nav></header><main><article><h1>Story ${n}</h1>${article}
<aside><ul>${related}</ul></aside></article></main><footer><ul>${menu}</ul></footer></body></html>`;
}

const pages = Array.from({ length: 50 }, (_, i) => page(i));
const avgKb = pages.reduce((s, p) => s + p.length, 0) / pages.length / 1024;
for (let i = 0; i < 20; i++) fromHtml('warm', pages[i % pages.length] ?? '');
const rounds = 600;
const start = process.hrtime.bigint();
let chars = 0;
for (let i = 0; i < rounds; i++) chars += fromHtml(`p${i}`, pages[i % pages.length] ?? '').body.length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(
  `${rounds} pages of ${avgKb.toFixed(0)} KB in ${seconds.toFixed(2)} s: ${(rounds / seconds).toFixed(0)} pages/s, ` +
    `${((seconds / rounds) * 1000).toFixed(2)} ms/page, ${Math.round(chars / rounds)} body chars/page`,
);
