// `npm run test:cluster`: the Dask job of examples/dask on a LocalCluster of two worker processes
// gives the CLI's records for the same JSON Lines (order aside), in NDJSON and, where pyarrow
// imports, in Parquet. Skips, saying why, where Python has no Dask distributed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../cli/run.js';
import { findPython, goodLines, parseRecords, writeFixturesJsonl } from './python.js';

const JOB = path.join(ROOT, 'examples/dask/newsfacts_dask.py');
const python = findPython(['dask.bag', 'distributed']);
const skip = python ? '' : ' (skipped: no Python with Dask distributed; apt-get install python3-distributed)';
if (!python) console.warn(`test:cluster: examples/dask${skip}`);
const withParquet = python !== null && findPython(['pyarrow']) === python;

describe(`examples/dask${skip}`, () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'newsfacts-dask-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.skipIf(!python)(`gives the CLI's records on a LocalCluster of two workers${withParquet ? ', in NDJSON and Parquet' : ' (no pyarrow: NDJSON only)'}`, () => {
    const input = writeFixturesJsonl(work);
    const out = path.join(work, 'out');
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)}`;
    // 2 kB blocks: several partitions, so both workers get some and lines are cut between blocks
    const job = spawnSync(python!, [JOB, input, '--out', out, '--workers', '2', '--blocksize', '2000', '--newsfacts', command], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const cli = runCli(['-q', '--jobs', '1', '-f', 'ndjson', input]);

    expect(cli.status).toBe(1); // the broken line
    expect(job.stderr).toMatch(/articles\.jsonl \(partition \d+\): newsfacts: -:\d+: invalid JSON/);
    expect(job.stderr).toMatch(/newsfacts-dask: [2-9] partitions, \d+ records, 1 failed/);
    expect(job.status).toBe(1);
    const parts = readdirSync(out).sort();
    const ndjson = parts.filter((name) => name.endsWith('.ndjson')).map((name) => readFileSync(path.join(out, name), 'utf8')).join('');
    const records = parseRecords(ndjson);
    expect(records.length).toBe(goodLines(input));
    expect(records).toEqual(parseRecords(cli.stdout));

    if (!withParquet) return;
    const read = spawnSync(python!, ['-c', 'import glob, json, sys, pyarrow.parquet as pq; print("\\n".join(json.dumps(r) for f in sorted(glob.glob(sys.argv[1] + "/*.parquet")) for r in pq.read_table(f).to_pylist()))', out], { encoding: 'utf8' });
    expect(read.status).toBe(0);
    expect(withoutNulls(parseRecords(read.stdout))).toEqual(withoutNulls(records));
  }, 600_000);
});

/** Parquet has a column for every field, null where a record has none: compare without nulls. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
}
