// Start-up of the command line in `npm run bench`, against its targets: `--version`, and one article
// of about 2,000 characters from start to exit (the extractors load, one document runs in the main thread).
// First a bare `node -e 0`: the floor node itself sets on this machine, which no target can go under.
// The article runs twice: as a user runs it (from the start-up snapshot where there is one), and in one
// process without it (NEWSFACTS_NO_SNAPSHOT), which is what the snapshot saves against.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { BIN, runCli, runCommand } from './cli-runs.js';
import { median, spread } from './stats.js';

const RUNS = 5;
const TARGETS_MS = { version: 100, article: 400 };

/** The text nearest 2,000 characters, written to `work`/small.txt; RUNS runs of each. */
export async function measureStartup(work, texts) {
  const small = texts.reduce((best, text) => (Math.abs(text.length - 2000) < Math.abs(best.length - 2000) ? text : best));
  const smallFile = path.join(work, 'small.txt');
  writeFileSync(smallFile, small);
  await runCli(['--version']); // warm the file cache
  const times = async (command) => {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runCommand(command));
    return runs;
  };
  const cli = [process.execPath, BIN];
  const article = ['extract', '-q', '-f', 'json', smallFile];
  return [
    { what: '`node -e 0` (node alone: the floor)', runs: await times([process.execPath, '-e', '0']), targetMs: null },
    { what: '`newsfacts --version`', runs: await times([...cli, '--version']), targetMs: TARGETS_MS.version },
    { what: `one article (${small.length} characters), \`-f json\``, runs: await times([...cli, ...article]), targetMs: TARGETS_MS.article },
    { what: 'the same, without the start-up snapshot', runs: await times(['env', 'NEWSFACTS_NO_SNAPSHOT=1', ...cli, ...article]), targetMs: null },
  ];
}

/** The markdown table for docs/PERFORMANCE.md. */
export function startupLines(rows) {
  const row = ({ what, runs, targetMs }) => {
    const failed = runs.find((r) => r.code !== 0);
    if (failed) return `| ${what} | failed (exit ${failed.code}) | | | | |`;
    const ms = runs.map((r) => r.seconds * 1000);
    const cpu = runs.every((r) => r.cpuSeconds !== null) ? spread(runs.map((r) => r.cpuSeconds * 1000), 0) : 'n/a';
    const rss = runs.every((r) => r.rssMb !== null) ? Math.max(...runs.map((r) => r.rssMb)).toFixed(0) : 'n/a';
    const verdict = targetMs === null ? '' : median(ms) <= targetMs ? 'met' : '**missed**';
    return `| ${what} | ${spread(ms, 0)} | ${cpu} | ${targetMs ?? ''} | ${verdict} | ${rss} |`;
  };
  const header = `| start-up, ${RUNS} runs each, median (min–max) | wall (ms) | CPU, user + system (ms) | target, wall (ms) | median | peak RSS (MB) |`;
  return [header, '|---|---:|---:|---:|---|---:|', ...rows.map(row)];
}
