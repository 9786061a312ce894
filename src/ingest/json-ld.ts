// The few article facts a page's JSON-LD gives that its meta tags may not.
import { isPlainObject } from './meta-fields.js';

export interface LdFacts {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
}

const ARTICLE_TYPE = /Article|Posting|Report/;

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function nameOf(v: unknown): string | null {
  if (Array.isArray(v)) return nameOf(v[0]);
  if (isPlainObject(v)) return str(v.name);
  return str(v);
}

function* objects(v: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (depth > 4) return;
  if (Array.isArray(v)) for (const x of v) yield* objects(x, depth + 1);
  else if (isPlainObject(v)) {
    yield v;
    if (v['@graph']) yield* objects(v['@graph'], depth + 1);
  }
}

function isArticle(o: Record<string, unknown>): boolean {
  const type = o['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t)) || 'datePublished' in o;
}

export function ldFacts(scripts: string[]): LdFacts {
  for (const raw of scripts) {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      continue;
    }
    for (const o of objects(json)) {
      if (!isArticle(o)) continue;
      return {
        headline: str(o.headline),
        datePublished: str(o.datePublished),
        author: nameOf(o.author),
        publisher: nameOf(o.publisher),
      };
    }
  }
  return { headline: null, datePublished: null, author: null, publisher: null };
}
