#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli (built from src/cli by `npm run build`).
// Batch commands read one article at a time; a bounded heap makes V8 collect as it goes, so a
// run over any number of files stays far below 300 MB (V8 otherwise grows first, collects late).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const batch = ['extract', 'ingest'].includes(args[0] ?? '');
if (batch && !process.env.ENTENTE_BOUNDED_HEAP) {
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=192', '--max-semi-space-size=16', fileURLToPath(import.meta.url), ...args],
    {
      stdio: 'inherit',
      env: { ...process.env, ENTENTE_BOUNDED_HEAP: '1' },
    },
  );
  process.exit(r.status ?? 1);
}
import('../dist/cli/main.js').then((m) => m.main(args));
