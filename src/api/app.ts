// The Hono app: the route table under /api, validated with zod; the built explorer for every
// other path. Requests are checked in the order that changes nothing on failure: method and
// path, write permission, content type, body size, JSON, schema — only then does a handler run.
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Explorer } from '../app/web-explorer.js';
import { checkWrite, type WritePolicy } from './auth.js';
import { ApiError, errorResponse, invalid } from './errors.js';
import { openApiDocument } from './openapi.js';
import { ROUTES, type Route } from './routes.js';
import { NOT_BUILT_PAGE, type StaticFile } from './static.js';

const emptyQuery = z.strictObject({});

export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface ApiOptions {
  explorer: Explorer;
  policy: WritePolicy;
  /** The built explorer (path → file), or null when it was not built. */
  web: Map<string, StaticFile> | null;
  maxBodyBytes?: number;
  /** How many GET answers to keep per store version (0: none; default 500). */
  cacheSize?: number;
  version?: string;
  log?: (line: string) => void;
}

const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};
const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; worker-src 'self' blob:; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

function parse<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw invalid(where, r.error);
  return r.data;
}

function queryObject(url: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URL(url).searchParams) {
    if (k in out) throw new ApiError(400, 'invalid query', [{ path: k, message: 'given more than once' }]);
    out[k] = v;
  }
  return out;
}

async function readJson(c: Context, maxBytes: number): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(415, 'the body must be JSON', 'send Content-Type: application/json');
  }
  const tooLarge = () => new ApiError(413, 'the body is too large', { maxBytes });
  const declared = c.req.header('content-length');
  if (declared !== undefined && Number(declared) > maxBytes) throw tooLarge();
  const stream = c.req.raw.body;
  if (!stream) throw new ApiError(400, 'invalid body', 'the body is empty');
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) throw new ApiError(400, 'invalid body', 'the body is empty');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ApiError(400, 'the body is not valid JSON', (e as Error).message);
  }
}

/** The last answers by URL, each valid at one store version; least recently used go first. */
class AnswerCache {
  private readonly map = new Map<string, { version: string; body: string }>();
  constructor(readonly max: number) {}
  get(key: string, version: string): string | null {
    const e = this.map.get(key);
    if (!e || e.version !== version) return null;
    this.map.delete(key);
    this.map.set(key, e);
    return e.body;
  }
  set(key: string, version: string, body: string): void {
    if (body.length > 4_000_000) return;
    this.map.delete(key);
    this.map.set(key, { version, body });
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }
}

/** Hono's path syntax for an OpenAPI path: {id} → :id. */
const honoPath = (p: string) => p.replace(/\{(\w+)\}/g, ':$1');
const pathPattern = (p: string) => new RegExp(`^${p.replace(/\{\w+\}/g, '[^/]+')}$`);

export function createApi(opts: ApiOptions): Hono {
  const { explorer, policy } = opts;
  const maxBodyBytes = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const log = opts.log ?? ((line: string) => console.error(line));
  const app = new Hono();
  const openapi = JSON.stringify(openApiDocument({ version: opts.version ?? '0.1.0', maxBodyBytes }));

  app.onError((e, c) => errorResponse(c, e, log));
  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });

  // GET answers are kept while the store's version stays the same (any write changes it).
  const cache = new AnswerCache(opts.cacheSize ?? 500);
  const handler = (r: Route) => async (c: Context) => {
    const cacheable = r.method === 'get';
    const version = cacheable ? explorer.version() : null;
    const key = new URL(c.req.url);
    const cacheKey = `${key.pathname}${key.search}`;
    if (version !== null && cache.max > 0) {
      const hit = cache.get(cacheKey, version);
      if (hit) return c.body(hit, 200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    }
    if (r.write) checkWrite(policy, c.req.raw.headers, c.req.url);
    const params = r.params ? parse(r.params, c.req.param(), 'path') : {};
    const query = parse(r.query ?? emptyQuery, queryObject(c.req.url), 'query');
    const body = r.body ? parse(r.body, await readJson(c, maxBodyBytes), 'body') : undefined;
    const result = r.run({ query, params, body } as never, explorer);
    const json = JSON.stringify(result);
    if (version !== null && cache.max > 0) cache.set(cacheKey, version, json);
    return c.body(json, r.status?.(result) ?? 200, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
    });
  };
  for (const r of ROUTES) app.on(r.method.toUpperCase(), honoPath(r.path), handler(r));

  app.get('/api/openapi.json', (c) => c.body(openapi, 200, { 'Content-Type': 'application/json' }));

  const known = [
    ...ROUTES.map((r) => ({ re: pathPattern(r.path), method: r.method.toUpperCase() })),
    { re: /^\/api\/openapi\.json$/, method: 'GET' },
  ];
  app.all('/api/*', (c) => {
    const path = new URL(c.req.url).pathname;
    const allowed = known.filter((k) => k.re.test(path)).map((k) => k.method);
    if (allowed.length) {
      c.header('Allow', [...new Set(allowed)].join(', '));
      throw new ApiError(405, `${c.req.method} is not allowed here`, { allowed });
    }
    throw new ApiError(404, 'no such endpoint', { path });
  });

  app.on(['GET', 'HEAD'], '*', (c) => {
    const path = new URL(c.req.url).pathname;
    if (!opts.web) return c.html(NOT_BUILT_PAGE, 503);
    const file = opts.web.get(path);
    if (file) {
      c.header('Content-Type', file.type);
      c.header('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      if (file.type.startsWith('text/html')) c.header('Content-Security-Policy', PAGE_CSP);
      return c.body(file.body as Uint8Array<ArrayBuffer>);
    }
    // A page of the single-page app (/entity/..., /doc/...): its index.html; a missing asset: 404.
    if (/\.[a-z0-9]+$/i.test(path)) return c.text('not found', 404);
    const index = opts.web.get('/index.html');
    if (!index) return c.html(NOT_BUILT_PAGE, 503);
    c.header('Content-Type', index.type);
    c.header('Cache-Control', 'no-cache');
    c.header('Content-Security-Policy', PAGE_CSP);
    return c.body(index.body as Uint8Array<ArrayBuffer>);
  });
  app.all('*', (c) => c.json({ error: `${c.req.method} is not allowed here`, detail: null }, 405));
  return app;
}
