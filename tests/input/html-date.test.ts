import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/input/html.js';

const page = (head: string, body = '<p>Text.</p>') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const dateOf = (html: string) => readHtml(html).publishedAt;

describe('readHtml: publication date from metadata', () => {
  it('reads article:published_time, and the name and itemprop variants', () => {
    expect(dateOf(page('<meta property="article:published_time" content="2024-03-05T08:00:00+01:00">'))).toBe('2024-03-05T08:00:00+01:00');
    expect(dateOf(page('<meta name="pubdate" content="2023-11-30">'))).toBe('2023-11-30');
    expect(dateOf(page('<meta itemprop="datePublished" content="2022-07-14">'))).toBe('2022-07-14');
    expect(dateOf(page('<meta name="DC.date.issued" content="2021/4/9">'))).toBe('2021-04-09');
    expect(dateOf(page('<meta name="date" content="Tue, 09 Apr 2019 10:00:00 GMT">'))).toBe('2019-04-09');
    expect(dateOf(page('', '<span itemprop="datePublished" content="2020-02-02">Feb 2</span>'))).toBe('2020-02-02');
  });

  it('prefers article:published_time to other meta names, wherever they stand', () => {
    expect(dateOf(page('<meta name="date" content="2024-01-01"><meta property="article:published_time" content="2024-03-05">'))).toBe('2024-03-05');
  });

  it('reads JSON-LD datePublished from an object, an array and a @graph, an article type first', () => {
    const ld = (json: string) => page(`<script type="application/ld+json">${json}</script>`);
    expect(dateOf(ld('{"@type":"NewsArticle","datePublished":"2024-06-01T12:00:00Z"}'))).toBe('2024-06-01T12:00:00Z');
    expect(dateOf(ld('[{"@type":"Organization"},{"@type":"Article","datePublished":"2024-06-02"}]'))).toBe('2024-06-02');
    expect(
      dateOf(ld('{"@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":"ReportageNews","datePublished":"2024-06-03"}]}')),
    ).toBe('2024-06-03');
    expect(dateOf(ld('{"@type":"WebPage","mainEntity":{"@type":"BlogPosting","datePublished":"2024-06-04"}}'))).toBe('2024-06-04');
    expect(dateOf(ld('{not json'))).toBeNull();
  });

  it('prefers a <time> marked pubdate or inside the article over other <time>s, and ignores those in furniture', () => {
    const body = `<header><time datetime="2026-01-01">Today</time></header><p><time datetime="2025-12-24">Dec 24</time></p>
      <article><p>Filed <time datetime="2025-12-20">Dec 20</time></p></article>`;
    expect(dateOf(page('', body))).toBe('2025-12-20');
    expect(dateOf(page('', `${body}<p><time pubdate datetime="2025-12-19">Dec 19</time></p>`))).toBe('2025-12-19');
    expect(dateOf(page('', '<aside><time datetime="2026-01-01">Today</time></aside><p>Text.</p>'))).toBeNull();
  });
});

describe('readHtml: invalid dates are warnings, never reference dates', () => {
  it.each([
    ['2024-99-99'],
    ['2024-02-30'],
    ['sometime last week'],
    ['0000-00-00'],
  ])('ignores %s with an invalid-date warning', (value) => {
    const read = readHtml(page(`<meta property="article:published_time" content="${value}">`));
    expect(read.publishedAt).toBeNull();
    expect(read.warnings).toEqual([
      {
        code: 'invalid-date',
        message: `ignored the publication date "${value}" of the page's meta article:published_time: not a valid calendar date`,
      },
    ]);
  });

  it('falls back to the next valid source, still warning about the invalid one', () => {
    const read = readHtml(page('<meta property="article:published_time" content="2024-02-30">', '<article><time datetime="2024-02-29">x</time></article>'));
    expect(read.publishedAt).toBe('2024-02-29');
    expect(read.warnings.map((w) => w.code)).toEqual(['invalid-date']);
  });

  it('names a JSON-LD value that is not a string, and shortens a long one', () => {
    const read = readHtml(page(`<script type="application/ld+json">{"@type":"Article","datePublished":1714953600}</script>
      <meta name="date" content="${'9'.repeat(100)}">`));
    expect(read.warnings.map((w) => w.message)).toEqual([
      `ignored the publication date "1714953600" of the page's JSON-LD datePublished: not a valid calendar date`,
      `ignored the publication date "${'9'.repeat(60)}…" of the page's meta date: not a valid calendar date`,
    ]);
  });
});
