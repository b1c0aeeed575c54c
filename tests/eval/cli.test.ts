// `newsfacts eval` run as a user would (the built binary): output, exit codes, one-line errors.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { scratchDir } from '../scratch.js';

const TEXT = 'BERLIN, March 14 - The two ministers spoke by telephone on Monday about grain exports.';
const timex = (word: string, value: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length, text: word, type: 'DATE', value });
const goldLine = (timexes: object[]) => JSON.stringify({ id: 'berlin-1', dct: '2022-03-14', text: TEXT, annotates: ['timexes'], timexes });

function goldFile(content: string): string {
  const file = path.join(scratchDir('newsfacts-eval-'), 'gold.jsonl');
  writeFileSync(file, content);
  return file;
}

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

describe('newsfacts eval', () => {
  it('prints the scores per kind and exits 0', () => {
    const run = runCli(['eval', goldFile(`${goldLine([timex('Monday', '2022-03-14')])}\n`)]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('dates: TempEval-3 Task A timexes — 1 document');
    expect(run.stdout).toMatch(/relaxed\s+1\s+\d+\s+\d+/);
  });

  it('prints JSON with counts and ratios', () => {
    const run = runCli(['eval', '-f', 'json', goldFile(goldLine([timex('Monday', '2022-03-14')]))]);
    const report = JSON.parse(run.stdout);
    expect(report.sections[0]).toMatchObject({ kind: 'dates', name: 'timexes', documents: 1 });
    expect(report.sections[0].rows.map((row: { label: string }) => row.label)).toEqual(['strict', 'relaxed', 'type', 'value']);
  });

  it('exits 1 below a --min floor, after printing the scores and the false negative under --errors', () => {
    const run = runCli(['eval', '--errors', '--min', 'dates.relaxed-r=0.5', goldFile(goldLine([timex('ministers', '2022-03-14')]))]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('FN   timexes       berlin-1  "ministers"');
    expect(run.stderr).toContain('below the floor: dates.relaxed-r = 0.000 < 0.5');
  });

  it.each([
    [['eval', '/no/such/gold.jsonl'], '/no/such/gold.jsonl: cannot read it (no such file)'],
    [['eval', goldFile(`${goldLine([])}\n{"id": 3}\n`)], 'gold.jsonl:2: id: '],
    [['eval', '--kinds', 'dates,moods', goldFile(goldLine([]))], '--kinds: unknown kind "moods"'],
    [['eval', '--kinds', 'calls', goldFile(goldLine([]))], 'no gold for calls'],
    [['eval', '--min', 'dates.nonsense=0.5', goldFile(goldLine([]))], '--min dates.nonsense=0.5: no such score in this run'],
    [['eval', '-f', 'xml', goldFile(goldLine([]))], '--format: unknown format "xml"'],
  ])('exits 2 with one line for a usage error: %j', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    noStackTrace(run.stderr);
  });
});
