// Hostile inputs must finish promptly (the test timeout is the guard, not a timing assertion)
// and give a valid record.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { DocumentRecord } from '../../src/schema.js';

const KB = 1024;
const repeat = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

const HOSTILE: [string, string][] = [
  ['100 KB of digits and commas', repeat('1,234,5678,90,', 100 * KB)],
  ['100 KB of digits, commas and capitalised words', repeat('12,345 Ankara Summit Talks 1,300 ', 100 * KB)],
  ['a 100 KB single line of capitalised words', repeat('President Minister Kremlin Foreign Ministry ', 100 * KB)],
  ['deeply repeated "at least"', `${repeat('at least ', 50 * KB)}12 people were killed.`],
  ['repeated dates and weekdays', repeat('on Tuesday, March 6, 2026 a day after Monday ', 60 * KB)],
  ['control characters and a NUL byte', `Officials\u0000 said\u0007 3\u001b[31m people were killed.\u0001`],
  ['mixed scripts', 'Путин и Трамп провели телефонный разговор. 习近平 met 3 officials. شهید 12 killed.'],
  ['one enormous word', repeat('a', 200 * KB)],
  ['long runs of punctuation', repeat('.,;:!?-–—()"“”', 100 * KB)],
];

describe('hostile input', () => {
  for (const [name, text] of HOSTILE) {
    it(`finishes on ${name}`, { timeout: 20_000 }, () => {
      const record = extract(text, { refDate: '2026-03-10' });
      expect(() => DocumentRecord.parse(record)).not.toThrow();
    });
  }
});
