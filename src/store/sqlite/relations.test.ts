import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fillWithGold, natoReference } from '../testing/gold.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-relations-'));
const s = openSqliteStore(join(dir, 'r.db'));
fillWithGold(s);
after(() => {
  s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Members on a date', () => {
  it('counts 30 NATO members on 2023-03-01 and 32 on 2024-04-01', () => {
    assert.equal(s.membersOn('org:NATO', '2023-03-01').length, 30);
    const later = s.membersOn('org:NATO', '2024-04-01');
    assert.equal(later.length, 32);
    assert.ok(later.some((m) => m.id === 'country:SWE' && m.from === 'kb'));
  });

  it('counts Finland from its accession day', () => {
    assert.ok(!s.membersOn('org:NATO', '2023-04-03').some((m) => m.id === 'country:FIN'));
    assert.ok(s.membersOn('org:NATO', '2023-04-04').some((m) => m.id === 'country:FIN'));
  });

  it('adds dated memberships stated in articles, never undated ones', () => {
    // The gold extractions say the US is a member (undated) and Finland became one in April 2023.
    const m = s.membersOn('org:AP4', '2023-07-01');
    assert.deepEqual(m, []);
  });

  it('does not load the same reference twice', () => {
    assert.deepEqual(s.loadReference(natoReference()), { entities: 0, intervals: 0 });
    assert.equal(s.membersOn('org:NATO', '2024-04-01').length, 32);
  });
});

describe('Office holders', () => {
  it('names Japan’s prime minister on a date', () => {
    assert.deepEqual(
      s.officeHolder('country:JPN', 'prime-minister', '2023-07-12').map((o) => o.person),
      ['person:fumio-kishida'],
    );
    assert.deepEqual(
      s.officeHolder('country:JPN', 'prime-minister', '2021-01-01').map((o) => o.person),
      ['person:yoshihide-suga'],
    );
    assert.deepEqual(s.officeHolder('country:JPN', 'prime-minister', '2010-01-01'), []);
  });

  it('lists offices and memberships on the profile with their evidence', () => {
    const p = s.entity('person:yoon-suk-yeol');
    assert.ok(p);
    const fromText = p.offices.find((o) => o.from === '002_4cae6bd0240fce9b');
    assert.equal(fromText?.start, '2022-05-10');
    assert.equal(fromText?.evidence?.text, 'Yoon, who was inaugurated on May 10');
    const japan = s.entity('country:JPN');
    assert.ok(japan?.memberships.some((r) => r.type === 'member_of' && r.object === 'org:NATO' && r.negated));
  });
});
