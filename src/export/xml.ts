// Characters XML 1.0 cannot carry at all: C0 controls other than tab, LF, CR, and U+FFFE/U+FFFF.
function xmlChar(c: string): boolean {
  const n = c.charCodeAt(0);
  return n >= 0x20 ? n !== 0xfffe && n !== 0xffff : n === 0x09 || n === 0x0a || n === 0x0d;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function xmlEscape(s: string): string {
  let out = '';
  for (const c of s) if (xmlChar(c)) out += ENTITIES[c] ?? c;
  return out;
}
