// Raw XML character data (as a stop node keeps it) to text: CDATA sections are literal, the rest
// has its entities decoded once, so escaped HTML in a feed comes out as HTML.
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|lt|gt|amp|quot|apos);/gi;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
    const cp =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
  });
}

export function decodeXmlText(raw: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const start = raw.indexOf('<![CDATA[', i);
    if (start < 0) return out + decodeEntities(raw.slice(i));
    out += decodeEntities(raw.slice(i, start));
    const end = raw.indexOf(']]>', start + 9);
    if (end < 0) return out + raw.slice(start + 9);
    out += raw.slice(start + 9, end);
    i = end + 3;
  }
}
