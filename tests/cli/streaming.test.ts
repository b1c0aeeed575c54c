// Pipeline behaviour: records stream out as documents finish, a closed pipe ends the run quietly,
// and the output is the same whatever the number of worker threads.
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, runCli } from './run.js';

const line = (id: string) => `${JSON.stringify({ id, text: 'Officials said 3 people were killed on Monday.', date: '2024-01-10' })}\n`;

describe('streaming', () => {
  it.each(['1', '2'])('writes a JSONL record on stdout before stdin has ended (--jobs %s)', async (jobs) => {
    const child = spawn(process.execPath, [BIN, '-j', jobs], { cwd: ROOT });
    const firstOutput = new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString())));
    child.stdin.write(line('first'));
    const out = await firstOutput; // stdin is still open here
    expect(JSON.parse(out.split('\n')[0]).id).toBe('first');
    child.stdin.end(line('second'));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  });

  it('exits quietly when the reader closes the pipe early', () => {
    const input = Array.from({ length: 300 }, (_, i) => line(`doc-${i}`)).join('');
    const run = spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} -j 1 | head -1`], { cwd: ROOT, input, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).id).toBe('doc-0');
    expect(run.stderr).toBe('');
  });

  it('gives byte-identical output for any --jobs', () => {
    const one = runCli(['-q', '-j', '1', FIXTURES, FIXTURES]);
    const two = runCli(['-q', '-j', '2', FIXTURES, FIXTURES]);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });
});
