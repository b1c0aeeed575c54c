// `npm run bench:cluster`: the Dask job of examples/dask on a LocalCluster of N worker processes
// against one newsfacts process (`--jobs 1` and `--jobs N`), on the bench's folder of articles as one
// JSON Lines file; and the job on one article, its fixed cost (cluster start, a node per partition).
// Appends the results to docs/PERFORMANCE.md. Needs python3-distributed.
//
//   node bench/cluster.js [--folder-docs 4000] [--reps 1]
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BIN, runCli, runCommand } from './cli-runs.js';
import { loadDocuments } from './documents.js';
import { spread } from './stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const JOB = path.join(ROOT, 'examples/dask/newsfacts_dask.py');
const OUTPUT = path.join(ROOT, 'docs/PERFORMANCE.md');
const { values: args } = parseArgs({ options: { 'folder-docs': { type: 'string', default: '4000' }, reps: { type: 'string', default: '1' } } });
const REPS = Number(args.reps);
const WORKERS = os.availableParallelism();
/** Partitions per worker: enough that one long partition does not leave the other workers idle. */
const PARTITIONS_PER_WORKER = 4;

const python = [process.env.NEWSFACTS_PYTHON, '/usr/bin/python3', 'python3']
  .filter(Boolean)
  .find((candidate) => spawnSync(candidate, ['-c', 'import dask.bag, distributed'], { stdio: 'ignore' }).status === 0);
if (!python) {
  console.error('bench:cluster: no Python with Dask distributed (apt-get install python3-distributed)');
  process.exit(2);
}

const { folder: texts, folderWhat } = loadDocuments({ sampleBytes: 1e6, folderDocs: Number(args['folder-docs']) });
const work = mkdtempSync(path.join(os.tmpdir(), 'newsfacts-bench-cluster-'));
const writeJsonl = (name, docs) => {
  const file = path.join(work, name);
  writeFileSync(file, docs.map((text, i) => JSON.stringify({ id: `article-${i}`, text })).join('\n') + '\n');
  return file;
};
const all = writeJsonl('articles.jsonl', texts);
const one = writeJsonl('one.jsonl', texts.slice(0, 1));
// dask makes size // blocksize partitions: round down so there are as many as asked
const blocksize = String(Math.floor(statSync(all).size / (WORKERS * PARTITIONS_PER_WORKER)));
const dask = (input, out) =>
  runCommand([python, JOB, input, '--out', path.join(work, out), '--workers', String(WORKERS), '--blocksize', blocksize, '--newsfacts', `${process.execPath} ${BIN}`]);

const rows = { one: [], pool: [], dask: [], daskOne: [] };
const loads = [os.loadavg()[0]];
try {
  for (let rep = 0; rep < REPS; rep++) {
    rows.one.push(await runCli(['extract', '-q', '-f', 'ndjson', '--jobs', '1', all]));
    rows.pool.push(await runCli(['extract', '-q', '-f', 'ndjson', '--jobs', String(WORKERS), all]));
    rows.dask.push(await dask(all, `out-${rep}`));
    rows.daskOne.push(await dask(one, `one-${rep}`));
    loads.push(os.loadavg()[0]);
    console.log(`bench:cluster: rep ${rep + 1}/${REPS}: ${['one', 'pool', 'dask', 'daskOne'].map((k) => rows[k].at(-1).seconds.toFixed(1)).join(' s, ')} s`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const row = (what, runs, docs) => {
  const failed = runs.find((r) => r.code !== 0);
  if (failed) return `| ${what} | failed (exit ${failed.code}) | |`;
  return `| ${what} | ${spread(runs.map((r) => r.seconds), 1)} | ${docs ? spread(runs.map((r) => r.seconds), 1, (s) => docs / s) : ''} |`;
};
const section = [
  '',
  `### ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: Dask LocalCluster against one process (\`node bench/cluster.js\`)`,
  '',
  `Documents: ${folderWhat} as one JSON Lines file; ${WORKERS} cores, Node ${process.version}; ${REPS} run(s) each, median (min–max);`,
  `load average (1 min) of the machine during the runs: ${loads.map((l) => l.toFixed(1)).join(', ')}.`,
  `The Dask job: ${WORKERS} worker processes of one thread, ${WORKERS * PARTITIONS_PER_WORKER} partitions of ${blocksize} bytes, each piped through \`newsfacts -q --jobs 1\`.`,
  '',
  '| run | wall (s) | documents/s |',
  '|---|---:|---:|',
  row('one process, `--jobs 1`', rows.one, texts.length),
  row(`one process, \`--jobs ${WORKERS}\``, rows.pool, texts.length),
  row(`Dask LocalCluster, ${WORKERS} workers (cluster start included)`, rows.dask, texts.length),
  row('Dask LocalCluster on one article: the fixed cost', rows.daskOne),
  '',
].join('\n');
appendFileSync(OUTPUT, section);
console.log(section);
