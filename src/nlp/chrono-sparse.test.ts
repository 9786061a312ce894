import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as chrono from 'chrono-node';
import { dataDir } from '../data/paths.js';
import { parseSparse } from './chrono-sparse.js';

const ref = { instant: new Date(Date.UTC(2023, 6, 13, 12)), timezone: 'UTC' };
const shown = (hits: { index: number; text: string; start: chrono.ParsedComponents }[]) =>
  hits.map((h) => `${h.index} ${h.text} ${h.start.date().toISOString()}`);

test('Parsing only the sentences that can hold a date finds what chrono finds in the whole text', () => {
  const dir = dataDir('corpus');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
  texts.push(
    [
      'The talks ended. On Jan. 5 the envoys met again in Geneva.',
      'U.S. forces left on Monday. "We will be back next week," he said.',
      'Nothing happened for a while. Two weeks ago, Seoul protested; last night it relented.',
      'The summit, held July 11-12, 2023, in Vilnius, ended with a communique.',
      'Officials met at 3 p.m. Sat. and again the following morning.',
      'It may take months. A deal could come by the end of the year or in 2025.',
      'No dates here at all. Nor here!',
    ].join(' '),
  );
  let dates = 0;
  for (const t of texts) {
    const whole = chrono.parse(t, ref, {});
    dates += whole.length;
    assert.deepEqual(shown(parseSparse(t, ref, {})), shown(whole));
  }
  assert.ok(dates >= 40, `only ${dates} dates: the comparison proves little`);
});
