// Test fixtures: the development corpus's gold extractions (../shared/eval, tests only — the
// product never reads it) and reference NATO memberships with their accession dates.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Extraction, SourceDocument } from '../../core/index.js';
import type { ReferenceData, Store } from '../store.js';

export const EVAL_DIR = fileURLToPath(new URL('../../../../shared/eval/', import.meta.url));
export const GOLD_DIR = `${EVAL_DIR}gold`;
export const CORPUS_DIR = `${EVAL_DIR}corpus`;

export interface GoldDoc {
  doc: SourceDocument;
  extraction: Extraction;
}

export function goldDocs(): GoldDoc[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => /^\d.*\.gold\.json$/.test(f))
    .sort()
    .map((f) => {
      const id = f.replace(/\.gold\.json$/, '');
      const extraction = JSON.parse(readFileSync(`${GOLD_DIR}/${f}`, 'utf8')) as Extraction;
      const body = readFileSync(`${CORPUS_DIR}/${id}.txt`, 'utf8');
      const doc: SourceDocument = {
        id,
        body,
        title: extraction.document.title,
        published: extraction.document.published,
        url: null,
        source: null,
        author: null,
        origin: `${CORPUS_DIR}/${id}.txt`,
        format: 'text',
      };
      return { doc, extraction };
    });
}

const NATO_ACCESSIONS: [string, string][] = [
  ['1949-08-24', 'BEL CAN DNK FRA ISL ITA LUX NLD NOR PRT GBR USA'],
  ['1952-02-18', 'GRC TUR'],
  ['1955-05-06', 'DEU'],
  ['1982-05-30', 'ESP'],
  ['1999-03-12', 'CZE HUN POL'],
  ['2004-03-29', 'BGR EST LVA LTU ROU SVK SVN'],
  ['2009-04-01', 'ALB HRV'],
  ['2017-06-05', 'MNE'],
  ['2020-03-27', 'MKD'],
  ['2023-04-04', 'FIN'],
  ['2024-03-07', 'SWE'],
];

export function natoReference(): ReferenceData {
  const memberships = NATO_ACCESSIONS.flatMap(([start, codes]) =>
    codes.split(' ').map((c) => ({
      member: `country:${c}`,
      org: 'org:NATO',
      type: 'member_of' as const,
      start,
      end: null,
    })),
  );
  return {
    entities: [
      { id: 'org:NATO', type: 'org', name: 'North Atlantic Treaty Organization', aliases: ['NATO'] },
      { id: 'person:fumio-kishida', type: 'person', name: 'Fumio Kishida', affiliation: 'country:JPN' },
      { id: 'person:yoon-suk-yeol', type: 'person', name: 'Yoon Suk Yeol', affiliation: 'country:KOR' },
    ],
    memberships,
    offices: [
      {
        person: 'person:shinzo-abe',
        of: 'country:JPN',
        role: 'prime-minister',
        start: '2012-12-26',
        end: '2020-09-16',
      },
      {
        person: 'person:yoshihide-suga',
        of: 'country:JPN',
        role: 'prime-minister',
        start: '2020-09-16',
        end: '2021-10-04',
      },
      {
        person: 'person:fumio-kishida',
        of: 'country:JPN',
        role: 'prime-minister',
        start: '2021-10-04',
        end: '2024-10-01',
      },
      {
        person: 'person:shigeru-ishiba',
        of: 'country:JPN',
        role: 'prime-minister',
        start: '2024-10-01',
        end: null,
      },
      {
        person: 'person:yoon-suk-yeol',
        of: 'country:KOR',
        role: 'president',
        start: '2022-05-10',
        end: null,
      },
    ],
  };
}

/** A store holding the five gold extractions, in corpus order. */
export function fillWithGold(store: Store): void {
  store.loadReference(natoReference());
  for (const g of goldDocs()) store.ingestDocument(g.doc, g.extraction);
}
