// `entente stories [filters] [--min-reports N]` and `entente conflicts`
import type { Command } from 'commander';
import type { Conflict, Story } from '../../app/store-api.js';
import { eventFilter, filterOptions } from './events.js';
import {
  type Column,
  collect,
  intOption,
  type OutputOptions,
  paged,
  pageOf,
  print,
  storeCommand,
  withStore,
} from './output.js';

const STORY_COLUMNS: Column<Story>[] = [
  { head: 'story', get: (s) => s.id, width: 8 },
  { head: 'date', get: (s) => s.date, width: 11 },
  { head: 'code', get: (s) => `${s.code}${s.negated ? ' ¬' : ''}`, width: 7 },
  { head: 'source', get: (s) => s.source.join(' '), width: 22 },
  { head: 'target', get: (s) => s.target.join(' '), width: 22 },
  { head: 'place', get: (s) => s.location, width: 14 },
  { head: 'reports', get: (s) => s.reports.length, width: 9 },
  { head: 'sources', get: (s) => s.sources, width: 9 },
  { head: 'rule', get: (s) => s.rule, width: 24 },
  { head: 'first report', get: (s) => s.reports[0]?.text, width: 36 },
];

const CONFLICT_COLUMNS: Column<Conflict>[] = [
  { head: 'kind', get: (c) => c.kind, width: 16 },
  { head: 'a', get: (c) => `${c.a.doc}: ${c.a.text}`, width: 36 },
  { head: 'b', get: (c) => `${c.b.doc}: ${c.b.text}`, width: 36 },
  { head: 'note', get: (c) => c.note, width: 30 },
];

export function registerStories(program: Command): void {
  filterOptions(
    paged(
      storeCommand(
        program,
        'stories',
        'events merged across documents, with their reports and number of sources',
      ),
    ),
  )
    .option('--min-reports <n>', 'only stories reported at least this many times')
    .action((o: OutputOptions & { minReports?: string }) => {
      const p = pageOf(o);
      const minReports = intOption(o.minReports, 'min-reports');
      withStore(o, (store) => {
        const rows = collect(
          (limit, offset) =>
            store.stories({ ...eventFilter(o), ...(minReports ? { minReports } : {}), limit, offset }),
          p,
        );
        print(rows, STORY_COLUMNS, o);
      });
    });
  paged(storeCommand(program, 'conflicts', 'contradictions between documents, with both passages')).action(
    (o: OutputOptions) => {
      const p = pageOf(o);
      withStore(o, (store) =>
        print(
          collect((limit, offset) => store.conflicts({ limit, offset }), p),
          CONFLICT_COLUMNS,
          o,
        ),
      );
    },
  );
}
