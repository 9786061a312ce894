import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assignReports } from './assign.js';
import { codeAgreement, isSymmetric, quadClass } from './cameo.js';
import { parseDate } from './dates.js';
import { compareEvents, discrepancy, type MatchEvent, MERGE_THRESHOLD } from './match.js';

const affil = (a: string): string[] =>
  ({
    'person:fumio-kishida': ['country:JPN'],
    'person:jens-stoltenberg': ['org:NATO'],
    'person:yoon-suk-yeol': ['country:KOR'],
  })[a] ?? [];

function ev(
  code: string,
  source: string[],
  target: string[],
  date: string | null,
  place: string | null = null,
  negated = false,
): MatchEvent {
  return { code, source, target, date: parseDate(date), place, negated };
}

describe('CAMEO codes', () => {
  it('agree within the hierarchy only', () => {
    assert.equal(codeAgreement('040', '040'), 2);
    assert.equal(codeAgreement('040', '042'), 1);
    assert.equal(codeAgreement('033', '0332'), 1);
    assert.equal(codeAgreement('071', '072'), 0);
    assert.equal(codeAgreement('042', '111'), 0);
    assert.ok(isSymmetric('040') && isSymmetric('0571') && !isSymmetric('042'));
    assert.deepEqual(['03', '07', '11', '19'].map(quadClass), [1, 2, 3, 4]);
  });
});

describe('Comparing two reports', () => {
  it('merges a meeting reported with the roles swapped and a coarser date', () => {
    const m = compareEvents(
      ev('040', ['person:jens-stoltenberg'], ['person:fumio-kishida'], '2023-07-12', 'place:vilnius'),
      ev('040', ['person:fumio-kishida'], ['person:jens-stoltenberg'], '2023-07', 'place:vilnius'),
      affil,
    );
    assert.equal(m?.rule, 'same-code+actors+date~precision+place');
    assert.ok((m?.score ?? 0) >= MERGE_THRESHOLD);
  });

  it('matches a person with the state or organisation they act for', () => {
    const m = compareEvents(
      ev('057', ['person:fumio-kishida'], ['person:jens-stoltenberg'], '2023-07'),
      ev('057', ['country:JPN'], ['org:NATO'], '2023'),
      affil,
    );
    assert.equal(m?.rule, 'same-code+actors~affiliation+date~precision');
    assert.ok((m?.score ?? 0) >= MERGE_THRESHOLD);
  });

  it('keeps apart two people of one state, other places and other dates', () => {
    const kishida = ev('042', ['person:fumio-kishida'], ['org:NATO'], '2023-07', 'place:vilnius');
    assert.equal(
      compareEvents(
        kishida,
        ev('042', ['person:yoon-suk-yeol'], ['org:NATO'], '2023-07', 'place:vilnius'),
        affil,
      ),
      null,
    );
    assert.equal(
      compareEvents(
        kishida,
        ev('042', ['person:fumio-kishida'], ['org:NATO'], '2023-07', 'place:madrid'),
        affil,
      ),
      null,
    );
    assert.equal(
      compareEvents(kishida, ev('042', ['person:fumio-kishida'], ['org:NATO'], '2022-06-29'), affil),
      null,
    );
  });

  it('needs every actor on each side to correspond', () => {
    const both = ev('040', ['person:fumio-kishida', 'person:yoon-suk-yeol'], ['org:NATO'], '2023-07-12');
    assert.equal(
      compareEvents(both, ev('042', ['person:fumio-kishida'], ['org:NATO'], '2023-07-12'), affil),
      null,
    );
    assert.equal(
      compareEvents(
        ev('057', ['country:JPN'], [], null),
        ev('057', ['country:JPN'], ['org:NATO'], null),
        affil,
      ),
      null,
    );
  });

  it('does not merge on the root and an affiliation alone', () => {
    const m = compareEvents(
      ev('051', ['country:JPN'], ['country:UKR'], null),
      ev('051', ['person:fumio-kishida'], ['country:UKR'], '2023-07', 'place:vilnius'),
      affil,
    );
    assert.ok(m && m.score < MERGE_THRESHOLD);
  });

  it('notices the same meeting dated a day apart in the same place', () => {
    const a = ev('040', ['person:joe-biden'], ['person:fumio-kishida'], '2023-07-12', 'place:vilnius');
    const b = ev('040', ['person:fumio-kishida'], ['person:joe-biden'], '2023-07-13', 'place:vilnius');
    assert.equal(compareEvents(a, b, affil), null);
    assert.equal(discrepancy(a, b)?.kind, 'inconsistent-date');
    assert.equal(
      discrepancy(
        a,
        ev('040', ['person:joe-biden'], ['person:fumio-kishida'], '2023-07-20', 'place:vilnius'),
      ),
      null,
    );
    assert.equal(
      discrepancy(a, ev('040', ['person:joe-biden'], ['person:fumio-kishida'], '2023-07-12', 'place:madrid'))
        ?.kind,
      'inconsistent-place',
    );
  });
});

describe('Placing a document’s reports', () => {
  it('takes the strongest matches first, one report per story', () => {
    const chosen = assignReports([
      { event: 0, story: 1, score: 5, rule: 'a' },
      { event: 1, story: 1, score: 6, rule: 'b' },
      { event: 0, story: 2, score: 4, rule: 'c' },
    ]);
    assert.equal(chosen.get(1)?.story, 1);
    assert.equal(chosen.get(0)?.story, 2);
  });
});
