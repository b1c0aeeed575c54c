// Fuzzing the whole path from bytes to record: random text, HTML pages and JSONL lines, in mixed
// scripts with control characters, through the same readers the CLI uses. No input may crash
// extraction; every record validates against the published schema, every offset slices the text
// to its mention, and no input takes more than 3 s per 100 KB.
// FUZZ_RUNS (default 10,000 in all, split over the three generators) and FUZZ_SEED are settable:
//   FUZZ_RUNS=100000 FUZZ_SEED=42 npx vitest run tests/robustness/fuzz.test.ts
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { readHtml } from '../../src/input/html.js';
import { readJsonlLine } from '../../src/input/jsonl.js';
import { DocumentRecord } from '../../src/schema.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20260310);
const MS_PER_100KB = 3_000;

/** Words that reach every extractor, so random text exercises the rules and not only the tagger. */
const NEWSY = [
  'killed', 'wounded', 'at least', 'nearly', 'President', 'Minister', 'said', 'on Tuesday', 'March 6', 'Mr.', 'A.',
  'phone call', 'urged', 'spoke with', 'held talks with', '1,300', 'twenty-five', 'Russian', 'the Kremlin', 'U.S.',
  'between 8 and 12', 'people', 'a day after', 'since', '2024', '—', '(Reuters)', 'MOSCOW,', 'called on', 'dead',
];
/** Words in other scripts, written for this test. */
const SCRIPTS = ['Москва', 'заявил', '北京', '会谈', 'القاهرة', 'قتل', 'नई दिल्ली', 'Ελλάδα', 'İstanbul', 'Łódź', '東京都', '😀', 'e\u0301'];
/** Characters that break naive code: controls, separators, BOM, lone surrogates, combining marks, bidi. */
const AWKWARD = ['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', '\ud800', '\udfff', '\u0301', '\u202e', '\r', '\r\n', '\t', '\n\n'];
const SEPARATORS = [' ', ' ', ' ', '\n', '\n\n', ', ', '. '];

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NEWSY) },
  { weight: 2, arbitrary: fc.constantFrom(...SCRIPTS) },
  { weight: 1, arbitrary: fc.constantFrom(...AWKWARD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,8}$/) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 1_000_000 }).map(String) },
);

const text = fc
  .array(fc.tuple(fragment, fc.constantFrom(...SEPARATORS)), { maxLength: 60 })
  .map((parts) => parts.map(([word, sep]) => word + sep).join(''));

const TAGS = ['p', 'div', 'article', 'script', 'style', 'nav', 'h1', 'li', 'br', 'time datetime="2024-13-45"', 'meta property="article:published_time" content="2024-05-06"'];
const ENTITIES = ['&amp;', '&#x41;', '&#99999999;', '&nbsp;', '&bogus;', '&#0;', '<!--', '-->', '<', '>'];

const html = fc
  .array(fc.oneof(text, fc.constantFrom(...ENTITIES), fc.constantFrom(...TAGS).map((t) => `<${t}>`), fc.constantFrom(...TAGS).map((t) => `</${t.split(' ')[0]}>`)), { maxLength: 12 })
  .map((parts) => `<html><body>${parts.join('')}</body></html>`);

const jsonlLine = fc
  .record({
    id: fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constant(null)),
    text: fc.oneof(text, fc.integer(), fc.constant(null)),
    date: fc.oneof(fc.constantFrom('2024-05-06', '2024-13-45', '2024-02-30', '2024', ''), fc.integer(), fc.constant(null)),
  }, { requiredKeys: [] })
  .chain((record) => fc.tuple(fc.constant(JSON.stringify(record)), fc.nat()))
  .map(([line, cut]) => (cut % 5 === 0 ? line.slice(0, cut % (line.length + 1)) : line));

/** Extracts and checks one document; returns nothing, throws on any broken promise. */
function check(article: string, publishedAt?: string | null): void {
  const started = performance.now();
  const record = extract(article, { refDate: '2026-03-10', publishedAt });
  const elapsed = performance.now() - started;
  expect(elapsed).toBeLessThan(MS_PER_100KB * Math.max(1, article.length / 100_000));
  DocumentRecord.parse(record);
  const doc = article.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const spans = [
    ...record.actors.flatMap((a) => a.mentions),
    ...record.dates,
    ...record.casualties,
    ...record.calls.map((c) => c.evidence),
    ...record.appeals.map((p) => p.evidence),
  ];
  for (const span of spans) expect(doc.slice(span.start, span.end)).toBe(span.text);
  const ids = new Set(record.actors.map((a) => a.id));
  for (const c of record.calls) for (const id of c.participants) expect(ids.has(id)).toBe(true);
  for (const p of record.appeals) expect(ids.has(p.actor)).toBe(true);
}

const share = (part: number) => Math.max(1, Math.round(RUNS * part));

describe(`fuzzing (${RUNS} inputs, seed ${SEED})`, () => {
  // The first document loads compromise (seconds on a busy machine): the time limit is per document.
  beforeAll(() => void extract('Warm-up.'), 60_000);

  it('random text in mixed scripts with control characters', { timeout: 600_000 }, () => {
    fc.assert(fc.property(text, (t) => check(t)), { numRuns: share(0.6), seed: SEED });
  });

  it('random HTML pages', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(html, (page) => {
        const article = readHtml(page);
        check(article.text, article.publishedAt);
      }),
      { numRuns: share(0.2), seed: SEED + 1 },
    );
  });

  it('random and broken JSONL lines', { timeout: 600_000 }, () => {
    const options = { input: 'jsonl' as const, textField: 'text', dateField: 'date', idField: 'id', maxChars: 1_000_000 };
    fc.assert(
      fc.property(jsonlLine, (line) => {
        const item = readJsonlLine(line, 'fuzz.jsonl', 1, options);
        if (item && 'error' in item) expect(item.error).not.toContain('\n');
        else if (item) check(item.article.text, item.article.publishedAt);
      }),
      { numRuns: share(0.2), seed: SEED + 2 },
    );
  });
});
