// The extraction contract (../shared/CONTRACT.md): the one JSON shape in which Entente
// reports what it read in one document. Fields beyond the contract are optional extras.

export type EntityType = 'country' | 'org' | 'person' | 'place' | 'agreement';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface DocumentInfo {
  id: string;
  title: string | null;
  published: string | null;
  publishedFrom: 'metadata' | 'text' | 'inferred' | 'unknown';
  url?: string | null;
  source?: string | null;
  author?: string | null;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  affiliation?: string;
  mentions: Span[];
  /** Why the entity got this id: "kb:alias", "kb:fuzzy", "new-name", ... */
  linkedBy?: string;
}

export interface Event {
  code: string;
  root: string;
  goldstein: number;
  source: string[];
  target: string[];
  date: string | null;
  /** Where the date came from: the clause ("text"), the surrounding story ("context"), the publication date. */
  dateFrom?: 'text' | 'context' | 'published' | 'none';
  location?: string | null;
  negated?: boolean;
  evidence: Span;
  confidence: number;
  /** The id of the lexicon pattern that coded this event. */
  rule: string;
  /** Numbers the event's clause gives ("fired two ballistic missiles"), for comparing reports. */
  quantities?: Quantity[];
}

/** A counted thing: `value` of `unit` (the noun's lemma, or a currency code). */
export interface Quantity extends Span {
  value: number;
  unit: string;
  /** False for "about 40", "more than 12", "dozens": a bound or an estimate, not a count. */
  exact: boolean;
}

export interface Quote {
  speaker: string | null;
  text: string;
  start: number;
  end: number;
  /** How the speaker was found: "said-after", "colon-lead", "pronoun", ... */
  rule?: string;
}

export type RelationType = 'member_of' | 'partner_of' | 'holds_office' | 'allied_with';

export interface Relation {
  type: RelationType;
  subject: string;
  object: string;
  role?: string;
  start: string | null;
  end: string | null;
  negated: boolean;
  former?: boolean;
  evidence?: Span;
  rule?: string;
}

export interface Extraction {
  document: DocumentInfo;
  entities: Entity[];
  events: Event[];
  quotes: Quote[];
  relations: Relation[];
}
