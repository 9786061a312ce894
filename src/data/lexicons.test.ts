// Validates the word lists (data/lexicon/*.tsv): a header naming their source, and references
// that the knowledge base or the loader can resolve.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { loadKb } from './kb.js';
import { loadLexicons } from './lexicons.js';
import { dataDir } from './paths.js';

test('Every lexicon file opens with comment lines that name where its words come from', () => {
  for (const f of readdirSync(dataDir('lexicon')).filter((x) => x.endsWith('.tsv'))) {
    const head = readFileSync(dataDir('lexicon', f), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .join('\n');
    assert.match(head, /source/i, `${f}: no source in its header`);
  }
});

test('Org anaphors refer to organisations of the knowledge base, their kinds, a state or a named one', () => {
  const kb = loadKb();
  const kinds = new Set([...kb.entities.values()].map((e) => (e as { kind?: string }).kind).filter(Boolean));
  for (const [word, row] of loadLexicons().orgAnaphors) {
    assert.ok(row.refers.length > 0, `${word}: refers to nothing`);
    for (const r of [...row.refers, ...row.needs]) {
      if (r === 'country:*' || r === 'named:*') continue;
      if (r.startsWith('kind:')) assert.ok(kinds.has(r.slice(5)), `${word}: unknown kind ${r}`);
      else assert.ok(kb.entities.has(r), `${word}: ${r} is not in the knowledge base`);
    }
  }
});
