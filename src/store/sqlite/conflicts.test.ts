import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event, Extraction, Quote, SourceDocument } from '../../core/index.js';
import { openSqliteStore } from './sqlite-store.js';

/** A one-sentence article whose extraction holds the given event and quote over that sentence. */
function article(
  id: string,
  body: string,
  source: string,
  ev: Omit<Event, 'evidence' | 'confidence' | 'rule' | 'root' | 'goldstein'> | null,
  quote?: { speaker: string; text: string },
) {
  const doc: SourceDocument = {
    id,
    body,
    title: null,
    published: '2024-05-02',
    url: null,
    source,
    author: null,
    origin: id,
    format: 'text',
  };
  const events: Event[] = ev
    ? [
        {
          ...ev,
          root: ev.code.slice(0, 2),
          goldstein: 1,
          confidence: 0.9,
          rule: 'test',
          evidence: { start: 0, end: body.length, text: body },
        },
      ]
    : [];
  const quotes: Quote[] = [];
  if (quote) {
    const start = body.indexOf(quote.text);
    quotes.push({ speaker: quote.speaker, text: quote.text, start, end: start + quote.text.length });
  }
  const extraction: Extraction = {
    document: { id, title: null, published: '2024-05-02', publishedFrom: 'metadata' },
    entities: [],
    events,
    quotes,
    relations: [],
  };
  return { doc, extraction };
}

const meeting = { code: '040', source: ['person:a'], target: ['person:b'], location: 'place:geneva' };

describe('Conflicts found at ingest', () => {
  it('sets a denied meeting against the reported one, whichever comes first', () => {
    const s = openSqliteStore(':memory:');
    for (const a of [
      article('d1', 'A and B did not meet in Geneva on Wednesday.', 'One', {
        ...meeting,
        date: '2024-05-01',
        negated: true,
      }),
      article('d2', 'A met B in Geneva on Wednesday.', 'Two', { ...meeting, date: '2024-05-01' }),
    ])
      s.ingestDocument(a.doc, a.extraction);
    const [c] = s.conflicts();
    assert.equal(c?.kind, 'contradiction');
    assert.equal(c?.a.doc, 'd1');
    assert.equal(c?.b.text, 'A met B in Geneva on Wednesday.');
    // Neither report joins the other's story.
    assert.ok(s.stories().every((x) => x.reports.length === 1));
    s.close();
  });

  it('notes the same meeting dated a day apart in one place, and the same day in two places', () => {
    const s = openSqliteStore(':memory:');
    for (const a of [
      article('d1', 'A met B in Geneva on May 1.', 'One', { ...meeting, date: '2024-05-01' }),
      article('d2', 'A met B in Geneva on May 2.', 'Two', { ...meeting, date: '2024-05-02' }),
      article('d3', 'A met B in Paris on May 1.', 'Three', {
        ...meeting,
        date: '2024-05-01',
        location: 'place:paris',
      }),
    ])
      s.ingestDocument(a.doc, a.extraction);
    assert.deepEqual(
      s.conflicts().map((c) => [c.kind, c.a.doc, c.b.doc]),
      [
        ['inconsistent-date', 'd1', 'd2'],
        ['inconsistent-place', 'd1', 'd3'],
      ],
    );
    s.close();
  });

  it('notes one launch reported with two counts of missiles, and not an estimate', () => {
    const s = openSqliteStore(':memory:');
    const launch = { code: '150', source: ['country:PRK'], target: [], date: '2024-05-01' };
    const count = (value: number, unit: string, exact = true) => [
      { value, unit, exact, start: 0, end: 1, text: 'x' },
    ];
    for (const a of [
      article('d1', 'North Korea fired two missiles.', 'One', { ...launch, quantities: count(2, 'missile') }),
      article('d2', 'North Korea fired three missiles.', 'Two', {
        ...launch,
        quantities: count(3, 'missile'),
      }),
      article('d3', 'North Korea fired about five missiles.', 'Three', {
        ...launch,
        quantities: count(5, 'missile', false),
      }),
      article('d4', 'North Korea fired two missiles and a drone.', 'Four', {
        ...launch,
        quantities: [...count(2, 'missile'), ...count(1, 'drone')],
      }),
    ])
      s.ingestDocument(a.doc, a.extraction);
    const found = s.conflicts().map((c) => [c.kind, c.a.doc, c.b.doc, c.note]);
    assert.deepEqual(found, [
      ['inconsistent-number', 'd1', 'd2', 'missile: 2 in one report, 3 in the other (CAMEO 150)'],
      ['inconsistent-number', 'd2', 'd4', 'missile: 3 in one report, 2 in the other (CAMEO 150)'],
    ]);
    // The reports still tell one story.
    assert.equal(s.stories()[0]?.reports.length, 4);
    s.close();
  });

  it('notes the same words given to two speakers', () => {
    const s = openSqliteStore(':memory:');
    const words = 'we will never accept a change of borders by force';
    for (const a of [
      article('d1', `The minister said "${words}" on Monday.`, 'One', null, {
        speaker: 'person:a',
        text: words,
      }),
      article('d2', `His colleague said: "${words}, whatever it costs."`, 'Two', null, {
        speaker: 'person:b',
        text: `${words}, whatever it costs.`,
      }),
      article('d3', `She said "${words}" again.`, 'Three', null, { speaker: 'person:a', text: words }),
      article('d4', 'They said "never accept" twice.', 'Four', null, {
        speaker: 'person:c',
        text: 'never accept',
      }),
    ])
      s.ingestDocument(a.doc, a.extraction);
    const found = s.conflicts().map((c) => [c.kind, c.a.doc, c.b.doc]);
    assert.deepEqual(found, [
      ['misattribution', 'd1', 'd2'],
      ['misattribution', 'd2', 'd3'],
    ]);
    s.close();
  });

  it('counts outlets, not articles, and merges what agrees', () => {
    const s = openSqliteStore(':memory:');
    for (const a of [
      article('d1', 'A met B in Geneva.', 'Wire', { ...meeting, date: '2024-05-01' }),
      article('d2', 'A and B held talks.', 'Wire', { ...meeting, date: '2024-05', target: ['person:b'] }),
      article('d3', 'B met A.', 'Daily', {
        ...meeting,
        source: ['person:b'],
        target: ['person:a'],
        date: '2024',
        location: null,
      }),
    ])
      s.ingestDocument(a.doc, a.extraction);
    const [story] = s.stories();
    assert.equal(story?.reports.length, 3);
    assert.equal(story?.sources, 2);
    assert.equal(story?.date, '2024-05-01');
    assert.equal(story?.location, 'place:geneva');
    s.close();
  });
});
