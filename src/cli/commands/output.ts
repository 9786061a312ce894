// How the store's commands print: a readable table by default, --json or --csv on request,
// and the options every one of them takes.
import Table from 'cli-table3';
import type { Command } from 'commander';
import { DEFAULT_DB, openStore } from '../../app/open-store.js';
import type { SqliteStore } from '../../app/store-api.js';

// `entente events | head` closes the pipe early: that is the reader being done, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

export interface OutputOptions {
  db?: string;
  json?: boolean;
  csv?: boolean;
  limit?: string;
  offset?: string;
}

export interface Column<T> {
  head: string;
  get: (row: T) => string | number | boolean | null | undefined;
  width?: number;
}

export function storeCommand(program: Command, name: string, description: string): Command {
  return program
    .command(name)
    .description(description)
    .option('--db <file>', 'the store', DEFAULT_DB)
    .option('--json', 'print JSON')
    .option('--csv', 'print CSV');
}

export function paged(cmd: Command, limit = 50): Command {
  return cmd
    .option('--limit <n>', `at most this many (tables default to ${limit}; --json and --csv print all)`)
    .option('--offset <n>', 'skip this many');
}

export function withStore<T>(opts: OutputOptions, fn: (store: SqliteStore) => T): T {
  const store = openStore(opts.db ?? DEFAULT_DB, { mustExist: true });
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

export function intOption(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number, not "${v}"`);
  return n;
}

/** The page a command asked for; machine formats default to everything (fetched page by page). */
export function pageOf(
  opts: OutputOptions,
  tableLimit = 50,
): { limit: number; offset: number; all: boolean } {
  const limit = intOption(opts.limit, 'limit');
  const offset = intOption(opts.offset, 'offset') ?? 0;
  const machine = Boolean(opts.json || opts.csv);
  return { limit: limit ?? (machine ? 10_000 : tableLimit), offset, all: limit === undefined && machine };
}

/** Every page of a paged query (for --json and --csv without --limit). */
export function collect<T>(
  fetch: (limit: number, offset: number) => T[],
  p: { limit: number; offset: number; all: boolean },
): T[] {
  if (!p.all) return fetch(p.limit, p.offset);
  const out: T[] = [];
  for (let offset = p.offset; ; offset += p.limit) {
    const rows = fetch(p.limit, offset);
    out.push(...rows);
    if (rows.length < p.limit) return out;
  }
}

export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function print<T>(rows: T[], columns: Column<T>[], opts: OutputOptions, json: unknown = rows): void {
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  if (opts.csv) {
    const lines = [columns.map((c) => csvField(c.head)).join(',')];
    for (const r of rows) lines.push(columns.map((c) => csvField(c.get(r))).join(','));
    process.stdout.write(`${lines.join('\n')}\n`);
    return;
  }
  if (rows.length === 0) {
    process.stdout.write('(none)\n');
    return;
  }
  const widths = columns.map((c) => c.width ?? null);
  const table = new Table({ head: columns.map((c) => c.head), wordWrap: true, colWidths: widths });
  for (const r of rows) {
    table.push(
      columns.map((c) => {
        const v = c.get(r);
        const s = v === null || v === undefined || v === '' ? '–' : String(v);
        return c.width ? clip(s, c.width * 3) : s;
      }),
    );
  }
  process.stdout.write(`${table.toString()}\n`);
}
