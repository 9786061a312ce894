// The publication date of a text with no metadata: a dateline, else inferred from what it names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKb } from '../../data/kb.js';
import { fromText } from '../../ingest/index.js';
import { extractDocument } from '../index.js';

const kb = loadKb();
const published = (text: string) => {
  const d = extractDocument(fromText('t', text), kb).document;
  return `${d.published} ${d.publishedFrom}`;
};

const cases: { name: string; text: string; want: string }[] = [
  {
    name: 'A year from the people in office takes the latest day the text gives without one',
    text: 'US President Donald Trump, Secretary of State Marco Rubio and German Chancellor Olaf Scholz spoke to both sides after the attack on 22 April that killed 26 people.',
    want: '2025-04-22 inferred',
  },
  {
    name: 'A weekday given with its day ("Tuesday 27 February") moves the year to the first that fits',
    text: 'The AU named a mediator in 2022. He received the president in Luanda on Tuesday 27 February, and again in March.',
    want: '2024-03 inferred',
  },
  {
    name: 'A date "earlier this month" gives the month of the report',
    text: 'The AU named a mediator in 2022. A resolution was adopted in December. Then, earlier this month, on 3 May, bombs fell on the camps.',
    want: '2022-05 inferred',
  },
  {
    name: 'With no date named, "three days after X took office" counts from the day the office began',
    text: "China launched drills around Taiwan on Thursday, just three days after President Lai Ching-te took office. The PLA's Eastern Theater Command said the exercises were a punishment.",
    want: '2024-05-23 inferred',
  },
  {
    name: 'A span of clock time ("for a second term") names no year',
    text: 'When the president took the oath for a second term in January, the war had spread. The AU named a mediator in 2022.',
    want: '2022-01 inferred',
  },
  {
    name: 'A wire dateline with its year',
    text: 'DOHA, January 15, 2025 (Reuters) - Qatar said talks would resume.',
    want: '2025-01-15 text',
  },
  {
    name: 'A wire dateline without its year takes the first year after every dated event',
    text: 'SEOUL, May 30 (Yonhap) -- North Korea fired missiles, days after a launch on Nov. 21, 2023 failed.',
    want: '2024-05-30 text',
  },
  {
    name: "A year-less dateline after a bare year takes the year whose day is the lead's weekday",
    text: 'MANILA, July 8 (Reuters) - The two states signed a pact on Monday. A first deal came in 2023.',
    want: '2024-07-08 text',
  },
  {
    name: 'A year-less dateline takes the year with the most people named in office',
    text: 'GEORGETOWN, Dec 14 (AP) - Nicolas Maduro, Irfaan Ali and Luiz Inacio Lula da Silva spoke. Guyana went to court in 2018.',
    want: '2023-12-14 text',
  },
  {
    name: 'A text with no date: the one year most of the people named held office',
    text: 'Chang Ho-jin, Yoshimasa Hayashi, Matthew Miller and Mark Rutte all reacted to Vladimir Putin.',
    want: '2024 inferred',
  },
  {
    name: 'A text with no date naming people in office for years gives no year',
    text: 'Vladimir Putin met Xi Jinping and Kim Jong Un.',
    want: 'null unknown',
  },
  {
    name: 'A dateline of two cities',
    text: 'PRISTINA/BELGRADE, Sept 29 (Reuters) - NATO said on Friday it was sending more troops. Sanctions have applied since 2021.',
    want: '2023-09-29 text',
  },
  {
    name: 'A year-less dateline in a text naming no year: the people in office that day and the weekday',
    text: 'JERUSALEM, April 14 (AFP) - Iran attacked Israel on Saturday night. Benjamin Netanyahu, Yoav Gallant and Joe Biden spoke.',
    want: '2024-04-14 text',
  },
  {
    name: 'A deadline is no date the report has reached',
    text: 'The deal of August 2024 was signed on 11 December. Talks begin by the end of February 2025.',
    want: '2024-12-11 inferred',
  },
  {
    name: 'Inferred from the latest date the text reports',
    text: 'Leaders met in Vilnius on July 11, 2023. They met again on July 12, 2023.',
    want: '2023-07-12 inferred',
  },
  {
    name: 'People in office only from a later year move an inferred year forward',
    text: "Iran's foreign minister Abbas Araghchi met Rafael Grossi on 20 November. Cameras were removed in June 2022.",
    want: '2024-11-20 inferred',
  },
  {
    name: 'A later year named alone moves the year of year-less dates',
    text: 'How the border thawed in 2024. Talks stalled after June 2020. A deal came on October 21 and talks on December 18.',
    want: '2024-12-18 inferred',
  },
  {
    name: 'A year a budget is "for" is no year of the report',
    text: 'Poland spent 4.1% of GDP on defence in 2024 and has budgeted 4.7% for 2025. Troops arrived on Oct. 1.',
    want: '2024-10-01 inferred',
  },
  {
    name: 'A year something is due or pledged to happen in is no year of the report',
    text: 'The ministers met on July 29, 2024. India is due to host the next summit in 2025.',
    want: '2024-07-29 inferred',
  },
  {
    name: '"In five years" is no year',
    text: 'The plan, agreed on March 3, 2023, will pay off in five years.',
    want: '2023-03-03 inferred',
  },
];

for (const c of cases) {
  test(`Publication date: ${c.name}`, () => {
    assert.equal(published(c.text), c.want);
  });
}
