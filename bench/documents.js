// The documents the bench scripts measure on: GVA dev articles from ../shared when they are there,
// else the fixtures repeated.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GVA_DEV = path.resolve(ROOT, '../shared/corpora/casualties/gva-dev.jsonl');
const FIXTURES = path.join(ROOT, 'fixtures');
const FIXTURE_BYTES = 2e6;

export const bytesOf = (text) => Buffer.byteLength(text, 'utf8');

/**
 * gva-dev texts: every k-th document so the sample is about `sampleBytes`, and the first
 * `folderDocs` for the command line's folder; else the fixtures repeated.
 */
export function loadDocuments({ sampleBytes, folderDocs }) {
  if (existsSync(GVA_DEV)) {
    const texts = readFileSync(GVA_DEV, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text);
    const total = texts.reduce((sum, text) => sum + bytesOf(text), 0);
    const step = Math.max(1, Math.ceil(total / sampleBytes));
    const sample = texts.filter((_, i) => i % step === 0);
    const what =
      step === 1
        ? `all ${texts.length} GVA dev articles`
        : `${sample.length} of ${texts.length} GVA dev articles (every ${step}th, a sample to keep the run short)`;
    const folder = Array.from({ length: folderDocs }, (_, i) => texts[i % texts.length]);
    const folderWhat = `the first ${folderDocs} GVA dev articles${folderDocs > texts.length ? ' (repeated)' : ''}`;
    return { texts: sample, what, folder, folderWhat };
  }
  const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(FIXTURES, f), 'utf8'));
  if (fixtures.length === 0) throw new Error(`no ../shared corpora and no fixtures/*.txt to measure on`);
  const texts = [];
  for (let bytes = 0; bytes < FIXTURE_BYTES; ) {
    for (const text of fixtures) {
      texts.push(text);
      bytes += bytesOf(text);
    }
  }
  const folder = Array.from({ length: folderDocs }, (_, i) => fixtures[i % fixtures.length]);
  return {
    texts,
    what: `the ${fixtures.length} fixtures/*.txt articles repeated to ${texts.length} documents`,
    folder,
    folderWhat: `the ${fixtures.length} fixtures/*.txt articles repeated to ${folderDocs} documents`,
  };
}
