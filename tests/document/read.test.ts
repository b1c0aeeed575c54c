import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/read.js';

const slice = (text: string, span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null);

describe('stored-page header', () => {
  it('gives the publication date and keeps the label word out of the content', () => {
    const doc = readDocument(' date 2025-04-02 Summary Officials met in Geneva on Monday.');
    expect(doc.publishedAt).toBe('2025-04-02');
    expect(doc.reference).toEqual({ value: '2025-04-02', year: 2025, month: 4, day: 2 });
    expect(slice(doc.text, doc.furniture[0])).toBe('Summary');
    expect(doc.text.slice(doc.contentStart).startsWith('Officials')).toBe(true);
  });

  it('keeps the precision the header gives', () => {
    const doc = readDocument(' date 2019-08 BERLIN (Wire) - Talks resumed.');
    expect(doc.publishedAt).toBe('2019-08');
    expect(doc.reference).toMatchObject({ year: 2019, month: 8, day: null });
  });
});

describe('datelines', () => {
  it.each([
    ['OSLO, March 3. /NTB/. The minister said.', ['OSLO'], 'NTB', 'XXXX-03-03'],
    ['NAIROBI (Reuters) - The minister said.', ['NAIROBI'], 'Reuters', null],
    ['ROME/PARIS (Staff) – Leaders spoke.', ['ROME', 'PARIS'], 'Staff', null],
    ['LAGOS, Nigeria (AP) — Gunmen attacked.', ['LAGOS'], 'AP', null],
    ['SEOUL, Oct 9 (Yonhap) -- Officials said.', ['SEOUL'], 'Yonhap', 'XXXX-10-09'],
    ['LIMA (KTV/AP) -- Rescuers said.', ['LIMA'], 'KTV/AP', null],
    ['(Syndicated- Gulf Wire Service (GWS)) DOHA, Jan 3 (GWS) -- The emir said.', ['DOHA'], 'GWS', 'XXXX-01-03'],
  ])('reads %s', (text, places, agency, published) => {
    const doc = readDocument(text);
    expect(doc.dateline).toEqual({ places, agency });
    expect(doc.publishedAt).toBe(published);
    // the span covers everything before the story's first word (a credit before the place too)
    expect(doc.datelineSpan?.start).toBe(0);
    expect(doc.text.slice(doc.datelineSpan!.end)).toMatch(/^\s+[A-Z][a-z]/);
  });

  it('a date that opens the story dates it but is no dateline: it names no place nor agency', () => {
    const doc = readDocument('19 July 2023 — The agency said aid was short.');
    expect([doc.publishedAt, doc.dateline, slice(doc.text, doc.datelineSpan)]).toEqual(['2023-07-19', null, '19 July 2023 —']);
  });

  it('does not take a shouted headline for a dateline', () => {
    const doc = readDocument('BREAKING NEWS FROM THE CAPITAL AND ELSEWHERE TODAY - details follow.');
    expect(doc.dateline).toBeNull();
  });
});

describe('byline dates', () => {
  it.each([
    ['Posted Jan 5, 2011 9:40 AM EST\n\nThe council met.', '2011-01-05'],
    ['Updated: 07-03-2022 11:05 IST\n\nThe council met.', '2022-03-07'],
    ['Friday, October 2, 2020\n\nThe council met.', '2020-10-02'],
  ])('reads %j', (text, published) => {
    expect(readDocument(text).publishedAt).toBe(published);
  });

  it('ignores dates inside long prose lines', () => {
    const text = `The agreement signed on March 4, 2019 by the two governments ${'was discussed at length by many people '.repeat(3)}.`;
    expect(readDocument(text).publishedAt).toBeNull();
  });
});

describe('reference date', () => {
  it('--ref-date wins over the publication date', () => {
    const doc = readDocument(' date 2025-04-02 Text.', { refDate: '2024-12-31' });
    expect(doc.publishedAt).toBe('2025-04-02');
    expect(doc.reference?.value).toBe('2024-12-31');
  });

  it('warns when no date is known', () => {
    const doc = readDocument('A story with no date.');
    expect(doc.reference).toBeNull();
    expect(doc.warnings.map((w) => w.code)).toEqual(['no-reference-date']);
  });

  it('uses a date given from outside the text when the text has none', () => {
    expect(readDocument('Text.', { publishedAt: '2023-06-01T10:00:00Z' }).publishedAt).toBe('2023-06-01');
  });
});

describe('text normalization and sentences', () => {
  it('removes a BOM and CRLF so offsets index the text as read', () => {
    const doc = readDocument('\uFEFFFirst line.\r\nSecond line.');
    expect(doc.text).toBe('First line.\nSecond line.');
  });

  it('splits sentences without breaking at abbreviations or initials', () => {
    const doc = readDocument('Mr. Smith met U.S. envoys in St. Louis on Jan. 4. They talked. "It went well," he said.');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      'Mr. Smith met U.S. envoys in St. Louis on Jan. 4.',
      'They talked.',
      '"It went well," he said.',
    ]);
  });
});
