// What the stages share: the document, its analysis, and each stage's output. A stage declares
// which fields it requires and which it assigns; pipeline.ts checks the order once.
import type { EntityType, Event, Quote, Relation, SourceDocument } from '../core/index.js';
import type { Analysis } from '../nlp/analyze.js';
import type { DateMention } from '../nlp/dates.js';
import type { GazetteerMatch } from '../nlp/gazetteer.js';
import type { Resources } from './resources.js';

export interface Mention {
  start: number;
  end: number;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  id: string;
  type: EntityType;
  /** How the mention was linked: kb:name, kb:demonym, kb:capital, kb:surname, kb:fuzzy, title, new:head, new:person. */
  via: string;
  /** Display name for entities the knowledge base does not know. */
  name?: string;
  /** Affiliation learnt from the text ("Japanese Prime Minister X" → country:JPN). */
  affiliation?: string;
  /** Office role named right before the mention ("Prime Minister Kishida" → prime-minister). */
  role?: string;
}

export interface DocContext {
  doc: SourceDocument;
  body: string;
  res: Resources;
  analysis?: Analysis;
  /** Knowledge-base names in the text, longest first, found once for every later stage. */
  names?: GazetteerMatch[];
  published?: { date: string | null; from: 'metadata' | 'text' | 'inferred' | 'unknown' };
  title?: string | null;
  dates?: DateMention[];
  mentions?: Mention[];
  quotes?: Quote[];
  events?: Event[];
  relations?: Relation[];
}

export type ContextField = Exclude<keyof DocContext, 'doc' | 'body' | 'res'>;

export interface Stage {
  name: string;
  requires: ContextField[];
  assigns: ContextField[];
  run(ctx: DocContext): void;
}

/** Token → mention covering it, for stages that attach actors by position. */
export function mentionAtToken(mentions: Mention[], t: number): Mention | undefined {
  return mentions.find((m) => m.t0 <= t && t < m.t1);
}

export function isActorType(type: EntityType): boolean {
  return type === 'country' || type === 'org' || type === 'person';
}
