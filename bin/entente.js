#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli (built from src/cli by `npm run build`).
import('../dist/cli/main.js').then((m) => m.main(process.argv.slice(2)));
