import type { Command } from 'commander';
import { registerExtract } from './extract.js';

// One line per command file; keep in the order `entente --help` shows them.
export function registerCommands(program: Command): void {
  registerExtract(program);
}
