// Use case: read paths, extract each document and store it. Resumable: a document whose content
// is already stored is skipped before extraction, so a second run after a crash only does what
// is left. Unreadable inputs are reported one line each and the batch goes on.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { EntenteError, isEntenteError } from '../core/index.js';
import { loadKb } from '../data/kb.js';
import { extractDocument } from '../extract/index.js';
import { readPaths } from '../ingest/index.js';
import { DEFAULT_DB, openStore } from './open-store.js';

/** How long one batch of documents stays open before it is committed. */
export const BATCH_MS = 250;

export interface IngestPathsOptions {
  db?: string;
  kbDirs?: string[];
  /** Show a progress bar on stderr (only drawn when stderr is a terminal). */
  progress?: boolean;
  /** One line per problem; default: written to stderr. */
  onIssue?: (line: string) => void;
}

export interface IngestSummary {
  added: number;
  unchanged: number;
  nearDuplicates: number;
  problems: number;
  events: number;
}

/** Files under the paths, roughly as the readers will see them: the progress bar's total. */
function countFiles(paths: string[]): number {
  let n = 0;
  const walk = (p: string, depth: number) => {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch {
      n++;
      return;
    }
    if (!st.isDirectory()) {
      if (!p.endsWith('.meta.json')) n++;
      return;
    }
    if (depth > 32) return;
    let names: string[] = [];
    try {
      names = readdirSync(p);
    } catch {
      return;
    }
    for (const name of names) if (!name.startsWith('.')) walk(join(p, name), depth + 1);
  };
  for (const p of paths) walk(p, 0);
  return n;
}

export function ingestPaths(paths: string[], opts: IngestPathsOptions = {}): IngestSummary {
  const report = opts.onIssue ?? ((line: string) => process.stderr.write(`entente: ${line}\n`));
  const kb = loadKb(opts.kbDirs ?? []);
  const store = openStore(opts.db ?? DEFAULT_DB, { kb });
  const summary: IngestSummary = { added: 0, unchanged: 0, nearDuplicates: 0, problems: 0, events: 0 };
  const bar =
    opts.progress && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: 'ingest [{bar}] {value}/{total} files | {docs} documents | {events} events',
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(countFiles(paths), 0, { docs: 0, events: 0 });
  let lastFile = '';
  const problem = (line: string) => {
    summary.problems++;
    if (bar) bar.stop();
    report(line);
    if (bar)
      bar.start(bar.getTotal(), bar.getProgress() * bar.getTotal(), {
        docs: summary.added,
        events: summary.events,
      });
  };
  // Documents are committed in batches of a quarter second (each still all or nothing): the
  // pages every document touches (rollups, story keys, the newest events) are written once per
  // batch rather than once per document. A crash loses at most the open batch; a second run
  // stores it.
  let batchStart = performance.now();
  store.beginBatch();
  try {
    for (const doc of readPaths(paths, { onIssue: (e) => problem(e.toLine()) })) {
      if (performance.now() - batchStart > BATCH_MS) {
        store.commitBatch();
        store.beginBatch();
        batchStart = performance.now();
      }
      const file = doc.origin.split('#')[0] ?? doc.origin;
      if (file !== lastFile) {
        lastFile = file;
        bar?.increment(1, { docs: summary.added, events: summary.events });
      }
      try {
        if (store.hasContent(doc.body)) {
          summary.unchanged++;
          continue;
        }
        const r = store.ingestDocument(doc, extractDocument(doc, kb));
        if (r.status === 'added') summary.added++;
        else if (r.status === 'near-duplicate') summary.nearDuplicates++;
        else summary.unchanged++;
        summary.events += r.events;
      } catch (e) {
        const err = isEntenteError(e) ? e : new EntenteError('BAD_INPUT', (e as Error).message, doc.origin);
        problem(err.file ? err.toLine() : `${doc.origin}: ${err.message}`);
      }
    }
    store.commitBatch();
  } finally {
    bar?.update(bar.getTotal(), { docs: summary.added, events: summary.events });
    bar?.stop();
    store.close();
  }
  return summary;
}
