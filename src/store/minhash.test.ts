import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentHash } from './content-hash.js';
import { bandKeys, jaccard, shingles, signature } from './minhash.js';
import { outletOf } from './outlet.js';
import { syntheticArticle, world } from './testing/synthetic.js';

describe('Near-duplicate signatures', () => {
  const w = world(7, 100);
  const a = syntheticArticle(w, 1, { seed: 7, actors: 100, events: 30 }).doc.body;
  const b = syntheticArticle(w, 2, { seed: 7, actors: 100, events: 30 }).doc.body;
  const edited = a.replace(/\n/, '\nA sentence the second outlet added. ').replace(/ \w+ /, ' changed ');

  it('share bands for an edited copy and none for an unrelated text', () => {
    const [sa, sb, se] = [a, b, edited].map((t) => bandKeys(signature(shingles(t))));
    const shared = (x: number[] = [], y: number[] = []) => x.filter((k, i) => k === y[i]).length;
    assert.ok(jaccard(shingles(a), shingles(edited)) >= 0.8);
    assert.ok(shared(sa, se) >= 4);
    assert.equal(shared(sa, sb), 0);
  });

  it('estimate Jaccard similarity from the signatures', () => {
    const [x, y] = [signature(shingles(a)), signature(shingles(edited))];
    const agree = x.filter((v, i) => v === y[i]).length / x.length;
    assert.ok(Math.abs(agree - jaccard(shingles(a), shingles(edited))) < 0.2);
  });
});

describe('Content identity and outlets', () => {
  it('hashes the same words the same way whatever the spacing, case and quotes', () => {
    assert.deepEqual(contentHash('It said  “no”.\n'), contentHash('it said "NO".'));
    assert.notDeepEqual(contentHash('It said no.'), contentHash('It said yes.'));
  });

  it('counts an outlet by source, else URL host, else document id', () => {
    assert.equal(
      outletOf({ id: 'x', source: 'Nikkei Asia', url: 'https://asia.nikkei.com/a' }),
      'Nikkei Asia',
    );
    assert.equal(
      outletOf({ id: 'x', source: null, url: 'https://www.japantimes.co.jp/news/1' }),
      'japantimes.co.jp',
    );
    assert.equal(outletOf({ id: 'x', source: null, url: 'not a url' }), 'x');
  });
});
