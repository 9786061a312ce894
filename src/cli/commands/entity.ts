// `entente entity ID`, `entente quotes [--speaker ID]`, `entente members ORG --on DATE`
import type { Command } from 'commander';
import type { Interval, StoredQuote } from '../../app/store-api.js';
import { EntenteError } from '../../core/index.js';
import {
  type Column,
  collect,
  type OutputOptions,
  paged,
  pageOf,
  print,
  storeCommand,
  withStore,
} from './output.js';

const QUOTE_COLUMNS: Column<StoredQuote>[] = [
  { head: 'speaker', get: (q) => q.speaker, width: 26 },
  { head: 'doc', get: (q) => q.doc, width: 14 },
  { head: 'quote', get: (q) => q.text, width: 70 },
];

const span = (i: Interval) => `${i.start ?? '…'} – ${i.end ?? '…'}`;

export function registerEntity(program: Command): void {
  storeCommand(
    program,
    'entity',
    'an actor: names, offices, memberships, events by CAMEO root, partners, quotes, sources',
  )
    .argument('<id>', 'actor id, e.g. country:JPN or person:fumio-kishida')
    .action((id: string, o: OutputOptions) => {
      withStore(o, (store) => {
        const p = store.entity(id);
        if (!p) throw new EntenteError('NOT_FOUND', `no actor ${id} in the store`);
        if (o.json) return print([], [], o, p);
        if (o.csv)
          return print(
            p.events.byRoot,
            [
              { head: 'root', get: (r) => r.root },
              { head: 'events', get: (r) => r.events },
              { head: 'goldstein', get: (r) => r.goldstein },
            ],
            o,
          );
        const out = process.stdout;
        out.write(`${p.id}  ${p.name}  (${p.type})\n`);
        if (p.names.length) out.write(`names: ${p.names.join('; ')}\n`);
        if (p.affiliations.length) out.write(`acts for: ${p.affiliations.join(', ')}\n`);
        for (const r of p.offices)
          out.write(`office: ${r.role ?? ''} of ${r.object}  ${span(r)}  (${r.from})\n`);
        for (const r of p.memberships)
          out.write(`${r.negated ? 'not ' : ''}${r.type}: ${r.object}  ${span(r)}  (${r.from})\n`);
        if (p.members.length) out.write(`members and partners: ${p.members.length}\n`);
        out.write(
          `events: ${p.events.total}  ${p.events.byRoot.map((r) => `${r.root}:${r.events}`).join(' ')}\n`,
        );
        if (p.partners.length)
          out.write(`most events with: ${p.partners.map((x) => `${x.id} (${x.events})`).join(', ')}\n`);
        if (p.sources.length)
          out.write(`sources: ${p.sources.map((s) => `${s.outlet} (${s.events})`).join(', ')}\n`);
        print(p.quotes, QUOTE_COLUMNS, o);
      });
    });
  paged(storeCommand(program, 'quotes', 'quotations, newest first'))
    .option('--speaker <id>', 'only this speaker’s')
    .action((o: OutputOptions & { speaker?: string }) => {
      const p = pageOf(o);
      withStore(o, (store) =>
        print(
          collect(
            (limit, offset) => store.quotes({ ...(o.speaker ? { speaker: o.speaker } : {}), limit, offset }),
            p,
          ),
          QUOTE_COLUMNS,
          o,
        ),
      );
    });
  storeCommand(program, 'members', 'members of an organisation on a date')
    .argument('<org>', 'organisation id, e.g. org:NATO')
    .requiredOption('--on <date>', 'the date (YYYY-MM-DD)')
    .action((org: string, o: OutputOptions & { on: string }) => {
      withStore(o, (store) => {
        const rows = store.membersOn(org, o.on);
        if (!o.json && !o.csv) process.stdout.write(`${org} on ${o.on}: ${rows.length} members\n`);
        print(
          rows,
          [
            { head: 'member', get: (m) => m.id },
            { head: 'name', get: (m) => m.name },
            { head: 'since', get: (m) => m.start },
            { head: 'until', get: (m) => m.end },
            { head: 'from', get: (m) => m.from },
          ],
          o,
        );
      });
    });
}
