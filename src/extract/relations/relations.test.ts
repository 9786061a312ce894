// Lasting relations, sentence by sentence (published 2024-08-01).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKb } from '../../data/kb.js';
import { fromText } from '../../ingest/index.js';
import { extractDocument } from '../index.js';

const kb = loadKb();
const relations = (text: string) =>
  extractDocument(fromText('t', text, { published: '2024-08-01' }), kb)
    .relations.map((r) => `${r.negated ? 'not ' : ''}${r.type} ${r.subject} ${r.object}`)
    .sort();

const cases: { name: string; text: string; want: string[] }[] = [
  {
    name: 'Members named in an apposition of the group',
    text: 'AUKUS, the security pact between Australia, Britain and the United States, was signed in 2021.',
    want: [
      'member_of country:AUS org:AUKUS',
      'member_of country:GBR org:AUKUS',
      'member_of country:USA org:AUKUS',
    ],
  },
  {
    name: 'Members a group is known by',
    text: 'France, Germany and the UK - known as the E3 - pressed Iran.',
    want: ['member_of country:DEU org:E3', 'member_of country:FRA org:E3', 'member_of country:GBR org:E3'],
  },
  {
    name: 'A title that names two offices takes the one the person holds',
    text: 'U.S. Defense Secretary Lloyd Austin met reporters.',
    want: ['holds_office person:lloyd-austin country:USA'],
  },
  {
    name: 'A stated non-membership',
    text: 'Japan is not a member of NATO.',
    want: ['not member_of country:JPN org:NATO'],
  },
];

for (const c of cases) {
  test(`Relations: ${c.name}`, () => {
    assert.deepEqual(relations(c.text), c.want);
  });
}
