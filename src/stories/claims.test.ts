import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity, Relation } from '../core/index.js';
import { claimsFromRelations, claimsFromText, sameFact } from './claims.js';
import { readDatePhrase } from './date-phrases.js';
import { isoDay } from './dates.js';

const range = (p: { lo: number; hi: number } | null) => (p ? `${isoDay(p.lo)}..${isoDay(p.hi)}` : null);

describe('Date phrases', () => {
  it('read seasons, parts of months, days and years as intervals', () => {
    assert.equal(range(readDatePhrase('in the summer of 2022 he', null)), '2022-06-01..2022-08-31');
    assert.equal(range(readDatePhrase('in early May 2021', null)), '2021-05-01..2021-05-10');
    assert.equal(range(readDatePhrase('on 3 March 2020', null)), '2020-03-03..2020-03-03');
    assert.equal(range(readDatePhrase('in late 2019', null)), '2019-09-01..2019-12-31');
    assert.equal(range(readDatePhrase('in winter 2022', null)), '2022-12-01..2023-02-28');
    assert.equal(readDatePhrase('in the region', null), null);
  });

  it('take a missing year from the publication date, never in its future', () => {
    assert.equal(range(readDatePhrase('on May 10', '2022-07')), '2022-05-10..2022-05-10');
    assert.equal(range(readDatePhrase('on December 1', '2022-07-03')), '2021-12-01..2021-12-01');
    assert.equal(readDatePhrase('on May 10', null), null);
  });
});

describe('Dated facts', () => {
  const person = (id: string, name: string, at: number, affiliation = 'country:KOR'): Entity => ({
    id,
    type: 'person',
    name,
    affiliation,
    mentions: [{ start: at, end: at + name.length, text: name }],
  });
  const office: Relation = {
    type: 'holds_office',
    subject: 'person:yoon-suk-yeol',
    object: 'country:KOR',
    role: 'president',
    start: null,
    end: null,
    negated: false,
  };

  it('find when a person took office, next to their name', () => {
    const body =
      'Relations have improved since Mr Yoon became president in the summer of 2022, officials say.';
    const [c] = claimsFromText(
      body,
      [person('person:yoon-suk-yeol', 'Yoon', body.indexOf('Yoon'))],
      [office],
      '2023-07',
    );
    assert.ok(c);
    assert.equal(c.role, 'president');
    assert.equal(c.object, 'country:KOR');
    assert.equal(body.slice(c.start, c.end), 'Yoon became president in the summer of 2022');
    const body2 = 'Yoon, who was inaugurated on May 10, met Kishida.';
    const [d] = claimsFromText(body2, [person('person:yoon-suk-yeol', 'Yoon', 0)], [office], '2022-07');
    assert.equal(d?.label, 'on May 10');
    assert.ok(c && d && sameFact(c, d) && (d.hi < c.lo || c.hi < d.lo));
  });

  it('leave alone what is not taking an office', () => {
    const body = 'Kishida became the first Japanese prime minister to attend a NATO summit in June 2022.';
    assert.deepEqual(
      claimsFromText(body, [person('person:fumio-kishida', 'Kishida', 0, 'country:JPN')], [], '2022-07'),
      [],
    );
    const elected = 'Yoon was elected in March 2022.';
    assert.deepEqual(
      claimsFromText(elected, [person('person:yoon-suk-yeol', 'Yoon', 0)], [office], '2022-07'),
      [],
    );
  });

  it('come from dated relations with their evidence', () => {
    const text = 'Finland, which became a formal member in April';
    const r: Relation = {
      type: 'member_of',
      subject: 'country:FIN',
      object: 'org:NATO',
      start: '2023-04',
      end: null,
      negated: false,
      evidence: { start: 5, end: 5 + text.length, text },
    };
    const [c] = claimsFromRelations([r, { ...r, negated: true }]);
    assert.equal(c?.field, 'start');
    assert.equal(range(c ?? null), '2023-04-01..2023-04-30');
    assert.equal(claimsFromRelations([r, { ...r, negated: true }]).length, 1);
  });

  it('are not read from relations whose passage states no date', () => {
    const r: Relation = {
      type: 'holds_office',
      subject: 'person:yoon-suk-yeol',
      object: 'country:KOR',
      role: 'president',
      start: '2022-05-10',
      end: null,
      negated: false,
      evidence: { start: 0, end: 13, text: 'Yoon Suk-Yeol' },
    };
    assert.deepEqual(claimsFromRelations([r]), []);
  });
});
