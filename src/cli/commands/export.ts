// `entente export --format tsv|jsonl|graphml|gexf [--out FILE] [--since D] [--until D]`
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { DEFAULT_DB, openStore } from '../../app/open-store.js';
import { EXPORT_FORMATS, type ExportFormat, exportLines } from '../../app/store-api.js';
import { EntenteError } from '../../core/index.js';

async function writeAll(lines: Iterable<string>, out: Writable): Promise<void> {
  for (const line of lines) {
    if (!out.write(line)) await new Promise((r) => out.once('drain', r));
  }
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'events as GDELT-style TSV, documents as contract JSON Lines, the actor network as GraphML or GEXF',
    )
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
    .option('--out <file>', 'write here instead of to stdout')
    .option('--since <date>', 'networks: only events from this date')
    .option('--until <date>', 'networks: only events up to this date')
    .option('--db <file>', 'the store', DEFAULT_DB)
    .action(async (o: { format: string; out?: string; since?: string; until?: string; db: string }) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(o.format)) {
        throw new EntenteError(
          'BAD_INPUT',
          `unknown export format "${o.format}" (use ${EXPORT_FORMATS.join(', ')})`,
        );
      }
      const range = { ...(o.since ? { since: o.since } : {}), ...(o.until ? { until: o.until } : {}) };
      const store = openStore(o.db, { mustExist: true });
      try {
        const file = o.out ? createWriteStream(o.out) : null;
        await writeAll(exportLines(store, o.format as ExportFormat, range), file ?? process.stdout);
        if (file)
          await new Promise<void>((resolve, reject) =>
            file.end((e?: Error | null) => (e ? reject(e) : resolve())),
          );
      } finally {
        store.close();
      }
    });
}
