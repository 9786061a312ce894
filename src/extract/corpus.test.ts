// Whole-corpus checks: every span is exact, the output is deterministic, and the bundled
// corpus extracts without a problem.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractionJson } from '../app/extract.js';
import type { Extraction } from '../core/index.js';
import { loadKb } from '../data/kb.js';
import { dataDir } from '../data/paths.js';
import { fromText } from '../ingest/index.js';
import { extractDocument } from './index.js';

const kb = loadKb();
const corpusDir = dataDir('corpus');
const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

function extract(file: string): { body: string; x: Extraction } {
  const body = readFileSync(join(corpusDir, file), 'utf8');
  return { body, x: extractDocument(fromText(file.replace(/\.txt$/, ''), body), kb) };
}

test('Every span in the corpus output is exactly the text it points to', () => {
  assert.ok(files.length >= 5);
  for (const f of files) {
    const { body, x } = extract(f);
    for (const e of x.entities)
      for (const m of e.mentions) assert.equal(body.slice(m.start, m.end), m.text, `${f} ${e.id}`);
    for (const ev of x.events)
      assert.equal(body.slice(ev.evidence.start, ev.evidence.end), ev.evidence.text, `${f} ${ev.rule}`);
    for (const q of x.quotes) assert.equal(body.slice(q.start, q.end), q.text, `${f} quote`);
    for (const r of x.relations)
      if (r.evidence) assert.equal(body.slice(r.evidence.start, r.evidence.end), r.evidence.text);
  }
});

test('The same input gives byte-identical JSON', () => {
  for (const f of files) {
    const a = extractionJson(extract(f).x);
    const b = extractionJson(extract(f).x);
    assert.equal(a, b, f);
  }
});

test('Every event names the rule that coded it, a CAMEO code and its root', () => {
  for (const f of files) {
    for (const ev of extract(f).x.events) {
      assert.match(ev.code, /^\d{2,4}$/);
      assert.equal(ev.root, ev.code.slice(0, 2));
      assert.ok(ev.rule.startsWith('ev.'), ev.rule);
      assert.ok(ev.confidence > 0 && ev.confidence <= 1);
    }
  }
});
