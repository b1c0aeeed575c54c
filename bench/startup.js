// Start-up of the command line in `npm run bench`, against its targets: `--version`, and one article
// of about 2,000 characters from start to exit (the extractors load, one document runs in the main thread).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { repeat, runCli } from './cli-runs.js';
import { median, spread } from './stats.js';

const RUNS = 5;
const TARGETS_MS = { version: 100, article: 400 };

/** The text nearest 2,000 characters, written to `work`/small.txt; RUNS runs of each. */
export async function measureStartup(work, texts) {
  const small = texts.reduce((best, text) => (Math.abs(text.length - 2000) < Math.abs(best.length - 2000) ? text : best));
  const smallFile = path.join(work, 'small.txt');
  writeFileSync(smallFile, small);
  await runCli(['--version']); // warm the file cache
  return [
    { what: '`newsfacts --version`', runs: await repeat(RUNS, ['--version']), targetMs: TARGETS_MS.version },
    { what: `one article (${small.length} characters), \`-f json\``, runs: await repeat(RUNS, ['extract', '-q', '-f', 'json', smallFile]), targetMs: TARGETS_MS.article },
  ];
}

/** The markdown table for docs/PERFORMANCE.md. */
export function startupLines(rows) {
  const row = ({ what, runs, targetMs }) => {
    const failed = runs.find((r) => r.code !== 0);
    if (failed) return `| ${what} | failed (exit ${failed.code}) | | | |`;
    const ms = runs.map((r) => r.seconds * 1000);
    const rss = runs.every((r) => r.rssMb !== null) ? Math.max(...runs.map((r) => r.rssMb)).toFixed(0) : 'n/a';
    return `| ${what} | ${spread(ms, 0)} | ${targetMs} | ${median(ms) <= targetMs ? 'met' : '**missed**'} | ${rss} |`;
  };
  return [`| start-up, ${RUNS} runs each | wall (ms) | target (ms) | median | peak RSS (MB) |`, '|---|---:|---:|---|---:|', ...rows.map(row)];
}
