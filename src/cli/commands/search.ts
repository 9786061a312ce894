// `entente search "words"` and `entente stats`
import type { Command } from 'commander';
import type { SearchHit } from '../../app/store-api.js';
import { type OutputOptions, paged, pageOf, print, storeCommand, withStore } from './output.js';

export function registerSearch(program: Command): void {
  paged(
    storeCommand(
      program,
      'search',
      'full-text search over articles and quotes (every word must occur; "a phrase"; prefix*)',
    ),
    20,
  )
    .argument('<words>', 'what to look for')
    .action((words: string, o: OutputOptions) => {
      const p = pageOf(o, 20);
      withStore(o, (store) => {
        const hits = store.search(words, { limit: p.limit, offset: p.offset });
        print<SearchHit>(
          hits,
          [
            { head: 'kind', get: (h) => h.kind, width: 10 },
            { head: 'doc', get: (h) => h.doc, width: 16 },
            { head: 'speaker', get: (h) => h.speaker ?? h.title, width: 24 },
            { head: 'snippet', get: (h) => h.snippet, width: 70 },
          ],
          o,
        );
      });
    });
  storeCommand(program, 'stats', 'what the store holds').action((o: OutputOptions) => {
    withStore(o, (store) => {
      const s = store.stats();
      const rows = Object.entries(s).map(([k, v]) => ({ k, v }));
      print(
        rows,
        [
          { head: 'what', get: (r) => r.k },
          { head: 'count', get: (r) => r.v as string | number | null },
        ],
        o,
        s,
      );
    });
  });
}
