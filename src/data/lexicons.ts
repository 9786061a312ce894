// Word lists the extraction stages use (data/lexicon/*.tsv), loaded once.
import { dataDir } from './paths.js';
import { readTsv } from './tsv.js';

export interface Lexicons {
  /** Head word → entity type for names the knowledge base does not know. */
  nameHeads: Map<string, 'org' | 'agreement' | 'place'>;
  /** Honorific → gender ('' when none). */
  honorifics: Map<string, string>;
  /** Nouns that make a nationality word the state acting. */
  stateAgents: Set<string>;
  /** "the bloc", "the alliance", "the North" → what they may stand for, and what must come first. */
  orgAnaphors: Map<string, { refers: string[]; needs: string[] }>;
}

let cached: Lexicons | null = null;

export function loadLexicons(): Lexicons {
  if (cached) return cached;
  const heads = new Map<string, 'org' | 'agreement' | 'place'>();
  for (const r of readTsv(dataDir('lexicon', 'name-heads.tsv'))) {
    const t = r.type;
    if (t === 'org' || t === 'agreement' || t === 'place') heads.set(r.word ?? '', t);
  }
  const honorifics = new Map<string, string>();
  for (const r of readTsv(dataDir('lexicon', 'honorifics.tsv'))) honorifics.set(r.form ?? '', r.gender ?? '');
  const stateAgents = new Set(readTsv(dataDir('lexicon', 'state-agents.tsv')).map((r) => r.word ?? ''));
  const orgAnaphors = new Map<string, { refers: string[]; needs: string[] }>();
  const ids = (cell: string | undefined) => (cell ?? '').split('|').filter(Boolean);
  for (const r of readTsv(dataDir('lexicon', 'org-anaphors.tsv')))
    orgAnaphors.set(r.word ?? '', { refers: ids(r.refers), needs: ids(r.needs) });
  cached = { nameHeads: heads, honorifics, stateAgents, orgAnaphors };
  return cached;
}
