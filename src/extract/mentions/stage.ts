import type { Stage } from '../context.js';
import { linkMentions } from './link.js';

export const mentionsStage: Stage = {
  name: 'mentions',
  requires: ['analysis', 'names', 'published'],
  assigns: ['mentions'],
  run(ctx) {
    if (!ctx.analysis) return;
    ctx.mentions = linkMentions(ctx.analysis.tokens, ctx.names ?? [], ctx.res, ctx.published?.date ?? null);
  },
};
