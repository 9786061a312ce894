// For the API and browser tests: a real server on a free loopback port over a fresh SQLite file
// in a temporary folder, filled from the bundled corpus through the app layer.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, type ServeOptions, startServer } from './server.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(REPO, 'bin', 'entente.js');

export interface TestServer extends RunningServer {
  dir: string;
  db: string;
  stop(): Promise<void>;
}

export async function testServer(opts: Partial<ServeOptions> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'entente-api-'));
  const db = join(dir, 'test.db');
  const quiet: string[] = [];
  const s = await startServer({ db, port: 0, host: '127.0.0.1', log: (l) => quiet.push(l), ...opts });
  return {
    ...s,
    dir,
    db,
    stop: async () => {
      await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface SpawnedServer {
  url: string;
  dir: string;
  stderr: () => string;
  stop(): Promise<number | null>;
}

/** `entente serve` as a user starts it, as a child process; resolves once it prints its URL. */
export function spawnServe(
  args: string[] = [],
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<SpawnedServer> {
  const dir = mkdtempSync(join(tmpdir(), 'entente-serve-'));
  const db = args.includes('--db') ? [] : ['--db', join(dir, 'serve.db')];
  const port = args.includes('--port') ? [] : ['--port', '0'];
  const child = spawn(process.execPath, [BIN, 'serve', ...db, ...port, ...args], {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    const code = await exited;
    rmSync(dir, { recursive: true, force: true });
    return code;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`entente serve printed no URL within ${timeoutMs} ms; stderr:\n${err}`));
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Entente explorer: (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ url: m[1], dir, stderr: () => err, stop });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`entente serve exited with ${code} before printing its URL; stderr:\n${err}`));
    });
  });
}

// biome-ignore lint/suspicious/noExplicitAny: tests read the JSON answers freely
type Json = any;

export async function getJson(
  base: string,
  path: string,
  init?: RequestInit,
): Promise<{ status: number; body: Json; headers: Headers }> {
  const res = await fetch(new URL(path, base), init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON: keep the text */
  }
  return { status: res.status, body, headers: res.headers };
}

export function postJson(base: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return getJson(base, path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
