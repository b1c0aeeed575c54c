// The quality floor of CI: scores each dev corpus in ../shared/corpora with `newsfacts eval --min`
// at the floors in bench/floors.json, and exits 1 when any score is below its floor. Corpora that are
// absent are skipped, and it says so.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPORA = path.resolve(ROOT, '../shared/corpora');
const { corpora } = JSON.parse(readFileSync(path.join(ROOT, 'bench/floors.json'), 'utf8'));

if (!existsSync(CORPORA)) {
  console.log(`quality floor: skipped, ${CORPORA} is absent`);
  process.exit(0);
}
let failed = 0;
for (const [file, { args, floors }] of Object.entries(corpora)) {
  const gold = path.join(CORPORA, file);
  if (!existsSync(gold)) {
    console.log(`quality floor: ${file}: skipped, absent`);
    continue;
  }
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bin/newsfacts.js'), 'eval', gold, ...args, ...floors.flatMap((floor) => ['--min', floor])],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (run.status === 0) {
    console.log(`quality floor: ${file}: ${floors.length} floors held (${seconds} s)`);
  } else {
    failed++;
    console.log(`quality floor: ${file}: FAILED (${seconds} s)\n${run.stderr.trim()}`);
  }
}
process.exit(failed ? 1 : 0);
