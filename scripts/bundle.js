// After `tsc`: the command line and its worker thread as a few files in dist/bundle/ (esbuild), which
// bin/newsfacts.js loads instead of dist/cli/main.js. Reading and compiling a few files instead of
// ~100 modules and their packages' cuts a fifth of the CPU of a one-article run (docs/PERFORMANCE.md).
// What a command loads only when it runs (`import()`) stays in chunks of its own, loaded as now.
// Left out: packages that find their own files at run time (piscina's worker script, DuckDB's
// native addon) and compromise, which dist/extract/nlp.js loads through `require`.
// Nor is the world-countries package's 600 kB JSON: the bundle carries the country entries
// dist/lexicon/countries.js builds from it, as data (countries-as-data.js).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countriesAsData } from './countries-as-data.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = 'dist/bundle'; // as deep as dist/cli, so the paths the CLI builds from import.meta.url hold

rmSync(new URL(`../${OUT}`, import.meta.url), { recursive: true, force: true });
await build({
  absWorkingDir: ROOT,
  entryPoints: ['dist/cli/main.js', 'dist/cli/worker.js'],
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['@duckdb/node-api', 'piscina'],
  // The CommonJS packages in the bundle call `require` for node's own modules.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module';\nconst require = createRequireForBundle(import.meta.url);" },
  plugins: [countriesAsData],
  logLevel: 'warning',
});
