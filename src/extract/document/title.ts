// The headline: the first Title Case line near the top that is not navigation, a byline or a
// caption; null when the text has none.
import type { Stage } from '../context.js';

const ROLE_AFTER_COMMA =
  /,\s*(advisor|adviser|correspondent|editor|professor|ambassador|director|fellow|analyst|reporter|writer|staff|contributor)\b/i;

export const titleStage: Stage = {
  name: 'title',
  requires: [],
  assigns: ['title'],
  run(ctx) {
    ctx.title = ctx.doc.title ?? findHeadline(ctx.body);
  },
};

export function findHeadline(body: string): string | null {
  const lines = body.split('\n').slice(0, 12);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    // Past the first paragraph of running text, a short line is a section heading, not the headline.
    if (line.split(/\s+/).length >= 25) return null;
    // A sentence-case headline stands alone: first in the text or followed by a blank line.
    const alone =
      (lines[i + 1] ?? '').trim() === '' && lines.slice(0, i).every((l) => l.trim().split(/\s+/).length <= 3);
    if (
      !line ||
      /^[-•*\d[(]/.test(line) ||
      ROLE_AFTER_COMMA.test(line) ||
      /[.:;)]$/.test(line) ||
      line.length > 160
    )
      continue;
    const words = line.split(/\s+/);
    if (words.length < 4 || words.length > 22) continue;
    const content = words.filter((w) => /^\p{L}/u.test(w) && w.replace(/[^\p{L}]/gu, '').length >= 4);
    if (content.length === 0) continue;
    const capped = content.filter((w) => /^\p{Lu}/u.test(w)).length;
    if (capped / content.length >= 0.8 || (alone && words.length >= 5 && /^\p{Lu}/u.test(line))) return line;
  }
  return null;
}
