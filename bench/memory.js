// `node bench/memory.js`: peak memory of the command line on large inputs, the streaming check of
// issue 8 (peak RSS must stay flat, whatever the input size). Generates, in a temporary folder,
//   - a JSONL file of --mb megabytes: the fixture articles (fixtures/*.txt) repeated, one per line;
//   - one article of --long-mb megabytes: the same articles as paragraphs of a single document;
// runs `bin/newsfacts.js extract` on each under /usr/bin/time and appends the figures to
// docs/PERFORMANCE.md. Build first with `npx tsc -p .`. A benchmark, not a test.
//
//   node bench/memory.js [--mb 50] [--long-mb 2] [--only kinds] [--jobs 1]
//   node bench/memory.js --mb 1000 --long-mb 0 --only dates     (the 1 GB streaming path)
import { spawn } from 'node:child_process';
import { appendFileSync, createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/newsfacts.js');
const FIXTURES = path.join(ROOT, 'fixtures');
const OUTPUT = path.join(ROOT, 'docs/PERFORMANCE.md');
const TIME_BIN = '/usr/bin/time';

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '50' },
    'long-mb': { type: 'string', default: '2' },
    only: { type: 'string' },
    jobs: { type: 'string', default: '1' },
  },
});
if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) {
  console.error('memory: dist/ is missing; build first with `npx tsc -p .`');
  process.exit(2);
}
if (!existsSync(TIME_BIN)) {
  console.error(`memory: ${TIME_BIN} is needed to read the peak RSS`);
  process.exit(2);
}

const articles = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(FIXTURES, f), 'utf8').trim());
const MB = 1e6;
const { DEFAULT_MAX_CHARS } = await import('../dist/input/limits.js');

/** Writes the fixture articles round and round as JSONL lines until `bytes`; returns the line count. */
async function writeJsonl(file, bytes) {
  const out = createWriteStream(file);
  let written = 0;
  let lines = 0;
  while (written < bytes) {
    const text = articles[lines % articles.length];
    const line = `${JSON.stringify({ id: `doc-${lines}`, date: '2026-03-10', text })}\n`;
    if (!out.write(line)) await once(out, 'drain');
    written += Buffer.byteLength(line);
    lines++;
  }
  out.end();
  await once(out, 'finish');
  return lines;
}

/** One article of about `bytes`: the fixtures as paragraphs, over and over. */
function writeLongArticle(file, bytes) {
  const paragraphs = articles.flatMap((a) => a.split(/\n\s*\n/));
  const parts = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    parts.push(paragraphs[i % paragraphs.length]);
    size += paragraphs[i % paragraphs.length].length + 2;
  }
  writeFileSync(file, parts.join('\n\n'));
}

/** Runs the CLI on one input: wall seconds, exit code, peak RSS (MB) and the records it printed. */
function runCli(cliArgs) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(TIME_BIN, ['-v', process.execPath, BIN, 'extract', '-q', '-f', 'ndjson', ...cliArgs], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let records = 0;
    child.stdout.on('data', (chunk) => {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) records++;
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({ seconds: (performance.now() - started) / 1000, code, rssMb: rss ? Number(rss[1]) / 1024 : null, records });
    });
  });
}

const common = ['--jobs', args.jobs, ...(args.only ? ['--only', args.only] : [])];
const what = `\`--jobs ${args.jobs}\`${args.only ? `, \`--only ${args.only}\`` : ', all kinds'}`;
const rows = [];
const work = mkdtempSync(path.join(os.tmpdir(), 'newsfacts-memory-'));
try {
  const jsonlMb = Number(args.mb);
  if (jsonlMb > 0) {
    const file = path.join(work, 'articles.jsonl');
    const lines = await writeJsonl(file, jsonlMb * MB);
    console.log(`memory: ${lines} documents, ${jsonlMb} MB of JSONL; running ${what}`);
    const run = await runCli([...common, '--input', 'jsonl', file]);
    rows.push({ input: `JSONL, ${jsonlMb} MB, ${lines} documents`, bytes: jsonlMb * MB, docs: lines, run });
  }
  const longMb = Number(args['long-mb']);
  if (longMb > 0) {
    const file = path.join(work, 'long.txt');
    writeLongArticle(file, longMb * MB);
    console.log(`memory: one ${longMb} MB article; running ${what}`);
    // Measured at any length asked for: past the default --max-chars, the limit is raised to fit.
    const run = await runCli([...common, '--max-chars', String(Math.max(DEFAULT_MAX_CHARS, 2 * longMb * MB)), file]);
    const raised = 2 * longMb * MB > DEFAULT_MAX_CHARS ? ' (`--max-chars` raised)' : '';
    rows.push({ input: `one article of ${longMb} MB${raised}`, bytes: longMb * MB, docs: 1, run });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const runDate = new Date().toISOString().slice(0, 16).replace('T', ' ');
const row = ({ input, bytes, docs, run }) =>
  run.code !== 0 || run.records !== docs
    ? `| ${input} | failed (exit ${run.code}, ${run.records} of ${docs} records) | | | |`
    : `| ${input} | ${run.seconds.toFixed(1)} | ${(docs / run.seconds).toFixed(1)} | ${(bytes / MB / run.seconds).toFixed(3)} | ${run.rssMb?.toFixed(0) ?? 'n/a'} |`;
const section = [
  '',
  `### ${runDate} UTC: peak memory (\`node bench/memory.js --mb ${args.mb} --long-mb ${args['long-mb']}${args.only ? ` --only ${args.only}` : ''} --jobs ${args.jobs}\`)`,
  '',
  `Inputs generated from the ${articles.length} fixtures/*.txt articles; command line ${what}, NDJSON to a pipe; ${os.cpus().length} cores, Node ${process.version}.`,
  '',
  '| input | wall (s) | documents/s | MB/s | peak RSS (MB) |',
  '|---|---:|---:|---:|---:|',
  ...rows.map(row),
  '',
].join('\n');
appendFileSync(OUTPUT, section);
console.log(section);
