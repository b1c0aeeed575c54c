// After `tsc`: the command line's modules and the packages they use in one file,
// dist/cli/main.bundle.js, which bin/newsfacts.js loads instead of dist/cli/main.js. One file to read
// and compile instead of ~100 modules and their packages' cuts a fifth of the CPU of a one-article run
// (docs/PERFORMANCE.md). Left out: packages that find their own files at run time (piscina's worker
// script, DuckDB's native addon); compromise, loaded by dist/extract/nlp.js through `require`; and
// the worker threads, which still load dist/cli/worker.js as modules.
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

buildSync({
  absWorkingDir: ROOT,
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/cli/main.bundle.js',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['@duckdb/node-api', 'piscina'],
  // The CommonJS packages in the bundle call `require` for node's own modules.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module';\nconst require = createRequireForBundle(import.meta.url);" },
  logLevel: 'warning',
});
