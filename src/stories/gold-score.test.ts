import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openSqliteStore } from '../store/index.js';
import { EVAL_DIR, fillWithGold, GOLD_DIR } from '../store/testing/gold.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-gold-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

describe('Stories and conflicts on the gold extractions', () => {
  const store = openSqliteStore(join(dir, 'gold.db'));
  fillWithGold(store);
  const stories = store.stories({ limit: 10_000 });
  const conflicts = store.conflicts();
  store.close();

  it('reach the acceptance scores of score-corpus.mjs', () => {
    const s = join(dir, 'stories.json');
    const c = join(dir, 'conflicts.json');
    writeFileSync(s, JSON.stringify(stories));
    writeFileSync(c, JSON.stringify(conflicts));
    const r = spawnSync(
      process.execPath,
      [join(EVAL_DIR, 'score-corpus.mjs'), '--gold', GOLD_DIR, '--stories', s, '--conflicts', c, '--json'],
      { encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stderr);
    const { summary } = JSON.parse(r.stdout) as { summary: { storyPairs: Prf; conflicts: Prf } };
    assert.ok(summary.storyPairs.f1 >= 0.8, `story pairwise F1 ${summary.storyPairs.f1}`);
    assert.ok(summary.conflicts.recall >= 0.8, `conflict recall ${summary.conflicts.recall}`);
    assert.ok(summary.conflicts.precision >= 0.6, `conflict precision ${summary.conflicts.precision}`);
  });

  it('report the denied trilateral meeting against the reported one', () => {
    const c = conflicts.find((x) => x.kind === 'contradiction');
    assert.ok(c);
    const texts = [c.a.text, c.b.text].join(' | ');
    assert.match(texts, /There was no trilateral meeting/);
    assert.match(texts, /Mr Biden met with President Yoon and Prime Minister Kishida in Vilnius/);
  });

  it('say which rule joined each report and count outlets', () => {
    const russia = stories.find((x) => x.code === '190');
    assert.ok(russia);
    assert.equal(russia.reports.length, 4);
    assert.equal(russia.sources, 4);
    assert.match(russia.rule, /^same-code\+actors\+undated$/);
    assert.ok(stories.every((x) => x.reports.length > 1 || x.rule === 'single'));
  });
});
