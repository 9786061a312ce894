// Frames around an action: promises, threats, refusals, appeals and demands change its code.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKb } from '../../data/kb.js';
import { fromText } from '../../ingest/index.js';
import { extractDocument } from '../index.js';
import { framedCode, requestCode } from './intent.js';

const kb = loadKb();
const events = (text: string) => extractDocument(fromText('t', text, { published: '2024-03-01' }), kb).events;

const cases: { text: string; code: string; source: string; target?: string }[] = [
  {
    text: 'Finland pledged to provide humanitarian aid to Sudan.',
    code: '0333',
    source: 'country:FIN',
    target: 'country:SDN',
  },
  {
    text: 'Japan agreed to hold talks with South Korea.',
    code: '036',
    source: 'country:JPN',
    target: 'country:KOR',
  },
  {
    text: 'China threatened to impose sanctions on Lithuania.',
    code: '1312',
    source: 'country:CHN',
    target: 'country:LTU',
  },
  {
    text: 'Germany refused to send tanks to Ukraine.',
    code: '1222',
    source: 'country:DEU',
    target: 'country:UKR',
  },
  {
    text: 'The United States urged Israel to allow humanitarian aid into Gaza.',
    code: '0255',
    source: 'country:USA',
    target: 'country:ISR',
  },
  {
    text: 'Russia said on Tuesday that Sudan must return the helicopter.',
    code: '1053',
    source: 'country:RUS',
    target: 'country:SDN',
  },
];

for (const c of cases) {
  test(`Codes "${c.text}" as ${c.code}`, () => {
    const got = events(c.text);
    const hit = got.find(
      (e) => e.code === c.code && e.source.includes(c.source) && (!c.target || e.target.includes(c.target)),
    );
    assert.ok(hit, JSON.stringify(got.map((e) => [e.code, e.source, e.target, e.rule])));
  });
}

test('Frame tables map an action to the promise, threat, refusal, appeal or demand of it', () => {
  assert.equal(framedCode('intent', '073'), '0333');
  assert.equal(framedCode('threat', '163'), '1312');
  assert.equal(framedCode('refuse', '072'), '1222');
  assert.equal(requestCode('appeal', '073'), '0233');
  assert.equal(requestCode('demand', '084'), '1053');
  assert.equal(requestCode('demand', '999'), '100');
});
