// What the CLI tells the user: which --fail-on condition held, singular counts, help that lists
// the extract options; and output that cannot attack a terminal or a spreadsheet.
import { describe, expect, it } from 'vitest';
import { csvFormatter } from '../../src/output/csv.js';
import { tableFormatter } from '../../src/output/table.js';
import { showsProgress } from '../../src/cli/progress.js';
import { Tally } from '../../src/cli/tally.js';
import { runCli } from './run.js';

/** A record whose id and texts a hostile feed chose. */
function hostileRecord(id: string, text: string): string {
  return JSON.stringify({
    schema: 'newsfacts/1', id, source: id, publishedAt: null, referenceDate: null, dateline: null,
    actors: [{ id: 'A1', type: 'person', name: text, title: null, country: null, aliases: [], mentions: [{ text, start: 0, end: text.length }] }],
    calls: [], appeals: [], dates: [{ text, start: 0, end: text.length, type: 'DATE', value: '2024' }], casualties: [], warnings: [],
  });
}

describe('--fail-on', () => {
  it('says on stderr which condition held', () => {
    const run = runCli(['--only', 'calls', '--fail-on', 'no-records'], { input: 'The weather was mild.\n' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('newsfacts: --fail-on no-records: no records were found');
  });

  it('names the warnings when --fail-on warning holds', () => {
    const run = runCli(['-q', '--fail-on', 'warning'], { input: 'The weather was mild.\n' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('newsfacts: --fail-on warning: 1 warning');
  });
});

describe('summary line', () => {
  it('says "1 document" and "1 call"', () => {
    const tally = new Tally();
    tally.add({ warnings: 0, perKind: { actors: 2, calls: 1, appeals: 0, dates: 1, casualties: 3 } });
    expect(tally.summary()).toBe('1 document (2 actors, 1 call, 0 appeals, 1 date, 3 casualties); 0 failed');
  });
});

describe('--help', () => {
  it('lists the extract options', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    for (const option of ['--only <kinds>', '--ref-date <YYYY-MM-DD>', '-o, --output <file>', '-j, --jobs <n>', '--fail-on <conds>']) {
      expect(run.stdout).toContain(option);
    }
  });
});

describe('the table', () => {
  it('strips terminal control characters from ids and text', () => {
    const out = tableFormatter({ color: false }).record(hostileRecord('evil\u001b]0;owned\u0007\u001b[2J', 'Ali\u001b[31m Veli\u009b1m\r'));
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('evil');
    expect(out).toContain('Ali Veli');
  });

  it('strips them from a JSONL id on the command line too', () => {
    const input = `${JSON.stringify({ id: 'x\u001b[2Jy', text: 'Officials said 3 people were killed.' })}\n`;
    const run = runCli(['-f', 'table', '--input', 'jsonl'], { input });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('xy');
  });

  it('does not interleave with progress: no progress bar while the output goes to the terminal', () => {
    expect(showsProgress({ enabled: true, stderrIsTerminal: true, outputOnTerminal: true })).toBe(false);
    expect(showsProgress({ enabled: true, stderrIsTerminal: true, outputOnTerminal: false })).toBe(true);
    expect(showsProgress({ enabled: true, stderrIsTerminal: false, outputOnTerminal: false })).toBe(false);
  });
});

describe('CSV', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('guards a cell starting %j against formula injection', (text) => {
    const [, row] = csvFormatter().record(hostileRecord(text, text)).split('\n');
    expect(row.startsWith(`"'${text.replace(/"/g, '""')}"`) || row.startsWith(`'${text}`)).toBe(true);
    expect(row).not.toMatch(/,[=+\-@\t\r]/);
  });

  it('leaves ordinary cells and the stdin id "-" as they are', () => {
    const [, row] = csvFormatter().record(hostileRecord('-', 'Ali Veli')).split('\n');
    expect(row.startsWith('-,actor,Ali Veli,')).toBe(true);
  });

  it('guards cells on the command line', () => {
    const input = `${JSON.stringify({ id: '=cmd|calc', text: 'Officials said 3 people were killed.' })}\n`;
    const run = runCli(['-f', 'csv', '--input', 'jsonl'], { input });
    expect(run.stdout.split('\n').slice(1).filter(Boolean).every((row) => row.startsWith("'=cmd|calc,"))).toBe(true);
  });
});
