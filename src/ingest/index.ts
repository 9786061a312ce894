// Readers: paths in, SourceDocuments out, one at a time.
export { fromHtml } from './html.js';
export { DEFAULT_MAX_BYTES, type ReadOptions } from './options.js';
export { readFile } from './read-file.js';
export { readPaths } from './read-paths.js';
export { fromText } from './text.js';
