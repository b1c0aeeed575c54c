// `npm run test:cluster`: the Spark job of examples/spark (RDD.pipe) on a local[2] master gives the
// CLI's records for the same JSON Lines (order aside). Spark is not in the registries this project
// installs from, so this runs only where pyspark imports and java is on PATH, and says so when it skips.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../cli/run.js';
import { findPython, goodLines, parseRecords, writeFixturesJsonl } from './python.js';

const JOB = path.join(ROOT, 'examples/spark/newsfacts_spark.py');
const python = findPython(['pyspark']);
const hasJava = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
const skip = !python ? ' (skipped: no Python imports pyspark)' : !hasJava ? ' (skipped: pyspark needs java on PATH)' : '';
if (skip) console.warn(`test:cluster: examples/spark${skip}`);

describe(`examples/spark${skip}`, () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'newsfacts-spark-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.skipIf(Boolean(skip))("gives the CLI's records on local[2], in NDJSON and Parquet", () => {
    const input = writeFixturesJsonl(work);
    const out = path.join(work, 'out');
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)}`;
    const job = spawnSync(python!, [JOB, '--master', 'local[2]', '--partitions', '3', '--newsfacts', command, input, out], { cwd: ROOT, encoding: 'utf8' });
    const cli = runCli(['-q', '--jobs', '1', '-f', 'ndjson', input]);

    expect(job.status, job.stderr).toBe(0); // the broken line is reported, not fatal
    const ndjsonDir = path.join(out, 'ndjson');
    const ndjson = readdirSync(ndjsonDir).filter((name) => name.startsWith('part-')).map((name) => readFileSync(path.join(ndjsonDir, name), 'utf8')).join('');
    const records = parseRecords(ndjson);
    expect(records.length).toBe(goodLines(input));
    expect(records).toEqual(parseRecords(cli.stdout));
    expect(existsSync(path.join(out, 'parquet', '_SUCCESS'))).toBe(true);
  });
});
