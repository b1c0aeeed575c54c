// Runs the built command line (bin/newsfacts.js), or any command, for the bench scripts: wall seconds, exit code,
// and, where /usr/bin/time is, peak RSS and CPU seconds (user + system, all threads). On a shared
// machine CPU seconds move less with the load than wall seconds do.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TIME_BIN = '/usr/bin/time';
export const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bin/newsfacts.js');

const measured = (stderr, pattern) => {
  const match = pattern.exec(stderr);
  return match ? Number(match[1]) : null;
};

/** Runs a command once (its stdout is dropped). */
export function runCommand(command) {
  const [program, ...argv] = existsSync(TIME_BIN) ? [TIME_BIN, '-v', ...command] : command;
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(program, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      const rssKb = measured(stderr, /Maximum resident set size \(kbytes\): (\d+)/);
      const user = measured(stderr, /User time \(seconds\): ([\d.]+)/);
      const system = measured(stderr, /System time \(seconds\): ([\d.]+)/);
      resolve({
        seconds: (performance.now() - started) / 1000,
        code,
        rssMb: rssKb === null ? null : rssKb / 1024,
        cpuSeconds: user === null ? null : user + system,
      });
    });
  });
}

/** Runs the CLI once. */
export const runCli = (cliArgs) => runCommand([process.execPath, BIN, ...cliArgs]);

/**
 * Runs several CLI processes at once, as one run: wall seconds until the last ends, the sum of
 * their peak RSS and of their CPU seconds, the first failing exit code.
 */
export async function runTogether(argsList) {
  const started = performance.now();
  const runs = await Promise.all(argsList.map((cliArgs) => runCli(cliArgs)));
  const sum = (key) => (runs.every((r) => r[key] !== null) ? runs.reduce((total, r) => total + r[key], 0) : null);
  return {
    seconds: (performance.now() - started) / 1000,
    code: runs.find((r) => r.code !== 0)?.code ?? 0,
    rssMb: sum('rssMb'),
    cpuSeconds: sum('cpuSeconds'),
  };
}
