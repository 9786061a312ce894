// The readable default of `entente extract`: per document, its events, quotes and entities.
import Table from 'cli-table3';
import type { Extraction } from '../../core/index.js';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function documentTable(x: Extraction): string {
  const d = x.document;
  const lines: string[] = [];
  lines.push(
    `\n${d.id}  ${d.title ?? '(no title)'}  published ${d.published ?? 'unknown'} (${d.publishedFrom})`,
  );
  const ev = new Table({
    head: ['code', 'source', 'target', 'date', 'evidence', 'rule'],
    wordWrap: true,
    colWidths: [7, 24, 24, 12, 50, 26],
  });
  for (const e of x.events) {
    ev.push([
      `${e.code}${e.negated ? ' ¬' : ''}`,
      e.source.join('\n'),
      e.target.join('\n') || '–',
      e.date ?? '–',
      clip(e.evidence.text, 140),
      e.rule,
    ]);
  }
  lines.push(`events (${x.events.length})`, ev.toString());
  const q = new Table({ head: ['speaker', 'quote'], wordWrap: true, colWidths: [26, 110] });
  for (const qt of x.quotes) q.push([qt.speaker ?? '–', clip(qt.text, 200)]);
  lines.push(`quotes (${x.quotes.length})`, q.toString());
  const ents = x.entities.map((e) => `${e.id}×${e.mentions.length}`).join('  ');
  lines.push(`entities (${x.entities.length}): ${ents}`);
  if (x.relations.length > 0) {
    lines.push(
      `relations (${x.relations.length}): ${x.relations.map((r) => `${r.negated ? 'NOT ' : ''}${r.subject} ${r.type}${r.role ? `(${r.role})` : ''} ${r.object}`).join('; ')}`,
    );
  }
  return lines.join('\n');
}
