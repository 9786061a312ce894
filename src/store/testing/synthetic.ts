// Synthetic articles with extractions for tests and benchmarks: random prose over a fixed
// vocabulary (so no two articles are near-duplicates), actors drawn from a Zipf distribution,
// events, quotes and relations whose offsets point into the text.
import type { Entity, Event, Extraction, Quote, Relation, SourceDocument } from '../../core/index.js';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws 0..n-1 with probability proportional to 1/(k+1)^s. */
export function zipf(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += 1 / (k + 1) ** s;
    cdf[k] = sum;
  }
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'te',
  'vu',
  'sen',
  'dor',
  'pal',
  'ix',
  'or',
  'an',
  'bel',
  'cu',
  'fe',
  'gi',
  'ho',
  'ju',
  'nar',
  'qui',
];

export function vocabulary(n: number, random: () => number): string[] {
  const out = new Set<string>();
  while (out.size < n) {
    let w = '';
    const len = 1 + Math.floor(random() * 3);
    for (let i = 0; i < len; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    out.add(w);
  }
  return [...out];
}

export const CODES = [
  '010',
  '020',
  '022',
  '030',
  '032',
  '036',
  '040',
  '042',
  '043',
  '046',
  '051',
  '057',
  '061',
  '062',
  '071',
  '073',
  '111',
  '112',
  '120',
  '130',
  '150',
  '163',
  '172',
  '190',
  '0332',
  '0334',
  '1032',
];
export const COUNTRIES = [
  'USA',
  'CHN',
  'RUS',
  'JPN',
  'KOR',
  'PRK',
  'UKR',
  'GBR',
  'FRA',
  'DEU',
  'IND',
  'AUS',
  'NZL',
  'ITA',
  'ESP',
  'POL',
  'TUR',
  'IRN',
  'ISR',
  'CAN',
];

/** Actor ids: the first twenty are states, then organisations and people (people act for a state). */
export function actorId(k: number): string {
  if (k < COUNTRIES.length) return `country:${COUNTRIES[k]}`;
  if (k % 7 === 0) return `org:org-${k}`;
  return `person:person-${k}`;
}

export function actorCountry(k: number): string {
  return `country:${COUNTRIES[k % COUNTRIES.length]}`;
}

/** What a synthetic event was made of, so that another article can report the same action. */
export interface EventSpec {
  code: string;
  source: number;
  target: number | null;
  date: string | null;
}

export interface SyntheticOptions {
  seed: number;
  actors: number;
  events: number;
  quotes?: number;
  /** Day numbers (days since 1970-01-01) to draw dates from. */
  firstDay?: number;
  lastDay?: number;
  /** Publication day (days since 1970-01-01); default: drawn between firstDay and lastDay. */
  published?: number;
  /** For event k: an earlier event to report again (same action), or null for a new one. */
  template?: (k: number) => EventSpec | null;
}

export interface World {
  random: () => number;
  words: string[];
  pickActor: () => number;
}

export function world(seed: number, actors: number): World {
  const random = rng(seed);
  return { random, words: vocabulary(3000, random), pickActor: zipf(actors, 1, random) };
}

function iso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** One article: its text, metadata and a consistent extraction. */
export function syntheticArticle(
  w: World,
  i: number,
  opts: SyntheticOptions,
): { doc: SourceDocument; extraction: Extraction; specs: EventSpec[] } {
  const r = w.random;
  const first = opts.firstDay ?? 16_436; // 2015-01-01
  const last = opts.lastDay ?? 20_453; // 2025-12-31
  const published = opts.published ?? first + Math.floor(r() * (last - first));
  const parts: string[] = [];
  let length = 0;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const sentence = (n: number) => {
    const ws: string[] = [];
    for (let k = 0; k < n; k++) ws.push(w.words[Math.floor(r() * w.words.length)] as string);
    const s = ws.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  const entities = new Map<string, Entity>();
  const mention = (k: number): string => {
    const id = actorId(k);
    const name = id.slice(id.indexOf(':') + 1).replace(/-/g, ' ');
    const start = length;
    push(name);
    let e = entities.get(id);
    if (!e) {
      e = { id, type: id.slice(0, id.indexOf(':')) as Entity['type'], name, mentions: [] };
      if (e.type === 'person') e.affiliation = actorCountry(k);
      entities.set(id, e);
    }
    e.mentions.push({ start, end: start + name.length, text: name });
    return id;
  };
  push(`${sentence(8)}.\n\n`);
  const events: Event[] = [];
  const specs: EventSpec[] = [];
  for (let k = 0; k < opts.events; k++) {
    const t = opts.template?.(k) ?? null;
    push(`${sentence(6)}. `);
    const start = length;
    const sk = t ? t.source : w.pickActor();
    const s = mention(sk);
    push(` ${sentence(3).toLowerCase()} `);
    let tk: number | null = null;
    if (t ? t.target !== null : r() < 0.85) {
      tk = t ? (t.target as number) : w.pickActor();
      if (actorId(tk) === s) tk = (tk + 1) % opts.actors;
    }
    const target = tk === null ? null : mention(tk);
    push(` ${sentence(4).toLowerCase()}`);
    const end = length;
    push('.\n');
    const code = t ? t.code : (CODES[Math.floor(r() * CODES.length)] as string);
    const day = published - Math.floor(r() * 30);
    const p = r();
    const date = t
      ? t.date
      : p < 0.5
        ? iso(day)
        : p < 0.8
          ? iso(day).slice(0, 7)
          : p < 0.9
            ? iso(day).slice(0, 4)
            : null;
    specs.push({ code, source: sk, target: tk, date });
    events.push({
      code,
      root: code.slice(0, 2),
      goldstein: Math.round((r() * 20 - 10) * 10) / 10,
      source: [s],
      target: target ? [target] : [],
      date,
      location: !t && r() < 0.3 ? `place:city-${Math.floor(r() * 200)}` : null,
      evidence: { start, end, text: '' },
      confidence: 0.9,
      rule: `pattern-${code}`,
      ...(!t && r() < 0.03 ? { negated: true } : {}),
    });
  }
  const quotes: Quote[] = [];
  for (let k = 0; k < (opts.quotes ?? 3); k++) {
    const speaker = mention(w.pickActor());
    push(' said: "');
    const start = length;
    const text = sentence(12);
    push(text);
    const end = length;
    push('."\n');
    quotes.push({ speaker, text, start, end });
  }
  const body = parts.join('');
  for (const e of events) e.evidence.text = body.slice(e.evidence.start, e.evidence.end);
  const relations: Relation[] = [...entities.values()]
    .filter((e) => e.type === 'person')
    .slice(0, 2)
    .map((e) => ({
      type: 'holds_office',
      subject: e.id,
      object: e.affiliation as string,
      role: 'minister',
      start: null,
      end: null,
      negated: false,
      evidence: e.mentions[0] as Entity['mentions'][number],
    }));
  const id = `syn_${String(i).padStart(7, '0')}`;
  const outlet = `outlet-${Math.floor(r() * 200)}`;
  const doc: SourceDocument = {
    id,
    body,
    title: sentence(6),
    published: iso(published),
    url: `https://${outlet}.example/${id}`,
    source: null,
    author: null,
    origin: id,
    format: 'text',
  };
  return {
    doc,
    extraction: {
      document: { id, title: doc.title, published: doc.published, publishedFrom: 'metadata' },
      entities: [...entities.values()],
      events,
      quotes,
      relations,
    },
    specs,
  };
}
