// `entente events [filters]` and `entente timeline ID [ID]`
import type { Command } from 'commander';
import type { EventFilter, StoredEvent } from '../../app/store-api.js';
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

export const EVENT_COLUMNS: Column<StoredEvent>[] = [
  { head: 'date', get: (e) => e.date, width: 11 },
  { head: 'code', get: (e) => `${e.code}${e.negated ? ' ¬' : ''}`, width: 7 },
  { head: 'source', get: (e) => e.source.join(' '), width: 24 },
  { head: 'target', get: (e) => e.target.join(' '), width: 24 },
  { head: 'place', get: (e) => e.location, width: 16 },
  { head: 'sources', get: (e) => e.sources, width: 9 },
  { head: 'story', get: (e) => e.story, width: 8 },
  { head: 'doc', get: (e) => e.doc, width: 14 },
  { head: 'evidence', get: (e) => e.evidence.text, width: 40 },
];

interface EventOpts extends OutputOptions {
  actor?: string;
  with?: string;
  code?: string;
  since?: string;
  until?: string;
  place?: string;
}

export function eventFilter(o: EventOpts): EventFilter {
  const f: EventFilter = {};
  for (const k of ['actor', 'with', 'code', 'since', 'until', 'place'] as const) if (o[k]) f[k] = o[k];
  return f;
}

export function filterOptions(cmd: Command): Command {
  return cmd
    .option('--actor <id>', 'events this actor takes part in (e.g. country:JPN)')
    .option('--with <id>', '...together with this actor')
    .option('--code <prefix>', 'CAMEO code or root (04, 040, 0332)')
    .option('--since <date>', 'from this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--until <date>', 'up to this date')
    .option('--place <id>', 'events at this place (e.g. place:vilnius)');
}

export function registerEvents(program: Command): void {
  filterOptions(paged(storeCommand(program, 'events', 'list stored events, newest first'))).action(
    (o: EventOpts) => {
      const p = pageOf(o);
      withStore(o, (store) => {
        const rows = collect((limit, offset) => store.events({ ...eventFilter(o), limit, offset }), p);
        print(rows, EVENT_COLUMNS, o);
      });
    },
  );
  paged(storeCommand(program, 'timeline', 'an actor’s events by month (or two actors’ events together)'))
    .argument('<id>', 'actor id')
    .argument('[other]', 'a second actor: only events between the two')
    .action((a: string, b: string | undefined, o: OutputOptions) => {
      const p = pageOf(o);
      withStore(o, (store) => {
        const t = store.timeline(a, b, { limit: p.limit, offset: p.offset });
        if (o.json) return print([], [], o, t);
        if (o.csv)
          return print(
            t.months,
            [
              { head: 'month', get: (m) => m.month },
              { head: 'events', get: (m) => m.events },
              { head: 'goldstein', get: (m) => m.goldstein },
            ],
            o,
          );
        const max = Math.max(1, ...t.months.map((m) => m.events));
        process.stdout.write(
          `${t.actors.join(' ↔ ')}: ${t.months.reduce((s, m) => s + m.events, 0)} events in ${t.months.length} months\n`,
        );
        for (const m of t.months) {
          const bar = '█'.repeat(Math.max(1, Math.round((m.events / max) * 40)));
          process.stdout.write(`${m.month}  ${bar} ${m.events} (Goldstein ${m.goldstein.toFixed(1)})\n`);
        }
        print(t.events, EVENT_COLUMNS, o);
      });
    });
}
