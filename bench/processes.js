// `--jobs N` against N independent processes, in the same run of `npm run bench`: one `--jobs 1`
// process over the whole folder, one `--jobs N` process over it, and N `--jobs 1` processes at once,
// each over its own slice of it. The last is what N cores give this work with nothing shared, so
// the ratio of the pool's throughput to it says what the pool costs.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, runTogether } from './cli-runs.js';
import { median, spread } from './stats.js';

/** Writes the texts as article files in `slices` sub-folders of `folder`, in order: the sub-folders. */
export function writeSlicedFolder(folder, texts, slices) {
  const size = Math.ceil(texts.length / slices);
  return Array.from({ length: slices }, (_, k) => {
    const slice = path.join(folder, `slice-${k}`);
    mkdirSync(slice, { recursive: true });
    texts.slice(k * size, (k + 1) * size).forEach((text, i) => writeFileSync(path.join(slice, `article-${String(k * size + i).padStart(5, '0')}.txt`), text));
    return slice;
  });
}

const extractArgs = (jobs, target) => ['extract', '-q', '-f', 'ndjson', '--jobs', String(jobs), target];

/** `reps` runs of each of the three, in a rotating order so each sees the machine's drift alike. */
export async function measureJobsAgainstProcesses({ folder, slices, jobs, reps, log = () => {} }) {
  const runners = {
    one: () => runCli(extractArgs(1, folder)),
    pool: () => runCli(extractArgs(jobs, folder)),
    processes: () => runTogether(slices.map((slice) => extractArgs(1, slice))),
  };
  const names = Object.keys(runners);
  const runs = { one: [], pool: [], processes: [] };
  for (let rep = 0; rep < reps; rep++) {
    for (const name of [...names.slice(rep % 3), ...names.slice(0, rep % 3)]) {
      runs[name].push(await runners[name]());
      log(`bench: ${name} (rep ${rep + 1}/${reps}): ${runs[name].at(-1).seconds.toFixed(2)} s`);
    }
  }
  return { jobs, runs };
}

const ok = (runs) => runs.every((r) => r.code === 0);

/** The markdown rows and sentences for docs/PERFORMANCE.md. */
export function jobsAgainstProcessesLines({ jobs, runs }, docs) {
  const row = (what, xs) => {
    if (!ok(xs)) return `| ${what} | failed (exit ${xs.find((r) => r.code !== 0).code}) | | | |`;
    const cpu = xs.every((r) => r.cpuSeconds !== null) ? spread(xs.map((r) => r.cpuSeconds), 1) : 'n/a';
    const rss = xs.every((r) => r.rssMb !== null) ? Math.max(...xs.map((r) => r.rssMb)).toFixed(0) : 'n/a';
    return `| ${what} | ${spread(xs.map((r) => r.seconds), 2)} | ${spread(xs.map((r) => r.seconds), 1, (s) => docs / s)} | ${cpu} | ${rss} |`;
  };
  const lines = [
    `| ${docs} articles, ${runs.one.length} runs each | wall (s) | documents/s | CPU, all threads (s) | peak RSS (MB) |`,
    '|---|---:|---:|---:|---:|',
    row('one process, `--jobs 1`', runs.one),
    row(`one process, \`--jobs ${jobs}\``, runs.pool),
    row(`${jobs} processes at once, \`--jobs 1\` each on 1/${jobs} of the articles (RSS: their sum)`, runs.processes),
    '',
  ];
  if (ok(runs.one) && ok(runs.pool) && ok(runs.processes)) {
    const perRep = runs.pool.map((r, rep) => runs.processes[rep].seconds / r.seconds);
    lines.push(
      `\`--jobs ${jobs}\` is ${(median(runs.one.map((r) => r.seconds)) / median(runs.pool.map((r) => r.seconds))).toFixed(2)}× as fast as \`--jobs 1\`; ` +
        `**\`--jobs ${jobs}\` ÷ ${jobs} independent processes: ${median(perRep).toFixed(2)}** in throughput ` +
        `(median of the runs' ratios, ${Math.min(...perRep).toFixed(2)}–${Math.max(...perRep).toFixed(2)}).`,
    );
  }
  return lines;
}
