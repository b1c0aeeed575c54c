// `newsfacts load` of the bench folder into a new DuckDB file against NDJSON extraction of the same
// folder, both with --jobs N, interleaved: what the corpus database costs over extraction (issue 18
// asks for at most 1.3× the time and a peak RSS under 300 MB).
import path from 'node:path';
import { runCli } from './cli-runs.js';
import { median, spread } from './stats.js';

export async function measureLoadAgainstExtract({ folder, work, jobs, reps, log = () => {} }) {
  const runs = { extract: [], load: [] };
  for (let rep = 0; rep < reps; rep++) {
    const database = path.join(work, `facts-${rep}.duckdb`);
    for (const step of rep % 2 ? ['load', 'extract'] : ['extract', 'load']) {
      const args = step === 'load' ? ['load', database, '-q', '--jobs', String(jobs), folder] : ['extract', '-q', '-f', 'ndjson', '--jobs', String(jobs), folder];
      runs[step].push(await runCli(args));
      log(`bench: ${step} --jobs ${jobs}: ${runs[step].at(-1).seconds.toFixed(2)} s`);
    }
  }
  return { jobs, runs };
}

const peakOf = (list) => {
  const rss = list.map((r) => r.rssMb).filter((r) => r !== null);
  return rss.length ? Math.max(...rss).toFixed(0) : 'n/a';
};

export function loadAgainstExtractLines({ jobs, runs }, docs) {
  const row = (what, list) => {
    const failed = list.find((r) => r.code !== 0);
    if (failed) return `| ${what} | failed (exit ${failed.code}) | | |`;
    return `| ${what} | ${spread(list.map((r) => r.seconds), 2)} | ${spread(list.map((r) => r.seconds), 1, (s) => docs / s)} | ${peakOf(list)} |`;
  };
  const ratio = median(runs.load.map((r) => r.seconds)) / median(runs.extract.map((r) => r.seconds));
  return [
    `| corpus database, ${runs.load.length} runs each, interleaved | wall (s) | documents/s | peak RSS (MB) |`,
    '|---|---:|---:|---:|',
    row(`extract to NDJSON, \`--jobs ${jobs}\``, runs.extract),
    row(`load into a new DuckDB file, \`--jobs ${jobs}\``, runs.load),
    '',
    `\`load\` takes ${ratio.toFixed(2)}× the time of NDJSON extraction of the same folder (medians; target at most 1.3×);`,
    `its peak RSS is ${peakOf(runs.load)} MB (target under 300 MB).`,
  ];
}
