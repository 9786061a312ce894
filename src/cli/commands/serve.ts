// `entente serve [--db FILE] [--port 8080] [--host 127.0.0.1] [--token TOKEN]`
import type { Command } from 'commander';
import { startServer } from '../../api/server.js';

interface ServeFlags {
  db: string;
  port: string;
  host: string;
  token?: string;
  corpus: boolean;
  kb?: string[];
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'serve the web explorer and the JSON API (an empty database is first filled from the bundled corpus)',
    )
    .option('--db <file>', 'SQLite database file (created when missing)', 'entente.db')
    .option('--port <n>', 'port to listen on (0: any free port)', '8080')
    .option('--host <addr>', 'address to listen on; beyond loopback, writes need --token', '127.0.0.1')
    .option('--token <token>', 'bearer token that writes must send (default: $ENTENTE_TOKEN)')
    .option('--no-corpus', 'leave an empty database empty instead of reading the bundled corpus')
    .option('--kb <dir...>', 'extra knowledge-base directories with files in the data/kb format')
    .action(async (opts: ServeFlags) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port must be a number from 0 to 65535, not ${JSON.stringify(opts.port)}`);
      const started = Date.now();
      const server = await startServer({
        db: opts.db,
        port,
        host: opts.host,
        token: opts.token ?? process.env.ENTENTE_TOKEN ?? null,
        seed: opts.corpus ? undefined : false,
        ...(opts.kb ? { kbDirs: opts.kb } : {}),
      });
      const s = server.explorer.stats();
      if (server.seeded)
        console.error(
          `entente: read ${server.seeded} articles of the bundled corpus into ${opts.db} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
      if (!server.webBuilt)
        console.error('entente: the web explorer is not built (run `npm run build`); serving the API only');
      console.error(
        `entente: ${s.documents} documents, ${s.events} events, ${s.stories} stories, ${s.conflicts} conflicts in ${opts.db}`,
      );
      if (!server.loopback) {
        console.error(
          server.tokenSet
            ? 'entente: listening beyond loopback: writes need "Authorization: Bearer <token>"'
            : 'entente: listening beyond loopback without --token: writes (POST /api/documents) are disabled',
        );
      }
      console.log(`Entente explorer: ${server.url}`);
      const stop = () => {
        void server.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
