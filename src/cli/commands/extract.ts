// `entente extract FILE|DIR... [--json] [--out DIR] [--kb DIR]`
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { extractionJson, extractPaths } from '../../app/extract.js';
import type { Extraction } from '../../core/index.js';
import { documentTable } from '../format/extraction-table.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('read articles and print who did what to whom, who said what, and every name they mention')
    .argument('<paths...>', 'text, HTML, RSS/Atom or JSON Lines files, or directories (read recursively)')
    .option('--json', 'print the extraction contract as JSON (one object per document)')
    .option('--out <dir>', 'write one NAME.json per document into this directory')
    .option('--kb <dir...>', 'extra knowledge-base directories with files in the data/kb format')
    .action((paths: string[], opts: { json?: boolean; out?: string; kb?: string[] }) => {
      let read = 0;
      let failed = 0;
      if (opts.out) mkdirSync(opts.out, { recursive: true });
      const all: Extraction[] = [];
      for (const { extraction } of extractPaths(paths, {
        kbDirs: opts.kb ?? [],
        onIssue: (e) => {
          failed++;
          console.error(`entente: ${e.toLine()}`);
        },
      })) {
        read++;
        if (opts.out)
          writeFileSync(join(opts.out, `${extraction.document.id}.json`), extractionJson(extraction));
        if (opts.json && !opts.out) all.push(extraction);
        else if (!opts.json && !opts.out) process.stdout.write(`${documentTable(extraction)}\n`);
      }
      if (opts.json && !opts.out)
        process.stdout.write(`${JSON.stringify(all.length === 1 ? all[0] : all, null, 2)}\n`);
      if (opts.out)
        console.error(
          `entente: ${read} document${read === 1 ? '' : 's'} written to ${opts.out}${failed ? `, ${failed} problem${failed === 1 ? '' : 's'}` : ''}`,
        );
      if (read === 0) process.exitCode = 1;
    });
}
