// Where the bundled data lives: data/ at the package root, found from this module's location
// (dist/data/paths.js → ../../data), so it works from a clone and from an installed package.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function dataDir(...parts: string[]): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', ...parts);
}
