#!/usr/bin/env node
// Extraction throughput on one core: ≥ 1,000 articles of plain text and of HTML, built from the
// bundled corpus (paragraphs rotated so no two articles are identical), each read and extracted
// as its own document, one in flight. Prints articles/s, words/s, ms p50/p95 and peak RSS and
// writes bench/out/extract-bench.json. Run: npm run bench (pins itself to one core via taskset).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

// One core (taskset) and the same bounded heap as `entente extract` (see bin/entente.js).
if (!process.env.ENTENTE_BENCH_CHILD) {
  const node = [
    process.execPath,
    '--max-old-space-size=192',
    '--max-semi-space-size=16',
    ...process.argv.slice(1),
  ];
  const pinned = spawnSync('which', ['taskset']).status === 0;
  const [cmd, ...rest] = pinned ? ['taskset', '-c', '0', ...node] : node;
  const r = spawnSync(cmd ?? process.execPath, rest, {
    stdio: 'inherit',
    env: { ...process.env, ENTENTE_BENCH_CHILD: '1' },
  });
  process.exit(r.status ?? 1);
}

const { loadKb } = await import('../dist/data/kb.js');
const { extractDocument } = await import('../dist/extract/index.js');
const { readPaths } = await import('../dist/ingest/index.js');

const N = Number(process.argv[2] ?? 1000);
const corpus = readdirSync('data/corpus')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join('data/corpus', f), 'utf8'));
const variant = (i) => {
  const paras = corpus[i % corpus.length].split(/\n\n+/);
  const k = Math.floor(i / corpus.length) % paras.length;
  return [...paras.slice(k), ...paras.slice(0, k)].join('\n\n');
};
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const nav = Array.from(
  { length: 300 },
  (_, i) => `<li><a href="/section/${i}">Section ${i} news and analysis</a></li>`,
).join('');
const page = (t) => {
  const paras = t.split(/\n+/).filter((p) => p.trim());
  return `<!doctype html><html><head><title>${esc(paras[0] ?? '')}</title><meta property="article:published_time" content="2023-07-13"><script>${'var x=1;'.repeat(4000)}</script></head><body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>${esc(paras[0] ?? '')}</h1>${paras
    .slice(1)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n')}</article></main><aside>${nav}</aside><footer>${nav}</footer></body></html>`;
};

const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'));
mkdirSync(join(dir, 'txt'));
mkdirSync(join(dir, 'html'));
let words = 0;
for (let i = 0; i < N; i++) {
  const t = variant(i);
  words += t.split(/\s+/).filter(Boolean).length;
  writeFileSync(join(dir, 'txt', `a${String(i).padStart(5, '0')}.txt`), t);
  writeFileSync(join(dir, 'html', `a${String(i).padStart(5, '0')}.html`), page(t));
}
const t0 = performance.now();
const kb = loadKb();
const loadMs = performance.now() - t0;

function run(sub) {
  const times = [];
  let n = 0;
  let events = 0;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  let last = start;
  for (const doc of readPaths([join(dir, sub)])) {
    const x = extractDocument(doc, kb);
    events += x.events.length;
    n++;
    const now = performance.now();
    times.push(now - last);
    last = now;
  }
  const secs = (performance.now() - start) / 1000;
  // CPU time, apart from wall time: on a shared VM the wall clock also counts time the
  // hypervisor gave to others, the CPU time only what this process ran.
  const used = process.cpuUsage(cpu0);
  const cpuSecs = (used.user + used.system) / 1e6;
  times.sort((a, b) => a - b);
  return {
    format: sub,
    articles: n,
    events,
    seconds: +secs.toFixed(2),
    articles_per_s: Math.round(n / secs),
    articles_per_cpu_s: Math.round(n / cpuSecs),
    words_per_s: Math.round(words / secs),
    ms_p50: +(times[Math.floor(n * 0.5)] ?? 0).toFixed(2),
    ms_p95: +(times[Math.floor(n * 0.95)] ?? 0).toFixed(2),
  };
}

// Warm up the JIT on a few documents first.
for (const doc of readPaths([join(dir, 'txt', 'a00000.txt'), join(dir, 'txt', 'a00001.txt')]))
  extractDocument(doc, kb);
const txt = run('txt');
const html = run('html');
// The machine's own speed, for comparing runs on different machines: wink-nlp's part-of-speech
// pass alone over the same texts (perf-anchors.md measured 1.8–2.1 ms an article on its machine).
const { default: winkNLP } = await import('wink-nlp');
const { default: model } = await import('wink-eng-lite-web-model');
const nlp = winkNLP(model, ['sbd', 'pos']);
const texts = Array.from({ length: 200 }, (_, i) => variant(i));
for (const t of texts.slice(0, 20)) nlp.readDoc(t).tokens().out(nlp.its.pos);
const w0 = performance.now();
for (const t of texts) nlp.readDoc(t).tokens().out(nlp.its.pos);
const winkMs = +((performance.now() - w0) / texts.length).toFixed(2);
const peak = Math.round(process.resourceUsage().maxRSS / 1024);
rmSync(dir, { recursive: true, force: true });
const result = {
  date: new Date().toISOString().slice(0, 10),
  node: process.version,
  kb_load_ms: Math.round(loadMs),
  words_per_article: Math.round(words / N),
  text: txt,
  html,
  peak_rss_mb: peak,
  wink_pos_ms_per_article: winkMs,
};
mkdirSync('bench/out', { recursive: true });
writeFileSync('bench/out/extract-bench.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `knowledge base loaded in ${result.kb_load_ms} ms; ${N} articles of ~${result.words_per_article} words each`,
);
for (const r of [txt, html])
  console.log(
    `${r.format.padEnd(5)} ${String(r.articles_per_s).padStart(5)} articles/s (${r.articles_per_cpu_s} per CPU-second)  ${String(r.words_per_s).padStart(8)} words/s  p50 ${r.ms_p50} ms  p95 ${r.ms_p95} ms  (${r.events} events)`,
  );
console.log(`peak RSS ${peak} MB`);
console.log(
  `machine: wink-nlp's POS pass alone takes ${winkMs} ms an article here (perf-anchors: 1.8–2.1 ms); whole extraction = ${(1000 / txt.articles_per_s / winkMs).toFixed(1)}× that`,
);
