import type { Command } from 'commander';

// One line per command file; keep in the order `entente --help` shows them.
export function registerCommands(program: Command): void {
  void program;
}
