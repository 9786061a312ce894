#!/usr/bin/env node
// HTTP API latency on the bundled corpus (a measurement, not a test). Starts `entente serve` on a
// fresh database in its own process (server pinned to core 0 when taskset exists), then from this
// process over loopback:
//   1. every endpoint alone, one request at a time: p50 / p95 / p99 / max in ms;
//   2. 100 concurrent clients, each sending a fixed number of requests over the endpoints in turn:
//      errors (must be 0), p95, requests/s.
// The sequential pass runs twice: with the server's answer cache off (every request reaches the
// store) and on (the default). Writes bench/out/api-bench.json. Run after `npm run build`: node bench/api-bench.mjs [N] [PER_CLIENT]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const N = Number(process.argv[2] ?? 300);
const PER_CLIENT = Number(process.argv[3] ?? 30);
const CLIENTS = 100;

const pin = spawnSync('which', ['taskset']).status === 0 && cpus().length > 1;

/** `entente serve` on a fresh database, in its own process; `env` may turn the answer cache off. */
async function startServe(env = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'entente-api-bench-'));
  const cmd = [process.execPath, 'bin/entente.js', 'serve', '--db', join(dir, 'bench.db'), '--port', '0'];
  const child = spawn(pin ? 'taskset' : cmd[0], pin ? ['-c', '0', ...cmd] : cmd.slice(1), {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const base = await new Promise((resolve, reject) => {
    let out = '';
    const t = setTimeout(() => reject(new Error(`no URL after 60 s:\n${stderr}`)), 60_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /Entente explorer: (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(t);
        resolve(m[1]);
      }
    });
    child.once('exit', (c) => reject(new Error(`serve exited with ${c}:\n${stderr}`)));
  });
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  };
  return { base, stop };
}

const article =
  'BRUSSELS, March 4, 2024 — NATO Secretary General Jens Stoltenberg met Finnish President Alexander Stubb in Brussels on Monday. ' +
  '"Finland makes NATO stronger," Stoltenberg said. Japan and South Korea agreed to hold joint exercises.';

const ENDPOINTS = [
  ['stats', '/api/stats'],
  ['documents', '/api/documents?limit=50'],
  ['document', '/api/documents/000_145fcff3404c6666'],
  ['entities?q', '/api/entities?q=kish'],
  ['entity', '/api/entities/person:fumio-kishida'],
  ['entity (org)', '/api/entities/org:NATO'],
  ['events', '/api/events?limit=100'],
  ['events?actor&with', '/api/events?actor=person:fumio-kishida&with=person:yoon-suk-yeol'],
  ['events?place&code', '/api/events?place=place:vilnius&code=04'],
  ['stories', '/api/stories?limit=100'],
  ['stories?minReports', '/api/stories?minReports=2'],
  ['timeline', '/api/timeline?actor=country:JPN&with=org:NATO'],
  ['conflicts', '/api/conflicts'],
  ['search', '/api/search?q=Vilnius%20summit'],
  ['search (prefix)', '/api/search?q=stolt'],
  ['network', '/api/network'],
  ['network?roots', '/api/network?roots=04,05&since=2023-01-01&until=2023-12-31'],
  ['members', '/api/organisations/org:NATO/members?on=2023-03-01'],
  ['cameo', '/api/cameo'],
  ['openapi', '/api/openapi.json'],
  ['POST extract', '/api/extract', { text: article }],
];

async function request(base, [, path, body]) {
  const init = body
    ? { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }
    : undefined;
  const t0 = performance.now();
  const res = await fetch(new URL(path, base), init);
  const buf = await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status, bytes: buf.byteLength };
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const r2 = (x) => Math.round(x * 100) / 100;

const results = {
  when: new Date().toISOString(),
  node: process.version,
  cores: cpus().length,
  load: (await import('node:os')).loadavg(),
  serverPinned: pin,
  requestsPerEndpoint: N,
  uncached: {},
  endpoints: {},
  concurrency: {},
};

async function sequential(base, title) {
  console.log(`\n${title}: ${N} sequential requests per endpoint`);
  const out = {};
  for (const ep of ENDPOINTS) {
    for (let i = 0; i < 20; i++) await request(base, ep);
    const ms = [];
    let bytes = 0;
    let errors = 0;
    for (let i = 0; i < N; i++) {
      const r = await request(base, ep);
      ms.push(r.ms);
      bytes = r.bytes;
      if (r.status >= 400) errors++;
    }
    const row = {
      p50: r2(pct(ms, 50)),
      p95: r2(pct(ms, 95)),
      p99: r2(pct(ms, 99)),
      max: r2(Math.max(...ms)),
      bytes,
      errors,
    };
    out[ep[0]] = row;
    console.log(
      `${ep[0].padEnd(20)} p50 ${String(row.p50).padStart(6)}  p95 ${String(row.p95).padStart(6)}  p99 ${String(row.p99).padStart(6)}  max ${String(row.max).padStart(7)} ms  ${bytes} B${errors ? `  ${errors} ERRORS` : ''}`,
    );
  }
  return out;
}

const worstOf = (rows) => {
  const [endpoint, row] = Object.entries(rows).sort((a, b) => b[1].p95 - a[1].p95)[0];
  return { endpoint, ms: row.p95 };
};

const plain = await startServe({ ENTENTE_API_CACHE: '0' });
try {
  results.uncached = await sequential(plain.base, 'answer cache off (every request reaches the store)');
} finally {
  await plain.stop();
}

const { base, stop } = await startServe();
try {
  results.endpoints = await sequential(base, 'answer cache on (the default)');

  console.log(`\n${CLIENTS} concurrent clients × ${PER_CLIENT} requests each`);
  const all = [];
  const failures = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = 0; i < PER_CLIENT; i++) {
        const ep = ENDPOINTS[(c + i) % ENDPOINTS.length];
        try {
          const r = await request(base, ep);
          all.push(r.ms);
          if (r.status >= 400) failures.push(`${ep[1]}: ${r.status}`);
        } catch (e) {
          failures.push(`${ep[1]}: ${e.cause?.code ?? e.message}`);
        }
      }
    }),
  );
  const wall = (performance.now() - t0) / 1000;
  results.concurrency = {
    clients: CLIENTS,
    requests: CLIENTS * PER_CLIENT,
    answered: all.length,
    errors: failures.length,
    firstErrors: failures.slice(0, 5),
    p50: r2(pct(all, 50)),
    p95: r2(pct(all, 95)),
    p99: r2(pct(all, 99)),
    max: r2(Math.max(...all)),
    requestsPerSecond: Math.round((CLIENTS * PER_CLIENT) / wall),
  };
  const c = results.concurrency;
  console.log(
    `${c.requests} requests, ${c.errors} errors, p50 ${c.p50} ms, p95 ${c.p95} ms, p99 ${c.p99} ms, ${c.requestsPerSecond} req/s`,
  );
  results.worstP95 = { uncached: worstOf(results.uncached), cached: worstOf(results.endpoints) };
  const w = results.worstP95;
  console.log(
    `\nslowest endpoint alone: ${w.uncached.endpoint} at p95 ${w.uncached.ms} ms uncached, ${w.cached.endpoint} at ${w.cached.ms} ms cached (goal < 50 ms); errors under load: ${c.errors} (goal 0)`,
  );
  mkdirSync('bench/out', { recursive: true });
  writeFileSync('bench/out/api-bench.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('wrote bench/out/api-bench.json');
  if (c.errors) process.exitCode = 1;
} finally {
  await stop();
}
