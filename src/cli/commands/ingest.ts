// `entente ingest PATH... [--db FILE] [--kb DIR...]`
import type { Command } from 'commander';
import { ingestPaths } from '../../app/ingest-paths.js';
import { DEFAULT_DB } from '../../app/open-store.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'read articles, extract them and store them; documents already stored are skipped, so a batch can be resumed',
    )
    .argument('<paths...>', 'text, HTML, RSS/Atom or JSON Lines files, or directories (read recursively)')
    .option('--db <file>', 'the store (created if missing)', DEFAULT_DB)
    .option('--kb <dir...>', 'extra knowledge-base directories with files in the data/kb format')
    .option('--no-progress', 'no progress bar (it is only drawn when stderr is a terminal)')
    .option('--json', 'print the summary as JSON')
    .action((paths: string[], opts: { db: string; kb?: string[]; progress: boolean; json?: boolean }) => {
      const s = ingestPaths(paths, { db: opts.db, kbDirs: opts.kb ?? [], progress: opts.progress });
      if (opts.json) process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
      else {
        const parts = [`${s.added} added`, `${s.unchanged} already stored`];
        if (s.nearDuplicates)
          parts.push(`${s.nearDuplicates} near-duplicate${s.nearDuplicates === 1 ? '' : 's'}`);
        parts.push(`${s.events} events`);
        if (s.problems) parts.push(`${s.problems} problem${s.problems === 1 ? '' : 's'}`);
        process.stdout.write(`${opts.db}: ${parts.join(', ')}\n`);
      }
      if (s.added + s.unchanged + s.nearDuplicates === 0) process.exitCode = 1;
    });
}
