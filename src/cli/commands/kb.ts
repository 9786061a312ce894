// `entente kb lookup NAME [--date D] [--kb DIR]`
import type { Command } from 'commander';
import { lookupName } from '../../app/kb-lookup.js';
import { slug } from '../../core/index.js';

export function registerKb(program: Command): void {
  const kb = program.command('kb').description('look things up in the reference knowledge base');
  kb.command('lookup')
    .description('what a name links to, and why')
    .argument(
      '<name...>',
      'a name, alias, demonym, capital, surname or title ("ROK", "Tokyo", "Stoltenberg", "prime minister")',
    )
    .option('--date <date>', 'the date for offices and titles (YYYY-MM-DD)')
    .option('--kb <dir...>', 'extra knowledge-base directories')
    .option('--json', 'print JSON')
    .action((parts: string[], opts: { date?: string; kb?: string[]; json?: boolean }) => {
      const name = parts.join(' ');
      const hits = lookupName(name, { kbDirs: opts.kb ?? [], date: opts.date ?? null });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
        return;
      }
      if (hits.length === 0) {
        console.log(
          `"${name}" is not in the knowledge base; in a text it would become a new entity with the id prefix:${slug(name)}, typed by its head word.`,
        );
        process.exitCode = 1;
        return;
      }
      for (const h of hits) {
        console.log(`${h.id}  ${h.name}${h.affiliation ? `  (${h.affiliation})` : ''}\n  why: ${h.why}`);
        for (const o of h.offices)
          console.log(`  office: ${o.role} of ${o.of}, ${o.start ?? '?'} – ${o.end ?? 'now'}`);
      }
    });
}
