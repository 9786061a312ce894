// Counts an event's clause gives: what two reports of one action are compared on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKb } from '../../data/kb.js';
import { fromText } from '../../ingest/index.js';
import { extractDocument } from '../index.js';

const kb = loadKb();
const counts = (text: string) =>
  extractDocument(fromText('t', text, { published: '2024-03-01' }), kb).events.flatMap((e) =>
    (e.quantities ?? []).map((q) => `${q.value} ${q.unit}${q.exact ? '' : ' (about)'} [${q.text}]`),
  );

const cases: { text: string; want: string[] }[] = [
  {
    text: 'North Korea fired two ballistic missiles into the sea on Thursday.',
    want: ['2 missile [two ballistic missiles]'],
  },
  {
    text: 'Russia launched 40 drones and three missiles at Kyiv overnight.',
    want: ['40 drone [40 drones]', '3 missile [three missiles]'],
  },
  {
    text: 'The United States pledged $1.5 billion in military aid to Ukraine.',
    want: ['1500000000 usd [$1.5 billion]'],
  },
  {
    text: 'North Korea fired 18 short-range ballistic missiles on Thursday.',
    want: ['18 missile [18 short-range ballistic missiles]'],
  },
  { text: 'Russia attacked Ukraine with about 50 missiles.', want: ['50 missile (about) [50 missiles]'] },
  { text: 'Russia attacked Ukraine with more than 50 missiles.', want: ['50 missile (about) [50 missiles]'] },
  // A year, a date and a resolution number count nothing.
  { text: 'Japan met South Korea on March 3, 2023 to discuss Resolution 2231.', want: [] },
];

for (const c of cases) {
  test(`Counts in: ${c.text}`, () => {
    assert.deepEqual(counts(c.text), c.want);
  });
}
