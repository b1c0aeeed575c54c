// `npm run bench`: throughput of the built library (../dist, run `npx tsc -p .` first) against a plain
// compromise parse of the same documents; how both scale on N threads with the documents in memory
// (what the machine allows); start-up against its targets; CLI wall and CPU time on a folder of 4,000
// articles with one and with N worker threads, and as N processes on N slices of it; peak memory. Appends the results to docs/PERFORMANCE.md. A benchmark, not a test.
//
//   node bench/bench.js [--mb 0.5] [--reps 9] [--cli-reps 3] [--folder-docs 4000] [--one-thread] [--startup] [--processes]
//
// --one-thread: the in-process throughput section alone (extraction ÷ plain parse), printed and not
// appended: a quick A/B figure while working on the extraction's speed. --startup: the start-up table
// alone, printed and not appended. --processes: the `--jobs N` against N processes table alone, likewise.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';
import { BIN, TIME_BIN } from './cli-runs.js';
import { bytesOf, loadDocuments } from './documents.js';
import { jobsAgainstProcessesLines, measureJobsAgainstProcesses, writeSlicedFolder } from './processes.js';
import { loadAgainstExtractLines, measureLoadAgainstExtract } from './load.js';
import { measureStartup, startupLines } from './startup.js';
import { median, spread } from './stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = path.join(ROOT, 'docs/PERFORMANCE.md');

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '0.5' }, // sample of gva-dev: keeps a run within a few minutes on 2 busy cores
    reps: { type: 'string', default: '9' }, // pairs of passes; one pair's ratio spreads ±0.15 on this shared machine, so the median wants many
    'cli-reps': { type: 'string', default: '3' },
    'folder-docs': { type: 'string', default: '4000' },
    'one-thread': { type: 'boolean', default: false },
    startup: { type: 'boolean', default: false },
    processes: { type: 'boolean', default: false },
  },
});
const SAMPLE_BYTES = Number(args.mb) * 1e6;
const REPS = Number(args.reps);
const CLI_REPS = Number(args['cli-reps']);
const FOLDER_DOCS = Number(args['folder-docs']);

if (!existsSync(path.join(ROOT, 'dist/index.js'))) {
  console.error('bench: dist/ is missing; build first with `npx tsc -p .`');
  process.exit(2);
}
const { extract } = await import('../dist/index.js');

// ---- documents ------------------------------------------------------------------------------

const JOBS = os.availableParallelism();
const { texts, what, folder: folderTexts, folderWhat } = loadDocuments({ sampleBytes: SAMPLE_BYTES, folderDocs: FOLDER_DOCS });
const totalBytes = texts.reduce((sum, text) => sum + bytesOf(text), 0);
const totalWords = texts.reduce((sum, text) => sum + (text.match(/\S+/g)?.length ?? 0), 0);
console.log(`bench: ${what}: ${(totalBytes / 1e6).toFixed(2)} MB, ${totalWords} words`);

/** Runs `fn` with a scratch folder, removed after. */
async function inScratchFolder(fn) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'newsfacts-bench-'));
  try {
    return await fn(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The `--jobs N` against N processes runs on the folder, in `work`. */
function measureProcesses(work) {
  const slices = writeSlicedFolder(path.join(work, 'articles'), folderTexts, JOBS);
  return measureJobsAgainstProcesses({ folder: path.join(work, 'articles'), slices, jobs: JOBS, reps: CLI_REPS, log: console.log });
}

if (args.startup) {
  await inScratchFolder(async (work) => console.log(startupLines(await measureStartup(work, texts)).join('\n')));
  process.exit(0);
}
if (args.processes) {
  await inScratchFolder(async (work) => console.log(jobsAgainstProcessesLines(await measureProcesses(work), folderTexts.length).join('\n')));
  process.exit(0);
}

// ---- in-process throughput ------------------------------------------------------------------

/** Documents the extractor threw on in the last pass. */
let failures = 0;

function extractionPass(docs) {
  failures = 0;
  const started = performance.now();
  for (const text of docs) {
    try {
      extract(text);
    } catch {
      failures++;
    }
  }
  return (performance.now() - started) / 1000;
}

const warmup = texts.slice(0, Math.max(20, Math.ceil(texts.length / 10)));
const passWorker = (work) => new Worker(new URL('./pass-worker.js', import.meta.url), { workerData: { texts, warmupCount: warmup.length, work } });
async function timedPass(worker, pass, k = 0, n = 1) {
  worker.postMessage({ pass, k, n });
  const [seconds] = await once(worker, 'message');
  return seconds;
}
const parser = passWorker('parse');
const parsePass = (pass) => timedPass(parser, pass);

extractionPass(warmup);
await parsePass('warmup');
const seconds = { extraction: [], parse: [] };
for (let rep = 0; rep < REPS; rep++) {
  // Adjacent passes see the same load of a shared machine; alternating the order spreads any drift.
  for (const name of rep % 2 ? ['parse', 'extraction'] : ['extraction', 'parse']) {
    seconds[name].push(name === 'parse' ? await parsePass('all') : extractionPass(texts));
    console.log(`bench: ${name} pass ${rep + 1}/${REPS}: ${seconds[name].at(-1).toFixed(2)} s`);
  }
}
await parser.terminate();
const inProcessRssMb = process.resourceUsage().maxRSS / 1024;
const ratios = seconds.extraction.map((s, rep) => s / seconds.parse[rep]);
if (args['one-thread']) {
  console.log(`bench: extraction ÷ plain parse, median of ${REPS} adjacent pairs: ${median(ratios).toFixed(2)} (${ratios.map((r) => r.toFixed(2)).join(', ')}); peak RSS ${inProcessRssMb.toFixed(0)} MB`);
  process.exit(0);
}

// ---- threads, documents in memory: what this machine gives N threads doing this work ------------

const SCALING_REPS = 3;
const scaling = {};
for (const work of ['parse', 'extract']) {
  const workers = Array.from({ length: JOBS }, () => passWorker(work));
  await Promise.all(workers.map((w) => timedPass(w, 'warmup')));
  const runs = { one: [], all: [] };
  for (let rep = 0; rep < SCALING_REPS; rep++) {
    runs.one.push(await timedPass(workers[0], 'all'));
    const started = performance.now();
    await Promise.all(workers.map((w, k) => timedPass(w, 'all', k, JOBS)));
    runs.all.push((performance.now() - started) / 1000);
    console.log(`bench: ${work} on 1 and ${JOBS} threads: ${runs.one.at(-1).toFixed(2)} s, ${runs.all.at(-1).toFixed(2)} s`);
  }
  await Promise.all(workers.map((w) => w.terminate()));
  scaling[work] = { ...runs, speedup: median(runs.one) / median(runs.all) };
}

// ---- the command line -----------------------------------------------------------------------

const cli = { available: existsSync(BIN), startup: [], jobs: null, load: null };
if (cli.available) {
  await inScratchFolder(async (work) => {
    cli.startup = await measureStartup(work, texts);
    cli.jobs = await measureProcesses(work);
    cli.load = await measureLoadAgainstExtract({ folder: path.join(work, 'articles'), work, jobs: JOBS, reps: CLI_REPS, log: console.log });
  });
}

// ---- docs/PERFORMANCE.md --------------------------------------------------------------------

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

const throughputRow = (label, xs) =>
  `| ${label} | ${spread(xs, 1, (s) => texts.length / s)} | ${spread(xs, 0, (s) => totalWords / s)} | ` +
  `${spread(xs, 3, (s) => totalBytes / 1e6 / s)} | ${spread(xs, 2)} |`;
const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
const runDate = new Date().toISOString().slice(0, 16).replace('T', ' ');
const lines = [
  '',
  `## ${runDate} UTC: newsfacts ${version} (commit ${gitCommit()})`,
  '',
  `Machine: ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, ${os.platform()} ${os.arch()}, Node ${process.version}.`,
  `Documents: ${what}; ${(totalBytes / 1e6).toFixed(2)} MB, ${totalWords} words.`,
  `In process, one thread at a time: a warm-up pass of each over ${warmup.length} documents, then ${REPS} timed passes of each, interleaved; median (min–max).`,
  'The compromise parse runs in a worker thread that never loads the library, so it is compromise as it ships.',
  failures ? `${failures} documents threw during extraction.` : '',
  '',
  '| one thread, in process | documents/s | words/s | MB/s | pass (s) |',
  '|---|---:|---:|---:|---:|',
  throughputRow('full extraction, `extract(text)`', seconds.extraction),
  throughputRow('compromise parse alone, `nlp(text)`', seconds.parse),
  '',
  `**Full extraction takes ${median(ratios).toFixed(2)}× the time of a plain compromise parse** ` +
    `(median of the ${REPS} pairs of adjacent passes; ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}).`,
  `Peak RSS of the bench process so far: ${inProcessRssMb.toFixed(0)} MB (the harness: extraction in its main thread beside the parse's worker thread, every document in memory; the command line's own runs, each a process of its own, are measured below).`,
  '',
  `| the same documents in memory, ${SCALING_REPS} runs | 1 thread (s) | ${JOBS} threads at once (s) | speed-up |`,
  '|---|---:|---:|---:|',
  ...['parse', 'extract'].map((work) =>
    `| ${work === 'parse' ? 'compromise parse alone' : 'full extraction'} | ${spread(scaling[work].one, 2)} | ${spread(scaling[work].all, 2)} | ${scaling[work].speedup.toFixed(2)}× |`),
  '',
  `${JOBS} threads with nothing to share and no input or output: the most that ${JOBS} cores of this machine give this work, the ceiling for \`--jobs ${JOBS}\`.`,
  '',
];
if (!cli.available) {
  lines.push('Command line: n/a (bin/newsfacts.js or its build is missing).');
} else {
  lines.push(...startupLines(cli.startup), '', `Command line on ${folderWhat}, as .txt files in ${JOBS} sub-folders:`, '');
  lines.push(...jobsAgainstProcessesLines(cli.jobs, folderTexts.length));
  if (cli.load) lines.push('', ...loadAgainstExtractLines(cli.load, folderTexts.length), '');
  if (!existsSync(TIME_BIN)) lines.push(`Peak RSS and CPU of the CLI: n/a (${TIME_BIN} is missing).`);
}

const section = `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
if (!existsSync(OUTPUT)) {
  mkdirSync(path.dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, '# Performance\n\nEach `npm run bench` run appends a section; times depend on the machine and on its load.\n');
}
appendFileSync(OUTPUT, section);
console.log(section);
console.log(`bench: appended to ${path.relative(ROOT, OUTPUT)}`);
