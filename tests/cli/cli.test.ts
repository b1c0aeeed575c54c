// The built binary, run as a user would: inputs, formats, options, exit codes, errors.
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../scratch.js';
import { BIN, FIXTURES, ROOT, runCli } from './run.js';

const ARTICLE = path.join(FIXTURES, 'bombing-casualties.txt');
const OTHER = path.join(FIXTURES, 'readout-phone-call.txt');
const scratch = () => scratchDir();
const lines = (out: string) => out.trim().split('\n').filter(Boolean);
const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

describe('inputs', () => {
  it('reads an article on stdin and prints one JSON object when piped', () => {
    const run = runCli([], { input: readFileSync(ARTICLE) });
    expect(run.status).toBe(0);
    const record = JSON.parse(run.stdout);
    expect(record.schema).toBe('newsfacts/1');
    expect(record.id).toBe('-');
    expect(record.publishedAt).toBe('2023-05-20');
  });

  it('treats - as stdin', () => {
    const run = runCli(['-'], { input: readFileSync(ARTICLE) });
    expect(JSON.parse(run.stdout).source).toBe('-');
  });

  it('prints NDJSON, one line per document in input order, for several files', () => {
    const run = runCli([ARTICLE, OTHER]);
    expect(run.status).toBe(0);
    expect(lines(run.stdout).map((l) => JSON.parse(l).source)).toEqual([ARTICLE, OTHER]);
  });

  it('recurses into folders and reads .txt, .md, .html and .jsonl', () => {
    const run = runCli(['-q', FIXTURES]);
    const sources = lines(run.stdout).map((l) => JSON.parse(l).source as string);
    const articles = readdirSync(FIXTURES, { withFileTypes: true }).filter((f) => f.isFile() && !f.name.endsWith('.json'));
    const jsonlLines = lines(readFileSync(path.join(FIXTURES, 'batch.jsonl'), 'utf8')).length;
    const nested = sources.filter((s) => s.includes(`${path.sep}events${path.sep}`));
    expect(nested.length).toBeGreaterThan(0);
    expect(sources.length - nested.length).toBe(articles.length - 1 + jsonlLines);
    expect(sources.some((s) => s.endsWith('.html'))).toBe(true);
    expect(sources.some((s) => s.endsWith('.md'))).toBe(true);
  });

  it('expands globs itself', () => {
    const run = runCli(['fixtures/*.txt']);
    const count = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).length;
    expect(lines(run.stdout)).toHaveLength(count);
  });

  it('reads JSONL with its id and date fields, one record per line', () => {
    const run = runCli([path.join(FIXTURES, 'batch.jsonl')]);
    const records = lines(run.stdout).map((l) => JSON.parse(l));
    expect(records.map((r) => r.id)).toEqual(['batch-1', 'batch-2', 'batch-3']);
    expect(records[0].publishedAt).toBe('2025-03-14');
  });

  it('takes JSONL field names from the options', () => {
    const input = `${JSON.stringify({ key: 'k1', body: 'Officials said 3 people were killed.', when: '2024-01-05' })}\n`;
    const run = runCli(['--input', 'jsonl', '--text-field', 'body', '--id-field', 'key', '--date-field', 'when'], { input });
    const record = JSON.parse(lines(run.stdout)[0]);
    expect(record.id).toBe('k1');
    expect(record.publishedAt).toBe('2024-01-05');
  });

  it('extracts HTML article text without scripts or navigation', () => {
    const run = runCli([path.join(FIXTURES, 'html-article.html')]);
    const record = JSON.parse(run.stdout);
    expect(record.publishedAt).toBe('2025-07-09');
    expect(JSON.stringify(record)).not.toMatch(/analytics|All rights reserved/);
  });
});

describe('formats', () => {
  it('writes CSV with a fixed header and one row per record', () => {
    const run = runCli(['-f', 'csv', ARTICLE]);
    const [header, ...rows] = lines(run.stdout);
    expect(header).toBe('document,kind,subject,object,date,count,qualifier,text,start,end');
    for (const row of rows) expect(row.startsWith(ARTICLE)).toBe(true);
  });

  it('writes Markdown with a heading per document', () => {
    const run = runCli(['-f', 'md', ARTICLE, OTHER]);
    expect(run.stdout.match(/^## /gm)).toHaveLength(2);
  });

  it('writes a JSON array for several documents with -f json', () => {
    const run = runCli(['-f', 'json', ARTICLE, OTHER]);
    expect(JSON.parse(run.stdout)).toHaveLength(2);
  });

  it('writes an uncoloured table when asked for one on a pipe, and honours --no-color', () => {
    for (const args of [['-f', 'table'], ['-f', 'table', '--no-color']]) {
      const run = runCli([...args, ARTICLE]);
      expect(run.stdout).toContain('CASUALTIES');
      expect(run.stdout).not.toContain('\u001b[');
    }
  });
});

describe('options', () => {
  it('--only keeps just the asked kinds', () => {
    const record = JSON.parse(runCli(['--only', 'dates', ARTICLE]).stdout);
    expect(record.actors).toEqual([]);
    expect(record.casualties).toEqual([]);
  });

  it('--profile conll reads the sides of a 1996 sports report as clubs; the news default does not', () => {
    const input = 'CRICKET - KENT CLOSE IN.\nCanterbury: Kent 310 and Sussex 204-6 at the close on Friday.\n';
    const typeOf = (args: string[]) => JSON.parse(runCli(['--only', 'actors', ...args], { input }).stdout).actors.find((a: { name: string }) => a.name === 'Sussex')?.type;
    expect(typeOf(['--profile', 'conll'])).toBe('organization');
    expect(typeOf([])).toBe('place');
  });

  it('--ref-date overrides the detected publication date', () => {
    const record = JSON.parse(runCli(['--ref-date', '2020-01-02', ARTICLE]).stdout);
    expect(record.publishedAt).toBe('2023-05-20');
    expect(record.referenceDate).toBe('2020-01-02');
  });

  it('-o writes the file whole and leaves no temporary file', () => {
    const dir = scratch();
    const out = path.join(dir, 'facts.ndjson');
    const run = runCli(['-o', out, ARTICLE, OTHER]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(lines(readFileSync(out, 'utf8'))).toHaveLength(2);
    expect(readdirSync(dir)).toEqual(['facts.ndjson']);
  });

  it('--fail-on no-records exits 1 when nothing was found', () => {
    const run = runCli(['--only', 'calls', '--fail-on', 'no-records', '-q'], { input: 'The weather was mild.\n' });
    expect(run.status).toBe(1);
  });

  it('prints the package version the same on the fast path (the flag alone) and through the CLI', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    for (const args of [['--version'], ['-V'], ['-q', '--version'], ['--version', '-V']]) {
      expect(runCli(args)).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('prints the schema', () => {
    expect(JSON.parse(runCli(['schema']).stdout).type).toBe('object');
  });
});

describe('records validate against the printed JSON Schema', () => {
  it('for every fixture', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(runCli(['schema']).stdout));
    for (const line of lines(runCli(['-q', FIXTURES]).stdout)) {
      const record = JSON.parse(line);
      expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
      // Offsets slice the document text to the mention.
      for (const d of record.dates) expect(d.end).toBeGreaterThan(d.start);
    }
  });
});

describe('bad input', () => {
  it('a missing path is reported by name, the other documents still come out, exit 1', () => {
    const run = runCli([ARTICLE, 'no/such/file.txt', OTHER]);
    expect(run.status).toBe(1);
    expect(lines(run.stdout)).toHaveLength(2);
    expect(run.stderr).toContain('no/such/file.txt: no such file or folder');
    noStackTrace(run.stderr);
  });

  it('a folder without articles, an empty file and a binary file are errors naming the file', () => {
    const dir = scratch();
    mkdirSync(path.join(dir, 'empty-folder'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
    const run = runCli([path.join(dir, 'empty-folder'), path.join(dir, 'empty.txt'), path.join(dir, 'image.txt'), ARTICLE]);
    expect(run.status).toBe(1);
    expect(lines(run.stdout)).toHaveLength(1);
    expect(run.stderr).toContain('empty-folder: no articles');
    expect(run.stderr).toContain('empty.txt: empty file');
    expect(run.stderr).toContain('image.txt: binary file');
    noStackTrace(run.stderr);
  });

  it('invalid UTF-8 is replaced with a warning, and the document still gets its record', () => {
    const dir = scratch();
    const file = path.join(dir, 'latin1.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('Officials in S'), Buffer.from([0xe3, 0x6f]), Buffer.from(' Paulo said 4 people died.\n')]));
    const run = runCli([file]);
    expect(run.status).toBe(0);
    const record = JSON.parse(run.stdout);
    expect(record.warnings.map((w: { code: string }) => w.code)).toContain('invalid-utf8');
    expect(run.stderr).toContain('latin1.txt: warning: invalid UTF-8');
  });

  it('a malformed JSONL line is reported with its line number; the other lines are processed', () => {
    const input = [JSON.stringify({ id: 'a', text: 'One.' }), '{not json', JSON.stringify({ id: 'c', nottext: 1 }), JSON.stringify({ id: 'd', text: 'Two.' })].join('\n');
    const run = runCli(['--input', 'jsonl'], { input });
    expect(run.status).toBe(1);
    expect(lines(run.stdout).map((l) => JSON.parse(l).id)).toEqual(['a', 'd']);
    expect(run.stderr).toContain('-:2: invalid JSON');
    expect(run.stderr).toContain('-:3: no string field "text"');
    noStackTrace(run.stderr);
  });

  it('a document past --timeout-ms is reported as failed and the others still come out', () => {
    const big = JSON.stringify({ id: 'big', text: 'Minister Kremlin said 12 people were killed on Monday. '.repeat(40_000) });
    const small = JSON.stringify({ id: 'small', text: 'Officials said 3 people were killed.' });
    const run = runCli(['--timeout-ms', '1500', '--max-chars', '3000000', '-j', '1', '--input', 'jsonl'], { input: `${big}\n${small}\n` });
    expect(run.status).toBe(1);
    expect(lines(run.stdout).map((l) => JSON.parse(l).id)).toEqual(['small']);
    expect(run.stderr).toContain('-:1: timed out after 1500 ms');
  });

  it('an article over --max-chars is reported, unread, and the others still come out', () => {
    const limit = readFileSync(OTHER, 'utf8').length - 1; // the longer of the two
    expect(readFileSync(ARTICLE, 'utf8').length).toBeLessThan(limit);
    const run = runCli(['-f', 'ndjson', '--max-chars', String(limit), OTHER, ARTICLE]);
    expect(run.status).toBe(1);
    expect(lines(run.stdout).map((l) => JSON.parse(l).source)).toEqual([ARTICLE]);
    expect(run.stderr).toContain(`${OTHER}: too long:`);
    noStackTrace(run.stderr);
  });

  it('a 50 MB JSONL line and a 10 MB article are reported as failed at once; the others come out', () => {
    const dir = scratch();
    const feed = path.join(dir, 'feed.jsonl');
    const line = (id: string, text: string) => `${JSON.stringify({ id, text })}\n`;
    writeFileSync(feed, line('before', 'Officials said 3 people were killed.') + line('huge', 'Talks went on. '.repeat(3_400_000)) + line('after', 'Two were hurt.'));
    const article = path.join(dir, 'huge.txt');
    writeFileSync(article, 'Talks went on. '.repeat(680_000));
    const run = runCli(['-f', 'ndjson', feed, article, OTHER]);
    expect(run.status).toBe(1);
    expect(lines(run.stdout).map((l) => JSON.parse(l).id)).toEqual(['before', 'after', OTHER]);
    expect(run.stderr).toContain(`${feed}:2: too long: 51,000,`);
    expect(run.stderr).toContain(`${article}: too long: 10,200,000 characters`);
    noStackTrace(run.stderr);
  });

  it('usage errors exit 2 with one line', () => {
    for (const args of [['--format', 'yaml'], ['--only', 'weather'], ['--ref-date', '2026-02-30'], ['--jobs', '0'], ['--timeout-ms', 'soon'], ['--max-chars', '2M'], ['--profile', 'sports'], ['--bogus']]) {
      const run = runCli([...args, ARTICLE]);
      expect(run.status).toBe(2);
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stdout).toBe('');
    }
  });

  it('a failed run with -o leaves no output file', () => {
    const dir = scratch();
    const out = path.join(dir, 'out.json');
    runCli(['-o', out, '--format', 'yaml', ARTICLE]);
    expect(existsSync(out)).toBe(false);
  });

  it('Ctrl-C stops the run and leaves no output file, whole or partial', async () => {
    const dir = scratchDir();
    const out = path.join(dir, 'facts.ndjson');
    const child = spawn(process.execPath, [BIN, '-j', '1', '-o', out, '--input', 'jsonl'], { cwd: ROOT });
    child.stdin.write(`${JSON.stringify({ id: 'one', text: 'Officials said 3 people were killed.' })}\n`);
    // The temporary file is made at start, with the signal handlers: wait for it, however loaded the machine.
    for (let waited = 0; readdirSync(dir).length === 0 && waited < 20_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('close', (c, signal) => resolve(c ?? signal)));
    expect(code).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
  });
});
