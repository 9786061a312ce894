import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toIsoDate } from './iso-date.js';

test('Dates in the forms feeds and pages use become YYYY-MM-DD as written', () => {
  const cases: [string, string | null][] = [
    ['2023-07-13', '2023-07-13'],
    ['2023-07-13T23:30:00-05:00', '2023-07-13'],
    ['Thu, 13 Jul 2023 08:00:00 +0900', '2023-07-13'],
    ['13 July 2023', '2023-07-13'],
    ['July 13, 2023', '2023-07-13'],
    ['Sept. 3, 2023', '2023-09-03'],
    ['2023-02-30', null],
    ['13/07/2023', null],
    ['foo 1', null],
  ];
  for (const [input, want] of cases) assert.equal(toIsoDate(input), want, input);
});
