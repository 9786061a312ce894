// Starting the explorer: open (or create and fill) the store, build the app, listen.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type Explorer, openExplorer } from '../app/web-explorer.js';
import { createApi } from './app.js';
import { isLoopbackHost } from './auth.js';
import { defaultWebDir, loadWebFiles } from './static.js';

export interface ServeOptions {
  db: string;
  port: number;
  host: string;
  /** Bearer token for writes; needed for writes whenever `host` is not loopback. */
  token?: string | null;
  /** What an empty store is filled from (default: the bundled corpus); false: leave it empty. */
  seed?: string[] | false;
  kbDirs?: string[];
  webDir?: string;
  maxBodyBytes?: number;
  /** GET answers kept per store version; default from ENTENTE_API_CACHE, else 500. */
  cacheSize?: number;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  explorer: Explorer;
  /** Documents ingested from the seed paths at start (0 when the store had some). */
  seeded: number;
  webBuilt: boolean;
  /** Whether it listens on loopback only (writes then need no token unless one is set). */
  loopback: boolean;
  tokenSet: boolean;
  close(): Promise<void>;
}

export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const log = o.log ?? ((line: string) => console.error(line));
  const { explorer, seeded } = openExplorer({
    db: o.db,
    ...(o.kbDirs ? { kbDirs: o.kbDirs } : {}),
    ...(o.seed !== undefined ? { seed: o.seed } : {}),
    onProgress: log,
  });
  const web = loadWebFiles(o.webDir ?? defaultWebDir());
  const loopback = isLoopbackHost(o.host);
  const app = createApi({
    explorer,
    policy: { token: o.token || null, loopback },
    web,
    log,
    ...(o.maxBodyBytes ? { maxBodyBytes: o.maxBodyBytes } : {}),
    cacheSize: o.cacheSize ?? envNumber('ENTENTE_API_CACHE') ?? 500,
  });
  let server: ReturnType<typeof serve>;
  const port = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: o.port, hostname: o.host }, (info: AddressInfo) =>
      resolve(info.port),
    );
    server.once('error', (e: NodeJS.ErrnoException) => {
      explorer.close();
      reject(
        new Error(
          e.code === 'EADDRINUSE'
            ? `port ${o.port} on ${o.host} is in use: pick another with --port`
            : `cannot listen on ${o.host}:${o.port}: ${e.message}`,
        ),
      );
    });
  });
  const shown = o.host === '0.0.0.0' || o.host === '::' ? '127.0.0.1' : o.host;
  const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`;
  let closed = false;
  return {
    url,
    port,
    explorer,
    seeded,
    webBuilt: web !== null,
    loopback,
    tokenSet: !!o.token,
    close: () =>
      new Promise<void>((resolve) => {
        if (closed) return resolve();
        closed = true;
        const s = server as unknown as { close(cb: () => void): void; closeAllConnections?: () => void };
        s.close(() => {
          explorer.close();
          resolve();
        });
        s.closeAllConnections?.();
      }),
  };
}

function envNumber(name: string): number | undefined {
  const v = process.env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}
