// Golden snapshots of the bundled corpus (src/extract/__snapshots__/NAME.md). A change in what
// Entente finds shows up as a readable diff; accept it with UPDATE_SNAPSHOTS=1 npm test.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadKb } from '../data/kb.js';
import { dataDir } from '../data/paths.js';
import { fromText } from '../ingest/index.js';
import { extractDocument } from './index.js';
import { renderSnapshot } from './snapshot.js';

const snapDir = join(dataDir(), '..', 'src', 'extract', '__snapshots__');
const kb = loadKb();

test('The corpus output matches its reviewed snapshots', () => {
  const update = process.env.UPDATE_SNAPSHOTS === '1';
  if (update) mkdirSync(snapDir, { recursive: true });
  const corpus = dataDir('corpus');
  for (const f of readdirSync(corpus)
    .filter((x) => x.endsWith('.txt'))
    .sort()) {
    const id = f.replace(/\.txt$/, '');
    const md = renderSnapshot(extractDocument(fromText(id, readFileSync(join(corpus, f), 'utf8')), kb));
    const file = join(snapDir, `${id}.md`);
    if (update || !existsSync(file)) {
      writeFileSync(file, md);
      continue;
    }
    assert.equal(
      md,
      readFileSync(file, 'utf8'),
      `${id}: output changed; review the diff and run UPDATE_SNAPSHOTS=1 npm test`,
    );
  }
});
