// What a path can be: a pipe (process substitution, a FIFO), an article whose text starts with "{",
// upper-case extensions in a folder, a symlink loop, a JSONL line with bad bytes or a bad date.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../scratch.js';
import { BIN, FIXTURES, ROOT, runCli } from '../cli/run.js';

const ARTICLE = path.join(FIXTURES, 'bombing-casualties.txt');
const BATCH = path.join(FIXTURES, 'batch.jsonl');
const lines = (out: string) => out.trim().split('\n').filter(Boolean);

describe('pipes given as paths', () => {
  it('reads an article from process substitution, <(cat a.txt)', () => {
    const run = spawnSync('bash', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} -f ndjson <(cat ${JSON.stringify(ARTICLE)})`], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).publishedAt).toBe('2023-05-20');
  });

  it('reads JSON Lines from process substitution, one record per line', () => {
    const run = spawnSync('bash', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} <(cat ${JSON.stringify(BATCH)})`], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(lines(run.stdout).map((l) => JSON.parse(l).id)).toEqual(['batch-1', 'batch-2', 'batch-3']);
  });

  it('reads a FIFO that has a writer, then the files after it', async () => {
    const dir = scratchDir();
    const fifo = path.join(dir, 'feed.fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `sleep 0.5; cat ${JSON.stringify(ARTICLE)} > ${JSON.stringify(fifo)}`]);
    const child = spawn(process.execPath, [BIN, '-f', 'ndjson', fifo, ARTICLE], { cwd: ROOT });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    writer.kill();
    expect(code).toBe(0);
    expect(lines(out).map((l) => JSON.parse(l).source)).toEqual([fifo, ARTICLE]);
  });
});

describe('files are read by their extension', () => {
  it('reads a .txt article that starts with "{" as text', () => {
    const dir = scratchDir();
    const file = path.join(dir, 'note.txt');
    writeFileSync(file, '{Corrected} Officials said on Monday that 3 people were killed in the blast.\n');
    const run = runCli(['-f', 'ndjson', file]);
    expect(run.status).toBe(0);
    const record = JSON.parse(run.stdout);
    expect(record.id).toBe(file);
    expect(record.casualties.map((c: { count: number }) => c.count)).toEqual([3]);
  });

  it('finds .TXT and .HTML files in a folder', () => {
    const dir = scratchDir();
    writeFileSync(path.join(dir, 'A.TXT'), 'Officials said 3 people were killed.\n');
    writeFileSync(path.join(dir, 'B.HTML'), '<html><body><p>Two people were hurt.</p></body></html>\n');
    const run = runCli(['-f', 'ndjson', dir]);
    expect(run.status).toBe(0);
    expect(lines(run.stdout).map((l) => path.basename(JSON.parse(l).source))).toEqual(['A.TXT', 'B.HTML']);
  });
});

describe('paths that cannot be read say why', () => {
  it('a symlink loop is named as one', () => {
    const dir = scratchDir();
    symlinkSync('b.txt', path.join(dir, 'a.txt'));
    symlinkSync('a.txt', path.join(dir, 'b.txt'));
    const run = runCli([path.join(dir, 'a.txt'), ARTICLE]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${path.join(dir, 'a.txt')}: too many levels of symbolic links`);
  });
});

describe('JSONL values', () => {
  it('warns about invalid UTF-8 inside a line, with the line, and processes it', () => {
    const dir = scratchDir();
    const feed = path.join(dir, 'feed.jsonl');
    const good = Buffer.from(`${JSON.stringify({ id: 'ok', text: 'Talks went on.' })}\n`);
    const bad = Buffer.concat([Buffer.from('{"id":"latin1","text":"Officials in S'), Buffer.from([0xe3]), Buffer.from('o Paulo said 4 people died."}\n')]);
    writeFileSync(feed, Buffer.concat([good, bad]));
    const run = runCli(['-f', 'ndjson', feed]);
    expect(run.status).toBe(0);
    const [first, second] = lines(run.stdout).map((l) => JSON.parse(l));
    expect(first.warnings.map((w: { code: string }) => w.code)).not.toContain('invalid-utf8');
    expect(second.warnings.map((w: { code: string }) => w.code)).toContain('invalid-utf8');
    expect(run.stderr).toContain(`${feed}:2: warning: invalid UTF-8`);
  });

  it.each([['2024-13-45'], [1714953600], ['yesterday']])('ignores a date field of %j with a warning', (date) => {
    const input = `${JSON.stringify({ id: 'd', text: 'Officials met on Monday.', date })}\n`;
    const run = runCli(['--input', 'jsonl'], { input });
    expect(run.status).toBe(0);
    const record = JSON.parse(run.stdout);
    expect(record.publishedAt).toBeNull();
    expect(record.warnings.map((w: { code: string }) => w.code)).toContain('invalid-date');
    expect(run.stderr).toContain(`-:1: warning: the "date" field (${JSON.stringify(date)}) is not a date in the form YYYY-MM-DD; ignored`);
  });
});
