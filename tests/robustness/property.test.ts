// Property-based tests over random and mutated articles: extraction never throws, the record
// always validates against the published schema, every offset slices to its mention, and the
// same input always gives the same output.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { DocumentRecord } from '../../src/schema.js';
import { FIXTURES } from '../cli/run.js';

const articles = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt') || f.endsWith('.md'))
  .map((f) => readFileSync(path.join(FIXTURES, f), 'utf8'));

/** Words that trigger every extractor, so random text reaches the rules and not only the tagger. */
const NEWSY = [
  'killed', 'wounded', 'at least', 'nearly', 'President', 'Minister', 'said', 'on Tuesday', 'March 6',
  'phone call', 'urged', 'spoke with', '1,300', 'twenty-five', 'Russian', 'the Kremlin', '.', ',', '\n\n',
  'Mr', 'between 8 and 12', 'people', 'a day after', 'since', '2024', '—', '(Reuters)', 'MOSCOW,',
];

const newsyText = fc
  .array(fc.oneof(fc.constantFrom(...NEWSY), fc.string({ maxLength: 12 }), fc.constantFrom('Ali', 'Xu', 'Zeynep Kaya')), { maxLength: 80 })
  .map((parts) => parts.join(' '));

/** An article with a random slice cut out, or random text spliced in. */
const mutatedArticle = fc
  .tuple(fc.constantFrom(...articles), fc.nat(), fc.nat(), fc.string({ maxLength: 40 }))
  .map(([text, a, b, insert]) => {
    const i = a % text.length;
    const j = Math.min(text.length, i + (b % 200));
    return text.slice(0, i) + insert + text.slice(j);
  });

function checkRecord(text: string): void {
  const record = extract(text, { refDate: '2026-03-10' });
  DocumentRecord.parse(record);
  const doc = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  for (const a of record.actors) for (const m of a.mentions) expect(doc.slice(m.start, m.end)).toBe(m.text);
  for (const d of record.dates) expect(doc.slice(d.start, d.end)).toBe(d.text);
  for (const c of record.casualties) expect(doc.slice(c.start, c.end)).toBe(c.text);
  for (const c of record.calls) expect(doc.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  for (const p of record.appeals) expect(doc.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.text);
  const ids = new Set(record.actors.map((a) => a.id));
  for (const c of record.calls) for (const p of c.participants) expect(ids.has(p)).toBe(true);
  for (const p of record.appeals) expect(ids.has(p.actor)).toBe(true);
  expect(JSON.stringify(extract(text, { refDate: '2026-03-10' }))).toBe(JSON.stringify(record));
}

describe('properties of extraction', () => {
  it('hold on random news-like text', () => {
    fc.assert(fc.property(newsyText, checkRecord), { numRuns: 150, seed: 20260310 });
  });

  it('hold on mutated fixture articles', () => {
    fc.assert(fc.property(mutatedArticle, checkRecord), { numRuns: 100, seed: 7 });
  });

  it('hold on arbitrary unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), checkRecord), { numRuns: 100, seed: 11 });
  });
});
