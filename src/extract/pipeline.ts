// The extraction pipeline, in order. Each stage declares what it requires and assigns;
// checkOrder() fails at load time if a stage would read a field nothing before it wrote.
import { analyze } from '../nlp/analyze.js';
import { findNames } from '../nlp/gazetteer.js';
import type { ContextField, DocContext, Stage } from './context.js';
import { publishedStage } from './document/published.js';
import { titleStage } from './document/title.js';
import { eventsStage } from './events/stage.js';
import { mentionsStage } from './mentions/stage.js';
import { quotesStage } from './quotes/stage.js';
import { relationsStage } from './relations/stage.js';

const analysisStage: Stage = {
  name: 'analysis',
  requires: [],
  assigns: ['analysis'],
  run(ctx) {
    ctx.analysis = analyze(ctx.body);
  },
};

const namesStage: Stage = {
  name: 'names',
  requires: ['analysis'],
  assigns: ['names'],
  run(ctx) {
    ctx.names = ctx.analysis ? findNames(ctx.analysis.tokens, ctx.res.gazetteer) : [];
  },
};

export const PIPELINE: Stage[] = [
  analysisStage,
  namesStage,
  titleStage,
  publishedStage,
  mentionsStage,
  quotesStage,
  eventsStage,
  relationsStage,
];

export function checkOrder(stages: Stage[]): void {
  const have = new Set<ContextField>();
  for (const s of stages) {
    for (const r of s.requires)
      if (!have.has(r)) throw new Error(`stage ${s.name} requires ${r}, which no earlier stage assigns`);
    for (const a of s.assigns) have.add(a);
  }
}

checkOrder(PIPELINE);

export function runPipeline(ctx: DocContext, stages: Stage[] = PIPELINE): DocContext {
  for (const s of stages) s.run(ctx);
  return ctx;
}
