// The `entente` command line: thin wrappers over src/app use cases. Each command lives in
// src/cli/commands/<name>.ts and is registered in commands/index.ts.
import { Command } from 'commander';
import { isEntenteError } from '../core/index.js';
import { registerCommands } from './commands/index.js';

export async function main(argv: string[]): Promise<void> {
  const program = new Command();
  program
    .name('entente')
    .description('Reads news on international security and builds a time-aware knowledge graph.')
    .version('0.1.0')
    .showHelpAfterError();
  registerCommands(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    // Users get one line, never a stack trace; ENTENTE_DEBUG=1 shows it for developers.
    if (process.env.ENTENTE_DEBUG) console.error(e);
    console.error(`entente: ${isEntenteError(e) ? e.toLine() : e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
