// Where -o writes: a regular file is replaced atomically through an exclusive, private temporary
// file; a special file is written in place; a symlink is followed; nothing is left behind.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../scratch.js';
import { BIN, FIXTURES, ROOT, runCli } from './run.js';

const ARTICLE = path.join(FIXTURES, 'bombing-casualties.txt');
const KEPT = 'kept from before\n';

/** Waits until the folder holds `count` entries: the child has started and made its temporary file. */
async function untilEntries(dir: string, count: number): Promise<void> {
  for (let waited = 0; readdirSync(dir).length < count && waited < 20_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
}

async function exitOf(child: ReturnType<typeof spawn>): Promise<number | string | null> {
  return new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? signal)));
}

describe('-o to a special file', () => {
  it('writes into a FIFO in place instead of replacing it', async () => {
    const dir = scratchDir();
    const fifo = path.join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    setTimeout(() => reader.kill(), 20_000).unref(); // before the fix the FIFO was replaced and cat waited forever
    let read = '';
    reader.stdout.on('data', (d: Buffer) => (read += d.toString()));
    const run = runCli(['-f', 'ndjson', '-o', fifo, ARTICLE]);
    await exitOf(reader);
    expect(run.status).toBe(0);
    expect(JSON.parse(read).source).toBe(ARTICLE);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.fifo']);
  });

  // Special files of the test's own, never /dev/null or /dev/stdout themselves: before the fix a
  // run as root replaced the device with a regular file.
  it('writes through a link to /proc/self/fd/1 (what /dev/stdout is) in place', () => {
    const dir = scratchDir();
    const stdout = path.join(dir, 'stdout');
    symlinkSync('/proc/self/fd/1', stdout);
    const run = runCli(['-f', 'ndjson', '-o', stdout, ARTICLE]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).source).toBe(ARTICLE);
    expect(readlinkSync(stdout)).toBe('/proc/self/fd/1');
  });

  it('leaves a character device a character device', (context) => {
    const dir = scratchDir();
    const device = path.join(dir, 'null');
    try {
      execFileSync('mknod', ['-m', '666', device, 'c', '1', '3'], { stdio: 'ignore' });
    } catch {
      context.skip(); // mknod needs root
    }
    const run = runCli(['-o', device, ARTICLE]);
    expect(run.status).toBe(0);
    expect(statSync(device).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir)).toEqual(['null']);
  });
});

describe('-o to a symlink', () => {
  it('writes the file the link points to and keeps the link', () => {
    const dir = scratchDir();
    const real = path.join(dir, 'real.json');
    const link = path.join(dir, 'link.json');
    writeFileSync(real, KEPT);
    symlinkSync('real.json', link);
    const run = runCli(['-o', link, ARTICLE]);
    expect(run.status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real.json');
    expect(JSON.parse(readFileSync(real, 'utf8')).source).toBe(ARTICLE);
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'real.json']);
  });
});

describe('the temporary file of -o', () => {
  it('is not the predictable .NAME.PID.tmp: a link planted there is not followed', () => {
    const dir = scratchDir();
    const victim = path.join(dir, 'victim.txt');
    writeFileSync(victim, KEPT);
    // Every pid the child could get is not plantable; the old name used the pid, so plant many.
    const out = path.join(dir, 'out.json');
    const child = spawn(process.execPath, [BIN, '-o', out, ARTICLE], { cwd: ROOT });
    symlinkSync(victim, path.join(dir, `.out.json.${child.pid}.tmp`));
    return exitOf(child).then((code) => {
      expect(code).toBe(0);
      expect(readFileSync(victim, 'utf8')).toBe(KEPT);
      expect(JSON.parse(readFileSync(out, 'utf8')).source).toBe(ARTICLE);
    });
  });

  it('is private (0600) while it is written, and the result gets the usual mode', async () => {
    const dir = scratchDir();
    const out = path.join(dir, 'facts.ndjson');
    const child = spawn(process.execPath, [BIN, '-j', '1', '-o', out, '--input', 'jsonl'], { cwd: ROOT });
    child.stdin.write(`${JSON.stringify({ id: 'one', text: 'Officials said 3 people were killed.' })}\n`);
    await untilEntries(dir, 1);
    const temps = readdirSync(dir);
    expect(temps).toHaveLength(1);
    expect(temps[0]).not.toContain(String(child.pid));
    expect(statSync(path.join(dir, temps[0])).mode & 0o777).toBe(0o600);
    child.stdin.end();
    expect(await exitOf(child)).toBe(0);
    expect(readdirSync(dir)).toEqual(['facts.ndjson']);
    expect(statSync(out).mode & 0o777).toBe(0o666 & ~process.umask());
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('is removed on %s', async (signal, status) => {
    const dir = scratchDir();
    const out = path.join(dir, 'facts.ndjson');
    const child = spawn(process.execPath, [BIN, '-j', '1', '-o', out, '--input', 'jsonl'], { cwd: ROOT });
    child.stdin.write(`${JSON.stringify({ id: 'one', text: 'Officials said 3 people were killed.' })}\n`);
    await untilEntries(dir, 1);
    expect(readdirSync(dir)).toHaveLength(1);
    child.kill(signal);
    expect(await exitOf(child)).toBe(status);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is never named in an error: the target is', () => {
    const dir = scratchDir();
    const out = path.join(dir, 'no-such-folder', 'out.json');
    const run = runCli(['-o', out, ARTICLE]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`newsfacts: cannot write ${out}: no such folder`);
  });
});

describe('-o when every input failed', () => {
  it('leaves an existing output file as it was', () => {
    const dir = scratchDir();
    const out = path.join(dir, 'facts.json');
    writeFileSync(out, KEPT);
    const run = runCli(['-o', out, path.join(dir, 'missing.txt')]);
    expect(run.status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(KEPT);
    expect(readdirSync(dir)).toEqual(['facts.json']);
  });

  it('creates no file when there was none', () => {
    const dir = scratchDir();
    const out = path.join(dir, 'facts.json');
    runCli(['-o', out, path.join(dir, 'missing.txt')]);
    expect(existsSync(out)).toBe(false);
  });
});
