// A readable golden snapshot of one extraction: markdown tables a reviewer reads as a diff
// when a rule or a lexicon changes what Entente finds in the corpus.
import type { Extraction } from '../core/index.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderSnapshot(x: Extraction): string {
  const d = x.document;
  const out: string[] = [
    `# ${d.id}`,
    '',
    `title: ${d.title ?? '(none)'}  `,
    `published: ${d.published ?? 'unknown'} (${d.publishedFrom})`,
    '',
  ];
  out.push(
    `## Events (${x.events.length})`,
    '',
    '| code | source → target | date | rule | evidence |',
    '|---|---|---|---|---|',
  );
  for (const e of x.events) {
    out.push(
      `| ${e.code}${e.negated ? ' ¬' : ''} | ${e.source.join(' + ')} → ${e.target.join(' + ') || '–'} | ${e.date ?? '–'} | ${e.rule} | ${cell(e.evidence.text)} |`,
    );
  }
  out.push('', `## Quotes (${x.quotes.length})`, '', '| speaker | rule | quote |', '|---|---|---|');
  for (const q of x.quotes)
    out.push(
      `| ${q.speaker ?? '–'} | ${q.rule ?? ''} | ${cell(q.text.length > 120 ? `${q.text.slice(0, 119)}…` : q.text)} |`,
    );
  out.push('', `## Relations (${x.relations.length})`, '', '| relation | dates | rule |', '|---|---|---|');
  for (const r of x.relations) {
    out.push(
      `| ${r.negated ? 'NOT ' : ''}${r.subject} ${r.type}${r.role ? ` (${r.role})` : ''} ${r.object} | ${r.start ?? ''}–${r.end ?? ''} | ${r.rule ?? ''} |`,
    );
  }
  out.push('', `## Entities (${x.entities.length})`, '', '| id | linked by | mentions |', '|---|---|---|');
  for (const e of [...x.entities].sort((a, b) => a.id.localeCompare(b.id))) {
    const forms = [...new Set(e.mentions.map((m) => m.text))].join(', ');
    out.push(`| ${e.id} | ${e.linkedBy ?? ''} | ${e.mentions.length}: ${cell(forms)} |`);
  }
  return `${out.join('\n')}\n`;
}
