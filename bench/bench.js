// `npm run bench`: throughput of the built library (../dist, run `npx tsc -p .` first) against a plain
// compromise parse of the same documents; how both scale on N threads with the documents in memory
// (what the machine allows); CLI wall time on a folder of 4,000 articles with one and with N worker
// threads; startup time and peak memory. Appends the results to docs/PERFORMANCE.md. A benchmark, not a test.
//
//   node bench/bench.js [--mb 0.5] [--reps 5] [--cli-reps 3] [--folder-docs 4000]
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GVA_DEV = path.resolve(ROOT, '../shared/corpora/casualties/gva-dev.jsonl');
const FIXTURES = path.join(ROOT, 'fixtures');
const BIN = path.join(ROOT, 'bin/newsfacts.js');
const OUTPUT = path.join(ROOT, 'docs/PERFORMANCE.md');
const TIME_BIN = '/usr/bin/time';

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '0.5' }, // sample of gva-dev: keeps a run within a few minutes on 2 busy cores
    reps: { type: 'string', default: '5' },
    'cli-reps': { type: 'string', default: '3' },
    'folder-docs': { type: 'string', default: '4000' },
  },
});
const SAMPLE_BYTES = Number(args.mb) * 1e6;
const REPS = Number(args.reps);
const CLI_REPS = Number(args['cli-reps']);
const FOLDER_DOCS = Number(args['folder-docs']);
const FIXTURE_BYTES = 2e6;

if (!existsSync(path.join(ROOT, 'dist/index.js'))) {
  console.error('bench: dist/ is missing; build first with `npx tsc -p .`');
  process.exit(2);
}
const { extract } = await import('../dist/index.js');

// ---- documents ------------------------------------------------------------------------------

const bytesOf = (text) => Buffer.byteLength(text, 'utf8');

/**
 * gva-dev texts: every k-th document so the sample is about SAMPLE_BYTES, and the first FOLDER_DOCS
 * for the command line's folder; else the fixtures repeated.
 */
function loadDocuments() {
  if (existsSync(GVA_DEV)) {
    const texts = readFileSync(GVA_DEV, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text);
    const total = texts.reduce((sum, text) => sum + bytesOf(text), 0);
    const step = Math.max(1, Math.ceil(total / SAMPLE_BYTES));
    const sample = texts.filter((_, i) => i % step === 0);
    const what =
      step === 1
        ? `all ${texts.length} GVA dev articles`
        : `${sample.length} of ${texts.length} GVA dev articles (every ${step}th, a sample to keep the run short)`;
    const folder = Array.from({ length: FOLDER_DOCS }, (_, i) => texts[i % texts.length]);
    const folderWhat = `the first ${FOLDER_DOCS} GVA dev articles${FOLDER_DOCS > texts.length ? ' (repeated)' : ''}`;
    return { texts: sample, what, folder, folderWhat };
  }
  const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(FIXTURES, f), 'utf8'));
  if (fixtures.length === 0) throw new Error(`no ../shared corpora and no fixtures/*.txt to measure on`);
  const texts = [];
  for (let bytes = 0; bytes < FIXTURE_BYTES; ) {
    for (const text of fixtures) {
      texts.push(text);
      bytes += bytesOf(text);
    }
  }
  const folder = Array.from({ length: FOLDER_DOCS }, (_, i) => fixtures[i % fixtures.length]);
  return {
    texts,
    what: `the ${fixtures.length} fixtures/*.txt articles repeated to ${texts.length} documents`,
    folder,
    folderWhat: `the ${fixtures.length} fixtures/*.txt articles repeated to ${FOLDER_DOCS} documents`,
  };
}

const { texts, what, folder: folderTexts, folderWhat } = loadDocuments();
const totalBytes = texts.reduce((sum, text) => sum + bytesOf(text), 0);
const totalWords = texts.reduce((sum, text) => sum + (text.match(/\S+/g)?.length ?? 0), 0);
console.log(`bench: ${what}: ${(totalBytes / 1e6).toFixed(2)} MB, ${totalWords} words`);

// ---- statistics -----------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs, digits, scale = (x) => x) => {
  const vs = xs.map(scale);
  return `${median(vs).toFixed(digits)} (${Math.min(...vs).toFixed(digits)}–${Math.max(...vs).toFixed(digits)})`;
};

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

// ---- threads, documents in memory: what this machine gives N threads doing this work ------------

const JOBS = os.availableParallelism();
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

/** Runs the CLI once: wall seconds, exit code, and peak RSS in MB when /usr/bin/time is there. */
function runCli(cliArgs) {
  const useTime = existsSync(TIME_BIN);
  const [command, argv] = useTime ? [TIME_BIN, ['-v', process.execPath, BIN, ...cliArgs]] : [process.execPath, [BIN, ...cliArgs]];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({ seconds: (performance.now() - started) / 1000, code, rssMb: rss ? Number(rss[1]) / 1024 : null });
    });
  });
}

async function repeat(times, cliArgs) {
  const runs = [];
  for (let i = 0; i < times; i++) runs.push(await runCli(cliArgs));
  return runs;
}

const cli = { available: existsSync(BIN), jobs: false, rows: [] };
if (cli.available) {
  try {
    cli.jobs = execFileSync(process.execPath, [BIN, 'extract', '--help'], { encoding: 'utf8' }).includes('--jobs');
  } catch {
    cli.available = false;
  }
}
const work = mkdtempSync(path.join(os.tmpdir(), 'newsfacts-bench-'));
try {
  if (cli.available) {
    const folder = path.join(work, 'articles');
    mkdirSync(folder);
    folderTexts.forEach((text, i) => writeFileSync(path.join(folder, `article-${String(i).padStart(5, '0')}.txt`), text));
    const small = texts.reduce((best, text) => (Math.abs(text.length - 2000) < Math.abs(best.length - 2000) ? text : best));
    const smallFile = path.join(work, 'small.txt');
    writeFileSync(smallFile, small);

    await runCli(['--version']); // warm the file cache
    const version = await repeat(5, ['--version']);
    const one = await repeat(5, ['extract', '-q', '-f', 'json', smallFile]);
    cli.rows.push({ what: '`newsfacts --version`', runs: version });
    cli.rows.push({ what: `one small article (${small.length} characters)`, runs: one });
    if (cli.jobs) {
      const folderRuns = { 1: [], [JOBS]: [] };
      for (let rep = 0; rep < CLI_REPS; rep++) {
        for (const jobs of rep % 2 ? [JOBS, 1] : [1, JOBS]) {
          folderRuns[jobs].push(await runCli(['extract', '-q', '-f', 'ndjson', '--jobs', String(jobs), folder]));
          console.log(`bench: CLI --jobs ${jobs}: ${folderRuns[jobs].at(-1).seconds.toFixed(2)} s`);
        }
      }
      cli.rows.push({ what: `folder of ${folderTexts.length} articles, \`--jobs 1\``, runs: folderRuns[1], docs: folderTexts.length });
      cli.rows.push({ what: `folder of ${folderTexts.length} articles, \`--jobs ${JOBS}\``, runs: folderRuns[JOBS], docs: folderTexts.length });
      cli.speedup = median(folderRuns[1].map((r) => r.seconds)) / median(folderRuns[JOBS].map((r) => r.seconds));
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
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
const cliRow = ({ what, runs, docs }) => {
  const failed = runs.filter((r) => r.code !== 0);
  if (failed.length) return `| ${what} | failed (exit ${failed[0].code}) | | |`;
  const rss = runs.map((r) => r.rssMb).filter((r) => r !== null);
  const docsPerSecond = docs ? spread(runs.map((r) => r.seconds), 1, (s) => docs / s) : '';
  return `| ${what} | ${spread(runs.map((r) => r.seconds), 2)} | ${docsPerSecond} | ${rss.length ? Math.max(...rss).toFixed(0) : 'n/a'} |`;
};

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
  `Peak RSS of the bench process: ${inProcessRssMb.toFixed(0)} MB.`,
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
  lines.push(
    `| command line (\`bin/newsfacts.js\`), ${CLI_REPS} runs of the folder, 5 of the others | wall (s) | documents/s | peak RSS (MB) |`,
    '|---|---:|---:|---:|',
    ...cli.rows.map(cliRow),
  );
  if (!cli.jobs) lines.push('| `--jobs 1` vs `--jobs N` | n/a (no --jobs option yet) | | |');
  lines.push('');
  lines.push(`Folder: ${folderWhat}.`);
  if (cli.speedup) lines.push(`\`--jobs ${JOBS}\` is ${cli.speedup.toFixed(2)}× as fast as \`--jobs 1\` on this folder.`);
  if (!existsSync(TIME_BIN)) lines.push(`Peak RSS of the CLI: n/a (${TIME_BIN} is missing).`);
}

const section = `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
if (!existsSync(OUTPUT)) {
  mkdirSync(path.dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, '# Performance\n\nEach `npm run bench` run appends a section; times depend on the machine and on its load.\n');
}
appendFileSync(OUTPUT, section);
console.log(section);
console.log(`bench: appended to ${path.relative(ROOT, OUTPUT)}`);
