// Event dates (of the last event of each text) from weekdays and year-less months, read against a publication date (Thursday 13 July 2023).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKb } from '../../data/kb.js';
import { fromText } from '../../ingest/index.js';
import { extractDocument } from '../index.js';

const kb = loadKb();
const dateOf = (text: string) =>
  extractDocument(fromText('t', text, { published: '2023-07-13' }), kb).events.at(-1)?.date ?? null;

const cases: { text: string; date: string }[] = [
  { text: 'Japan met South Korea on Friday.', date: '2023-07-07' },
  { text: 'Japan met South Korea on Monday.', date: '2023-07-10' },
  { text: 'On Monday, Japan met South Korea.', date: '2023-07-10' },
  { text: 'Japan met South Korea on Monday night.', date: '2023-07-10' },
  { text: 'Japan met South Korea on Thursday.', date: '2023-07-13' },
  { text: 'Japan will meet South Korea on Friday.', date: '2023-07-14' },
  { text: 'Japan met South Korea last Friday.', date: '2023-07-07' },
  // A month without its year: behind the publication for a report, ahead for a plan.
  { text: 'Japan met South Korea in December.', date: '2022-12' },
  { text: 'Japan will meet South Korea in December.', date: '2023-12' },
  { text: 'Japan met South Korea in July.', date: '2023-07' },
  { text: 'Japan sanctioned North Korea last December.', date: '2022-12' },
  // A year naming a thing, an aside counting from a year, a count after a date and an earlier
  // verb's date are not the event's.
  { text: 'A 1998 accord on trade remains in force. Japan met South Korea in May.', date: '2023-05' },
  { text: 'A 1995 resolution of the parliament remains in force. Japan met South Korea.', date: '2023-07' },
  { text: 'Kishida, in office since 2021, met South Korea on Monday.', date: '2023-07-10' },
  { text: 'China visited Russia in May and met South Korea in Seoul in June.', date: '2023-06' },
  { text: 'Japan signed a deal on Friday and met South Korea.', date: '2023-07-07' },
  { text: 'Japan met South Korea on 8 July, 11 days after the talks began.', date: '2023-07-08' },
  // Counted from the day the text just named, not from publication.
  { text: 'On May 2, Japan protested to China. The next day, Japan met South Korea.', date: '2023-05-03' },
];

for (const c of cases) {
  test(`Dated ${c.date}: ${c.text}`, () => {
    assert.equal(dateOf(c.text), c.date);
  });
}

// A year inferred from the people named: a month without its year is one of that year (and the
// report no earlier than it).
test('Dated 2024-10 in a text of 2024: a visit "in October"', () => {
  const text =
    'Chang Ho-jin, Yoshimasa Hayashi, Matthew Miller and Mark Rutte reacted. Mark Rutte visited Kyiv in October.';
  const x = extractDocument(fromText('t', text), kb);
  assert.equal(x.document.published, '2024-10');
  assert.equal(x.events.at(-1)?.date, '2024-10');
});

// A lead with no date of its own takes the day the story names: weekdays count, and on a tie the
// first one named.
test('Dated 2024-01-11: a lead with no date, then "on Thursday night" and "on Friday morning"', () => {
  const text =
    'The US and the UK have carried out strikes on Houthi targets in Yemen.\n\nJets hit more than 60 targets on Thursday night. The defence secretary spoke on Friday morning.';
  const x = extractDocument(fromText('t', text, { published: '2024-01-12' }), kb);
  assert.equal(x.events[0]?.date, '2024-01-11');
});

// Published in a month only (inferred): "on Wednesday" is a day of that month, but which one is unknown.
test('Dated 2023-11 in a text of November 2023: a meeting "on Wednesday"', () => {
  const x = extractDocument(
    fromText(
      't',
      'Headline\n\nThe summit of November 2023 was tense. Joe Biden met Xi Jinping on Wednesday.',
    ),
    kb,
  );
  assert.equal(x.document.published, '2023-11');
  assert.equal(x.events.at(-1)?.date, '2023-11');
});
