// The explorer's own helpers: pasted articles become documents, search words become safe FTS input.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isEntenteError } from '../core/index.js';
import { articleDocument, ENTITY_ID_IN_TEXT, ftsWords } from './web-explorer.js';

describe('web explorer helpers', () => {
  test('a pasted text gets an id from its content and keeps the form fields', () => {
    const a = articleDocument({
      text: 'NATO met Japan in Vilnius.\r\n',
      title: 'T',
      published: '2023-07-12',
      source: 'Wire',
    });
    const b = articleDocument({ text: 'NATO met Japan in Vilnius.\r\n' });
    assert.match(a.id, /^web_[0-9a-f]{16}$/);
    assert.equal(a.id, b.id);
    assert.equal(a.body, 'NATO met Japan in Vilnius.\n');
    assert.equal(a.title, 'T');
    assert.equal(a.published, '2023-07-12');
    assert.equal(a.source, 'Wire');
    assert.notEqual(articleDocument({ text: 'Other text.' }).id, a.id);
  });

  test('an HTML page gives its article text and its own title unless the form sets one', () => {
    const html =
      '<!doctype html><html><head><title>Summit</title></head><body><nav>Menu</nav><article><p>' +
      'NATO leaders met in Vilnius on July 11, 2023, and Japan took part as a partner. '.repeat(6) +
      '</p></article></body></html>';
    const d = articleDocument({ html });
    assert.equal(d.format, 'html');
    assert.match(d.body, /NATO leaders met in Vilnius/);
    assert.doesNotMatch(d.body, /<p>|Menu/);
    assert.equal(d.title, 'Summit');
    assert.equal(articleDocument({ html, title: 'Mine' }).title, 'Mine');
  });

  test('bad input is a coded error, not a crash', () => {
    for (const input of [
      {},
      { text: '   ' },
      { text: 'x', published: 'someday' },
      { html: '<html><body></body></html>' },
    ]) {
      assert.throws(
        () => articleDocument(input),
        (e: unknown) => isEntenteError(e),
        JSON.stringify(input),
      );
    }
  });

  test('search words: punctuation and operators dropped, the last word a prefix while typing', () => {
    assert.equal(ftsWords('stolt'), 'stolt*');
    assert.equal(ftsWords('Vilnius summit '), 'Vilnius summit');
    assert.equal(ftsWords('"NATO" OR * AND ('), 'NATO OR AND*');
    assert.equal(ftsWords('x'), 'x');
    assert.equal(ftsWords('!!!'), '');
  });

  test('entity ids are found in free text', () => {
    const ids = [
      ...'CAMEO 040: country:USA → country:JPN, 2023-07, place:vilnius; person:yoon-suk-yeol.'.matchAll(
        ENTITY_ID_IN_TEXT,
      ),
    ].map((m) => m[0]);
    assert.deepEqual(ids, ['country:USA', 'country:JPN', 'place:vilnius', 'person:yoon-suk-yeol']);
  });
});
