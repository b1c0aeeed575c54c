// Start-up of the command line in `npm run bench`, against its targets: `--version`, and one article
// of about 2,000 characters from start to exit (the extractors load, one document runs in the main thread).
// First a bare `node -e 0`: the floor node itself sets on this machine, which no target can go under.
// Both run the command a user runs: the package's bin (bin/newsfacts, a sh script that starts node from
// the start-up snapshot itself), or `node bin/newsfacts.js` where there is no sh (Windows). The article
// runs twice more: as `node bin/newsfacts.js` (a first node that spawns a second from the snapshot), and
// in one process without the snapshot (NEWSFACTS_NO_SNAPSHOT), which is what the snapshot saves against.
import { readFileSync, writeFileSync } from 'node:fs';
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
  const node = [process.execPath, BIN];
  const cli = userCommand();
  const article = ['extract', '-q', '-f', 'json', smallFile];
  return [
    { what: '`node -e 0` (node alone: the floor)', runs: await times([process.execPath, '-e', '0']), targetMs: null },
    { what: '`newsfacts --version`', runs: await times([...cli, '--version']), targetMs: TARGETS_MS.version },
    { what: `one article (${small.length} characters), \`-f json\``, runs: await times([...cli, ...article]), targetMs: TARGETS_MS.article },
    { what: 'the same as `node bin/newsfacts.js`', runs: await times([...node, ...article]), targetMs: null },
    { what: 'the same, without the start-up snapshot', runs: await times(['env', 'NEWSFACTS_NO_SNAPSHOT=1', ...cli, ...article]), targetMs: null },
  ];
}

/** The package's bin as npm links it, or node with bin/newsfacts.js where the bin is a sh script and there is no sh. */
function userCommand() {
  const { bin } = JSON.parse(readFileSync(path.resolve(path.dirname(BIN), '../package.json'), 'utf8'));
  const command = path.resolve(path.dirname(BIN), '..', bin.newsfacts);
  return command.endsWith('.js') || process.platform === 'win32' ? [process.execPath, BIN] : [command];
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
