// The built web explorer (dist/web, made by `npm run build:web`), read into memory once and
// served by the API server: hashed assets cached for good, index.html for every page path.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export interface StaticFile {
  body: Uint8Array;
  type: string;
  immutable: boolean;
}

/** dist/web beside dist/api (this file is dist/api/static.js once built). */
export function defaultWebDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'web');
}

export function loadWebFiles(dir: string): Map<string, StaticFile> | null {
  if (!existsSync(join(dir, 'index.html'))) return null;
  const files = new Map<string, StaticFile>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const rel = `/${relative(dir, p).split(sep).join('/')}`;
        files.set(rel, {
          body: readFileSync(p),
          type: TYPES[extname(p)] ?? 'application/octet-stream',
          immutable: rel.startsWith('/assets/'),
        });
      }
    }
  };
  walk(dir);
  return files;
}

export const NOT_BUILT_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Entente</title>
<body style="font:16px system-ui;max-width:40em;margin:3em auto"><h1>Entente</h1>
<p>The web explorer has not been built. Run <code>npm run build</code> (or <code>npm run build:web</code>) and restart
<code>entente serve</code>. The JSON API is up: see <a href="/api/openapi.json">/api/openapi.json</a>.</p></body></html>`;
