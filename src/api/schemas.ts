// What the API accepts (validated with zod before anything runs) and what it answers (the same
// schemas describe the responses in the OpenAPI document, and the tests check real answers
// against them).
import { z } from 'zod';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const entityId = z
  .string()
  .max(200)
  .regex(
    /^(country|org|person|place|agreement):[^\s/]+$/,
    'an entity id such as person:fumio-kishida or country:JPN',
  )
  .describe('entity id, e.g. person:fumio-kishida, country:JPN, org:NATO');
export const isoDate = z
  .string()
  .regex(DATE, 'a date: YYYY, YYYY-MM or YYYY-MM-DD')
  .describe('YYYY, YYYY-MM or YYYY-MM-DD');
export const day = z.string().regex(DAY, 'a day: YYYY-MM-DD').describe('YYYY-MM-DD');
export const cameoCode = z
  .string()
  .regex(/^\d{2,4}$/, 'a CAMEO code or root: 04, 040, 0332')
  .describe('CAMEO code prefix: 04, 040, 0332');
const docId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\s]+$/, 'a document id')
  .describe('document id');

const limit = (max: number, dflt: number) =>
  z.coerce.number().int().min(1).max(max).default(dflt).describe(`at most ${max}`);
const offset = z.coerce.number().int().min(0).max(1_000_000).default(0);

export const PageQuery = z.strictObject({ limit: limit(500, 50), offset });

export const EventQuery = z
  .strictObject({
    actor: entityId.optional(),
    with: entityId.optional().describe('a second actor, taking part together with `actor`'),
    code: cameoCode.optional(),
    since: isoDate.optional(),
    until: isoDate.optional(),
    place: entityId.optional(),
    limit: limit(500, 50),
    offset,
  })
  .refine((q) => !q.with || q.actor, { message: '`with` needs `actor`', path: ['with'] });

export const StoryQuery = z
  .strictObject({
    actor: entityId.optional(),
    with: entityId.optional(),
    code: cameoCode.optional(),
    since: isoDate.optional(),
    until: isoDate.optional(),
    place: entityId.optional(),
    minReports: z.coerce
      .number()
      .int()
      .min(1)
      .max(1000)
      .optional()
      .describe('only stories with at least this many reports'),
    limit: limit(500, 50),
    offset,
  })
  .refine((q) => !q.with || q.actor, { message: '`with` needs `actor`', path: ['with'] });

export const TimelineQuery = z.strictObject({
  actor: entityId,
  with: entityId.optional(),
  limit: limit(1000, 500),
  offset,
});

const rootList = z
  .string()
  .regex(/^\d{2}(,\d{2})*$/, 'CAMEO roots separated by commas: 04,05')
  .transform((s) => [...new Set(s.split(','))])
  .describe('CAMEO roots separated by commas, e.g. 03,04,05');

export const NetworkQuery = z.strictObject({
  since: isoDate.optional(),
  until: isoDate.optional(),
  roots: rootList.optional(),
  limit: limit(1000, 300).describe('at most this many actors, the busiest first'),
});

export const SearchQuery = z.strictObject({
  q: z.string().trim().min(1, 'type something to search for').max(200),
  limit: limit(50, 10),
});

export const EntitiesQuery = z.strictObject({
  q: z.string().trim().min(1, 'type part of a name').max(200),
  type: z.enum(['country', 'org', 'person', 'place', 'agreement']).optional(),
  limit: limit(100, 20),
});

export const MembersQuery = z.strictObject({ on: day });

export const IdParam = z.object({ id: entityId });
export const DocParam = z.object({ id: docId });
export const StoryParam = z.object({ id: z.string().min(1).max(100) });
export const OrgParam = z.object({ id: entityId });

export const MAX_ARTICLE_CHARS = 1_500_000;
export const ArticleBody = z
  .strictObject({
    text: z.string().max(MAX_ARTICLE_CHARS).optional().describe('the article as plain text'),
    html: z.string().max(MAX_ARTICLE_CHARS).optional().describe('the article as an HTML page'),
    title: z.string().max(500).optional(),
    published: isoDate.optional(),
    url: z.url().max(2000).optional(),
    source: z.string().max(200).optional().describe('outlet name'),
  })
  .refine((b) => (b.text === undefined) !== (b.html === undefined), {
    message: 'give exactly one of "text" or "html"',
    path: ['text'],
  })
  .refine((b) => (b.text ?? b.html ?? '').trim().length > 0, {
    message: 'the article is empty',
    path: ['text'],
  });

// ---- responses ---------------------------------------------------------------------------

const span = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
const labels = z.record(z.string(), z.string()).describe('display labels of the entity ids in the answer');

export const ErrorResponse = z.object({ error: z.string(), detail: z.unknown() });

export const DocumentInfo = z.looseObject({
  id: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  publishedFrom: z.enum(['metadata', 'text', 'inferred', 'unknown']),
});

export const Extraction = z.looseObject({
  document: DocumentInfo,
  entities: z.array(
    z.looseObject({
      id: z.string(),
      type: z.string(),
      name: z.string(),
      affiliation: z.string().optional(),
      mentions: z.array(span),
    }),
  ),
  events: z.array(
    z.looseObject({
      code: z.string(),
      root: z.string(),
      goldstein: z.number(),
      source: z.array(z.string()),
      target: z.array(z.string()),
      date: z.string().nullable(),
      location: z.string().nullable().optional(),
      negated: z.boolean().optional(),
      evidence: span,
      confidence: z.number(),
      rule: z.string(),
    }),
  ),
  quotes: z.array(
    z.looseObject({
      speaker: z.string().nullable(),
      text: z.string(),
      start: z.number().int(),
      end: z.number().int(),
    }),
  ),
  relations: z.array(
    z.looseObject({
      type: z.string(),
      subject: z.string(),
      object: z.string(),
      start: z.string().nullable(),
      end: z.string().nullable(),
      negated: z.boolean(),
    }),
  ),
});

export const DocumentSummary = z.object({
  id: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  entities: z.number().int(),
  events: z.number().int(),
  quotes: z.number().int(),
});
export const DocumentList = z.object({ total: z.number().int(), items: z.array(DocumentSummary) });

export const DocumentView = z.object({
  id: z.string(),
  text: z.string(),
  duplicateOf: z.string().nullable(),
  extraction: Extraction,
  links: z.array(
    z.object({ index: z.number().int(), story: z.string().nullable(), sources: z.number().int() }),
  ),
  labels,
});

export const StoredEvent = z.looseObject({
  id: z.number().int(),
  doc: z.string(),
  code: z.string(),
  root: z.string(),
  goldstein: z.number(),
  source: z.array(z.string()),
  target: z.array(z.string()),
  date: z.string().nullable(),
  location: z.string().nullable(),
  negated: z.boolean(),
  evidence: span,
  confidence: z.number(),
  rule: z.string(),
  story: z.string(),
  sources: z.number().int(),
});
export const EventList = z.object({ items: z.array(StoredEvent), labels });

const report = z.looseObject({
  doc: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  rule: z.string(),
  title: z.string().nullable(),
  source: z.string().nullable(),
});
export const Story = z.looseObject({
  id: z.string(),
  code: z.string(),
  root: z.string(),
  source: z.array(z.string()),
  target: z.array(z.string()),
  date: z.string().nullable(),
  location: z.string().nullable(),
  negated: z.boolean(),
  reports: z.array(report),
  sources: z.number().int(),
  rule: z.string(),
});
export const StoryList = z.object({ items: z.array(Story), labels });
export const StoryDetail = Story.extend({ labels });

const passage = z.object({
  doc: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  source: z.string().nullable(),
  before: z.string(),
  after: z.string(),
});
export const ConflictList = z.object({
  items: z.array(z.object({ kind: z.string(), note: z.string(), a: passage, b: passage })),
  labels,
});

export const Timeline = z.object({
  actors: z.array(z.string()),
  months: z.array(z.object({ month: z.string(), events: z.number().int(), goldstein: z.number() })),
  events: z.array(StoredEvent),
  labels,
});

export const EntityHit = z.object({
  id: z.string(),
  type: z.string(),
  name: z.string(),
  matched: z.string(),
  documents: z.number().int(),
  mentions: z.number().int(),
});
export const EntityList = z.object({ items: z.array(EntityHit) });

const interval = z.looseObject({
  type: z.string(),
  subject: z.string(),
  object: z.string(),
  role: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  negated: z.boolean(),
  from: z.string(),
});
const storedQuote = z.looseObject({
  id: z.number().int(),
  doc: z.string(),
  speaker: z.string().nullable(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export const EntityProfile = z.looseObject({
  id: z.string(),
  type: z.string(),
  name: z.string(),
  names: z.array(z.string()),
  affiliations: z.array(z.string()),
  offices: z.array(interval),
  memberships: z.array(interval),
  members: z.array(interval),
  events: z.object({
    total: z.number().int(),
    byRoot: z.array(z.object({ root: z.string(), events: z.number().int(), goldstein: z.number() })),
  }),
  partners: z.array(
    z.object({ id: z.string(), name: z.string(), events: z.number().int(), goldstein: z.number() }),
  ),
  quotes: z.array(storedQuote),
  sources: z.array(z.object({ outlet: z.string(), events: z.number().int() })),
  recent: z.array(StoredEvent),
  labels,
});

const searchHit = z.looseObject({
  kind: z.enum(['document', 'quote']),
  doc: z.string(),
  title: z.string().nullable(),
  snippet: z.string(),
});
export const SearchResult = z.object({
  entities: z.array(EntityHit),
  documents: z.array(searchHit),
  quotes: z.array(searchHit),
});

export const Network = z.object({
  nodes: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      type: z.string(),
      country: z.string().nullable(),
      events: z.number().int(),
    }),
  ),
  edges: z.array(z.object({ a: z.string(), b: z.string(), events: z.number().int(), goldstein: z.number() })),
});

export const MemberList = z.object({
  org: z.string(),
  on: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      type: z.enum(['member_of', 'partner_of']),
      start: z.string().nullable(),
      end: z.string().nullable(),
      from: z.string(),
    }),
  ),
});

export const Stats = z.looseObject({
  documents: z.number().int(),
  events: z.number().int(),
  stories: z.number().int(),
  conflicts: z.number().int(),
});

export const CameoRoots = z.object({
  items: z.array(z.object({ root: z.string(), name: z.string(), goldstein: z.number() })),
});

export const ReadResult = z.object({
  text: z.string().describe('the text as read: offsets point into it'),
  extraction: Extraction,
  labels,
});
export const IngestResult = z.object({
  status: z.enum(['added', 'unchanged', 'near-duplicate']),
  docId: z.string(),
  duplicateOf: z.string().optional(),
  events: z.number().int(),
  text: z.string(),
  extraction: Extraction,
  labels,
});
