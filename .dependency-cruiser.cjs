// Imports point one way through the pipeline (docs/architecture.md): checked in CI.
const layer = (name, allowed) => ({
  name: `${name}-imports`,
  severity: 'error',
  comment: `src/${name} may import only ${allowed.join(', ') || 'nothing else in src'}`,
  from: { path: `^src/${name}/` },
  to: { path: '^src/', pathNot: [`^src/${name}/`, ...allowed.map((a) => `^src/${a}/`)] },
});

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    layer('core', []),
    layer('data', ['core']),
    layer('nlp', ['core', 'data']),
    layer('extract', ['core', 'data', 'nlp']),
    layer('ingest', ['core']),
    layer('stories', ['core']),
    layer('store', ['core', 'stories']),
    layer('export', ['core', 'store', 'stories']),
    layer('app', ['core', 'data', 'nlp', 'extract', 'ingest', 'stories', 'store', 'export']),
    layer('api', ['core', 'app']),
    layer('cli', ['core', 'app', 'api']),
    // The explorer talks to the server over HTTP only.
    layer('web', []),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '\\.test\\.ts$' },
  },
};
