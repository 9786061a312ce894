import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { openSqliteStore } from '../store/index.js';
import { fillWithGold } from '../store/testing/gold.js';
import { exportLines, TSV_COLUMNS } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-export-'));
const store = openSqliteStore(join(dir, 'x.db'));
fillWithGold(store);
after(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** RFC 4180 with a tab delimiter: quoted fields may hold tabs, line breaks and doubled quotes. */
function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === '\t') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

const text = (format: Parameters<typeof exportLines>[1]) => [...exportLines(store, format)].join('');

describe('Exports', () => {
  it('write events as a TSV a CSV reader loads with the documented columns', () => {
    const rows = parseTsv(text('tsv'));
    const [head, ...body] = rows;
    assert.deepEqual(head, [...TSV_COLUMNS]);
    assert.equal(body.length, 101);
    assert.ok(body.every((r) => r.length === TSV_COLUMNS.length));
    const col = (name: (typeof TSV_COLUMNS)[number]) => TSV_COLUMNS.indexOf(name);
    const meeting = body.find((r) => r[col('Evidence')]?.startsWith('Mr Biden met with President Yoon'));
    assert.ok(meeting);
    assert.equal(meeting[col('EventCode')], '040');
    assert.equal(meeting[col('Day')], '20230712');
    assert.equal(meeting[col('QuadClass')], '1');
    assert.equal(meeting[col('Actor1Code')], 'person:joe-biden');
    assert.equal(meeting[col('Actor1CountryCode')], 'USA');
    assert.equal(meeting[col('ActionGeo')], 'place:vilnius');
    const russia = body.find((r) => r[col('EventCode')] === '190');
    assert.equal(russia?.[col('NumSources')], '4');
  });

  it('write the contract as JSON Lines, one document per line', () => {
    const lines = text('jsonl').trimEnd().split('\n');
    assert.equal(lines.length, 5);
    const docs = lines.map((l) => JSON.parse(l) as { document: { id: string }; events: unknown[] });
    assert.deepEqual(
      docs.map((d) => d.events.length),
      [29, 23, 14, 19, 16],
    );
  });

  it('write GraphML and GEXF that validate and load with the right counts', () => {
    const net = store.network();
    assert.ok(net.nodes.length > 20 && net.edges.length > 20);
    for (const [format, parse] of [
      ['graphml', parseGraphml],
      ['gexf', parseGexf],
    ] as const) {
      const xml = text(format);
      assert.equal(XMLValidator.validate(xml), true, format);
      const g = parse(UndirectedGraph, xml);
      assert.equal(g.order, net.nodes.length, `${format} nodes`);
      assert.equal(g.size, net.edges.length, `${format} edges`);
      const e = net.edges[0];
      assert.ok(e);
      const key = g.edges(e.a, e.b)[0];
      assert.ok(key);
      assert.equal(Number(g.getEdgeAttribute(key, 'weight')), e.events);
      assert.equal(Number(g.getEdgeAttribute(key, 'goldstein')), e.goldstein);
    }
  });

  it('limit the network to a date range', () => {
    const all = store.network();
    const y2022 = store.network({ since: '2022', until: '2022' });
    assert.ok(y2022.edges.length > 0 && y2022.edges.length < all.edges.length);
  });
});
