import type { Command } from 'commander';
import { registerEntity } from './entity.js';
import { registerEvents } from './events.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerKb } from './kb.js';
import { registerSearch } from './search.js';
import { registerServe } from './serve.js';
import { registerStories } from './stories.js';

// One line per command file; keep in the order `entente --help` shows them.
export function registerCommands(program: Command): void {
  registerExtract(program);
  registerIngest(program);
  registerEvents(program);
  registerStories(program);
  registerEntity(program);
  registerSearch(program);
  registerExport(program);
  registerServe(program);
  registerKb(program);
}
