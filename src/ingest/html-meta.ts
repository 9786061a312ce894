// Document metadata from a scanned page, in the order publishers fill it in reliably:
// Open Graph / article tags, then plain meta names, then JSON-LD, then the visible page.
import type { HtmlScan } from './html-scan.js';
import { toIsoDate } from './iso-date.js';
import { ldFacts } from './json-ld.js';
import { type DocMeta, isAbsoluteUrl } from './meta-fields.js';

const clean = (s: string | null | undefined) => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

/** "Headline | Site" → "Headline" when the site is known. */
function stripSiteName(title: string | null, site: string | null): string | null {
  if (!title || !site) return title;
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ']) {
    if (title.endsWith(sep + site) && title.length > sep.length + site.length) {
      return title.slice(0, -(sep.length + site.length)).trim();
    }
  }
  return title;
}

/** Bylines often come as "By Jane Doe"; profile URLs are not names. */
function authorName(s: string | null): string | null {
  if (!s || /^https?:\/\//i.test(s)) return null;
  return clean(s.replace(/^by\s+/i, ''));
}

export function htmlMeta(scan: HtmlScan): DocMeta {
  const m = (key: string) => clean(scan.meta.get(key));
  const ld = ldFacts(scan.jsonLd);
  const source = m('og:site_name') ?? clean(ld.publisher);
  const title =
    m('og:title') ?? m('twitter:title') ?? stripSiteName(clean(scan.title), source) ?? clean(ld.headline);
  const author = authorName(m('author')) ?? authorName(m('article:author')) ?? authorName(ld.author);
  const dates = [
    m('article:published_time'),
    m('og:published_time'),
    m('date'),
    m('datepublished'),
    m('pubdate'),
    m('publishdate'),
    m('dc.date'),
    ld.datePublished,
    scan.time,
  ];
  let published: string | null = null;
  for (const d of dates) {
    published = toIsoDate(d);
    if (published) break;
  }
  const url = [m('og:url'), clean(scan.canonical)].find((u): u is string => !!u && isAbsoluteUrl(u)) ?? null;
  return { title, author, published, url, source };
}
