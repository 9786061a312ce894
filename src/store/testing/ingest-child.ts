// A child process for the crash test: ingests N synthetic articles into DB, one transaction
// each, printing nothing; the test kills it with SIGKILL part-way through.
//   node dist/store/testing/ingest-child.js DB N
import { openSqliteStore } from '../sqlite/sqlite-store.js';
import { syntheticArticle, world } from './synthetic.js';

const [db, n] = process.argv.slice(2);
const store = openSqliteStore(db as string);
const w = world(42, 500);
for (let i = 0; i < Number(n); i++) {
  const a = syntheticArticle(w, i, { seed: 42, actors: 500, events: 20 });
  store.ingestDocument(a.doc, a.extraction);
}
store.close();
