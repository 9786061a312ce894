// Text at stored offsets, read from the document body (bodies are cached for one query).
import type { StoreCtx } from '../context.js';

export class BodyCache {
  private readonly bodies = new Map<number, { key: string; body: string }>();
  constructor(private readonly ctx: StoreCtx) {}

  doc(id: number): { key: string; body: string } {
    let d = this.bodies.get(id);
    if (!d) {
      d = this.ctx.st.get('SELECT key, body FROM documents WHERE id = ?').get(id) as {
        key: string;
        body: string;
      };
      this.bodies.set(id, d);
    }
    return d;
  }

  span(doc: number, start: number, end: number): { doc: string; start: number; end: number; text: string } {
    const d = this.doc(doc);
    return { doc: d.key, start, end, text: d.body.slice(start, end) };
  }
}
