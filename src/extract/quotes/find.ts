// Quoted passages in straight or curly double quotes. A quote left open at a paragraph's end
// closes there (news style reopens it in the next paragraph); a stray opening mark right before
// a line end or a space closes an open quote (a common typo: “…[3]“).
export interface QuoteSpan {
  /** Offsets of the text inside the marks. */
  start: number;
  end: number;
  /** Offsets including the marks. */
  outerStart: number;
  outerEnd: number;
}

const OPEN = new Set(['“', '„', '«']);
const CLOSE = new Set(['”', '»']);

export function findQuotes(body: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  // Jump from one mark or line break to the next instead of reading every character.
  const marks = /["“”„«»\n]/g;
  for (let m = marks.exec(body); m !== null; m = marks.exec(body)) {
    const i = m.index;
    const c = body[i] ?? '';
    if (c === '\n' && body[i + 1] === '\n' && open >= 0) {
      // Paragraph ends inside a quote.
      push(out, body, open, i, i);
      open = -1;
      continue;
    }
    if (c !== '"' && !OPEN.has(c) && !CLOSE.has(c)) continue;
    const prev = body[i - 1] ?? ' ';
    const next = body[i + 1] ?? ' ';
    const opensHere = c === '"' ? /[\s([{\-—–:]/.test(prev) || i === 0 : OPEN.has(c);
    if (open < 0) {
      if (opensHere || (c === '"' && !/\s/.test(next))) open = i;
      continue;
    }
    const closes = CLOSE.has(c) || c === '"' || (OPEN.has(c) && (/\s/.test(next) || i + 1 >= body.length));
    if (closes) {
      push(out, body, open, i, i + 1);
      open = -1;
    } else if (OPEN.has(c)) {
      open = i;
    }
  }
  if (open >= 0) push(out, body, open, body.length, body.length);
  return out;
}

function push(out: QuoteSpan[], body: string, open: number, close: number, outerEnd: number): void {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(body[start] ?? '')) start++;
  while (end > start && /\s/.test(body[end - 1] ?? '')) end--;
  if (end - start < 2) return;
  out.push({ start, end, outerStart: open, outerEnd });
}
